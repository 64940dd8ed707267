package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.Seeds;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Independent Poisson spike trains: in each step unit {@code i} spikes with probability \( r_i dt
 * \) (Bernoulli approximation of a Poisson process; at most one spike per unit per step, so \( r_i
 * dt \le 1 \) is required and \( r_i dt \ll 1 \) recommended).
 *
 * <p>Random numbers come from the population's own stream, derived from the simulation seed and the
 * population's name. The {@code "rate"} variable holds the nominal rate \( r_i(t) \) (Hz), not an
 * estimate.
 */
public final class PoissonSource extends Population {
    private final RateFunction function;
    private final double constantRateHz;
    private UniformRandomProvider rng;

    private PoissonSource(String name, int size, RateFunction function, double constantRateHz) {
        super(name, size);
        this.function = function;
        this.constantRateHz = constantRateHz;
    }

    /**
     * Poisson trains at a constant rate.
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param rateHz rate (Hz), &gt;= 0 and finite; {@code rateHz * dtMs <= 1000} is checked when
     *     the source is added to a simulation
     * @return the source
     */
    public static PoissonSource of(String name, int size, double rateHz) {
        Args.nonNegative("rateHz", rateHz, "Hz");
        return new PoissonSource(name, size, null, rateHz);
    }

    /**
     * Inhomogeneous Poisson trains whose rates follow {@code function}.
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param function rate per unit over time (Hz)
     * @return the source
     */
    public static PoissonSource of(String name, int size, RateFunction function) {
        return new PoissonSource(name, size, Args.notNull("function", function), Double.NaN);
    }

    @Override
    public boolean isSpiking() {
        return true;
    }

    @Override
    boolean isInput() {
        return true;
    }

    @Override
    void attach(Simulation s, UniformRandomProvider stream) {
        if (function == null) {
            // Checked before attaching, so that a refused source stays unattached.
            checkProbability(constantRateHz, 0, 0.0, s.dtMs());
        }
        super.attach(s, stream);
        this.rng = stream;
        if (function == null) {
            java.util.Arrays.fill(rateHz, constantRateHz);
        }
    }

    private void checkProbability(double r, int unit, double t, double dt) {
        if (!(r >= 0 && r * dt <= 1000.0)) {
            throw new IllegalArgumentException(
                    "rate of Poisson source '"
                            + name()
                            + "' unit "
                            + unit
                            + " at "
                            + t
                            + " ms is "
                            + r
                            + " Hz; it must be >= 0 and <= 1000/dtMs = "
                            + (1000.0 / dt)
                            + " Hz");
        }
    }

    @Override
    void step(StepContext ctx) {
        clearSpikes();
        final double dt = ctx.dtMs();
        if (function == null) {
            final double p = constantRateHz * dt / 1000.0;
            for (int i = 0; i < size; i++) {
                if (rng.nextDouble() < p) {
                    emit(i);
                }
            }
        } else {
            final double t = ctx.timeMs();
            for (int i = 0; i < size; i++) {
                double r = function.rateHz(i, t);
                checkProbability(r, i, t, dt);
                rateHz[i] = r;
                if (rng.nextDouble() < r * dt / 1000.0) {
                    emit(i);
                }
            }
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        super.registerState(r);
        r.custom("rng", () -> Seeds.saveState(rng), bytes -> Seeds.restoreState(rng, bytes));
    }
}
