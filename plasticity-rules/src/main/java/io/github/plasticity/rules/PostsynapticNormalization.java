package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * Postsynaptic normalisation: each postsynaptic unit keeps a fixed total incoming weight, so what
 * one of its synapses gains the others lose (von der Malsburg 1973, Kybernetik 14:85, eq. 6, the
 * afferent sum of a cortical cell; Miller &amp; MacKay 1994, Neural Comput 6:100). The row
 * counterpart of {@link PresynapticNormalization}; equations in {@link NormalizationParameters}
 * with rows and columns exchanged: \( S_i = \sum_j w_{ij} \), multiplicative \( w_{ij} \leftarrow
 * w_{ij} (1 + k (T_i / S_i - 1)) \), subtractive \( w_{ij} \leftarrow w_{ij} + k (T_i - S_i) / n_i
 * \).
 *
 * <p><b>Target.</b> \( T_i \) is the row total when the rule is bound (state {@code "target"}, one
 * value per postsynaptic unit; write it to change the targets). A row whose total is 0 is left
 * alone by the multiplicative form. The rule acts on the weights left by the rules attached before
 * it in the same step, so attach it last. Rows are independent, so results do not depend on the
 * thread count. The projection's bounds are applied after the update (a clipped weight breaks the
 * conservation by the clipped amount). The learning-rate gain of gates is not applied: this is a
 * constraint, not a learning rate. Works on dense and sparse projections. Immutable and
 * thread-safe.
 */
public final class PostsynapticNormalization implements LearningRule {
    private final NormalizationParameters p;
    private final String name;

    private PostsynapticNormalization(NormalizationParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = Args.notNull("name", name);
    }

    /**
     * Postsynaptic normalisation with these parameters.
     *
     * @param parameters the parameters
     * @return the rule, named {@code "postNormalization"}
     */
    public static PostsynapticNormalization of(NormalizationParameters parameters) {
        return new PostsynapticNormalization(parameters, "postNormalization");
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the renamed rule
     */
    public PostsynapticNormalization named(String newName) {
        return new PostsynapticNormalization(p, newName);
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
        final double[] target = b.postState("target", 0.0);
        for (int i = 0; i < w.length; i++) {
            target[i] = rowTotal(w[i]);
        }
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final boolean multiplicative = p.form() == NormalizationParameters.Form.MULTIPLICATIVE;
        final double k = p.tauMs() == 0 ? 1.0 : -Math.expm1(-b.dtMs() / p.tauMs());
        return (ctx, from, to) -> {
            for (int i = from; i < to; i++) {
                float[] row = w[i];
                if (row.length == 0) {
                    continue;
                }
                double s = rowTotal(row);
                if (multiplicative) {
                    if (!(s > 0)) {
                        continue;
                    }
                    double f = 1.0 + k * (target[i] / s - 1.0);
                    for (int q = 0; q < row.length; q++) {
                        row[q] = Math.min(hi, Math.max(lo, (float) (row[q] * f)));
                    }
                } else {
                    double d = k * (target[i] - s) / row.length;
                    for (int q = 0; q < row.length; q++) {
                        row[q] = Math.min(hi, Math.max(lo, (float) (row[q] + d)));
                    }
                }
            }
        };
    }

    private static double rowTotal(float[] row) {
        double s = 0;
        for (float x : row) {
            s += x;
        }
        return s;
    }
}
