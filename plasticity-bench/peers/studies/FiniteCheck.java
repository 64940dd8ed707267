import java.util.Arrays;

/**
 * The weight check's two forms over a float[n][n] of finite weights: a test per weight with an
 * early exit (the old Projection.findNonFinite), and the per-slot sum of w * 0 over rows, four
 * rows per pass, which the JIT vectorises (the new one: NaN in a slot iff a non-finite weight).
 *
 * <p>Run: {@code java -Xmx4g plasticity-bench/peers/studies/FiniteCheck.java [n]}.
 */
public final class FiniteCheck {
    static float[][] rows;
    static float[] acc;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        rows = new float[n][n];
        acc = new float[n];
        for (float[] r : rows) {
            Arrays.fill(r, 0.25f);
        }
        double[][] rate = new double[2][9];
        for (int q = -3; q < 9; q++) {
            for (int v = 0; v < 2; v++) {
                long t0 = System.nanoTime();
                boolean ok = v == 0 ? testEach() : sumTimesZero();
                if (!ok) {
                    throw new AssertionError();
                }
                if (q >= 0) {
                    rate[v][q] = (double) n * n / ((System.nanoTime() - t0) * 1e-9);
                }
            }
        }
        for (double[] r : rate) {
            Arrays.sort(r);
        }
        System.out.printf(
                "test per weight: %.3e weights/s; sum of w * 0, four rows per pass: %.3e weights/s"
                        + " (medians of 9)%n",
                rate[0][4], rate[1][4]);
    }

    static boolean testEach() {
        for (float[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                if (!(Math.abs(r[k]) < Float.POSITIVE_INFINITY)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean sumTimesZero() {
        float[] c = acc;
        Arrays.fill(c, 0f);
        for (int i = 0; i + 3 < rows.length; i += 4) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            int m = Math.min(Math.min(c.length, r0.length), Math.min(r1.length, Math.min(r2.length, r3.length)));
            for (int k = 0; k < m; k++) {
                c[k] += (r0[k] * 0f + r1[k] * 0f) + (r2[k] * 0f + r3[k] * 0f);
            }
        }
        for (float v : c) {
            if (v != 0f) {
                return false;
            }
        }
        return true;
    }
}
