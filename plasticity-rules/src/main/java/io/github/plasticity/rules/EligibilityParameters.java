package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the general three-factor rule {@link EligibilityTraceRule} (Frémaux &amp; Gerstner
 * 2016, Front Neural Circuits 9:85): \( de_{ij}/dt = -e_{ij}/\tau_e + H(pre_j, post_i) \), \(
 * dw_{ij}/dt = \eta\, M_i(t)\, e_{ij}(t) \), with the third factor \( M_i = c_i - c_{base} \) read
 * from a neuromodulator's concentration \( c_i \) at the postsynaptic unit.
 *
 * <p>With {@code baselineMicroMolar = 0} the rule reads the concentration itself (\( M = c \)),
 * which is the right choice when the modulator's phasic part already is the signal (dopamine
 * released in proportion to a reward-prediction error on a zero baseline). With the modulator's
 * tonic level as baseline, only deviations from it (bursts, and dips as negative {@code M}) drive
 * learning.
 *
 * @param eta learning rate \( \eta \) (weight units per unit eligibility per µM per ms), &gt;= 0
 *     and finite
 * @param tauEligibilityMs eligibility time constant \( \tau_e \) (ms), &gt; 0 and finite
 * @param baselineMicroMolar \( c_{base} \) subtracted from the concentration (µM), finite
 * @param updateIntervalMs interval at which the integrated weight change is written (ms), &gt;= 0
 *     and finite, rounded to whole steps; 0 writes every step. A longer interval gives the same
 *     integral with less work per synapse, but weights lag by up to one interval
 */
public record EligibilityParameters(
        double eta, double tauEligibilityMs, double baselineMicroMolar, double updateIntervalMs) {
    /** Validates every field (NaN and infinities refused). */
    public EligibilityParameters {
        Args.nonNegative("eta", eta, "weight units per eligibility per µM per ms");
        Args.positive("tauEligibilityMs", tauEligibilityMs, "ms");
        Args.finite("baselineMicroMolar", baselineMicroMolar, "µM");
        Args.nonNegative("updateIntervalMs", updateIntervalMs, "ms");
    }

    /**
     * Izhikevich (2007, Cereb Cortex 17:2443, {@code daspnet.m}) time scales: \( \tau_e \) = 995 ms
     * (eligibility multiplied by 0.99 every 10 ms), \( \eta \) = 0.1 per µM per ms (the weight
     * receives {@code DA * sd} every 10 ms), baseline 0 (the rule reads the concentration), weights
     * written every step.
     *
     * @return the parameters
     */
    public static EligibilityParameters izhikevich2007() {
        return new EligibilityParameters(0.1, -10.0 / Math.log(0.99), 0.0, 0.0);
    }

    /** The library default, {@link #izhikevich2007()}. */
    public static EligibilityParameters defaults() {
        return izhikevich2007();
    }

    /** A copy with another learning rate. */
    public EligibilityParameters withEta(double value) {
        return new EligibilityParameters(
                value, tauEligibilityMs, baselineMicroMolar, updateIntervalMs);
    }

    /** A copy with another eligibility time constant (ms). */
    public EligibilityParameters withTauEligibilityMs(double value) {
        return new EligibilityParameters(eta, value, baselineMicroMolar, updateIntervalMs);
    }

    /** A copy with another baseline (µM). */
    public EligibilityParameters withBaselineMicroMolar(double value) {
        return new EligibilityParameters(eta, tauEligibilityMs, value, updateIntervalMs);
    }

    /** A copy with another weight update interval (ms; 0 for every step). */
    public EligibilityParameters withUpdateIntervalMs(double value) {
        return new EligibilityParameters(eta, tauEligibilityMs, baselineMicroMolar, value);
    }
}
