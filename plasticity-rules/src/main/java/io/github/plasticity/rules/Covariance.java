package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * The covariance rule (see {@link CovarianceParameters} for the equation and sources): \(
 * dw_{ij}/dt = g_i\, \eta (y_i - \bar y_i)(x_j - \bar x_j) \), forward Euler each step, bounded by
 * the projection's {@link WeightBounds} ({@code g} is the gate gain, {@code x} the presynaptic
 * rates in Hz, {@code y} the postsynaptic activity chosen by {@link PostActivity}).
 *
 * <p>With running means, each step first folds this step's rates into the means exactly for rates
 * held over the step, \( \bar r \leftarrow r + (\bar r - r) e^{-dt/\tau} \), then updates the
 * weights: the means include the current step. They are rule state {@code "preMean"} and {@code
 * "postMean"} (Hz), so monitors and checkpoints see them; presynaptic means are advanced once per
 * step before the row updates, postsynaptic ones with their rows.
 *
 * <p>With zero activity and zero references nothing changes; with non-zero fixed thresholds, zero
 * activity gives \( \eta \bar x \bar y \) per ms (the rule's heterosynaptic term). Works on dense
 * and sparse projections. Immutable and thread-safe; results do not depend on the thread count.
 */
public final class Covariance implements LearningRule {
    private final CovarianceParameters p;
    private final PostActivity activity;
    private final String name;

    private Covariance(CovarianceParameters p, PostActivity activity, String name) {
        this.p = Args.notNull("parameters", p);
        this.activity = Args.notNull("activity", activity);
        this.name = Args.notNull("name", name);
    }

    /**
     * The covariance rule reading the postsynaptic population's rate ({@link
     * PostActivity#POPULATION_RATE}).
     *
     * @param parameters the parameters
     * @return the rule, named {@code "covariance"}
     */
    public static Covariance of(CovarianceParameters parameters) {
        return new Covariance(parameters, PostActivity.POPULATION_RATE, "covariance");
    }

    /**
     * A copy taking the postsynaptic activity from {@code source}.
     *
     * @param source where {@code y} comes from
     * @return the copy
     */
    public Covariance withPostActivity(PostActivity source) {
        return new Covariance(p, source, name);
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public Covariance named(String newName) {
        return new Covariance(p, activity, newName);
    }

    /** The parameters. */
    public CovarianceParameters parameters() {
        return p;
    }

    /** Where the postsynaptic activity comes from. */
    public PostActivity postActivity() {
        return activity;
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
        final double[] pre = b.preRates();
        final double[] post = b.postRates();
        final double[] preMean = b.preState("preMean", p.preThresholdHz());
        final double[] postMean = b.postState("postMean", p.postThresholdHz());
        final boolean weightedSum = activity == PostActivity.WEIGHTED_SUM;
        final boolean running = p.runningMeans();
        final double decay = Math.exp(-b.dtMs() / p.tauMeanMs());
        final double[] gain = b.learningRateGain();
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean soft = wb.soft();
        final double etaDt = p.eta() * b.dtMs();
        final boolean zeroFloor = Rows.zeroFloor(lo, hi);
        // (x_j - mean_j) as float once per step (serial), so the dense loop vectorises (see
        // Rows); the same double subtraction and conversion as per synapse, so the same values.
        final float[] dev = new float[pre.length];
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                if (running) {
                    for (int j = 0; j < pre.length; j++) {
                        double x = pre[j];
                        preMean[j] = x + (preMean[j] - x) * decay;
                    }
                }
                for (int j = 0; j < pre.length; j++) {
                    dev[j] = (float) (pre[j] - preMean[j]);
                }
            }

            @Override
            public void update(StepContext ctx, int from, int to) {
                for (int i = from; i < to; i++) {
                    final float[] row = w[i];
                    final int[] ix = idx[i];
                    final double y = weightedSum ? Rows.weightedSum(row, ix, pre, dense) : post[i];
                    if (running) {
                        postMean[i] = y + (postMean[i] - y) * decay;
                    }
                    final double c = etaDt * gain[i] * (y - postMean[i]);
                    if (c == 0) {
                        continue;
                    }
                    final float a = (float) c;
                    if (soft) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] = wb.apply(row[k], a * dev[ix[k]]);
                        }
                    } else if (dense) {
                        Rows.addClipped(row, a, dev, lo, hi, zeroFloor);
                    } else {
                        for (int k = 0; k < row.length; k++) {
                            float v = row[k] + a * dev[ix[k]];
                            row[k] = v < lo ? lo : (v > hi ? hi : v);
                        }
                    }
                }
            }
        };
    }
}
