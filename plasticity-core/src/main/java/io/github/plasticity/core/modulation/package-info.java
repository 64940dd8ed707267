/**
 * Neuromodulator fields on the cortical sheet: a concentration (µM) on a grid with tonic baseline,
 * phasic releases (global, or local with a Gaussian footprint), first-order decay and diffusion
 * ({@link io.github.plasticity.core.modulation.NeuromodulatorField}); dopamine driven by reward
 * prediction errors ({@link io.github.plasticity.core.modulation.DopamineFromRpe}) and
 * acetylcholine driven by attention ({@link
 * io.github.plasticity.core.modulation.AcetylcholineFromAttention}).
 *
 * <p>A field is a {@link io.github.plasticity.core.Modulator}: add it to a simulation and rules
 * read the local concentration at their postsynaptic units through {@link
 * io.github.plasticity.core.RuleBinding#modulatorAtPost}, gates through {@link
 * io.github.plasticity.core.Gate#threshold} or {@link
 * io.github.plasticity.core.Gate#proportionalTo} on the field's name.
 */
package io.github.plasticity.core.modulation;
