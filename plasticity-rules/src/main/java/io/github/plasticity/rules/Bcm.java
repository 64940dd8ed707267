package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * The BCM rule with a sliding threshold (see {@link BcmParameters} for the equations and sources):
 * \( dw_{ij}/dt = g_i\, \eta\, x_j\, y_i (y_i - \theta_i) \), \( \tau_\theta\, d\theta_i/dt = y_i^2
 * / y_0 - \theta_i \), {@code y} rectified at 0, {@code x} the presynaptic rates (Hz), {@code g}
 * the gate gain.
 *
 * <p>Each step the weights are updated with forward Euler using the threshold of the previous step,
 * then the threshold moves exactly for {@code y} held over the step: \( \theta \leftarrow y^2/y_0 +
 * (\theta - y^2/y_0) e^{-dt/\tau_\theta} \) (stable for any {@code dt}). The threshold is rule
 * state {@code "theta"} (Hz, one per postsynaptic unit, starting at {@code theta0Hz}), so monitors
 * and checkpoints see it. Gates scale the weight change only; the threshold always tracks activity.
 *
 * <p>Zero activity gives zero weight change. Works on dense and sparse projections, with the
 * projection's bounds. Immutable and thread-safe; rows (and their thresholds) are independent, so
 * results do not depend on the thread count.
 */
public final class Bcm implements LearningRule {
    private final BcmParameters p;
    private final PostActivity activity;
    private final String name;

    private Bcm(BcmParameters p, PostActivity activity, String name) {
        this.p = Args.notNull("parameters", p);
        this.activity = Args.notNull("activity", activity);
        this.name = Args.notNull("name", name);
    }

    /**
     * The BCM rule reading the postsynaptic population's rate ({@link
     * PostActivity#POPULATION_RATE}).
     *
     * @param parameters the parameters
     * @return the rule, named {@code "bcm"}
     */
    public static Bcm of(BcmParameters parameters) {
        return new Bcm(parameters, PostActivity.POPULATION_RATE, "bcm");
    }

    /**
     * A copy taking the postsynaptic activity from {@code source} (before rectification).
     *
     * @param source where {@code y} comes from
     * @return the copy
     */
    public Bcm withPostActivity(PostActivity source) {
        return new Bcm(p, source, name);
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public Bcm named(String newName) {
        return new Bcm(p, activity, newName);
    }

    /** The parameters. */
    public BcmParameters parameters() {
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
        final double[] theta = b.postState("theta", p.theta0Hz());
        final boolean weightedSum = activity == PostActivity.WEIGHTED_SUM;
        final double[] gain = b.learningRateGain();
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean soft = wb.soft();
        final double etaDt = p.eta() * b.dtMs();
        final boolean sliding = p.slidingThreshold();
        final double thetaDecay = Math.exp(-b.dtMs() / p.tauThetaMs());
        final double invY0 = 1.0 / p.y0Hz();
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
                    final float[] row = w[i];
                    final int[] ix = idx[i];
                    final double raw =
                            weightedSum ? Rows.weightedSum(row, ix, pre, dense) : post[i];
                    final double y = raw > 0 ? raw : 0.0;
                    final double th = theta[i];
                    final double phi = etaDt * gain[i] * y * (y - th);
                    if (phi != 0) {
                        final float a = (float) phi;
                        if (soft) {
                            for (int k = 0; k < row.length; k++) {
                                row[k] = wb.apply(row[k], a * preF[ix[k]]);
                            }
                        } else if (dense) {
                            Rows.addClipped(row, a, preF, lo, hi, zeroFloor);
                        } else {
                            for (int k = 0; k < row.length; k++) {
                                float v = row[k] + a * preF[ix[k]];
                                row[k] = v < lo ? lo : (v > hi ? hi : v);
                            }
                        }
                    }
                    if (sliding) {
                        final double target = y * y * invY0;
                        theta[i] = target + (th - target) * thetaDecay;
                    }
                }
            }
        };
    }
}
