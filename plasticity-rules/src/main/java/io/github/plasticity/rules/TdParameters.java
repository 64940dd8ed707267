package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of a tabular TD(0) critic (Sutton 1988; the reward-prediction-error account of
 * dopamine, Schultz, Dayan &amp; Montague 1997, Science 275:1593): \( \delta_t = r_t + \gamma
 * V(s_{t+1}) - V(s_t) \), \( V(s_t) \leftarrow V(s_t) + \alpha \delta_t \).
 *
 * @param gamma discount factor \( \gamma \) (per transition, dimensionless), in [0, 1]
 * @param alpha learning rate \( \alpha \) (dimensionless), in [0, 1]
 */
public record TdParameters(double gamma, double alpha) {
    /** Validates both fields (NaN and infinities refused). */
    public TdParameters {
        Args.inRange("gamma", gamma, 0.0, 1.0, "dimensionless");
        Args.inRange("alpha", alpha, 0.0, 1.0, "dimensionless");
    }

    /**
     * \( \gamma \) = 1, \( \alpha \) = 0.1: the undiscounted trial chain with which the transfer of
     * the dopamine response from reward to cue is shown (SCIENCE.md check C5.3; Schultz, Dayan
     * &amp; Montague 1997 give no single parameter table).
     *
     * @return the parameters
     */
    public static TdParameters schultzDayanMontague1997() {
        return new TdParameters(1.0, 0.1);
    }

    /** A copy with another discount factor. */
    public TdParameters withGamma(double value) {
        return new TdParameters(value, alpha);
    }

    /** A copy with another learning rate. */
    public TdParameters withAlpha(double value) {
        return new TdParameters(gamma, value);
    }
}
