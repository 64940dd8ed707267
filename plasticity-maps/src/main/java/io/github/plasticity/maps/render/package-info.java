/**
 * PNG rendering of motor maps with {@code java.awt.image} and ImageIO ({@link
 * io.github.plasticity.maps.render.MapRenderer}). Time courses of territory areas are plotted by
 * the experiments module's figures.
 */
package io.github.plasticity.maps.render;
