package io.github.plasticity.core;

import io.github.plasticity.core.internal.DoubleList;

/**
 * Records every spike of a population: unit index and time (the start time of the step in which it
 * occurred, as in Brian2). Not thread-safe; read it after or between runs.
 */
public final class SpikeMonitor extends Monitor {
    private final Population population;
    private final DoubleList units = new DoubleList(256);
    private final DoubleList times = new DoubleList(256);

    SpikeMonitor(Population population) {
        super("spikes/" + population.name());
        this.population = population;
    }

    @Override
    public SpikeMonitor everyMs(double interval) {
        throw new UnsupportedOperationException("a spike monitor records every spike");
    }

    @Override
    boolean recordsFrom(Simulation s) {
        return population.sim == s;
    }

    @Override
    void record(StepContext ctx) {
        int n = population.spikeCount[0];
        double t = ctx.timeMs();
        for (int k = 0; k < n; k++) {
            units.add(population.spikeList[k]);
            times.add(t);
        }
    }

    /** The recorded population. */
    public Population population() {
        return population;
    }

    /** Number of spikes recorded. */
    public int count() {
        return times.size();
    }

    /** Unit index of each spike, in time order. */
    public int[] units() {
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) units.get(i);
        }
        return out;
    }

    /** Time of each spike (ms). */
    public double[] timesMs() {
        return times.toArray();
    }

    /**
     * Spike counts per unit.
     *
     * @return array of length population size
     */
    public int[] countsPerUnit() {
        int[] c = new int[population.size()];
        for (int i = 0; i < units.size(); i++) {
            c[(int) units.get(i)]++;
        }
        return c;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.custom(
                "units",
                () -> VariableMonitor.toBytes(units),
                b -> units.set(VariableMonitor.fromBytes(b)));
        r.custom(
                "times",
                () -> VariableMonitor.toBytes(times),
                b -> times.set(VariableMonitor.fromBytes(b)));
    }
}
