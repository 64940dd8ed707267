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
 *
 * <p>At a constant rate the source does not draw one number per unit and step: the Bernoulli trials
 * of all units and steps, taken in order (step by step, unit by unit within a step), are
 * independent with the same probability \( p = r dt \), so the number of trials between two spikes
 * is geometric, \( P(k) = (1 - p)^k p \), and the source draws that gap, \( k = \lfloor \ln u /
 * \ln(1 - p) \rfloor \) with \( u \) uniform in (0, 1], once per spike (about \( N p \) draws per
 * step instead of \( N \): the same spike statistics at a small fraction of the cost when \( p \ll
 * 1 \)). The distance to the next spike is part of the checkpointed state ({@code "pending"}).
 */
public final class PoissonSource extends Population {
    private final RateFunction function;
    private final double constantRateHz;
    private UniformRandomProvider rng;
    // Constant rate: ln(1 - p), and the index of the next spike counted in trials from the start of
    // the next step (unit index within that step when below the size). Checkpointed.
    private double logMiss;
    private double probability;
    private final long[] pending = {-1L};

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
            probability = constantRateHz * s.dtMs() / 1000.0;
            logMiss = Math.log1p(-probability);
            pending[0] = gap();
        }
    }

    /**
     * The number of failed trials before the next success, geometric with the step probability: \(
     * \lfloor \ln u / \ln(1 - p) \rfloor \), {@code u} uniform in (0, 1]. Capped far below overflow
     * (a source at rate 0 never spikes).
     */
    private long gap() {
        if (probability >= 1.0) {
            return 0L;
        }
        if (probability <= 0.0) {
            return NEVER;
        }
        double u = 1.0 - rng.nextDouble();
        double k = Math.floor(Math.log(u) / logMiss);
        return k < NEVER ? (long) k : NEVER;
    }

    /**
     * A gap so large that no run reaches it (about 1e17 trials), and adding a size cannot overflow.
     */
    private static final long NEVER = 1L << 56;

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
            long next = pending[0];
            while (next < size) {
                emit((int) next);
                next += 1 + gap();
            }
            pending[0] = next - size;
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
        r.longs("pending", pending);
        r.custom("rng", () -> Seeds.saveState(rng), bytes -> Seeds.restoreState(rng, bytes));
    }
}
