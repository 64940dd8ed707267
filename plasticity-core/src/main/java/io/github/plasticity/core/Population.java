package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A group of N units stored as arrays, one per state variable (struct of arrays), with positions on
 * the cortical sheet.
 *
 * <p>Every population has spikes for the current step (empty for rate units), a rate in Hz per unit
 * (the rate variable of rate units; for spiking units a low-pass estimate with time constant {@link
 * #rateTauMs()}), and shared spike traces that rules request. Concrete kinds: {@link
 * RatePopulation}, {@link LifPopulation}, {@link PoissonSource}, {@link SpikeTimeSource}, {@link
 * RateSource}.
 *
 * <p>A population is created unattached, configured, then added to exactly one {@link Simulation}.
 * Not thread-safe: read it between runs, or through monitors.
 */
public abstract class Population implements Stateful {
    /**
     * Default spacing of the square grid on which units are placed unless positions are set (mm).
     */
    public static final double DEFAULT_SPACING_MM = 0.1;

    private final String name;
    final int size;
    final double[] xMm;
    final double[] yMm;
    final boolean[] spiked;
    final int[] spikeList;
    final int[] spikeCount = new int[1];
    final double[] rateHz;

    /** Continuous drive summed by incoming projections for the next step. */
    final double[] input;

    private final List<SpikeTrace> traces = new ArrayList<>();
    private double rateTauMs = 100.0;
    private double rateDecay;
    private String[] checkedNames = new String[0];
    private double[][] checked = new double[0][];
    Simulation sim;

    Population(String name, int size) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException(
                    "name must be a non-blank string without '/': " + name);
        }
        this.name = name;
        this.size = Args.atLeast("size", size, 1);
        this.xMm = new double[size];
        this.yMm = new double[size];
        int side = (int) Math.ceil(Math.sqrt(size));
        for (int i = 0; i < size; i++) {
            xMm[i] = (i % side) * DEFAULT_SPACING_MM;
            yMm[i] = (i / side) * DEFAULT_SPACING_MM;
        }
        this.spiked = new boolean[size];
        this.spikeList = new int[size];
        this.rateHz = new double[size];
        this.input = new double[size];
    }

    /** The population's name, unique within its simulation. */
    public final String name() {
        return name;
    }

    /** Number of units. */
    public final int size() {
        return size;
    }

    /** True for units that emit spikes (LIF, Poisson, spike-time sources). */
    public abstract boolean isSpiking();

    /**
     * Places the units on the sheet. Must be called before the population is added.
     *
     * @param x medial-lateral coordinates (mm), length {@link #size()}; read, copied
     * @param y rostral-caudal coordinates (mm), length {@link #size()}; read, copied
     * @return this population
     */
    public Population withPositions(double[] x, double[] y) {
        checkUnattached();
        Args.notNull("x", x);
        Args.notNull("y", y);
        Args.length("x", x.length, size);
        Args.length("y", y.length, size);
        Args.allFinite("x", x, "mm");
        Args.allFinite("y", y, "mm");
        System.arraycopy(x, 0, xMm, 0, size);
        System.arraycopy(y, 0, yMm, 0, size);
        return this;
    }

    /**
     * Sets the time constant of the low-pass rate estimate of spiking units (default 100 ms).
     *
     * @param tauMs time constant (ms), &gt; 0 and finite
     * @return this population
     */
    public Population withRateTauMs(double tauMs) {
        checkUnattached();
        this.rateTauMs = Args.positive("rateTauMs", tauMs, "ms");
        return this;
    }

    /** Time constant of the low-pass rate estimate of spiking units (ms). */
    public double rateTauMs() {
        return rateTauMs;
    }

    /** Position of unit {@code i} on the medial-lateral axis (mm). */
    public double xMm(int i) {
        return xMm[i];
    }

    /** Position of unit {@code i} on the rostral-caudal axis (mm). */
    public double yMm(int i) {
        return yMm[i];
    }

    /** Rate of unit {@code i} (Hz). */
    public double rateHz(int i) {
        return rateHz[i];
    }

    /** A copy of all rates (Hz). */
    public double[] ratesCopy() {
        return rateHz.clone();
    }

    /** Number of units that spiked in the last step. */
    public int spikeCount() {
        return spikeCount[0];
    }

    /** Indices of the units that spiked in the last step, in increasing order (a copy). */
    public int[] spikesCopy() {
        return Arrays.copyOf(spikeList, spikeCount[0]);
    }

    /** Whether unit {@code i} spiked in the last step. */
    public boolean spiked(int i) {
        return spiked[i];
    }

    /**
     * Names of this population's state variables that monitors can record and checkpoints save,
     * such as {@code "rate"}, {@code "v"}.
     */
    public List<String> variableNames() {
        List<String> names = new ArrayList<>();
        names.add("rate");
        names.addAll(ownVariableNames());
        return names;
    }

    /** A copy of the state variable {@code variable} (units as documented by the kind). */
    public double[] variableCopy(String variable) {
        return liveVariable(variable).clone();
    }

    double[] liveVariable(String variable) {
        if ("rate".equals(variable)) {
            return rateHz;
        }
        double[] v = ownVariable(variable);
        if (v == null) {
            throw new IllegalArgumentException(
                    "population '"
                            + name
                            + "' has no variable '"
                            + variable
                            + "'; it has "
                            + variableNames());
        }
        return v;
    }

    List<String> ownVariableNames() {
        return List.of();
    }

    /**
     * The variables the simulation checks for non-finite values after every step of this
     * population: by default all of them. A kind may leave out variables that cannot become
     * non-finite unless one of the checked ones does first or in the same step (inputs validated
     * where they are set, counters, values reset every step); the check of every unit every step is
     * a measurable share of a small spiking network's step.
     */
    List<String> checkedVariableNames() {
        return variableNames();
    }

    double[] ownVariable(String variable) {
        return null;
    }

    /** Returns the trace with this time constant and mode, creating it on first request. */
    SpikeTrace trace(double tauMs, TraceMode mode) {
        Args.positive("tauMs", tauMs, "ms");
        for (SpikeTrace t : traces) {
            if (t.tauMs() == tauMs && t.mode() == mode) {
                return t;
            }
        }
        SpikeTrace t = new SpikeTrace(size, tauMs, mode);
        if (sim != null) {
            t.prepare(sim.dtMs());
        }
        traces.add(t);
        return t;
    }

    final void checkUnattached() {
        if (sim != null) {
            throw new IllegalStateException(
                    "population '"
                            + name
                            + "' is already part of a simulation; configure it before adding it");
        }
    }

    void attach(Simulation s, UniformRandomProvider rng) {
        this.sim = s;
        List<String> names = checkedVariableNames();
        this.checkedNames = names.toArray(new String[0]);
        this.checked = new double[checkedNames.length][];
        for (int k = 0; k < checkedNames.length; k++) {
            checked[k] = liveVariable(checkedNames[k]);
        }
        this.rateDecay = Math.exp(-s.dtMs() / rateTauMs);
        for (SpikeTrace t : traces) {
            t.prepare(s.dtMs());
        }
    }

    /**
     * The array into which spiking projections add the weights of this step's presynaptic spikes,
     * for the next step (LIF synaptic current, Izhikevich pulses); null when spikes onto this kind
     * arrive as rate input.
     */
    double[] spikeTarget() {
        return null;
    }

    /** Whether this population is an input (stepped in the inputs phase). */
    abstract boolean isInput();

    /** Advances the population by one step (inputs or dynamics phase). */
    abstract void step(StepContext ctx);

    final void clearSpikes() {
        int n = spikeCount[0];
        for (int k = 0; k < n; k++) {
            spiked[spikeList[k]] = false;
        }
        spikeCount[0] = 0;
    }

    final void emit(int i) {
        spiked[i] = true;
        spikeList[spikeCount[0]++] = i;
    }

    /** Low-pass rate estimate for spiking units; called after the step's spikes are known. */
    final void updateRateEstimate(double dtMs) {
        final double d = rateDecay;
        final double[] r = rateHz;
        for (int i = 0; i < size; i++) {
            r[i] *= d;
        }
        final double jump = (1.0 - d) * 1000.0 / dtMs;
        for (int k = 0; k < spikeCount[0]; k++) {
            r[spikeList[k]] += jump;
        }
    }

    void updateTraces() {
        for (int t = 0; t < traces.size(); t++) {
            traces.get(t).update(spikeList, spikeCount[0]);
        }
    }

    /** Checks the state for non-finite values; returns a description or null. No allocation. */
    String findNonFinite() {
        for (int k = 0; k < checkedNames.length; k++) {
            double[] a = checked[k];
            for (int i = 0; i < a.length; i++) {
                if (!(Math.abs(a[i]) < Double.POSITIVE_INFINITY)) {
                    return "population '"
                            + name
                            + "' variable '"
                            + checkedNames[k]
                            + "'["
                            + i
                            + "] = "
                            + a[i];
                }
            }
        }
        return null;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.booleans("spiked", spiked);
        r.ints("spikeList", spikeList);
        r.ints("spikeCount", spikeCount);
        r.doubles("rate", rateHz);
        r.doubles("input", input);
        for (String v : ownVariableNames()) {
            r.doubles(v, ownVariable(v));
        }
    }

    List<SpikeTrace> traces() {
        return traces;
    }
}
