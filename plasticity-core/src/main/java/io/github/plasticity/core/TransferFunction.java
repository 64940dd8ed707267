package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * The steady-state rate of a rate unit as a function of its input, {@code f(I)} (Hz).
 *
 * <p>Pluggable: any pure function works. It is called once per unit per step, so implementations
 * should be cheap and must be thread-safe (stateless).
 */
@FunctionalInterface
public interface TransferFunction {
    /**
     * The rate for input {@code input}.
     *
     * @param input total input (units of the projection weights times presynaptic rate)
     * @return the rate (Hz), finite for finite input
     */
    double rateHz(double input);

    /** The identity {@code f(I) = I}: a linear rate unit. */
    static TransferFunction linear() {
        return input -> input;
    }

    /**
     * Threshold-linear: {@code f(I) = min(maxRateHz, gain * max(0, I - threshold))}.
     *
     * @param gain slope (Hz per unit input), &gt;= 0 and finite
     * @param threshold input threshold (input units), finite
     * @param maxRateHz saturation rate (Hz), &gt; 0 (may be infinite for no saturation)
     * @return the function
     */
    static TransferFunction thresholdLinear(double gain, double threshold, double maxRateHz) {
        Args.nonNegative("gain", gain, "Hz per input unit");
        Args.finite("threshold", threshold, "input units");
        if (!(maxRateHz > 0)) {
            throw new IllegalArgumentException("maxRateHz must be > 0 (Hz): " + maxRateHz);
        }
        return input -> Math.min(maxRateHz, gain * Math.max(0.0, input - threshold));
    }

    /**
     * Logistic sigmoid: {@code f(I) = maxRateHz / (1 + exp(-slope (I - midpoint)))}.
     *
     * @param maxRateHz saturation rate (Hz), &gt; 0 and finite
     * @param slope steepness (per input unit), &gt; 0 and finite
     * @param midpoint input at half-maximal rate (input units), finite
     * @return the function
     */
    static TransferFunction sigmoid(double maxRateHz, double slope, double midpoint) {
        Args.positive("maxRateHz", maxRateHz, "Hz");
        Args.positive("slope", slope, "per input unit");
        Args.finite("midpoint", midpoint, "input units");
        return input -> maxRateHz / (1.0 + Math.exp(-slope * (input - midpoint)));
    }
}
