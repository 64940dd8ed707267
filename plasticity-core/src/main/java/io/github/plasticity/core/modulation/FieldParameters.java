package io.github.plasticity.core.modulation;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of a {@link NeuromodulatorField}: \( \partial c/\partial t = D \nabla^2 c - (c -
 * c_0)/\tau + \text{releases} \), with tonic baseline \( c_0 \), first-order clearance time
 * constant \( \tau \) and effective diffusion coefficient \( D \) in the extracellular space.
 *
 * <p>Unit conversion used for the defaults: \( 1\ \text{cm}^2/\text{s} = 100\ \text{mm}^2 / 1000\
 * \text{ms} = 0.1\ \text{mm}^2/\text{ms} \). With measured small-molecule diffusion coefficients
 * (\( \sim 10^{-6}\ \text{cm}^2/\text{s} \)) a neuromodulator spreads only tens of µm in a second;
 * the spatial extent of a release is set by its footprint (the afferents that release), not by
 * diffusion.
 *
 * @param baselineMicroMolar tonic concentration \( c_0 \) (µM), &gt;= 0 and finite
 * @param tauMs clearance time constant \( \tau \) of the excess over baseline (ms), &gt; 0; {@link
 *     Double#POSITIVE_INFINITY} means no clearance (a conserved substance)
 * @param diffusionMm2PerMs effective diffusion coefficient \( D \) (mm²/ms), &gt;= 0 and finite
 */
public record FieldParameters(double baselineMicroMolar, double tauMs, double diffusionMm2PerMs) {
    /** Validates the fields (NaN refused; only {@code tauMs} may be infinite). */
    public FieldParameters {
        Args.nonNegative("baselineMicroMolar", baselineMicroMolar, "µM");
        if (!(tauMs > 0)) {
            throw new IllegalArgumentException(
                    "tauMs must be > 0, or +Infinity for no clearance (ms): " + tauMs);
        }
        Args.nonNegative("diffusionMm2PerMs", diffusionMm2PerMs, "mm^2/ms");
    }

    /**
     * Dopamine: tonic 0.09 µM and \( D = 1.05 \cdot 10^{-6}\ \text{cm}^2/\text{s} = 1.05 \cdot
     * 10^{-7}\ \text{mm}^2/\text{ms} \), both measured in vivo in mouse brain by fast-scan
     * controlled-adsorption voltammetry (Atcherley et al. 2015, Chem Commun, "The coaction of tonic
     * and phasic dopamine dynamics": 90 ± 9 nM and (1.05 ± 0.09)·10⁻⁶ cm²/s, from the abstract);
     * clearance \( \tau = 200 \) ms, the dopamine time constant of Izhikevich (2007, Cereb Cortex
     * 17:2443; {@code daspnet.m}: DA ×0.995 per ms). In striatum uptake is faster; in cortex, where
     * transporters are sparse, slower: set {@code tauMs} for the region modelled.
     *
     * @return the parameters
     */
    public static FieldParameters dopamine() {
        return new FieldParameters(0.09, 200.0, 1.05e-7);
    }

    /**
     * Acetylcholine. Our choice, for lack of verified values: baseline 0 µM (no tonic level, so
     * that a gate opens only with attention-driven release; cortical tonic ACh is in the nanomolar
     * range, set it with {@link #withBaselineMicroMolar}); clearance \( \tau = 2000 \) ms, the
     * order of the seconds-long cortical cholinergic transients measured with choline-sensitive
     * electrodes (Parikh et al. 2007, Neuron 56:141: transients "at the scale of seconds"); \( D \)
     * taken equal to dopamine's measured value (small transmitter molecule), \( 1.05 \cdot 10^{-7}\
     * \text{mm}^2/\text{ms} \).
     *
     * @return the parameters
     */
    public static FieldParameters acetylcholine() {
        return new FieldParameters(0.0, 2000.0, 1.05e-7);
    }

    /**
     * A copy with another baseline.
     *
     * @param value tonic concentration (µM), &gt;= 0 and finite
     * @return the copy
     */
    public FieldParameters withBaselineMicroMolar(double value) {
        return new FieldParameters(value, tauMs, diffusionMm2PerMs);
    }

    /**
     * A copy with another clearance time constant.
     *
     * @param value time constant (ms), &gt; 0, or +Infinity for none
     * @return the copy
     */
    public FieldParameters withTauMs(double value) {
        return new FieldParameters(baselineMicroMolar, value, diffusionMm2PerMs);
    }

    /**
     * A copy with another diffusion coefficient.
     *
     * @param value diffusion coefficient (mm²/ms), &gt;= 0 and finite
     * @return the copy
     */
    public FieldParameters withDiffusionMm2PerMs(double value) {
        return new FieldParameters(baselineMicroMolar, tauMs, value);
    }
}
