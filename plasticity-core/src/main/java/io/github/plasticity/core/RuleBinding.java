package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a {@link LearningRule} sees of its projection when it binds: live arrays of weights,
 * indices, rates, spikes, traces and modulators, and allocation of the rule's own state.
 *
 * <p>All arrays returned are live and owned by the library. A kernel reads them every step (values
 * change, references do not) and writes only weights and its own state. Weights are stored as one
 * {@code float[]} per postsynaptic unit: {@code weights()[i][k]} is the synapse from presynaptic
 * unit {@code preIndices()[i][k]} to postsynaptic unit {@code i}. For a dense projection every row
 * has one entry per presynaptic unit and {@code preIndices()[i][k] == k}.
 */
public final class RuleBinding {
    private final Projection projection;
    private final String ruleName;
    private final double[] gain;
    private final List<Gate.Kernel> gates = new ArrayList<>();
    final Map<String, Object> state = new LinkedHashMap<>();

    RuleBinding(Projection projection, String ruleName) {
        this.projection = projection;
        this.ruleName = ruleName;
        this.gain = new double[projection.post().size()];
        java.util.Arrays.fill(gain, 1.0);
    }

    /** The projection. */
    public Projection projection() {
        return projection;
    }

    /** The presynaptic population. */
    public Population pre() {
        return projection.pre();
    }

    /** The postsynaptic population. */
    public Population post() {
        return projection.post();
    }

    /** The simulation time step (ms). */
    public double dtMs() {
        return projection.sim.dtMs();
    }

    /** Whether every row holds every presynaptic unit in order. */
    public boolean isDense() {
        return projection.dense;
    }

    /** Live weight rows, one per postsynaptic unit (weight units). */
    public float[][] weights() {
        return projection.w;
    }

    /** Presynaptic unit of each synapse, per row. */
    public int[][] preIndices() {
        return projection.idx;
    }

    /**
     * Postsynaptic units of the synapses of presynaptic unit {@code j}, increasing (the transposed
     * index of a sparse projection; live, do not write).
     *
     * @param j presynaptic unit
     * @return the postsynaptic units
     * @throws IllegalStateException for a dense projection ({@link #isDense()}), which keeps no
     *     transposed index: there column {@code j} is slot {@code j} of every row
     */
    public int[] columnPosts(int j) {
        return projection.columnPosts(j);
    }

    /**
     * Position in its row of each synapse of presynaptic unit {@code j}, parallel to {@link
     * #columnPosts(int)}: {@code preIndices()[columnPosts(j)[e]][columnSlots(j)[e]] == j}.
     *
     * @param j presynaptic unit
     * @return the slots
     * @throws IllegalStateException for a dense projection (column {@code j} is slot {@code j})
     */
    public int[] columnSlots(int j) {
        return projection.columnSlots(j);
    }

    /** The projection's weight bounds. */
    public WeightBounds bounds() {
        return projection.bounds();
    }

    /** Live presynaptic rates (Hz). */
    public double[] preRates() {
        return pre().rateHz;
    }

    /** Live postsynaptic rates (Hz). */
    public double[] postRates() {
        return post().rateHz;
    }

    /** Live flags: which presynaptic units spiked this step. */
    public boolean[] preSpiked() {
        return pre().spiked;
    }

    /** Live flags: which postsynaptic units spiked this step. */
    public boolean[] postSpiked() {
        return post().spiked;
    }

    /** Live list of presynaptic units that spiked this step; count in {@link #preSpikeCount()}. */
    public int[] preSpikes() {
        return pre().spikeList;
    }

    /** Number of presynaptic spikes this step. */
    public int preSpikeCount() {
        return pre().spikeCount[0];
    }

    /**
     * Live list of postsynaptic units that spiked this step; count in {@link #postSpikeCount()}.
     */
    public int[] postSpikes() {
        return post().spikeList;
    }

    /** Number of postsynaptic spikes this step. */
    public int postSpikeCount() {
        return post().spikeCount[0];
    }

    /** Live membrane potentials of the postsynaptic units (mV); they must be LIF units. */
    public double[] postVoltage() {
        if (!(post() instanceof LifPopulation)) {
            throw new IllegalArgumentException(
                    "rule '"
                            + ruleName
                            + "' reads the membrane potential, but '"
                            + post().name()
                            + "' is not a LifPopulation");
        }
        return ((LifPopulation) post()).voltage();
    }

    /**
     * The presynaptic trace with this time constant and mode (shared with other rules).
     *
     * @param tauMs time constant (ms), &gt; 0 and finite
     * @param mode spike interaction
     * @return the trace
     */
    public SpikeTrace preTrace(double tauMs, TraceMode mode) {
        return pre().trace(tauMs, mode);
    }

    /**
     * The postsynaptic trace with this time constant and mode (shared with other rules).
     *
     * @param tauMs time constant (ms), &gt; 0 and finite
     * @param mode spike interaction
     * @return the trace
     */
    public SpikeTrace postTrace(double tauMs, TraceMode mode) {
        return post().trace(tauMs, mode);
    }

    /**
     * Concentration of a modulator at each postsynaptic unit's position (µM), sampled every step.
     *
     * @param name modulator name; it must have been added to the simulation
     * @return live array, length post size
     */
    public double[] modulatorAtPost(String name) {
        return projection.sim.modulatorSamples(name, post());
    }

    /**
     * Concentration of a modulator at each presynaptic unit's position (µM), sampled every step.
     *
     * @param name modulator name; it must have been added to the simulation
     * @return live array, length pre size
     */
    public double[] modulatorAtPre(String name) {
        return projection.sim.modulatorSamples(name, pre());
    }

    /**
     * The learning-rate gain per postsynaptic unit (dimensionless), set by the rule's gates before
     * each update; all ones when the rule has no gate. Multiply the learning rate by it.
     */
    public double[] learningRateGain() {
        return gain;
    }

    /**
     * Adds a gate on this rule's learning rate.
     *
     * @param gate the gate
     */
    public void addGate(Gate gate) {
        gates.add(Args.notNull("gate", gate).bind(this));
    }

    /**
     * Allocates per-synapse state, shaped like {@link #weights()}.
     *
     * @param name state name, unique within the rule
     * @param initial initial value of every element
     * @return live rows
     */
    public float[][] synapseState(String name, float initial) {
        float[][] rows = new float[projection.w.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new float[projection.w[i].length];
            if (initial != 0f) {
                java.util.Arrays.fill(rows[i], initial);
            }
        }
        put(name, rows);
        return rows;
    }

    /**
     * Allocates one value per postsynaptic unit.
     *
     * @param name state name, unique within the rule
     * @param initial initial value
     * @return live array
     */
    public double[] postState(String name, double initial) {
        return state(name, post().size(), initial);
    }

    /**
     * Allocates one value per presynaptic unit.
     *
     * @param name state name, unique within the rule
     * @param initial initial value
     * @return live array
     */
    public double[] preState(String name, double initial) {
        return state(name, pre().size(), initial);
    }

    /**
     * Allocates rule state of any length (scalars, tables).
     *
     * @param name state name, unique within the rule
     * @param length number of values, &gt;= 0
     * @param initial initial value
     * @return live array
     */
    public double[] state(String name, int length, double initial) {
        double[] a = new double[Args.atLeast("length", length, 0)];
        if (initial != 0) {
            java.util.Arrays.fill(a, initial);
        }
        put(name, a);
        return a;
    }

    private void put(String name, Object value) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("state name must be non-blank without '/': " + name);
        }
        if (state.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException(
                    "rule '" + ruleName + "' already has state '" + name + "'");
        }
    }

    /**
     * A random stream for this rule, derived from the simulation seed, the projection's and the
     * rule's names.
     */
    public UniformRandomProvider rng() {
        Object existing = state.get("rng");
        if (existing instanceof UniformRandomProvider) {
            return (UniformRandomProvider) existing;
        }
        UniformRandomProvider r =
                projection.sim.stream("projection/" + projection.name() + "/rule/" + ruleName);
        put("rng", r);
        return r;
    }

    boolean hasGates() {
        return !gates.isEmpty();
    }

    void computeGain(StepContext ctx) {
        java.util.Arrays.fill(gain, 1.0);
        for (int k = 0; k < gates.size(); k++) {
            gates.get(k).multiply(ctx, gain);
        }
    }
}
