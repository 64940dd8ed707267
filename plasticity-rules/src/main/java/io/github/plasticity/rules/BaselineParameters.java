package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of a running-average reward baseline: \( \delta = r - \bar r \), then \( \bar r
 * \leftarrow \bar r + \beta (r - \bar r) \) at every outcome (a low-pass filter over outcomes with
 * a memory of about \( 1/\beta \) outcomes), as in reward-modulated Hebbian rules with a baseline
 * (Frémaux &amp; Gerstner 2016, Front Neural Circuits 9:85, \( M = R - \langle R \rangle \)).
 *
 * @param beta averaging rate \( \beta \) (dimensionless, per outcome), in (0, 1]
 * @param initialAverage the initial \( \bar r \) (reward units), finite
 */
public record BaselineParameters(double beta, double initialAverage) {
    /** Validates both fields (NaN and infinities refused). */
    public BaselineParameters {
        if (!(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("beta must be in (0, 1] (dimensionless): " + beta);
        }
        Args.finite("initialAverage", initialAverage, "reward units");
    }

    /**
     * \( \beta \) = 0.1 (a memory of about 10 outcomes), initial average 0: our choice, no
     * literature table.
     *
     * @return the parameters
     */
    public static BaselineParameters defaults() {
        return new BaselineParameters(0.1, 0.0);
    }

    /** A copy with another averaging rate. */
    public BaselineParameters withBeta(double value) {
        return new BaselineParameters(value, initialAverage);
    }

    /** A copy with another initial average (reward units). */
    public BaselineParameters withInitialAverage(double value) {
        return new BaselineParameters(beta, value);
    }
}
