/**
 * Consolidation of motor learning in a map network: a task learnt in a training session by a fast
 * process outside M1 and by NMDA-dependent plasticity of the map's output weights ({@link
 * io.github.plasticity.maps.consolidation.MeanFieldCalciumRule}, the calcium-control rule of
 * Shouval, Bear &amp; Cooper 2002 for rate units), whose early changes become lasting only when
 * captured with energy from the astrocyte-neuron lactate shuttle (core {@code metabolism}), then
 * tested after a break ({@link io.github.plasticity.maps.consolidation.MotorConsolidation}).
 *
 * <p>Blocking M1 NMDA receptors during training keeps the within-session improvement of the fast
 * process and abolishes next-day retention (the map-level counterpart of the two-state analogue
 * {@code B_s = 0}, {@link io.github.plasticity.maps.adaptation.AdaptationProtocols}; anchors
 * Muellbacher et al. 2002, Bütefisch et al. 2000); blocking the shuttle abolishes retention too,
 * rescued by lactate and not by glucose (Suzuki et al. 2011).
 */
package io.github.plasticity.maps.consolidation;
