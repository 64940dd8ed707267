package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.DoubleList;
import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * Records one value per unit of a population at chosen units: a state variable (rates, membrane
 * potential, ...; {@link Monitors#variable}), a neuromodulator's concentration at the units'
 * positions ({@link Monitors#modulator}), or any per-unit array a component keeps live, such as the
 * ATP of a metabolic supply ({@link Monitors#perUnit}). Not thread-safe; read it after or between
 * runs.
 */
public final class VariableMonitor extends Monitor {
    private final Population population;
    private final Function<Simulation, double[]> source;
    private final int[] units;
    private double[] live;
    private final DoubleList times = new DoubleList(64);
    private final DoubleList values = new DoubleList(256);

    VariableMonitor(
            String name,
            Population population,
            Function<Simulation, double[]> source,
            int[] units) {
        super(name);
        this.population = population;
        this.source = source;
        this.units = units;
        for (int u : units) {
            Args.inRange("unit", u, 0, population.size() - 1, "index");
        }
    }

    /**
     * Records only these units (default: all), keeping the interval set so far.
     *
     * @param unitIndices the units, each in {@code [0, size)}; read, copied
     * @return a new monitor on those units
     */
    public VariableMonitor units(int... unitIndices) {
        VariableMonitor m =
                new VariableMonitor(
                        name(),
                        population,
                        source,
                        Args.notNull("unitIndices", unitIndices).clone());
        m.copyIntervalFrom(this);
        return m;
    }

    @Override
    public VariableMonitor everyMs(double interval) {
        super.everyMs(interval);
        return this;
    }

    @Override
    boolean recordsFrom(Simulation s) {
        return population.sim == s;
    }

    @Override
    void attach(Simulation s) {
        super.attach(s);
        live = source.apply(s);
        if (live == null || live.length != population.size()) {
            throw new IllegalStateException(
                    "monitor '"
                            + name()
                            + "': its source gave "
                            + (live == null ? "no array" : live.length + " values")
                            + " for the "
                            + population.size()
                            + " units of '"
                            + population.name()
                            + "'");
        }
    }

    @Override
    void record(StepContext ctx) {
        times.add(ctx.endTimeMs());
        for (int u : units) {
            values.add(live[u]);
        }
    }

    /** Number of samples taken. */
    public int sampleCount() {
        return times.size();
    }

    /** Time of each sample (ms). */
    public double[] timesMs() {
        return times.toArray();
    }

    /** The recorded units. */
    public int[] unitsCopy() {
        return units.clone();
    }

    /** Values as {@code [sample][unit]} (units of the variable). */
    public double[][] values() {
        int n = times.size();
        double[][] out = new double[n][units.length];
        for (int s = 0; s < n; s++) {
            for (int u = 0; u < units.length; u++) {
                out[s][u] = values.get(s * units.length + u);
            }
        }
        return out;
    }

    /**
     * The time course of the {@code k}-th recorded unit.
     *
     * @param k position in {@link #unitsCopy()}
     * @return one value per sample
     */
    public double[] series(int k) {
        Args.inRange("k", k, 0, units.length - 1, "index");
        int n = times.size();
        double[] out = new double[n];
        for (int s = 0; s < n; s++) {
            out[s] = values.get(s * units.length + k);
        }
        return out;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.custom("times", () -> toBytes(times), b -> times.set(fromBytes(b)));
        r.custom("values", () -> toBytes(values), b -> values.set(fromBytes(b)));
    }

    static byte[] toBytes(DoubleList l) {
        ByteBuffer b = ByteBuffer.allocate(8 * l.size());
        for (int i = 0; i < l.size(); i++) {
            b.putDouble(l.get(i));
        }
        return b.array();
    }

    static double[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        double[] out = new double[bytes.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getDouble();
        }
        return out;
    }
}
