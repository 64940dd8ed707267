package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * Replays given spike times exactly (like Brian2's SpikeGeneratorGroup): a spike at time {@code t}
 * is emitted in step {@code round(t / dt)}. Two spikes of one unit in the same step are refused
 * when the source is added, since a unit spikes at most once per step.
 *
 * <p>Variables: {@code "rate"} (Hz, low-pass estimate), {@code "cursor"} (index of the next spike
 * per unit).
 */
public final class SpikeTimeSource extends Population {
    private final double[][] timesMs;
    private long[][] steps;
    private final double[] cursor;

    private SpikeTimeSource(String name, double[][] timesMs) {
        super(name, timesMs.length);
        this.timesMs = new double[timesMs.length][];
        for (int i = 0; i < timesMs.length; i++) {
            double[] t = Args.notNull("timesMs[" + i + "]", timesMs[i]).clone();
            for (int k = 0; k < t.length; k++) {
                Args.nonNegative("timesMs[" + i + "][" + k + "]", t[k], "ms");
                if (k > 0 && !(t[k] > t[k - 1])) {
                    throw new IllegalArgumentException(
                            "timesMs["
                                    + i
                                    + "] must be strictly increasing (ms): "
                                    + t[k - 1]
                                    + " then "
                                    + t[k]);
                }
            }
            this.timesMs[i] = t;
        }
        this.cursor = new double[timesMs.length];
    }

    /**
     * Creates a source that replays {@code timesMs[i]} for unit {@code i}.
     *
     * @param name unique name
     * @param timesMs spike times per unit (ms), each strictly increasing and &gt;= 0; read, copied
     * @return the source
     */
    public static SpikeTimeSource of(String name, double[][] timesMs) {
        Args.notNull("timesMs", timesMs);
        return new SpikeTimeSource(name, timesMs);
    }

    /**
     * Creates a source from parallel arrays of unit indices and times (Brian2 style).
     *
     * @param name unique name
     * @param size number of units
     * @param units unit index of each spike; read
     * @param timesMs time of each spike (ms); read
     * @return the source
     */
    public static SpikeTimeSource of(String name, int size, int[] units, double[] timesMs) {
        Args.notNull("units", units);
        Args.notNull("timesMs", timesMs);
        Args.length("timesMs", timesMs.length, units.length);
        Args.atLeast("size", size, 1);
        int[] count = new int[size];
        for (int u : units) {
            if (u < 0 || u >= size) {
                throw new IllegalArgumentException("unit index must be in [0, " + size + "): " + u);
            }
            count[u]++;
        }
        double[][] t = new double[size][];
        for (int i = 0; i < size; i++) {
            t[i] = new double[count[i]];
        }
        int[] fill = new int[size];
        Integer[] order = new Integer[units.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(timesMs[a], timesMs[b]));
        for (int k : order) {
            t[units[k]][fill[units[k]]++] = timesMs[k];
        }
        return new SpikeTimeSource(name, t);
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
    void attach(Simulation s, org.apache.commons.rng.UniformRandomProvider rng) {
        // Steps are computed and checked before attaching, so that a refused source stays
        // unattached.
        double dt = s.dtMs();
        long[][] computed = new long[size][];
        for (int i = 0; i < size; i++) {
            long[] st = new long[timesMs[i].length];
            for (int k = 0; k < st.length; k++) {
                st[k] = Math.round(timesMs[i][k] / dt);
                if (k > 0 && st[k] == st[k - 1]) {
                    throw new IllegalArgumentException(
                            "spike-time source '"
                                    + name()
                                    + "' unit "
                                    + i
                                    + " has two spikes in one step of "
                                    + dt
                                    + " ms ("
                                    + timesMs[i][k - 1]
                                    + " and "
                                    + timesMs[i][k]
                                    + " ms); use a smaller dtMs");
                }
            }
            computed[i] = st;
        }
        super.attach(s, rng);
        this.steps = computed;
    }

    @Override
    void step(StepContext ctx) {
        clearSpikes();
        long n = ctx.step();
        for (int i = 0; i < size; i++) {
            int c = (int) cursor[i];
            long[] st = steps[i];
            if (c < st.length && st[c] <= n) {
                // Skip spikes scheduled before the simulation reached them (time set past them).
                while (c < st.length && st[c] < n) {
                    c++;
                }
                if (c < st.length && st[c] == n) {
                    emit(i);
                    c++;
                }
                cursor[i] = c;
            }
        }
        updateRateEstimate(ctx.dtMs());
    }

    @Override
    List<String> ownVariableNames() {
        return List.of("cursor");
    }

    @Override
    double[] ownVariable(String variable) {
        return "cursor".equals(variable) ? cursor : null;
    }
}
