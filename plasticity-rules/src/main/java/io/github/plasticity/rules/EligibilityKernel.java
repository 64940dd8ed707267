package io.github.plasticity.rules;

import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.SpikeTrace;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;

/**
 * The kernel shared by {@link EligibilityTraceRule} and {@link IzhikevichDaStdp}. Not API.
 *
 * <p>Per step, for the synapses of posts in range: (1) this step's events charge the eligibility
 * (spikes of step {@code n} carry time {@code n dt}): presynaptic spikes first, then postsynaptic
 * ones; the rate term adds \( k r_{pre} r_{post} dt \); (2) the weight integrates \( \eta g M e \)
 * over the step with the trapezoidal rule, \( e \) decaying exactly: \( w \mathrel{+}= \eta g
 * \frac{dt}{2} (M_{start} + M_{end} e^{-dt/\tau_e})\, e \); (3) \( e \leftarrow e\, e^{-dt/\tau_e}
 * \); (4) bounds. {@code M_start} is the sample of the previous step (kept in rule state {@code
 * "modulatorPrevious"}), so the scheme is second order for a smooth modulator and first order
 * across a jump (a release), with a relative error of about \( dt/(2\tau) \) per release.
 *
 * <p>Weights are {@code float}; per-step increments can be a few ulps of the weight (tonic
 * dopamine: about 2e-6 per ms on weights near 1), so under hard bounds the rounding residual of
 * each synapse is carried to the next step (compensated summation, rule state {@code
 * "weightResidual"}): the weight plus its residual accumulates in double precision. Clipping clears
 * the residual. Soft bounds are applied without compensation.
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
    private final double mOffset;
    private final double[] gain;
    private final double eta;
    private final double decay;
    private final double halfDt;
    private final WeightBounds bounds;
    private final float lo;
    private final float hi;
    // pair term
    private final boolean pair;
    private final double aPlus;
    private final double aMinus;
    private final double[] preTrace;
    private final double[] postTrace;
    private final double[] postBefore;
    private final boolean[] postSpiked;
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
     */
    EligibilityKernel(
            RuleBinding b,
            EligibilityTerm term,
            double eta,
            double tauEMs,
            String modulator,
            double mOffset,
            WeightBounds bounds) {
        this.b = b;
        this.w = b.weights();
        this.idx = b.preIndices();
        this.dense = b.isDense();
        this.m = b.modulatorAtPost(modulator);
        this.e = b.synapseState("eligibility", 0f);
        this.residual = b.synapseState("weightResidual", 0f);
        this.mPrev = b.postState("modulatorPrevious", 0.0);
        System.arraycopy(m, 0, mPrev, 0, m.length);
        this.mOffset = mOffset;
        this.gain = b.learningRateGain();
        this.eta = eta;
        this.decay = Math.exp(-b.dtMs() / tauEMs);
        this.halfDt = 0.5 * b.dtMs();
        this.bounds = bounds;
        this.lo = bounds.min();
        this.hi = bounds.max();
        if (term instanceof EligibilityTerm.PairStdp) {
            EligibilityTerm.PairStdp s = (EligibilityTerm.PairStdp) term;
            this.pair = true;
            this.aPlus = s.aPlus();
            this.aMinus = s.aMinus();
            this.preTrace = b.preTrace(s.tauPlusMs(), s.mode()).values();
            SpikeTrace post = b.postTrace(s.tauMinusMs(), s.mode());
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
            this.kRate = r.kPerHz2PerMs() * b.dtMs();
            this.preRate = b.preRates();
            this.postRate = b.postRates();
        }
    }

    @Override
    public void update(StepContext ctx, int from, int to) {
        if (pair) {
            preEvents(from, to);
            postEvents(from, to);
        }
        final double d = decay;
        for (int i = from; i < to; i++) {
            final double mStart = mPrev[i] + mOffset;
            final double mEnd = m[i] + mOffset;
            mPrev[i] = m[i];
            final double a = eta * gain[i] * halfDt * (mStart + mEnd * d);
            final float[] wr = w[i];
            final float[] er = e[i];
            if (!pair) {
                final double kp = kRate * postRate[i];
                if (kp != 0) {
                    final int[] ix = idx[i];
                    for (int k = 0; k < er.length; k++) {
                        er[k] = (float) (er[k] + kp * preRate[ix[k]]);
                    }
                }
            }
            if (a == 0) {
                for (int k = 0; k < er.length; k++) {
                    er[k] = (float) (er[k] * d);
                }
            } else if (bounds.soft()) {
                for (int k = 0; k < er.length; k++) {
                    double ek = er[k];
                    wr[k] = bounds.apply(wr[k], (float) (a * ek));
                    er[k] = (float) (ek * d);
                }
            } else {
                final float[] rr = residual[i];
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
                    er[k] = (float) (ek * d);
                }
            }
        }
    }

    private void preEvents(int from, int to) {
        final int n = b.preSpikeCount();
        if (n == 0) {
            return;
        }
        final int[] spikes = b.preSpikes();
        for (int s = 0; s < n; s++) {
            final int j = spikes[s];
            if (dense) {
                for (int i = from; i < to; i++) {
                    e[i][j] = (float) (e[i][j] - aMinus * postValue(i));
                }
            } else {
                final int[] posts = b.columnPosts(j);
                final int[] slots = b.columnSlots(j);
                for (int q = lowerBound(posts, from); q < posts.length && posts[q] < to; q++) {
                    final int i = posts[q];
                    final float[] er = e[i];
                    er[slots[q]] = (float) (er[slots[q]] - aMinus * postValue(i));
                }
            }
        }
    }

    private double postValue(int i) {
        return postSpiked[i] ? postBefore[i] : postTrace[i];
    }

    private void postEvents(int from, int to) {
        final int n = b.postSpikeCount();
        final int[] spikes = b.postSpikes();
        for (int s = 0; s < n; s++) {
            final int i = spikes[s];
            if (i < from || i >= to) {
                continue;
            }
            final float[] er = e[i];
            final int[] ix = idx[i];
            for (int k = 0; k < er.length; k++) {
                er[k] = (float) (er[k] + aPlus * preTrace[ix[k]]);
            }
        }
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
