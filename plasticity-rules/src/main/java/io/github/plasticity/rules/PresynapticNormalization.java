package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import java.util.Arrays;

/**
 * Presynaptic normalisation: each presynaptic unit keeps a fixed total outgoing weight, so what one
 * of its synapses gains the others lose (von der Malsburg 1973; Miller &amp; MacKay 1994; equations
 * in {@link NormalizationParameters}). Attached after a Hebbian rule it turns unbounded growth into
 * competition among the targets of each afferent: an afferent that gains targets at one place loses
 * weight everywhere else.
 *
 * <p><b>Target.</b> \( T_j \) is the column total \( \sum_i w_{ij} \) when the rule is bound (state
 * {@code "target"}, one value per presynaptic unit; write it to change the targets). A column whose
 * total is 0 is left alone by the multiplicative form (no factor can restore it).
 *
 * <p><b>Order and threads.</b> The rule acts on the weights left by the rules attached before it in
 * the same step, so attach it last. A column total spans all postsynaptic units, so the totals and
 * the per-column factors (or offsets) are computed serially in {@link RuleKernel#beforeUpdate} (in
 * a fixed order), and the row updates then only apply them: results are bit-identical for any
 * thread count. The projection's bounds are applied after the update, so a clipped weight breaks
 * the conservation by the clipped amount (the subtractive form needs bounds, Miller &amp; MacKay
 * 1994; the multiplicative form with a lower bound of 0 is never clipped below). The learning-rate
 * gain of gates is not applied: this is a constraint, not a learning rate. Works on dense and
 * sparse projections. Immutable and thread-safe.
 */
public final class PresynapticNormalization implements LearningRule {
    private final NormalizationParameters p;
    private final String name;

    private PresynapticNormalization(NormalizationParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = Args.notNull("name", name);
    }

    /**
     * Presynaptic normalisation with these parameters.
     *
     * @param parameters the parameters
     * @return the rule, named {@code "preNormalization"}
     */
    public static PresynapticNormalization of(NormalizationParameters parameters) {
        return new PresynapticNormalization(parameters, "preNormalization");
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the renamed rule
     */
    public PresynapticNormalization named(String newName) {
        return new PresynapticNormalization(p, newName);
    }

    /** The parameters. */
    public NormalizationParameters parameters() {
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
        final int nPre = b.pre().size();
        final double[] target = b.preState("target", 0.0);
        final double[] total = new double[nPre];
        final int[] count = new int[nPre];
        columnTotals(w, idx, dense, total, count);
        System.arraycopy(total, 0, target, 0, nPre);
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean multiplicative = p.form() == NormalizationParameters.Form.MULTIPLICATIVE;
        final double k = p.tauMs() == 0 ? 1.0 : -Math.expm1(-b.dtMs() / p.tauMs());
        // per column: the factor (multiplicative) or the offset (subtractive) of this step
        final double[] change = new double[nPre];
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                columnTotals(w, idx, dense, total, count);
                for (int j = 0; j < nPre; j++) {
                    double s = total[j];
                    if (multiplicative) {
                        change[j] = s > 0 ? 1.0 + k * (target[j] / s - 1.0) : 1.0;
                    } else {
                        change[j] = count[j] > 0 ? k * (target[j] - s) / count[j] : 0.0;
                    }
                }
            }

            @Override
            public void update(StepContext ctx, int from, int to) {
                for (int i = from; i < to; i++) {
                    float[] row = w[i];
                    int[] ix = dense ? null : idx[i];
                    for (int q = 0; q < row.length; q++) {
                        double c = change[dense ? q : ix[q]];
                        float v = (float) (multiplicative ? row[q] * c : row[q] + c);
                        row[q] = Math.min(hi, Math.max(lo, v));
                    }
                }
            }
        };
    }

    /** Column totals (double, summed in row order) and synapse counts. */
    private static void columnTotals(
            float[][] w, int[][] idx, boolean dense, double[] total, int[] count) {
        Arrays.fill(total, 0.0);
        Arrays.fill(count, 0);
        for (int i = 0; i < w.length; i++) {
            float[] row = w[i];
            if (dense) {
                for (int q = 0; q < row.length; q++) {
                    total[q] += row[q];
                    count[q]++;
                }
            } else {
                int[] ix = idx[i];
                for (int q = 0; q < row.length; q++) {
                    total[ix[q]] += row[q];
                    count[ix[q]]++;
                }
            }
        }
    }
}
