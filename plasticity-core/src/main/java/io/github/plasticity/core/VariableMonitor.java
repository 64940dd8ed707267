package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.DoubleList;
import java.nio.ByteBuffer;

/**
 * Records one state variable of chosen units of a population (rates, membrane potential, ...). Not
 * thread-safe; read it after or between runs.
 */
public final class VariableMonitor extends Monitor {
    private final Population population;
    private final String variable;
    private final int[] units;
    private double[] live;
    private final DoubleList times = new DoubleList(64);
    private final DoubleList values = new DoubleList(256);

    VariableMonitor(Population population, String variable, int[] units) {
        super("variable/" + population.name() + "/" + variable);
        this.population = population;
        this.variable = variable;
        this.units = units;
        population.liveVariable(variable);
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
                        population, variable, Args.notNull("unitIndices", unitIndices).clone());
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
        live = population.liveVariable(variable);
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
