/**
 * Metabolic supply and energy-gated plasticity: an ATP pool per neuron consumed by spikes, synaptic
 * transmission and plasticity ({@link io.github.plasticity.core.metabolism.EnergyCosts}, after
 * Attwell &amp; Laughlin 2001 or Howarth et al. 2012); astrocyte domains tiling the sheet that take
 * up glutamate in proportion to activity, run glycolysis and export lactate, which neurons import
 * and oxidise (the astrocyte-neuron lactate shuttle, Pellerin &amp; Magistretti 1994; transport
 * after Jolivet et al. 2015) ({@link io.github.plasticity.core.metabolism.MetabolicSupply}); gates
 * that read ATP ({@link io.github.plasticity.core.metabolism.EnergyGate}) and a two-component
 * synapse whose potentiation becomes lasting only with enough ATP ({@link
 * io.github.plasticity.core.metabolism.ConsolidatingRule}, after Suzuki et al. 2011).
 *
 * <p>Units: concentrations in mM; metabolic rates in mM/s, as in the metabolic literature (the
 * names end in {@code PerS}); times in ms. Amounts are concentrations times the cytosolic volume of
 * one neuron ("mM·neuron volume"), so a neuron, its share of astrocyte and of extracellular space
 * can be added up.
 */
package io.github.plasticity.core.metabolism;
