package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * An input population whose rates follow a {@link RateFunction} of time: \( r_i(t) \), set at the
 * start of every step in the inputs phase. It emits no spikes; rate projections read its rates.
 * Variables: {@code "rate"} (Hz).
 */
public final class RateSource extends Population {
    private final RateFunction function;

    private RateSource(String name, int size, RateFunction function) {
        super(name, size);
        this.function = Args.notNull("function", function);
    }

    /**
     * Creates a rate source.
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param function rate of each unit over time (Hz)
     * @return the source
     */
    public static RateSource of(String name, int size, RateFunction function) {
        return new RateSource(name, size, function);
    }

    @Override
    public boolean isSpiking() {
        return false;
    }

    @Override
    boolean isInput() {
        return true;
    }

    @Override
    void step(StepContext ctx) {
        double t = ctx.timeMs();
        for (int i = 0; i < size; i++) {
            double r = function.rateHz(i, t);
            if (!(r >= 0 && r < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "rate function of '"
                                + name()
                                + "' returned "
                                + r
                                + " Hz for unit "
                                + i
                                + " at "
                                + t
                                + " ms; rates must be >= 0 and finite (Hz)");
            }
            rateHz[i] = r;
        }
    }
}
