package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the covariance rule, \( dw_{ij}/dt = \eta (y_i - \bar y_i)(x_j - \bar x_j) \)
 * (Sejnowski 1977, J Math Biol 4:303; Dayan &amp; Abbott 2001, Theoretical Neuroscience, eq. 8.8):
 * averaged over the input statistics it gives \( dw/dt = \eta\, \mathrm{Cov}(y, x) \), so weights
 * grow for correlated and shrink for anti-correlated pre/post fluctuations, and uncorrelated
 * activity leaves them unchanged on average.
 *
 * <p>The references \( \bar x, \bar y \) are either running means of the rates (a low-pass filter
 * \( \tau\, d\bar r/dt = r - \bar r \) per unit, starting at the thresholds) or fixed thresholds
 * ({@code runningMeans == false}; Dayan &amp; Abbott eqs. 8.5 and 8.6). The rule has no literature
 * parameter set: {@link #defaults()} is our choice.
 *
 * @param eta learning rate \( \eta \) (per Hz² per ms), &gt;= 0 and finite
 * @param tauMeanMs time constant of the running means (ms), &gt; 0 and finite (unused with fixed
 *     thresholds)
 * @param preThresholdHz presynaptic threshold \( \bar x \), or the running mean's initial value
 *     (Hz), finite
 * @param postThresholdHz postsynaptic threshold \( \bar y \), or the running mean's initial value
 *     (Hz), finite
 * @param runningMeans whether the references are running means (true) or fixed thresholds (false)
 */
public record CovarianceParameters(
        double eta,
        double tauMeanMs,
        double preThresholdHz,
        double postThresholdHz,
        boolean runningMeans) {
    /** Validates every field (NaN and infinities refused). */
    public CovarianceParameters {
        Args.nonNegative("eta", eta, "per Hz^2 per ms");
        Args.positive("tauMeanMs", tauMeanMs, "ms");
        Args.finite("preThresholdHz", preThresholdHz, "Hz");
        Args.finite("postThresholdHz", postThresholdHz, "Hz");
    }

    /**
     * Our choice: {@code eta} = 1e-6 per Hz² per ms, running means over {@code tauMeanMs} = 1000
     * starting at 0 Hz.
     *
     * @return the defaults
     */
    public static CovarianceParameters defaults() {
        return new CovarianceParameters(1e-6, 1000.0, 0.0, 0.0, true);
    }

    /**
     * A copy with another learning rate.
     *
     * @param value learning rate (per Hz² per ms), &gt;= 0 and finite
     * @return the copy
     */
    public CovarianceParameters withEta(double value) {
        return new CovarianceParameters(
                value, tauMeanMs, preThresholdHz, postThresholdHz, runningMeans);
    }

    /**
     * A copy with running means of this time constant.
     *
     * @param value time constant (ms), &gt; 0 and finite
     * @return the copy, with {@code runningMeans} true
     */
    public CovarianceParameters withRunningMeans(double value) {
        return new CovarianceParameters(eta, value, preThresholdHz, postThresholdHz, true);
    }

    /**
     * A copy with fixed thresholds.
     *
     * @param preHz presynaptic threshold (Hz), finite
     * @param postHz postsynaptic threshold (Hz), finite
     * @return the copy, with {@code runningMeans} false
     */
    public CovarianceParameters withThresholds(double preHz, double postHz) {
        return new CovarianceParameters(eta, tauMeanMs, preHz, postHz, false);
    }

    /**
     * A copy whose references start at these values (running means) or stay at them (fixed).
     *
     * @param preHz presynaptic value (Hz), finite
     * @param postHz postsynaptic value (Hz), finite
     * @return the copy
     */
    public CovarianceParameters withInitialMeans(double preHz, double postHz) {
        return new CovarianceParameters(eta, tauMeanMs, preHz, postHz, runningMeans);
    }
}
