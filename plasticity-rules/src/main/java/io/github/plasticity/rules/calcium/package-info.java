/**
 * NMDA coincidence detection and calcium-controlled plasticity.
 *
 * <ul>
 *   <li>{@link io.github.plasticity.rules.calcium.MgBlock}: the voltage-dependent Mg²⁺ block of
 *       NMDA receptors (Jahr &amp; Stevens 1990 fit);
 *   <li>{@link io.github.plasticity.rules.calcium.ShouvalParameters}, {@link
 *       io.github.plasticity.rules.calcium.ShouvalCalciumRule} and {@link
 *       io.github.plasticity.rules.calcium.ShouvalProtocol}: the calcium-control rule of Shouval,
 *       Bear &amp; Cooper (2002), as a learning rule for spiking projections and as a
 *       protocol-level simulator;
 *   <li>{@link io.github.plasticity.rules.calcium.GraupnerBrunelParameters}, {@link
 *       io.github.plasticity.rules.calcium.GraupnerBrunelRule} and {@link
 *       io.github.plasticity.rules.calcium.GraupnerBrunelAnalysis}: the bistable calcium-based rule
 *       of Graupner &amp; Brunel (2012), as a learning rule and as the authors' analytic protocol
 *       result.
 * </ul>
 *
 * <p>Both rules take an {@code nmdaBlock} factor in [0, 1] that multiplies the NMDA-receptor
 * mediated calcium (1 = intact receptors, 0 = receptors fully blocked, as by APV): blocking them
 * removes the calcium that drives LTP and LTD.
 */
package io.github.plasticity.rules.calcium;
