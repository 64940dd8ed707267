package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.SpikeTrace;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.Sorted;

/**
 * Pair-based spike-timing-dependent plasticity with exponential traces (Song, Miller &amp; Abbott
 * 2000; van Rossum, Bi &amp; Turrigiano 2000), event-driven: weights change only in the columns of
 * presynaptic units and the rows of postsynaptic units that spiked in the step.
 *
 * <p>Each presynaptic unit carries a trace \( x_{pre} \) (\( \tau_+ \)) and each postsynaptic unit
 * a trace \( x_{post} \) (\( \tau_- \)), shared with every rule that asks for the same time
 * constant and {@link io.github.plasticity.core.TraceMode}; a spike adds 1 (all-to-all) or resets
 * the trace to 1 (nearest-spike). In the plasticity phase of a step:
 *
 * <ol>
 *   <li>for every presynaptic spike {@code j}, every synapse {@code (i, j)} is depressed: \( w
 *       \leftarrow \mathrm{bound}(w - g_i\, a_-\, s\, x_{post,i}) \), with \( s = w_{max} \)
 *       (additive) or \( s = w \) (multiplicative), where \( x_{post,i} \) is the trace before this
 *       step's increment if {@code i} spiked in the same step;
 *   <li>then for every postsynaptic spike {@code i}, every synapse {@code (i, j)} is potentiated:
 *       \( w \leftarrow \mathrm{bound}(w + g_i\, a_+\, w_{max}\, x_{pre,j}) \), with \( x_{pre,j}
 *       \) after this step's increments.
 * </ol>
 *
 * <p>{@code bound} is the projection's {@link WeightBounds#apply} (a hard clip, or soft bounds that
 * add a further weight dependence), and \( g_i \) the learning-rate gain of gates. This is exactly
 * Brian2's STDP example ({@code on_pre: Apre += dApre; w = clip(w + Apost, 0, gmax)}, {@code
 * on_post: Apost += dApost; w = clip(w + Apre, 0, gmax)}, pre pathway before post pathway, event
 * driven traces): Brian2's {@code Apre} is \( a_+ w_{max} x_{pre} \) and {@code Apost} is \( -a_-
 * w_{max} x_{post} \). A pre and a post spike in the same step count as \( \Delta t = 0 \):
 * potentiation by \( a_+ w_{max} \), and no depression from that pair.
 *
 * <p>Nearest-spike mode (trace reset to 1) is the "symmetric nearest-spike" interaction of
 * Morrison, Diesmann &amp; Gerstner (2008): each post spike pairs with the latest pre spike before
 * it, each pre spike with the latest post spike before it, a spike possibly taking part in two
 * pairs.
 *
 * <pre>{@code
 * StdpParameters p = StdpParameters.songMillerAbbott2000().withWMax(0.6);    // g_max in mV
 * sim.connect(inputs, neuron, Connectivity.allToAll(), WeightInit.uniform(0, 0.6))
 *    .withBounds(WeightBounds.hard(0, p.wMax()))                             // Song's [0, g_max]
 *    .withRule(PairStdp.of(p));
 * }</pre>
 *
 * <p>Cost per step: one pass over the column of each presynaptic spike and the row of each
 * postsynaptic spike. Dense and sparse projections are supported; rows may be updated in parallel
 * (bit-identical for any thread count). The rule keeps no state of its own: the traces live on the
 * populations, which checkpoints save.
 *
 * <p>Precision: weights are float. Depression is computed in double and rounded once. Under hard
 * bounds, potentiation is computed in float, \( w \leftarrow \min(w_{hi}, \max(w_{lo}, w +
 * \mathrm{float}(g_i a_+ w_{max})\, \mathrm{float}(x_{pre,j}))) \), so that the row loop
 * vectorises; the difference from the double computation is in the last bit of a weight.
 */
public final class PairStdp implements LearningRule {
    private final StdpParameters p;
    private final String name;

    private PairStdp(StdpParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = name;
    }

    /**
     * The rule with these parameters, named {@code "stdp"}.
     *
     * @param parameters the parameters
     * @return the rule
     */
    public static PairStdp of(StdpParameters parameters) {
        return new PairStdp(parameters, "stdp");
    }

    /**
     * A copy under another name (to attach two STDP rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public PairStdp named(String newName) {
        return new PairStdp(p, Args.notNull("name", newName));
    }

    /** The parameters. */
    public StdpParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        if (!b.pre().isSpiking() || !b.post().isSpiking()) {
            throw new IllegalArgumentException(
                    "STDP rule '"
                            + name
                            + "' needs spiking pre and post populations; projection '"
                            + b.projection().name()
                            + "' connects "
                            + b.pre().name()
                            + " to "
                            + b.post().name());
        }
        return new Kernel(b, p);
    }

    private static final class Kernel implements RuleKernel {
        private final RuleBinding b;
        private final float[][] w;
        private final int[][] idx;
        private final boolean dense;
        private final double[] xPre;
        private final double[] xPost;
        private final double[] xPostBefore;
        private final double[] gain;
        private final WeightBounds bounds;
        private final double lo;
        private final double hi;
        private final boolean soft;
        private final double ltp;
        private final double ltd;
        private final boolean multiplicative;
        private final boolean fastRows;
        private final float[] xPreF;
        private final float loF;
        private final float hiF;

        Kernel(RuleBinding b, StdpParameters p) {
            this.b = b;
            this.w = b.weights();
            this.idx = b.preIndices();
            this.dense = b.isDense();
            SpikeTrace pre = b.preTrace(p.tauPlusMs(), p.traceMode());
            SpikeTrace post = b.postTrace(p.tauMinusMs(), p.traceMode());
            this.xPre = pre.values();
            this.xPost = post.values();
            this.xPostBefore = post.beforeSpike();
            this.gain = b.learningRateGain();
            this.bounds = b.bounds();
            this.lo = bounds.min();
            this.hi = bounds.max();
            this.soft = bounds.soft();
            this.ltp = p.aPlus() * p.wMax();
            this.multiplicative =
                    p.weightDependence() == StdpParameters.WeightDependence.MULTIPLICATIVE;
            this.ltd = multiplicative ? p.aMinus() : p.aMinus() * p.wMax();
            this.fastRows = !soft;
            // The presynaptic trace as float, converted once per step (beforeUpdate) for the
            // vectorised potentiation under hard bounds; derived data, not state.
            this.xPreF = new float[fastRows ? xPre.length : 0];
            this.loF = bounds.min();
            this.hiF = bounds.max();
        }

        @Override
        public void beforeUpdate(StepContext ctx) {
            if (fastRows && b.postSpikeCount() > 0) {
                final double[] x = xPre;
                final float[] f = xPreF;
                for (int k = 0; k < f.length; k++) {
                    f[k] = (float) x[k];
                }
            }
        }

        @Override
        public void update(StepContext ctx, int from, int to) {
            int nPre = b.preSpikeCount();
            if (nPre > 0) {
                depress(b.preSpikes(), nPre, from, to);
            }
            int nPost = b.postSpikeCount();
            if (nPost > 0) {
                potentiate(b.postSpikes(), nPost, from, to);
            }
        }

        private void depress(int[] spikes, int n, int from, int to) {
            if (dense) {
                // Row by row, the step's presynaptic columns within each row: the post unit's
                // factor is read once per row instead of once per synapse. Each synapse is updated
                // once per step whatever the loop order, so the weights are those of the
                // column-by-column order.
                for (int i = from; i < to; i++) {
                    // Pre pathway first (Brian2 order): a post spike of this step is not yet in the
                    // trace. beforeSpike() equals values() for units that did not spike.
                    double x = xPostBefore[i];
                    if (x == 0.0) {
                        continue;
                    }
                    float[] row = w[i];
                    double g = -gain[i] * ltd;
                    if (multiplicative) {
                        for (int s = 0; s < n; s++) {
                            int k = spikes[s];
                            double wk = row[k];
                            row[k] = apply(row[k], g * wk * x);
                        }
                    } else if (soft) {
                        double dw = g * 1.0 * x;
                        for (int s = 0; s < n; s++) {
                            int k = spikes[s];
                            row[k] = apply(row[k], dw);
                        }
                    } else {
                        double dw = g * 1.0 * x;
                        for (int s = 0; s < n; s++) {
                            int k = spikes[s];
                            row[k] = clip(row[k] + dw);
                        }
                    }
                }
                return;
            }
            for (int s = 0; s < n; s++) {
                int j = spikes[s];
                int[] posts = b.columnPosts(j);
                int[] slots = b.columnSlots(j);
                for (int e = Sorted.lowerBound(posts, from);
                        e < posts.length && posts[e] < to;
                        e++) {
                    depressOne(w[posts[e]], slots[e], posts[e]);
                }
            }
        }

        private void depressOne(float[] row, int k, int i) {
            // Pre pathway first (Brian2 order): a post spike of this step is not yet in the trace.
            double x = xPostBefore[i];
            if (x == 0.0) {
                return;
            }
            double wk = row[k];
            double dw = -gain[i] * ltd * (multiplicative ? wk : 1.0) * x;
            row[k] = apply(row[k], dw);
        }

        private void potentiate(int[] spikes, int n, int from, int to) {
            // The spike list is increasing, so the spikes in [from, to) are contiguous.
            for (int s = Sorted.lowerBound(spikes, n, from); s < n && spikes[s] < to; s++) {
                int i = spikes[s];
                double a = gain[i] * ltp;
                if (a == 0.0) {
                    continue;
                }
                float[] row = w[i];
                if (fastRows && dense) {
                    // Hard bounds, in float with Math.min/max and no test of the trace, so that
                    // the JIT vectorises the loop (a branchy double clamp with a trace test per
                    // synapse ran 5-8x slower; plasticity-bench StdpNetworkBenchmark). Where the
                    // trace is 0 the weight, already within the bounds, is unchanged.
                    final float af = (float) a;
                    final float[] x = xPreF;
                    final float l = loF;
                    final float h = hiF;
                    for (int k = 0; k < row.length; k++) {
                        row[k] = Math.min(h, Math.max(l, row[k] + af * x[k]));
                    }
                } else if (fastRows) {
                    // The same arithmetic through the index, so sparse equals dense bit for bit.
                    final float af = (float) a;
                    final float[] x = xPreF;
                    final int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        row[k] = Math.min(hiF, Math.max(loF, row[k] + af * x[ix[k]]));
                    }
                } else if (dense) {
                    for (int k = 0; k < row.length; k++) {
                        double x = xPre[k];
                        if (x != 0.0) {
                            row[k] = apply(row[k], a * x);
                        }
                    }
                } else {
                    int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        double x = xPre[ix[k]];
                        if (x != 0.0) {
                            row[k] = apply(row[k], a * x);
                        }
                    }
                }
            }
        }

        private float clip(double v) {
            return (float) (v < lo ? lo : (v > hi ? hi : v));
        }

        private float apply(float wk, double dw) {
            if (soft) {
                return bounds.apply(wk, (float) dw);
            }
            double v = wk + dw;
            return (float) (v < lo ? lo : (v > hi ? hi : v));
        }
    }
}
