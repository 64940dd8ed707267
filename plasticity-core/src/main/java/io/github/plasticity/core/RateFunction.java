package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * A time-varying rate per unit, for {@link RateSource} and inhomogeneous {@link PoissonSource}.
 * Called once per unit per step from the simulation thread; it must return a finite, non-negative
 * rate and should be a pure function of its arguments so that runs are reproducible.
 */
@FunctionalInterface
public interface RateFunction {
    /**
     * The rate of unit {@code unit} during the step starting at {@code timeMs}.
     *
     * @param unit unit index
     * @param timeMs time at the start of the step (ms)
     * @return rate (Hz), finite and &gt;= 0
     */
    double rateHz(int unit, double timeMs);

    /**
     * A constant rate for every unit.
     *
     * @param rateHz rate (Hz), &gt;= 0 and finite
     * @return the function
     */
    static RateFunction constant(double rateHz) {
        Args.nonNegative("rateHz", rateHz, "Hz");
        return (unit, t) -> rateHz;
    }

    /**
     * A constant rate per unit.
     *
     * @param ratesHz rates (Hz), each &gt;= 0 and finite; read, copied
     * @return the function
     */
    static RateFunction perUnit(double[] ratesHz) {
        double[] r = Args.notNull("ratesHz", ratesHz).clone();
        for (int i = 0; i < r.length; i++) {
            Args.nonNegative("ratesHz[" + i + "]", r[i], "Hz");
        }
        return (unit, t) -> r[unit];
    }
}
