/**
 * Motor-cortex maps: the cortical sheet ({@link io.github.plasticity.maps.CorticalSheet}), the body
 * and its effectors ({@link io.github.plasticity.maps.BodyModel}, {@link
 * io.github.plasticity.maps.Effector}, {@link io.github.plasticity.maps.SpinalLevel}), maps as
 * read-outs ({@link io.github.plasticity.maps.MotorMap}), the trainable map network built with the
 * core ({@link io.github.plasticity.maps.MapNetwork}) and virtual intracortical microstimulation
 * ({@link io.github.plasticity.maps.VirtualIcms}), which reads a map out of the live network.
 *
 * <p>Coordinates on the sheet are in millimetres: {@code x} runs medial (0) to lateral, {@code y}
 * rostral (0) to caudal. Layouts are in {@code io.github.plasticity.maps.layout}, analyses and
 * wiring cost in {@code io.github.plasticity.maps.analysis}, PNG rendering in {@code
 * io.github.plasticity.maps.render}.
 */
package io.github.plasticity.maps;
