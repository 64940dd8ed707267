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
 * Triplet spike-timing-dependent plasticity (Pfister &amp; Gerstner 2006, J Neurosci 26:9673),
 * event-driven: weights change only in the columns of presynaptic units and the rows of
 * postsynaptic units that spiked in the step. See {@link TripletParameters} for the equations.
 *
 * <p>The four traces \( r_1, r_2 \) (presynaptic) and \( o_1, o_2 \) (postsynaptic) are the
 * populations' shared {@link SpikeTrace}s (a spike adds 1, or resets the trace to 1 in
 * nearest-spike mode). In the plasticity phase of a step:
 *
 * <ol>
 *   <li>for every presynaptic spike {@code j}: \( w_{ij} \leftarrow \mathrm{bound}(w_{ij} - g_i\,
 *       o_{1,i} (A_2^- + A_3^- r_{2,j}^{-})) \), with \( r_{2,j}^- \) the value before this step's
 *       increment, and \( o_{1,i} \) also before this step's increment if {@code i} spiked in the
 *       same step;
 *   <li>then for every postsynaptic spike {@code i}: \( w_{ij} \leftarrow \mathrm{bound}(w_{ij} +
 *       g_i\, r_{1,j} (A_2^+ + A_3^+ o_{2,i}^{-})) \), with \( r_{1,j} \) after this step's
 *       increments and \( o_{2,i}^- \) before its own increment.
 * </ol>
 *
 * <p>So spikes in one step are processed presynaptic first, as in Brian2 and in the reference
 * computation behind SCIENCE.md check C2.4; a pre and a post spike in one step count as \( \Delta t
 * = 0 \) (potentiation). {@code bound} is the projection's {@link WeightBounds#apply}, \( g_i \)
 * the learning-rate gain of gates. Nearest-spike mode resets all four traces to 1 on a spike
 * (saturating detectors, so each spike interacts only with the latest spike of each kind before
 * it); whether Pfister &amp; Gerstner's nearest-spike parameters were fitted with exactly this form
 * is unverified. Rows may be updated in parallel (bit-identical for any thread count). The rule
 * keeps no state of its own.
 */
public final class TripletStdp implements LearningRule {
    private final TripletParameters p;
    private final String name;

    private TripletStdp(TripletParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = name;
    }

    /**
     * The rule with these parameters, named {@code "triplet-stdp"}.
     *
     * @param parameters the parameters
     * @return the rule
     */
    public static TripletStdp of(TripletParameters parameters) {
        return new TripletStdp(parameters, "triplet-stdp");
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the renamed rule
     */
    public TripletStdp named(String newName) {
        return new TripletStdp(p, Args.notNull("name", newName));
    }

    /** The parameters. */
    public TripletParameters parameters() {
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
                    "triplet STDP rule '"
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
        private final double[] r1;
        private final double[] r2Before;
        private final double[] o1;
        private final double[] o1Before;
        private final double[] o2Before;
        private final boolean[] postSpiked;
        private final double[] gain;
        private final WeightBounds bounds;
        private final double lo;
        private final double hi;
        private final boolean soft;
        private final double a2p;
        private final double a3p;
        private final double a2m;
        private final double a3m;

        Kernel(RuleBinding b, TripletParameters p) {
            this.b = b;
            this.w = b.weights();
            this.idx = b.preIndices();
            this.dense = b.isDense();
            SpikeTrace tr1 = b.preTrace(p.tauPlusMs(), p.traceMode());
            SpikeTrace tr2 = b.preTrace(p.tauXMs(), p.traceMode());
            SpikeTrace to1 = b.postTrace(p.tauMinusMs(), p.traceMode());
            SpikeTrace to2 = b.postTrace(p.tauYMs(), p.traceMode());
            this.r1 = tr1.values();
            // r2 is read only for presynaptic units that spiked this step: before-spike values.
            this.r2Before = tr2.beforeSpike();
            this.o1 = to1.values();
            this.o1Before = to1.beforeSpike();
            // o2 is read only for postsynaptic units that spiked this step: before-spike values.
            this.o2Before = to2.beforeSpike();
            this.postSpiked = b.postSpiked();
            this.gain = b.learningRateGain();
            this.bounds = b.bounds();
            this.lo = bounds.min();
            this.hi = bounds.max();
            this.soft = bounds.soft();
            this.a2p = p.a2Plus();
            this.a3p = p.a3Plus();
            this.a2m = p.a2Minus();
            this.a3m = p.a3Minus();
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
            for (int s = 0; s < n; s++) {
                int j = spikes[s];
                double c = a2m + a3m * r2Before[j];
                if (c == 0.0) {
                    continue;
                }
                if (dense) {
                    for (int i = from; i < to; i++) {
                        depressOne(w[i], j, i, c);
                    }
                } else {
                    int[] posts = b.columnPosts(j);
                    int[] slots = b.columnSlots(j);
                    for (int e = Sorted.lowerBound(posts, from);
                            e < posts.length && posts[e] < to;
                            e++) {
                        depressOne(w[posts[e]], slots[e], posts[e], c);
                    }
                }
            }
        }

        private void depressOne(float[] row, int k, int i, double c) {
            double x = postSpiked[i] ? o1Before[i] : o1[i];
            if (x == 0.0) {
                return;
            }
            row[k] = apply(row[k], -gain[i] * c * x);
        }

        private void potentiate(int[] spikes, int n, int from, int to) {
            for (int s = Sorted.lowerBound(spikes, n, from); s < n && spikes[s] < to; s++) {
                int i = spikes[s];
                double a = gain[i] * (a2p + a3p * o2Before[i]);
                if (a == 0.0) {
                    continue;
                }
                float[] row = w[i];
                if (dense) {
                    for (int k = 0; k < row.length; k++) {
                        double x = r1[k];
                        if (x != 0.0) {
                            row[k] = apply(row[k], a * x);
                        }
                    }
                } else {
                    int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        double x = r1[ix[k]];
                        if (x != 0.0) {
                            row[k] = apply(row[k], a * x);
                        }
                    }
                }
            }
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
