package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.DoubleList;
import java.nio.ByteBuffer;
import java.util.function.DoubleUnaryOperator;

/**
 * A spatially uniform neuromodulator: tonic baseline plus a phasic excess that decays
 * exponentially, \( c(t) = \max(0,\ c_0 + e(t)) \), \( de/dt = -e/\tau + \sum_k a_k \delta(t - t_k)
 * \).
 *
 * <p>Releases (bursts, \( a_k &gt; 0 \), or dips, \( a_k &lt; 0 \)) may be scheduled at any time,
 * independently of the step: a release at \( t_k \) inside a step contributes exactly \( a_k
 * e^{-(t_{end} - t_k)/\tau} \) at the step's end. Alternatively {@link #ofFunction} follows a given
 * time course. Dopamine after Izhikevich (2007): baseline 0, {@code tau} 200 ms.
 */
public final class GlobalModulator implements Modulator {
    private final String name;
    private final double baselineMicroMolar;
    private final double tauMs;
    private final DoubleUnaryOperator function;
    private final double[] excess = new double[1];
    private final double[] value = new double[1];
    private final DoubleList releaseTimes = new DoubleList(8);
    private final DoubleList releaseAmounts = new DoubleList(8);
    private final int[] next = new int[1];
    private double lastTimeMs;

    private GlobalModulator(String name, double baseline, double tauMs, DoubleUnaryOperator f) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("name must be non-blank without '/': " + name);
        }
        this.name = name;
        this.baselineMicroMolar = baseline;
        this.tauMs = tauMs;
        this.function = f;
        this.value[0] = f == null ? Math.max(0, baseline) : 0;
    }

    /**
     * A modulator with a tonic baseline and decaying phasic releases.
     *
     * @param name unique name
     * @param baselineMicroMolar tonic concentration (µM), &gt;= 0 and finite
     * @param tauMs decay time constant of released modulator (ms), &gt; 0 and finite
     * @return the modulator
     */
    public static GlobalModulator of(String name, double baselineMicroMolar, double tauMs) {
        Args.nonNegative("baselineMicroMolar", baselineMicroMolar, "µM");
        Args.positive("tauMs", tauMs, "ms");
        return new GlobalModulator(name, baselineMicroMolar, tauMs, null);
    }

    /**
     * A modulator that follows a given time course.
     *
     * @param name unique name
     * @param concentrationMicroMolar concentration as a function of time in ms (µM); must return
     *     finite values
     * @return the modulator
     */
    public static GlobalModulator ofFunction(
            String name, DoubleUnaryOperator concentrationMicroMolar) {
        return new GlobalModulator(
                name, 0, 1, Args.notNull("concentration", concentrationMicroMolar));
    }

    @Override
    public String name() {
        return name;
    }

    /** The current concentration (µM). */
    public double concentrationMicroMolar() {
        return value[0];
    }

    /**
     * Schedules a release at time {@code timeMs}; releases may be scheduled in any order, but not
     * in a step already computed.
     *
     * @param timeMs release time (ms), &gt;= the current simulation time
     * @param amountMicroMolar released amount (µM), finite; negative for a dip
     */
    public void releaseAt(double timeMs, double amountMicroMolar) {
        if (function != null) {
            throw new IllegalStateException(
                    "modulator '" + name + "' follows a function; it takes no releases");
        }
        Args.finite("amountMicroMolar", amountMicroMolar, "µM");
        if (!(timeMs >= lastTimeMs && timeMs < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "timeMs must be >= the current time "
                            + lastTimeMs
                            + " and finite (ms): "
                            + timeMs);
        }
        // Keep only the pending releases (those before next[0] have been applied), so that the
        // list and the checkpoint stay as short as the schedule ahead, and insert keeping them
        // sorted by time (after pending releases at the same time).
        int n = releaseTimes.size();
        double[] t = releaseTimes.toArray();
        double[] a = releaseAmounts.toArray();
        releaseTimes.clear();
        releaseAmounts.clear();
        boolean inserted = false;
        for (int k = next[0]; k < n; k++) {
            if (!inserted && t[k] > timeMs) {
                releaseTimes.add(timeMs);
                releaseAmounts.add(amountMicroMolar);
                inserted = true;
            }
            releaseTimes.add(t[k]);
            releaseAmounts.add(a[k]);
        }
        if (!inserted) {
            releaseTimes.add(timeMs);
            releaseAmounts.add(amountMicroMolar);
        }
        next[0] = 0;
    }

    /**
     * Releases now (at the end of the last computed step).
     *
     * @param amountMicroMolar released amount (µM), finite; negative for a dip
     */
    public void release(double amountMicroMolar) {
        releaseAt(lastTimeMs, amountMicroMolar);
    }

    @Override
    public void step(StepContext ctx) {
        double t1 = ctx.endTimeMs();
        if (function != null) {
            double c = function.applyAsDouble(t1);
            if (!(Math.abs(c) < Double.POSITIVE_INFINITY)) {
                throw new NonFiniteStateException(
                        ctx.step(),
                        "modulator '" + name + "' function returned " + c + " µM at " + t1 + " ms");
            }
            value[0] = c;
        } else {
            double e = excess[0] * Math.exp(-ctx.dtMs() / tauMs);
            int k = next[0];
            while (k < releaseTimes.size() && releaseTimes.get(k) <= t1) {
                e += releaseAmounts.get(k) * Math.exp(-(t1 - releaseTimes.get(k)) / tauMs);
                k++;
            }
            next[0] = k;
            excess[0] = e;
            value[0] = Math.max(0.0, baselineMicroMolar + e);
        }
        lastTimeMs = t1;
    }

    @Override
    public void sample(double[] xMm, double[] yMm, double[] out) {
        java.util.Arrays.fill(out, value[0]);
    }

    @Override
    public void registerState(StateRegistry r) {
        r.doubles("excess", excess);
        r.doubles("value", value);
        r.ints("next", next);
        r.custom(
                "releases",
                () -> {
                    double[] t = releaseTimes.toArray();
                    double[] a = releaseAmounts.toArray();
                    ByteBuffer b = ByteBuffer.allocate(8 + 16 * t.length);
                    b.putDouble(lastTimeMs);
                    for (int k = 0; k < t.length; k++) {
                        b.putDouble(t[k]).putDouble(a[k]);
                    }
                    return b.array();
                },
                bytes -> {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    lastTimeMs = b.getDouble();
                    int n = (bytes.length - 8) / 16;
                    double[] t = new double[n];
                    double[] a = new double[n];
                    for (int k = 0; k < n; k++) {
                        t[k] = b.getDouble();
                        a[k] = b.getDouble();
                    }
                    releaseTimes.set(t);
                    releaseAmounts.set(a);
                });
    }
}
