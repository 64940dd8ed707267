package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.DoubleList;

/**
 * Records weights (or a rule's per-synapse state) of chosen synapses of a projection. Synapses are
 * numbered in synapse order (row by row over post units: {@code post * preSize + pre} when dense).
 * Not thread-safe; read it after or between runs.
 */
public final class WeightMonitor extends Monitor {
    private final Projection projection;
    private final String rule;
    private final String state;
    private final int[] synapses;
    private int[] rowOf;
    private int[] slotOf;
    private float[][] live;
    private final DoubleList times = new DoubleList(64);
    private final DoubleList values = new DoubleList(256);

    WeightMonitor(Projection projection, String rule, String state, int[] synapses) {
        super(
                rule == null
                        ? "weights/" + projection.name()
                        : "rulestate/" + projection.name() + "/" + rule + "/" + state);
        this.projection = projection;
        this.rule = rule;
        this.state = state;
        if (synapses == null) {
            int n = Math.toIntExact(projection.synapseCount());
            synapses = new int[n];
            for (int i = 0; i < n; i++) {
                synapses[i] = i;
            }
        }
        for (int s : synapses) {
            Args.inRange("synapse", s, 0, projection.synapseCount() - 1, "index");
        }
        this.synapses = synapses;
    }

    /**
     * Records only these synapses (default: all), keeping the interval set so far.
     *
     * @param synapseIndices indices in synapse order; read, copied
     * @return a new monitor on those synapses
     */
    public WeightMonitor synapses(int... synapseIndices) {
        WeightMonitor m =
                new WeightMonitor(
                        projection,
                        rule,
                        state,
                        Args.notNull("synapseIndices", synapseIndices).clone());
        m.copyIntervalFrom(this);
        return m;
    }

    @Override
    public WeightMonitor everyMs(double interval) {
        super.everyMs(interval);
        return this;
    }

    @Override
    boolean recordsFrom(Simulation s) {
        return projection.sim == s;
    }

    @Override
    void attach(Simulation s) {
        super.attach(s);
        live = rule == null ? projection.w : (float[][]) projection.liveRuleState(rule, state);
        rowOf = new int[synapses.length];
        slotOf = new int[synapses.length];
        long[] start = new long[projection.w.length + 1];
        for (int i = 0; i < projection.w.length; i++) {
            start[i + 1] = start[i] + projection.w[i].length;
        }
        for (int k = 0; k < synapses.length; k++) {
            int i = java.util.Arrays.binarySearch(start, synapses[k]);
            if (i < 0) {
                i = -i - 2;
            }
            while (i + 1 < start.length && start[i + 1] <= synapses[k]) {
                i++;
            }
            rowOf[k] = i;
            slotOf[k] = (int) (synapses[k] - start[i]);
        }
    }

    @Override
    void record(StepContext ctx) {
        times.add(ctx.endTimeMs());
        for (int k = 0; k < rowOf.length; k++) {
            values.add(live[rowOf[k]][slotOf[k]]);
        }
    }

    /** Number of samples. */
    public int sampleCount() {
        return times.size();
    }

    /** Time of each sample (ms). */
    public double[] timesMs() {
        return times.toArray();
    }

    /** The recorded synapse indices. */
    public int[] synapsesCopy() {
        return synapses.clone();
    }

    /** Values as {@code [sample][synapse]}. */
    public float[][] values() {
        int n = times.size();
        float[][] out = new float[n][synapses.length];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < synapses.length; k++) {
                out[s][k] = (float) values.get(s * synapses.length + k);
            }
        }
        return out;
    }

    /**
     * The time course of the {@code k}-th recorded synapse.
     *
     * @param k position in {@link #synapsesCopy()}
     * @return one value per sample
     */
    public double[] series(int k) {
        Args.inRange("k", k, 0, synapses.length - 1, "index");
        int n = times.size();
        double[] out = new double[n];
        for (int s = 0; s < n; s++) {
            out[s] = values.get(s * synapses.length + k);
        }
        return out;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.custom(
                "times",
                () -> VariableMonitor.toBytes(times),
                b -> times.set(VariableMonitor.fromBytes(b)));
        r.custom(
                "values",
                () -> VariableMonitor.toBytes(values),
                b -> values.set(VariableMonitor.fromBytes(b)));
    }
}
