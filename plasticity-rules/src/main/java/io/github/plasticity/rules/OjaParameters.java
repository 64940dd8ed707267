package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of Oja's rule, \( dw_{ij}/dt = \eta\, y_i (x_j - y_i w_{ij}) \) (Oja 1982, J Math Biol
 * 15:267; Oja 2008, Scholarpedia 3(3):3612): Hebbian growth with a decay proportional to \( y^2 \)
 * that keeps the weight vector of each unit at unit norm.
 *
 * <p>For zero-mean inputs with covariance \( C \) the averaged dynamics \( dw/dt = \eta (C w - (w^T
 * C w) w) \) drive {@code w} to the unit-norm principal eigenvector \( \pm e_{max} \) of \( C \) at
 * a rate set by \( \eta (\lambda_1 - \lambda_2) \). The rule has no literature parameter set:
 * {@link #defaults()} is our choice for rates of a few Hz.
 *
 * @param eta learning rate \( \eta \) (per Hz² per ms: weights are dimensionless for a linear rate
 *     unit), &gt;= 0 and finite
 */
public record OjaParameters(double eta) {
    /** Validates the learning rate (NaN and infinities refused). */
    public OjaParameters {
        Args.nonNegative("eta", eta, "per Hz^2 per ms");
    }

    /**
     * {@code eta} = 1e-6 per Hz² per ms (our choice): at \( E[y^2] = 100 \) Hz² the norm relaxes
     * with a time constant of 10 s.
     *
     * @return the defaults
     */
    public static OjaParameters defaults() {
        return new OjaParameters(1e-6);
    }

    /**
     * A copy with another learning rate.
     *
     * @param value learning rate (per Hz² per ms), &gt;= 0 and finite
     * @return the copy
     */
    public OjaParameters withEta(double value) {
        return new OjaParameters(value);
    }
}
