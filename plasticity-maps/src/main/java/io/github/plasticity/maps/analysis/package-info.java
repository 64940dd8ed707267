/**
 * Analyses of motor maps (SCIENCE.md §8.2): territories, patches, fracture, overlap, centroids,
 * stability ({@link io.github.plasticity.maps.analysis.MapAnalysis}, {@link
 * io.github.plasticity.maps.analysis.MapStability}), and wiring economy ({@link
 * io.github.plasticity.maps.analysis.WiringCost}, {@link
 * io.github.plasticity.maps.analysis.CorticospinalModel}).
 */
package io.github.plasticity.maps.analysis;
