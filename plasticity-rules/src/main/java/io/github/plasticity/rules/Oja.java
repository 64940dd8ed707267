package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * Oja's rule (Oja 1982), \( dw_{ij}/dt = g_i\, \eta\, y_i (x_j - y_i w_{ij}) \), integrated with
 * forward Euler each step and bounded by the projection's {@link WeightBounds} ({@code g_i} is the
 * gate gain of post unit {@code i}, {@code x} the presynaptic rates in Hz, {@code y} the
 * postsynaptic activity chosen by {@link PostActivity}). Its fixed point for zero-mean inputs is
 * the unit-norm principal eigenvector of the input covariance (see {@link OjaParameters}).
 *
 * <p>Inputs and outputs may be negative: Oja's neuron is linear, so feed signed inputs through a
 * {@link io.github.plasticity.core.RatePopulation} with {@link
 * io.github.plasticity.core.TransferFunction#linear()} (a {@link
 * io.github.plasticity.core.RateSource} accepts only rates &gt;= 0). Projections default to
 * unbounded weights, which is what the rule expects; bounds clip as usual.
 *
 * <p>Works on dense and sparse projections. The update is one pass per row (two with {@link
 * PostActivity#WEIGHTED_SUM}) with the row's constants hoisted, in {@code float} arithmetic like
 * the weights. Zero activity gives zero change. Immutable and thread-safe; its kernel follows the
 * {@link RuleKernel} contract (rows are independent, so results do not depend on the thread count).
 */
public final class Oja implements LearningRule {
    private final OjaParameters p;
    private final PostActivity activity;
    private final String name;

    private Oja(OjaParameters p, PostActivity activity, String name) {
        this.p = Args.notNull("parameters", p);
        this.activity = Args.notNull("activity", activity);
        this.name = Args.notNull("name", name);
    }

    /**
     * Oja's rule reading the postsynaptic population's rate ({@link PostActivity#POPULATION_RATE}).
     *
     * @param parameters the parameters
     * @return the rule, named {@code "oja"}
     */
    public static Oja of(OjaParameters parameters) {
        return new Oja(parameters, PostActivity.POPULATION_RATE, "oja");
    }

    /**
     * A copy taking the postsynaptic activity from {@code source}.
     *
     * @param source where {@code y} comes from
     * @return the copy
     */
    public Oja withPostActivity(PostActivity source) {
        return new Oja(p, source, name);
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public Oja named(String newName) {
        return new Oja(p, activity, newName);
    }

    /** The parameters. */
    public OjaParameters parameters() {
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
        final boolean weightedSum = activity == PostActivity.WEIGHTED_SUM;
        final double[] gain = b.learningRateGain();
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean soft = wb.soft();
        final double etaDt = p.eta() * b.dtMs();
        final boolean zeroFloor = Rows.zeroFloor(lo, hi);
        // Rates as float once per step (serial), so the dense loop vectorises (see Rows).
        final float[] preF = new float[pre.length];
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                Rows.toFloat(pre, preF);
            }

            @Override
            public void update(StepContext ctx, int from, int to) {
                for (int i = from; i < to; i++) {
                    final double g = gain[i];
                    if (g == 0) {
                        continue;
                    }
                    final float[] row = w[i];
                    final int[] ix = idx[i];
                    final double y = weightedSum ? Rows.weightedSum(row, ix, pre, dense) : post[i];
                    final double ay = etaDt * g * y;
                    if (ay == 0) {
                        continue;
                    }
                    // w + a y (x - y w): the change is formed before it is added, so that a decay
                    // a y^2 far below the float resolution of 1 is not lost (as 1 - a y^2 would be)
                    final float a = (float) ay;
                    final float ayy = (float) (ay * y);
                    if (soft) {
                        for (int k = 0; k < row.length; k++) {
                            float wk = row[k];
                            row[k] = wb.apply(wk, a * preF[ix[k]] - ayy * wk);
                        }
                    } else if (dense && zeroFloor) {
                        for (int k = 0; k < row.length; k++) {
                            float wk = row[k];
                            row[k] = Math.min(hi, Rows.floor0(wk + (a * preF[k] - ayy * wk)));
                        }
                    } else if (dense) {
                        for (int k = 0; k < row.length; k++) {
                            float wk = row[k];
                            row[k] = Math.min(hi, Math.max(lo, wk + (a * preF[k] - ayy * wk)));
                        }
                    } else {
                        for (int k = 0; k < row.length; k++) {
                            float wk = row[k];
                            float v = wk + (a * preF[ix[k]] - ayy * wk);
                            row[k] = v < lo ? lo : (v > hi ? hi : v);
                        }
                    }
                }
            }
        };
    }
}
