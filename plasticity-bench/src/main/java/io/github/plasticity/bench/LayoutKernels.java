package io.github.plasticity.bench;

/**
 * The dense Hebbian update of {@link io.github.plasticity.rules.Hebbian} (hard bounds, gain 1) over
 * two storages, for the layout study: one {@code float[]} per post row (what the core uses) and one
 * flat {@code float[]} with row offsets; plus the row loop as it was before the "perf:" change
 * (rates read as double and converted per synapse, branchy clamp), to measure that change. Per row:
 * {@code keep = 1 - decay dt}, {@code a = eta dt post[i]}, then {@code w = clip(w keep + a pre[k],
 * lo, hi)} (no clip when both bounds are infinite): the library's arithmetic in the library's
 * order, so every variant gives the library's weights bit for bit (checked by {@code
 * LayoutKernelsTest}).
 */
final class LayoutKernels {
    private LayoutKernels() {}

    /** {@code out[k] = (float) in[k]} (the rule's once-per-step conversion of the rates). */
    static void toFloat(double[] in, float[] out) {
        for (int k = 0; k < in.length; k++) {
            out[k] = (float) in[k];
        }
    }

    /** Rows as the core stores them; the library's dense loop. */
    static void rows(
            float[][] w,
            float[] pre,
            double[] post,
            double eta,
            double decay,
            double dt,
            float lo,
            float hi) {
        final float keep = (float) (1.0 - decay * dt * 1.0);
        for (int i = 0; i < w.length; i++) {
            final float a = (float) (eta * dt * 1.0 * post[i]);
            final float[] row = w[i];
            if (lo == Float.NEGATIVE_INFINITY && hi == Float.POSITIVE_INFINITY) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = row[k] * keep + a * pre[k];
                }
            } else {
                for (int k = 0; k < row.length; k++) {
                    row[k] = Math.min(hi, Math.max(lo, row[k] * keep + a * pre[k]));
                }
            }
        }
    }

    /** One flat array, row {@code i} at offset {@code i * nPre}; same arithmetic. */
    static void flat(
            float[] w,
            int nPre,
            float[] pre,
            double[] post,
            double eta,
            double decay,
            double dt,
            float lo,
            float hi) {
        final float keep = (float) (1.0 - decay * dt * 1.0);
        final int nPost = post.length;
        for (int i = 0; i < nPost; i++) {
            final float a = (float) (eta * dt * 1.0 * post[i]);
            final int off = i * nPre;
            if (lo == Float.NEGATIVE_INFINITY && hi == Float.POSITIVE_INFINITY) {
                for (int k = 0; k < nPre; k++) {
                    w[off + k] = w[off + k] * keep + a * pre[k];
                }
            } else {
                for (int k = 0; k < nPre; k++) {
                    w[off + k] = Math.min(hi, Math.max(lo, w[off + k] * keep + a * pre[k]));
                }
            }
        }
    }

    /** Rows, the library's loop before the "perf:" change: double rates, ternary clamp. */
    static void rowsBeforeFix(
            float[][] w,
            double[] pre,
            double[] post,
            double eta,
            double decay,
            double dt,
            float lo,
            float hi) {
        final float keep = (float) (1.0 - decay * dt * 1.0);
        for (int i = 0; i < w.length; i++) {
            final float a = (float) (eta * dt * 1.0 * post[i]);
            final float[] row = w[i];
            for (int k = 0; k < row.length; k++) {
                float v = row[k] * keep + a * (float) pre[k];
                row[k] = v < lo ? lo : (v > hi ? hi : v);
            }
        }
    }
}
