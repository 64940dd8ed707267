package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * Plain Hebbian learning with decay and bounds, \( dw_{ij}/dt = g_i (\eta\, x_i\, x_j - \gamma
 * w_{ij}) \), integrated with forward Euler each step and then bounded by the projection's {@link
 * WeightBounds} ({@code g_i} is the gate gain of post unit {@code i}).
 *
 * <p>Rate form ({@link #rate}): {@code x} are the units' rates (Hz). Trace form ({@link #traces}):
 * {@code x} are all-to-all spike traces (dimensionless), so the rule is driven by spike
 * coincidences within the trace time constants.
 *
 * <p>Zero activity gives no Hebbian change; with {@code decayPerMs > 0} weights still decay. The
 * dense kernel is one pass per row with the row's constants hoisted, so the JIT can vectorise it.
 */
public final class Hebbian implements LearningRule {
    /** Shortest dense row (presynaptic units) updated two rows per pass. */
    static final int PAIR_MIN_ROW = 4096;

    private final HebbianParameters p;
    private final double preTauMs;
    private final double postTauMs;
    private final String name;

    private Hebbian(HebbianParameters p, double preTauMs, double postTauMs, String name) {
        this.p = Args.notNull("parameters", p);
        this.preTauMs = preTauMs;
        this.postTauMs = postTauMs;
        this.name = name;
    }

    /**
     * The rate form.
     *
     * @param parameters the parameters
     * @return the rule, named {@code "hebbian"}
     */
    public static Hebbian rate(HebbianParameters parameters) {
        return new Hebbian(parameters, 0, 0, "hebbian");
    }

    /**
     * The spike-trace form.
     *
     * @param parameters the parameters
     * @param preTauMs presynaptic trace time constant (ms), &gt; 0 and finite
     * @param postTauMs postsynaptic trace time constant (ms), &gt; 0 and finite
     * @return the rule, named {@code "hebbian"}
     */
    public static Hebbian traces(HebbianParameters parameters, double preTauMs, double postTauMs) {
        return new Hebbian(
                parameters,
                Args.positive("preTauMs", preTauMs, "ms"),
                Args.positive("postTauMs", postTauMs, "ms"),
                "hebbian");
    }

    /**
     * A copy under another name (to attach two Hebbian rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public Hebbian named(String newName) {
        return new Hebbian(p, preTauMs, postTauMs, Args.notNull("name", newName));
    }

    /** The parameters. */
    public HebbianParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        final float[][] w = b.weights();
        final int[][] idx = b.preIndices();
        final boolean dense = b.isDense();
        final double[] pre =
                preTauMs > 0 ? b.preTrace(preTauMs, TraceMode.ALL_TO_ALL).values() : b.preRates();
        final double[] post =
                postTauMs > 0
                        ? b.postTrace(postTauMs, TraceMode.ALL_TO_ALL).values()
                        : b.postRates();
        final double[] gain = b.learningRateGain();
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean soft = wb.soft();
        // Clipping to infinite bounds changes no finite value (a NaN stays NaN either way), and
        // the vectorised Math.min/max pair costs about as much as the rest of the update in cache.
        final boolean unbounded = lo == Float.NEGATIVE_INFINITY && hi == Float.POSITIVE_INFINITY;
        // Lower bound +0: the exact (v + |v|) / 2 form of the floor, cheaper than Math.max in
        // the vectorised loop (see Rows).
        final boolean zeroFloor = Rows.zeroFloor(lo, hi);
        final double dt = b.dtMs();
        final double eta = p.eta();
        final double decay = p.decayPerMs();
        // The presynaptic activity as float, converted once per step in beforeUpdate: a double
        // load and conversion per synapse kept the JIT from vectorising the dense loop, and
        // Math.min/max (vectorised) replaces a branchy ternary clamp; same values, 2-4x faster
        // (plasticity-bench LayoutBenchmark, DenseHebbianBenchmark).
        final float[] preF = new float[pre.length];
        // Dense rows longer than the L1 cache's share of the rates (4096 floats = 16 KB), lower
        // bound +0: two rows per pass. Same arithmetic per synapse. Decay+clamp step at n = 8192,
        // one thread, PairedRatio median share of the bound: 0.57, 0.59 (two runs) against
        // 0.44-0.57 (four runs) with one row per pass, 0.38-0.51 (four) before either change,
        // all at load 14-21; at load 6, 0.51 against 0.48 before: a small gain at best, within
        // the noise of this shared machine. No gain for in-cache rows (n = 1024, kernel study):
        // short rows keep one pass per row.
        final boolean pairRows = dense && !soft && zeroFloor && pre.length >= PAIR_MIN_ROW;
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                Rows.toFloat(pre, preF);
            }

            @Override
            public void update(StepContext ctx, int from, int to) {
                for (int i = from; i < to; i++) {
                    double g = gain[i];
                    if (g == 0) {
                        continue;
                    }
                    final float keep = (float) (1.0 - decay * dt * g);
                    final float a = (float) (eta * dt * g * post[i]);
                    final float[] row = w[i];
                    if (pairRows && i + 1 < to && gain[i + 1] != 0) {
                        // Two long rows in one pass: one load of the rates per two weights.
                        final double g1 = gain[i + 1];
                        final float keep1 = (float) (1.0 - decay * dt * g1);
                        final float a1 = (float) (eta * dt * g1 * post[i + 1]);
                        final float[] row1 = w[i + 1];
                        final int n = Math.min(preF.length, Math.min(row.length, row1.length));
                        for (int k = 0; k < n; k++) {
                            final float x = preF[k];
                            row[k] = Math.min(hi, Rows.floor0(row[k] * keep + a * x));
                            row1[k] = Math.min(hi, Rows.floor0(row1[k] * keep1 + a1 * x));
                        }
                        i++;
                        continue;
                    }
                    if (soft) {
                        int[] ix = idx[i];
                        for (int k = 0; k < row.length; k++) {
                            float wk = row[k];
                            row[k] = wb.apply(wk, wk * keep - wk + a * preF[ix[k]]);
                        }
                    } else if (dense && unbounded && keep == 1f) {
                        // No decay: w * 1 is w bit for bit, so the multiply can go.
                        for (int k = 0; k < row.length; k++) {
                            row[k] = row[k] + a * preF[k];
                        }
                    } else if (dense && unbounded) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] = row[k] * keep + a * preF[k];
                        }
                    } else if (dense && zeroFloor) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] = Math.min(hi, Rows.floor0(row[k] * keep + a * preF[k]));
                        }
                    } else if (dense) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] = Math.min(hi, Math.max(lo, row[k] * keep + a * preF[k]));
                        }
                    } else {
                        int[] ix = idx[i];
                        for (int k = 0; k < row.length; k++) {
                            row[k] = Math.min(hi, Math.max(lo, row[k] * keep + a * preF[ix[k]]));
                        }
                    }
                }
            }
        };
    }
}
