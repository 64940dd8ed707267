package io.github.plasticity.core;

/**
 * The loop that applies a {@link LocalRule} to every synapse of a projection: forward Euler \( w
 * \leftarrow w + f(w, pre, post, m) \cdot dt \cdot g \), then the bounds.
 *
 * <p>Also the template of the per-rule copies {@link LocalRuleLoops} defines as hidden classes, so
 * that every rule's call to its function has a profile of its own and is inlined (a single shared
 * loop sees every local rule of the program and its call becomes megamorphic). Therefore this class
 * has no static state, no lambdas and no nested classes: its bytecode must stand alone.
 *
 * <p>The presynaptic activity is converted to float once per step ({@link #beforeUpdate}); reading
 * a double and converting it per synapse gives the same value but kept the JIT from vectorising the
 * loop (as in the built-in Hebbian rule).
 */
final class LocalRuleLoop implements RuleKernel {
    private final LocalRule fn;
    private final float[][] w;
    private final int[][] idx;
    private final boolean dense;
    private final double[] pre;
    private final double[] post;
    private final double[] m;
    private final double[] gain;
    private final WeightBounds wb;
    private final float lo;
    private final float hi;
    private final boolean soft;
    private final boolean unbounded;
    private final double dt;
    private final float[] preF;

    /**
     * A loop over one projection.
     *
     * @param fn the rule's function
     * @param w live weight rows
     * @param idx presynaptic unit of each synapse, per row
     * @param dense whether {@code idx[i][k] == k} for every row
     * @param pre live presynaptic activity (rates in Hz, or trace values)
     * @param post live postsynaptic activity (rates in Hz, or trace values)
     * @param m live modulator concentration at each postsynaptic unit (µM), or null for 1
     * @param gain live learning-rate gain per postsynaptic unit
     * @param wb the bounds applied after each update
     * @param dt the time step (ms)
     */
    LocalRuleLoop(
            LocalRule fn,
            float[][] w,
            int[][] idx,
            boolean dense,
            double[] pre,
            double[] post,
            double[] m,
            double[] gain,
            WeightBounds wb,
            double dt) {
        this.fn = fn;
        this.w = w;
        this.idx = idx;
        this.dense = dense;
        this.pre = pre;
        this.post = post;
        this.m = m;
        this.gain = gain;
        this.wb = wb;
        this.lo = wb.min();
        this.hi = wb.max();
        this.soft = wb.soft();
        // Clipping to infinite bounds changes no value (NaN and -0.0 included), so it is skipped.
        this.unbounded = !soft && lo == Float.NEGATIVE_INFINITY && hi == Float.POSITIVE_INFINITY;
        this.dt = dt;
        this.preF = new float[pre.length];
    }

    @Override
    public void beforeUpdate(StepContext ctx) {
        final double[] src = pre;
        final float[] dst = preF;
        for (int j = 0; j < dst.length; j++) {
            dst[j] = (float) src[j];
        }
    }

    @Override
    public void update(StepContext ctx, int from, int to) {
        final LocalRule f = fn;
        final float[] p = preF;
        final float l = lo;
        final float h = hi;
        for (int i = from; i < to; i++) {
            final float scale = (float) (dt * gain[i]);
            if (scale == 0f) {
                continue;
            }
            final float[] row = w[i];
            final float po = (float) post[i];
            final float mi = m == null ? 1f : (float) m[i];
            if (soft) {
                final WeightBounds b = wb;
                if (dense) {
                    for (int k = 0; k < row.length; k++) {
                        float wk = row[k];
                        row[k] = b.apply(wk, f.dwPerMs(wk, p[k], po, mi) * scale);
                    }
                } else {
                    final int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        float wk = row[k];
                        row[k] = b.apply(wk, f.dwPerMs(wk, p[ix[k]], po, mi) * scale);
                    }
                }
            } else if (dense && unbounded) {
                for (int k = 0; k < row.length; k++) {
                    float wk = row[k];
                    row[k] = wk + f.dwPerMs(wk, p[k], po, mi) * scale;
                }
            } else if (dense) {
                for (int k = 0; k < row.length; k++) {
                    float wk = row[k];
                    row[k] = Math.min(h, Math.max(l, wk + f.dwPerMs(wk, p[k], po, mi) * scale));
                }
            } else if (unbounded) {
                final int[] ix = idx[i];
                for (int k = 0; k < row.length; k++) {
                    float wk = row[k];
                    row[k] = wk + f.dwPerMs(wk, p[ix[k]], po, mi) * scale;
                }
            } else {
                final int[] ix = idx[i];
                for (int k = 0; k < row.length; k++) {
                    float wk = row[k];
                    row[k] = Math.min(h, Math.max(l, wk + f.dwPerMs(wk, p[ix[k]], po, mi) * scale));
                }
            }
        }
    }
}
