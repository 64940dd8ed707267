package io.github.plasticity.core;

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
     * @param rateHz rate (Hz)
     * @return the function
     */
    static RateFunction constant(double rateHz) {
        return (unit, t) -> rateHz;
    }

    /**
     * A constant rate per unit.
     *
     * @param ratesHz rates (Hz); read, copied
     * @return the function
     */
    static RateFunction perUnit(double[] ratesHz) {
        double[] r = ratesHz.clone();
        return (unit, t) -> r[unit];
    }
}
