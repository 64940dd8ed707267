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
    /** Shortest dense row (presynaptic units) updated several rows per pass. */
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
        // Dense rows longer than the L1 cache's share of the rates (4096 floats = 16 KB): several
        // rows per pass, four (five without decay) without bounds, three with the floor at +0; same
        // arithmetic per
        // synapse. The garbage collector (G1) does not keep the rows of a large matrix in address
        // order, so a pass over one row is a new memory stream every 32 KB at n = 8192, and the
        // prefetchers lose time at each start; several rows per pass keep several streams going.
        // Kernel study, n = 8192, one thread, median of 15 alternated passes against the bound's
        // kernel over one flat array: plain Hebbian 0.53-0.60 (one row per pass), 0.63 (two),
        // 0.81-0.85 (four); decay+clamp 0.46 (one), 0.62 (two), 0.72-0.78 (three). Four rows
        // with the clamp make a loop body too large for the JIT to unroll and vectorise (0.13).
        // Short rows (in cache) are fastest one per pass (n = 1024: 0.86 of one pass for four).
        final boolean longRows = dense && !soft && pre.length >= PAIR_MIN_ROW;
        final int group = !longRows ? 1 : unbounded ? (decay == 0 ? 5 : 4) : zeroFloor ? 3 : 1;
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                Rows.toFloat(pre, preF);
            }

            private boolean gained(int i, int count) {
                for (int k = i; k < i + count; k++) {
                    if (gain[k] == 0) {
                        return false;
                    }
                }
                return true;
            }

            private float keep(int i) {
                return (float) (1.0 - decay * dt * gain[i]);
            }

            private float rate(int i) {
                return (float) (eta * dt * gain[i] * post[i]);
            }

            @Override
            public void update(StepContext ctx, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (group == 5 && i + 5 <= to && gained(i, 5)) {
                        // No decay and no bounds: five rows still vectorise (the multiply by
                        // keep = 1 dropped, w * 1 being w bit for bit); 0.90-0.93 of the bound
                        // against 0.87-0.88 for four rows (kernel study as above).
                        final float[] r0 = w[i];
                        final float[] r1 = w[i + 1];
                        final float[] r2 = w[i + 2];
                        final float[] r3 = w[i + 3];
                        final float[] r4 = w[i + 4];
                        final float a0 = rate(i);
                        final float a1 = rate(i + 1);
                        final float a2 = rate(i + 2);
                        final float a3 = rate(i + 3);
                        final float a4 = rate(i + 4);
                        final int n = Math.min(Rows.commonLength(preF, r0, r1, r2, r3), r4.length);
                        for (int k = 0; k < n; k++) {
                            final float x = preF[k];
                            r0[k] = r0[k] + a0 * x;
                            r1[k] = r1[k] + a1 * x;
                            r2[k] = r2[k] + a2 * x;
                            r3[k] = r3[k] + a3 * x;
                            r4[k] = r4[k] + a4 * x;
                        }
                        i += 4;
                        continue;
                    }
                    if (group >= 4 && i + 4 <= to && gained(i, 4)) {
                        final float[] r0 = w[i];
                        final float[] r1 = w[i + 1];
                        final float[] r2 = w[i + 2];
                        final float[] r3 = w[i + 3];
                        final float k0 = keep(i);
                        final float k1 = keep(i + 1);
                        final float k2 = keep(i + 2);
                        final float k3 = keep(i + 3);
                        final float a0 = rate(i);
                        final float a1 = rate(i + 1);
                        final float a2 = rate(i + 2);
                        final float a3 = rate(i + 3);
                        final int n = Rows.commonLength(preF, r0, r1, r2, r3);
                        // w * 1 is w bit for bit, so this is also the loop without decay.
                        for (int k = 0; k < n; k++) {
                            final float x = preF[k];
                            r0[k] = r0[k] * k0 + a0 * x;
                            r1[k] = r1[k] * k1 + a1 * x;
                            r2[k] = r2[k] * k2 + a2 * x;
                            r3[k] = r3[k] * k3 + a3 * x;
                        }
                        i += 3;
                        continue;
                    }
                    if (group == 3 && i + 3 <= to && gained(i, 3)) {
                        final float[] r0 = w[i];
                        final float[] r1 = w[i + 1];
                        final float[] r2 = w[i + 2];
                        final float k0 = keep(i);
                        final float k1 = keep(i + 1);
                        final float k2 = keep(i + 2);
                        final float a0 = rate(i);
                        final float a1 = rate(i + 1);
                        final float a2 = rate(i + 2);
                        final int n = Rows.commonLength(preF, r0, r1, r2, r2);
                        for (int k = 0; k < n; k++) {
                            final float x = preF[k];
                            r0[k] = Math.min(hi, Rows.floor0(r0[k] * k0 + a0 * x));
                            r1[k] = Math.min(hi, Rows.floor0(r1[k] * k1 + a1 * x));
                            r2[k] = Math.min(hi, Rows.floor0(r2[k] * k2 + a2 * x));
                        }
                        i += 2;
                        continue;
                    }
                    if (gain[i] == 0) {
                        continue;
                    }
                    final float keep = keep(i);
                    final float a = rate(i);
                    final float[] row = w[i];
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
