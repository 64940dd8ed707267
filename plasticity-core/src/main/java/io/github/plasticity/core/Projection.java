package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.Seeds;
import io.github.plasticity.core.internal.Sorted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Synapses from a presynaptic to a postsynaptic population, with {@code float} weights and the
 * learning rules that change them.
 *
 * <p><b>Layout.</b> Weights are stored by postsynaptic unit: one {@code float[]} row per post unit
 * (a dense projection has {@code pre.size()} entries per row, in presynaptic order; a sparse one is
 * CSR by post, with the presynaptic index of each entry, and a transposed index by pre for
 * event-driven updates). One array per row rather than one flat array was chosen by measurement:
 * the JIT vectorises a row loop over a separate array but not one with a running row offset (see
 * the bench module). The layout is behind this API: users read weights through {@link
 * #weightsCopy()}, {@link #weight(int, int)} and monitors.
 *
 * <p><b>Transmission.</b> Onto a {@link LifPopulation}, each presynaptic spike adds its weight (mV)
 * to the synaptic current of its targets (onto an {@link IzhikevichPopulation}, to its synaptic
 * pulse); a rate presynaptic population adds the continuous current \( \sum_j w_{ij} r_j \) (mV).
 * Onto rate units, the input is \( \sum_j w_{ij} r_j \), {@code r} being the presynaptic rates (for
 * spiking units their low-pass estimate). Transmission takes effect in the next step.
 *
 * <p>Created by {@link Simulation#connect}; not thread-safe outside the simulation's own stepping.
 */
public final class Projection implements Stateful {
    private final String name;
    private final Population pre;
    private final Population post;
    final Simulation sim;
    final boolean dense;
    final float[][] w;
    final int[][] idx;
    private final int[][] colPost;
    private final int[][] colSlot;
    private final long synapseCount;
    // Per-slot sums of w * 0 for the non-finite check (derived, not state): the longest row's
    // length.
    private final float[] finiteCheck;
    private WeightBounds bounds = WeightBounds.unbounded();
    final List<RuleSlot> rules = new ArrayList<>();

    static final class RuleSlot {
        final LearningRule rule;
        final RuleBinding binding;
        final RuleKernel kernel;

        RuleSlot(LearningRule rule, RuleBinding binding, RuleKernel kernel) {
            this.rule = rule;
            this.binding = binding;
            this.kernel = kernel;
        }
    }

    Projection(
            Simulation sim,
            String name,
            Population pre,
            Population post,
            Connectivity connectivity,
            WeightInit init) {
        this.sim = sim;
        this.name = name;
        this.pre = pre;
        this.post = post;
        UniformRandomProvider rng = sim.stream("projection/" + name + "/build");
        int nPost = post.size();
        int nPre = pre.size();
        this.dense = connectivity.isDense();
        this.w = new float[nPost][];
        if (dense) {
            int[] identity = new int[nPre];
            for (int j = 0; j < nPre; j++) {
                identity[j] = j;
            }
            this.idx = new int[nPost][];
            Arrays.fill(idx, identity);
            this.colPost = null;
            this.colSlot = null;
        } else {
            this.idx = connectivity.build(pre, post, rng);
            int[] count = new int[nPre];
            for (int[] row : idx) {
                for (int j : row) {
                    count[j]++;
                }
            }
            this.colPost = new int[nPre][];
            this.colSlot = new int[nPre][];
            for (int j = 0; j < nPre; j++) {
                colPost[j] = new int[count[j]];
                colSlot[j] = new int[count[j]];
            }
            int[] fill = new int[nPre];
            for (int i = 0; i < nPost; i++) {
                int[] row = idx[i];
                for (int k = 0; k < row.length; k++) {
                    int j = row[k];
                    colPost[j][fill[j]] = i;
                    colSlot[j][fill[j]] = k;
                    fill[j]++;
                }
            }
        }
        long n = 0;
        int longest = 0;
        for (int i = 0; i < nPost; i++) {
            int[] row = idx[i];
            longest = Math.max(longest, row.length);
            float[] wr = new float[row.length];
            for (int k = 0; k < row.length; k++) {
                double v = init.weight(i, row[k], rng);
                if (!(Math.abs(v) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(
                            "initial weight of projection '"
                                    + name
                                    + "' from "
                                    + row[k]
                                    + " to "
                                    + i
                                    + " is not finite: "
                                    + v);
                }
                wr[k] = (float) v;
            }
            w[i] = wr;
            n += row.length;
        }
        this.synapseCount = n;
        this.finiteCheck = new float[longest];
    }

    /** Name, unique within the simulation. */
    public String name() {
        return name;
    }

    /** The presynaptic population. */
    public Population pre() {
        return pre;
    }

    /** The postsynaptic population. */
    public Population post() {
        return post;
    }

    /** Whether every post unit receives from every pre unit. */
    public boolean isDense() {
        return dense;
    }

    /** Number of synapses. */
    public long synapseCount() {
        return synapseCount;
    }

    /** The weight bounds. */
    public WeightBounds bounds() {
        return bounds;
    }

    /**
     * Sets the weight bounds; existing weights are clipped into them. Set them before attaching
     * rules: a rule reads the bounds when it binds.
     *
     * @param b the bounds
     * @return this projection
     * @throws IllegalStateException if a rule is already attached (it would keep the old bounds)
     */
    public Projection withBounds(WeightBounds b) {
        Args.notNull("bounds", b);
        if (!rules.isEmpty()) {
            throw new IllegalStateException(
                    "projection '"
                            + name
                            + "' already has rules "
                            + ruleNames()
                            + ", which read the bounds when they were attached; set the bounds"
                            + " before withRule");
        }
        this.bounds = b;
        for (float[] row : w) {
            for (int k = 0; k < row.length; k++) {
                row[k] = b.clip(row[k]);
            }
        }
        return this;
    }

    /**
     * Attaches a learning rule, after the rules already attached.
     *
     * @param rule the rule; its name must be unique on this projection
     * @param gates gates on the rule's learning rate, applied in order
     * @return this projection
     */
    public Projection withRule(LearningRule rule, Gate... gates) {
        Args.notNull("rule", rule);
        String rn = rule.name();
        if (rn == null || rn.isBlank() || rn.contains("/")) {
            throw new IllegalArgumentException("rule name must be non-blank without '/': " + rn);
        }
        for (RuleSlot s : rules) {
            if (s.rule.name().equals(rn)) {
                throw new IllegalArgumentException(
                        "projection '" + name + "' already has a rule named '" + rn + "'");
            }
        }
        RuleBinding b = new RuleBinding(this, rn);
        for (Gate g : gates) {
            b.addGate(g);
        }
        RuleKernel k = Args.notNull("kernel of rule " + rn, rule.bind(b));
        rules.add(new RuleSlot(rule, b, k));
        return this;
    }

    /** Names of the attached rules, in order. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (RuleSlot s : rules) {
            names.add(s.rule.name());
        }
        return names;
    }

    /** Weights in synapse order (row by row over post units; post x pre row-major when dense). */
    public float[] weightsCopy() {
        float[] out = new float[Math.toIntExact(synapseCount)];
        int o = 0;
        for (float[] row : w) {
            System.arraycopy(row, 0, out, o, row.length);
            o += row.length;
        }
        return out;
    }

    /** A copy of the weights onto post unit {@code post} (in {@link #preIndicesCopy} order). */
    public float[] rowCopy(int post) {
        return w[post].clone();
    }

    /** The presynaptic units of post unit {@code post}, increasing (a copy). */
    public int[] preIndicesCopy(int post) {
        return idx[post].clone();
    }

    /** The weight from {@code pre} to {@code post}, or NaN if they are not connected. */
    public float weight(int post, int pre) {
        int k = slot(post, pre);
        return k < 0 ? Float.NaN : w[post][k];
    }

    /**
     * Sets the weight from {@code pre} to {@code post}, clipped into the bounds.
     *
     * @param post post unit
     * @param pre pre unit; must be connected to {@code post}
     * @param value weight (weight units), finite
     */
    public void setWeight(int post, int pre, double value) {
        Args.finite("value", value, "weight units");
        int k = slot(post, pre);
        if (k < 0) {
            throw new IllegalArgumentException(
                    "projection '" + name + "' has no synapse from " + pre + " to " + post);
        }
        w[post][k] = bounds.clip((float) value);
    }

    private int slot(int post, int pre) {
        Args.inRange("post", post, 0, this.post.size() - 1, "index");
        Args.inRange("pre", pre, 0, this.pre.size() - 1, "index");
        return dense ? pre : Arrays.binarySearch(idx[post], pre);
    }

    /**
     * A copy of a rule's state (per-synapse state flattened in synapse order, as floats widened to
     * double; neuron or scalar state as is).
     *
     * @param rule rule name
     * @param state state name
     * @return the values
     */
    public double[] ruleStateCopy(String rule, String state) {
        Object s = liveRuleState(rule, state);
        if (s instanceof double[]) {
            return ((double[]) s).clone();
        }
        float[][] rows = (float[][]) s;
        double[] out = new double[Math.toIntExact(synapseCount)];
        int o = 0;
        for (float[] row : rows) {
            for (float v : row) {
                out[o++] = v;
            }
        }
        return out;
    }

    Object liveRuleState(String rule, String state) {
        for (RuleSlot s : rules) {
            if (s.rule.name().equals(rule)) {
                Object v = s.binding.state.get(state);
                if (v instanceof double[] || v instanceof float[][]) {
                    return v;
                }
                throw new IllegalArgumentException(
                        "rule '"
                                + rule
                                + "' on '"
                                + name
                                + "' has no state '"
                                + state
                                + "'; it has "
                                + s.binding.state.keySet());
            }
        }
        throw new IllegalArgumentException(
                "projection '" + name + "' has no rule '" + rule + "'; it has " + ruleNames());
    }

    int[] columnPosts(int j) {
        if (dense) {
            throw new IllegalStateException("dense projection: column j is slot j of every row");
        }
        return colPost[j];
    }

    int[] columnSlots(int j) {
        if (dense) {
            throw new IllegalStateException("dense projection: column j is slot j of every row");
        }
        return colSlot[j];
    }

    /** Transmission for post rows {@code [from, to)}. */
    void propagate(int from, int to) {
        if (post.isInput()) {
            // Sources never read their input, so a projection onto one (a plasticity-only network,
            // like Brian2's run_regularly Hebbian) transmits nothing: skipping it saves a full pass
            // over the weights per step (measured in plasticity-bench, DenseHebbianBenchmark).
            return;
        }
        double[] spikeTarget = post.spikeTarget();
        if (spikeTarget != null && pre.isSpiking()) {
            double[] target = spikeTarget;
            int n = pre.spikeCount[0];
            if (n == 0) {
                return;
            }
            int[] spikes = pre.spikeList;
            if (dense) {
                // Four rows at a time, each summed in spike order as one row alone would be (the
                // same result bit for bit): one running sum per row waits for the previous
                // addition at every spike, four independent sums keep the adder busy and the
                // scattered loads of four rows in flight (plasticity-bench StdpNetworkBenchmark).
                int i = from;
                for (; i + 3 < to; i += 4) {
                    float[] r0 = w[i];
                    float[] r1 = w[i + 1];
                    float[] r2 = w[i + 2];
                    float[] r3 = w[i + 3];
                    double s0 = 0;
                    double s1 = 0;
                    double s2 = 0;
                    double s3 = 0;
                    for (int k = 0; k < n; k++) {
                        int j = spikes[k];
                        s0 += r0[j];
                        s1 += r1[j];
                        s2 += r2[j];
                        s3 += r3[j];
                    }
                    target[i] += s0;
                    target[i + 1] += s1;
                    target[i + 2] += s2;
                    target[i + 3] += s3;
                }
                for (; i < to; i++) {
                    float[] row = w[i];
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += row[spikes[k]];
                    }
                    target[i] += s;
                }
            } else {
                for (int k = 0; k < n; k++) {
                    int j = spikes[k];
                    int[] posts = colPost[j];
                    int[] slots = colSlot[j];
                    int e = from == 0 ? 0 : Sorted.lowerBound(posts, from);
                    for (; e < posts.length && posts[e] < to; e++) {
                        int i = posts[e];
                        target[i] += w[i][slots[e]];
                    }
                }
            }
        } else {
            double[] r = pre.rateHz;
            double[] target = post.input;
            for (int i = from; i < to; i++) {
                float[] row = w[i];
                double s = 0;
                if (dense) {
                    s = dot(row, r);
                } else {
                    int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        s += row[k] * r[ix[k]];
                    }
                }
                target[i] += s;
            }
        }
    }

    /**
     * \( \sum_k w_k x_k \) in double, as eight partial sums over {@code k mod 8} combined in a
     * fixed tree. One running sum waits for the previous addition at every element (floating-point
     * add latency; the JIT may not reorder it), which made rate transmission cost about four times
     * a dense Hebbian update of the same weights (plasticity-bench RateNetworkBenchmark). The order
     * depends only on the row, so results are identical for any number of threads.
     */
    static double dot(float[] w, double[] x) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        final int n = w.length;
        int k = 0;
        for (; k + 7 < n; k += 8) {
            s0 += w[k] * x[k];
            s1 += w[k + 1] * x[k + 1];
            s2 += w[k + 2] * x[k + 2];
            s3 += w[k + 3] * x[k + 3];
            s4 += w[k + 4] * x[k + 4];
            s5 += w[k + 5] * x[k + 5];
            s6 += w[k + 6] * x[k + 6];
            s7 += w[k + 7] * x[k + 7];
        }
        for (; k < n; k++) {
            s0 += w[k] * x[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Returns a description of the first non-finite weight, or null. */
    String findNonFinite() {
        if (allFinite()) {
            return null;
        }
        for (int i = 0; i < w.length; i++) {
            float[] row = w[i];
            for (int k = 0; k < row.length; k++) {
                if (!(Math.abs(row[k]) < Float.POSITIVE_INFINITY)) {
                    return "projection '"
                            + name
                            + "' weight from "
                            + idx[i][k]
                            + " to "
                            + i
                            + " = "
                            + row[k];
                }
            }
        }
        return null;
    }

    /**
     * Whether every weight is finite, without a test per weight: per slot k, the sum over rows of
     * {@code w[i][k] * 0}, which stays (signed) zero while the weights are finite and becomes NaN
     * from any NaN or infinity. The loop has no branch, so the JIT vectorises it; four rows per
     * pass keep four memory streams going. Weight scan at n = 8192 (/tmp kernel study, median of
     * 8): 6.4e9 weights/s against 1.4e9 for the test per weight, which made the check at the end of
     * every {@link Simulation#steps} as long as four dense Hebbian steps.
     */
    private boolean allFinite() {
        final float[] c = finiteCheck;
        Arrays.fill(c, 0f);
        int i = 0;
        for (; i + 3 < w.length; i += 4) {
            final float[] r0 = w[i];
            final float[] r1 = w[i + 1];
            final float[] r2 = w[i + 2];
            final float[] r3 = w[i + 3];
            final int n =
                    Math.min(
                            Math.min(c.length, r0.length),
                            Math.min(r1.length, Math.min(r2.length, r3.length)));
            for (int k = 0; k < n; k++) {
                c[k] += (r0[k] * 0f + r1[k] * 0f) + (r2[k] * 0f + r3[k] * 0f);
            }
            // Sparse rows differ in length: their slots beyond the shortest.
            addZeroTimes(r0, n, c);
            addZeroTimes(r1, n, c);
            addZeroTimes(r2, n, c);
            addZeroTimes(r3, n, c);
        }
        for (; i < w.length; i++) {
            addZeroTimes(w[i], 0, c);
        }
        for (int k = 0; k < c.length; k++) {
            if (c[k] != 0f) {
                return false;
            }
        }
        return true;
    }

    private static void addZeroTimes(float[] row, int from, float[] c) {
        final int n = Math.min(row.length, c.length);
        for (int k = from; k < n; k++) {
            c[k] += row[k] * 0f;
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        r.floatRows("weights", w);
        for (RuleSlot s : rules) {
            String p = "rule/" + s.rule.name() + "/";
            r.doubles(p + "gain", s.binding.learningRateGain());
            for (Map.Entry<String, Object> e : s.binding.state.entrySet()) {
                Object v = e.getValue();
                String k = p + e.getKey();
                if (v instanceof double[]) {
                    r.doubles(k, (double[]) v);
                } else if (v instanceof float[][]) {
                    r.floatRows(k, (float[][]) v);
                } else if (v instanceof UniformRandomProvider) {
                    UniformRandomProvider rng = (UniformRandomProvider) v;
                    r.custom(k, () -> Seeds.saveState(rng), b -> Seeds.restoreState(rng, b));
                }
            }
        }
    }
}
