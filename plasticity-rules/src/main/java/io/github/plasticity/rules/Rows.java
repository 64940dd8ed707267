package io.github.plasticity.rules;

/**
 * Row helpers shared by the rate rules of this package. Not API.
 *
 * <p><b>Dense loops and the clip.</b> C2 (JDK 17) vectorises a dense row loop only when every
 * per-synapse operand is a {@code float} array element or a loop constant (a {@code double} load
 * and conversion per synapse, or a branchy ternary clamp, keep the loop scalar), so the rules
 * convert presynaptic rates to a {@code float[]} once per step ({@link #toFloat}) and clip with
 * {@code Math.min/max}. Those follow Java's NaN and signed-zero semantics, which C2 compiles to a
 * compare/blend sequence of several vector instructions each: with both bounds the clip costs more
 * than the rest of the update in cache. For the common lower bound {@code +0f} the {@link #floor0}
 * form is exact and costs three cheap instructions; it is used when {@link #zeroFloor}{@code (lo,
 * hi)} holds. Measured with plasticity-bench {@code PairedRatio} (library step against the
 * bandwidth bound, alternated; shared machine, load 14-21): the decay+clamp Hebbian step at n =
 * 1024 on one thread went from a median share of 0.33-0.43 (four runs) to 0.42-0.51. Reinterpreting
 * the bits as int ({@code Float.floatToRawIntBits}, integer min/max) would be cheaper still but is
 * not vectorised by C2 17 (nor 25): the loop ran 5x slower.
 */
final class Rows {
    private Rows() {}

    /**
     * Largest upper bound for which {@link #floor0} followed by {@code Math.min(hi, .)} is exact.
     */
    private static final float FLOOR0_MAX_HI = 0x1p126f;

    /**
     * The weighted sum \( \sum_k w_k x_{ix_k} \) of one row (dense rows use slot order).
     *
     * @param row weights of one postsynaptic unit; read
     * @param ix presynaptic index of each slot; read (ignored when dense)
     * @param x presynaptic rates (Hz); read
     * @param dense whether slot {@code k} is presynaptic unit {@code k}
     * @return the sum (weight units times Hz)
     */
    static double weightedSum(float[] row, int[] ix, double[] x, boolean dense) {
        double s = 0;
        if (dense) {
            for (int k = 0; k < row.length; k++) {
                s += row[k] * x[k];
            }
        } else {
            for (int k = 0; k < row.length; k++) {
                s += row[k] * x[ix[k]];
            }
        }
        return s;
    }

    /**
     * {@code out[k] = (float) in[k]}: the once-per-step conversion of the presynaptic rates.
     *
     * @param in rates (Hz); read
     * @param out the same as float; written
     */
    static void toFloat(double[] in, float[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) in[k];
        }
    }

    /**
     * Whether the bounds allow {@link #floor0}: the lower bound is exactly {@code +0f} (not {@code
     * -0f}) and the upper bound is at most 2^126 or {@code +inf}.
     *
     * @param lo lower bound
     * @param hi upper bound
     * @return whether {@code Math.min(hi, floor0(v))} (or {@code floor0(v)} for an infinite {@code
     *     hi}) equals {@code Math.min(hi, Math.max(lo, v))}; see {@link #floor0}
     */
    static boolean zeroFloor(float lo, float hi) {
        return Float.floatToRawIntBits(lo) == 0
                && (hi <= FLOOR0_MAX_HI || hi == Float.POSITIVE_INFINITY);
    }

    /**
     * {@code max(v, +0f)} as {@code (v + |v|) / 2}, which C2 vectorises into an and, an add and a
     * multiply. Exact, bit for bit equal to {@code Math.max(0f, v)}, for every finite {@code v}
     * below 2^127 and for NaN (NaN): for {@code v >= 0} (subnormals included) {@code v + v} and the
     * halving are exact; for {@code v < 0} and {@code v = -0f} the sum is {@code +0f}. It differs
     * only where the rules' weights are already broken: {@code v = -inf} gives NaN instead of 0,
     * and {@code v >= 2^127} gives {@code +inf} instead of {@code v}. Both need a weight update
     * that overflowed float, and both are then reported by the simulation's non-finite weight check
     * (instead of being clipped silently); with an upper bound of at most 2^126 the following
     * {@code Math.min} makes {@code v >= 2^127} give {@code hi} exactly as before.
     *
     * @param v the unclipped weight
     * @return {@code max(v, +0f)}
     */
    static float floor0(float v) {
        return (v + Math.abs(v)) * 0.5f;
    }

    /**
     * The length that all five arrays have at least: a loop bound below every array's length lets
     * the JIT drop the range checks of a loop over several rows.
     *
     * @param x the presynaptic term
     * @param r0 a row
     * @param r1 a row
     * @param r2 a row
     * @param r3 a row (may repeat another)
     * @return the smallest length
     */
    static int commonLength(float[] x, float[] r0, float[] r1, float[] r2, float[] r3) {
        return Math.min(
                Math.min(x.length, r0.length), Math.min(r1.length, Math.min(r2.length, r3.length)));
    }

    /**
     * Dense {@code row[k] = clip(row[k] + a x[k], lo, hi)}, vectorisable; {@link #floor0} when
     * {@code zeroFloor}, else {@code Math.min/max}.
     *
     * @param row weights of one postsynaptic unit; updated
     * @param a the row's factor
     * @param x per-presynaptic-unit term, float; read
     * @param lo lower bound
     * @param hi upper bound
     * @param zeroFloor {@link #zeroFloor}{@code (lo, hi)}
     */
    static void addClipped(float[] row, float a, float[] x, float lo, float hi, boolean zeroFloor) {
        if (zeroFloor) {
            for (int k = 0; k < row.length; k++) {
                row[k] = Math.min(hi, floor0(row[k] + a * x[k]));
            }
        } else {
            for (int k = 0; k < row.length; k++) {
                row[k] = Math.min(hi, Math.max(lo, row[k] + a * x[k]));
            }
        }
    }
}
