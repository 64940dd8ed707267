package io.github.plasticity.core.metabolism;

/** Where signalling energy (ATP) goes, the categories of Attwell &amp; Laughlin (2001). */
public enum EnergyCategory {
    /** Na⁺/K⁺ pumping after action potentials, charged to the spiking neuron. */
    ACTION_POTENTIALS,
    /** Ion pumping after postsynaptic glutamate currents, charged to the postsynaptic neuron. */
    POSTSYNAPTIC,
    /** Resting potential (pumping of resting leaks), continuous, per neuron. */
    RESTING,
    /** Presynaptic Ca²⁺ extrusion and vesicle cycling, charged to the releasing neuron. */
    PRESYNAPTIC,
    /** Glutamate uptake and recycling, paid in astrocytes. */
    RECYCLING,
    /** Consolidation of synaptic changes, charged to the postsynaptic neuron. */
    PLASTICITY
}
