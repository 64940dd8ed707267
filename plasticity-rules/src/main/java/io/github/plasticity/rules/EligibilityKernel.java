package io.github.plasticity.rules;

import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.SpikeTrace;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Sorted;

/**
 * The kernel shared by {@link EligibilityTraceRule} and {@link IzhikevichDaStdp}. Not API.
 *
 * <p>Per step, for the synapses of posts in range: (1) this step's events charge the eligibility
 * (spikes of step {@code n} carry time {@code n dt}): presynaptic spikes first, then postsynaptic
 * ones; the rate term adds \( k r_{pre} r_{post} dt \); (2) the weight integrates \( \eta g M e \)
 * over the step with the trapezoidal rule, \( e \) decaying exactly: \( \Delta w = a\, e \) with \(
 * a = \eta g \frac{dt}{2} (M_{start} + M_{end} e^{-dt/\tau_e}) \); (3) \( e \leftarrow e\,
 * e^{-dt/\tau_e} \); (4) bounds. {@code M_start} is the sample of the previous step (rule state
 * {@code "modulatorPrevious"}), so the scheme is second order for a smooth modulator and first
 * order across a jump (a release), with a relative error of about \( dt/(2\tau) \) per release.
 *
 * <p><b>Update interval.</b> The weights may be written every {@code K} steps instead of every step
 * (Izhikevich's daspnet writes them every 10 ms), with the same integral: within an interval the
 * eligibility is stored relative to the interval start, \( e(s) = \hat e\, d^{s} \) (\( d =
 * e^{-dt/\tau_e} \), {@code s} the step within the interval), and each post unit accumulates \( P =
 * \sum_s a(s) d^s \). An event {@code H} at step {@code s} adds \( H d^{-s} \) to \( \hat e \) and
 * \( -H d^{-s} P(s) \) to the synapse's pending change, so that at the end of the interval \( w
 * \mathrel{+}= \hat e P + \text{pending} \) equals the step-by-step sum. Per-synapse work is then
 * paid once per interval (plus events); weights seen by transmission lag by up to {@code K - 1}
 * steps and bounds apply at interval ends. Intervals are aligned to the simulation's step count
 * (they end at steps {@code K-1, 2K-1, ...}). Rule state {@code "eligibility"} holds \( \hat e \),
 * which equals the eligibility at the end of every interval.
 *
 * <p>Weights are {@code float}; per-step increments can be a few ulps of the weight (tonic
 * dopamine: about 2e-6 per ms on weights near 1), so under hard bounds the rounding residual of
 * each synapse is carried to the next interval (compensated summation, rule state {@code
 * "weightResidual"}, which also holds the pending change): the weight plus its residual accumulates
 * in double precision. Clipping clears the residual. Soft bounds are applied without compensation.
 */
final class EligibilityKernel implements RuleKernel {
    private final RuleBinding b;
    private final float[][] w;
    private final int[][] idx;
    private final boolean dense;
    private final float[][] e;
    private final float[][] residual;
    private final double[] m;
    private final double[] mPrev;
    private final double[] prefix;
    private final double mOffset;
    private final double[] gain;
    private final double eta;
    private final int interval;
    private final double[] decayPow;
    private final double[] growPow;
    private final double decayK;
    private final double d1;
    private final double halfDt;
    private final WeightBounds bounds;
    private final float lo;
    private final float hi;
    private int s;
    // pair term
    private final boolean pair;
    private final double aPlus;
    private final double aMinus;
    private final double[] preTrace;
    private final double[] postTrace;
    private final double[] postBefore;
    private final boolean[] postSpiked;
    private final boolean sameStepDepresses;
    private final double[] preBefore;
    private final boolean[] preSpiked;
    // rate term
    private final double kRate;
    private final double[] preRate;
    private final double[] postRate;

    /**
     * Binds the kernel.
     *
     * @param b the binding
     * @param term the Hebbian term
     * @param eta learning rate (weight units per eligibility per µM per ms)
     * @param tauEMs eligibility time constant (ms)
     * @param modulator modulator name
     * @param mOffset added to the concentration to form M (µM)
     * @param bounds the bounds to apply
     * @param updateIntervalMs interval between weight writes (ms); 0 for every step
     */
    EligibilityKernel(
            RuleBinding b,
            EligibilityTerm term,
            double eta,
            double tauEMs,
            String modulator,
            double mOffset,
            WeightBounds bounds,
            double updateIntervalMs) {
        this.b = b;
        this.w = b.weights();
        this.idx = b.preIndices();
        this.dense = b.isDense();
        this.m = b.modulatorAtPost(modulator);
        this.e = b.synapseState("eligibility", 0f);
        this.residual = b.synapseState("weightResidual", 0f);
        this.mPrev = b.postState("modulatorPrevious", 0.0);
        System.arraycopy(m, 0, mPrev, 0, m.length);
        this.prefix = b.postState("intervalIntegral", 0.0);
        this.mOffset = mOffset;
        this.gain = b.learningRateGain();
        this.eta = eta;
        double dt = b.dtMs();
        this.interval = (int) Math.max(1, Math.round(updateIntervalMs / dt));
        this.d1 = Math.exp(-dt / tauEMs);
        this.decayPow = new double[interval];
        this.growPow = new double[interval];
        for (int k = 0; k < interval; k++) {
            decayPow[k] = Math.exp(-k * dt / tauEMs);
            growPow[k] = Math.exp(k * dt / tauEMs);
        }
        this.decayK = Math.exp(-interval * dt / tauEMs);
        this.halfDt = 0.5 * dt;
        this.bounds = bounds;
        this.lo = bounds.min();
        this.hi = bounds.max();
        if (term instanceof EligibilityTerm.PairStdp) {
            EligibilityTerm.PairStdp st = (EligibilityTerm.PairStdp) term;
            this.pair = true;
            this.aPlus = st.aPlus();
            this.aMinus = st.aMinus();
            SpikeTrace pre = b.preTrace(st.tauPlusMs(), st.mode());
            this.preTrace = pre.values();
            this.preBefore = pre.beforeSpike();
            this.preSpiked = b.preSpiked();
            this.sameStepDepresses = st.sameStepDepresses();
            SpikeTrace post = b.postTrace(st.tauMinusMs(), st.mode());
            this.postTrace = post.values();
            this.postBefore = post.beforeSpike();
            this.postSpiked = b.postSpiked();
            this.kRate = 0;
            this.preRate = null;
            this.postRate = null;
        } else {
            EligibilityTerm.RateHebbian r = (EligibilityTerm.RateHebbian) term;
            this.pair = false;
            this.aPlus = 0;
            this.aMinus = 0;
            this.preTrace = null;
            this.postTrace = null;
            this.postBefore = null;
            this.postSpiked = null;
            this.preBefore = null;
            this.preSpiked = null;
            this.sameStepDepresses = false;
            this.kRate = r.kPerHz2PerMs() * dt;
            this.preRate = b.preRates();
            this.postRate = b.postRates();
        }
    }

    @Override
    public void beforeUpdate(StepContext ctx) {
        s = (int) (ctx.step() % interval);
    }

    @Override
    public void update(StepContext ctx, int from, int to) {
        final int step = s;
        final double grow = growPow[step];
        if (pair) {
            preEvents(from, to, grow);
            postEvents(from, to, grow);
        }
        final double dPow = decayPow[step];
        final double d = d1;
        for (int i = from; i < to; i++) {
            final double mStart = mPrev[i] + mOffset;
            final double mEnd = m[i] + mOffset;
            mPrev[i] = m[i];
            final double p = prefix[i];
            if (!pair) {
                final double kp = kRate * postRate[i] * grow;
                if (kp != 0) {
                    final float[] er = e[i];
                    final float[] rr = residual[i];
                    final int[] ix = idx[i];
                    for (int k = 0; k < er.length; k++) {
                        final double h = kp * preRate[ix[k]];
                        er[k] = (float) (er[k] + h);
                        if (p != 0) {
                            rr[k] = (float) (rr[k] - h * p);
                        }
                    }
                }
            }
            final double a = eta * gain[i] * halfDt * (mStart + mEnd * d);
            prefix[i] = p + a * dPow;
        }
        if (step == interval - 1) {
            flush(from, to);
        }
    }

    private void flush(int from, int to) {
        final double dk = decayK;
        for (int i = from; i < to; i++) {
            final double a = prefix[i];
            prefix[i] = 0.0;
            final float[] wr = w[i];
            final float[] er = e[i];
            final float[] rr = residual[i];
            if (bounds.soft()) {
                for (int k = 0; k < er.length; k++) {
                    final double ek = er[k];
                    wr[k] = bounds.apply(wr[k], (float) (a * ek + rr[k]));
                    rr[k] = 0f;
                    er[k] = (float) (ek * dk);
                }
            } else {
                for (int k = 0; k < er.length; k++) {
                    final double ek = er[k];
                    final float wk = wr[k];
                    final double target = wk + (a * ek + rr[k]);
                    float v = (float) target;
                    float res = (float) (target - v);
                    if (v < lo) {
                        v = lo;
                        res = 0f;
                    } else if (v > hi) {
                        v = hi;
                        res = 0f;
                    }
                    wr[k] = v;
                    rr[k] = res;
                    er[k] = (float) (ek * dk);
                }
            }
        }
    }

    private void preEvents(int from, int to, double grow) {
        final int n = b.preSpikeCount();
        if (n == 0) {
            return;
        }
        final int[] spikes = b.preSpikes();
        final double am = -aMinus * grow;
        for (int q0 = 0; q0 < n; q0++) {
            final int j = spikes[q0];
            if (dense) {
                for (int i = from; i < to; i++) {
                    charge(i, j, am * postValue(i));
                }
            } else {
                final int[] posts = b.columnPosts(j);
                final int[] slots = b.columnSlots(j);
                for (int q = Sorted.lowerBound(posts, from);
                        q < posts.length && posts[q] < to;
                        q++) {
                    final int i = posts[q];
                    charge(i, slots[q], am * postValue(i));
                }
            }
        }
    }

    /** Adds {@code h} (already scaled by the interval's growth factor) to synapse (i, k). */
    private void charge(int i, int k, double h) {
        e[i][k] = (float) (e[i][k] + h);
        final double p = prefix[i];
        if (p != 0) {
            residual[i][k] = (float) (residual[i][k] - h * p);
        }
    }

    /** The postsynaptic trace a presynaptic spike pairs with (before this step's post spike). */
    private double postValue(int i) {
        return postSpiked[i] && !sameStepDepresses ? postBefore[i] : postTrace[i];
    }

    private void postEvents(int from, int to, double grow) {
        final int n = b.postSpikeCount();
        final int[] spikes = b.postSpikes();
        final double ap = aPlus * grow;
        for (int q = 0; q < n; q++) {
            final int i = spikes[q];
            if (i < from || i >= to) {
                continue;
            }
            final float[] er = e[i];
            final float[] rr = residual[i];
            final int[] ix = idx[i];
            final double p = prefix[i];
            for (int k = 0; k < er.length; k++) {
                final int j = ix[k];
                final double x = sameStepDepresses && preSpiked[j] ? preBefore[j] : preTrace[j];
                final double h = ap * x;
                er[k] = (float) (er[k] + h);
                if (p != 0) {
                    rr[k] = (float) (rr[k] - h * p);
                }
            }
        }
    }
}
