import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Kernel study behind the library's dense Hebbian loops (plasticity-bench/README.md, "Why the
 * misses"): the bound's kernel over one flat array and over one array per row, and the Hebbian
 * update over rows, one to six rows per pass, plain and with decay + clamp [0, 1]. Every kernel
 * runs 5 times to warm up, then {@code rounds} rounds of one pass each, alternated; the median
 * rate of each is printed as a share of the flat bound's median.
 *
 * <p>Run (JDK 17, single-file source launch): {@code java -Xmx4g
 * plasticity-bench/peers/studies/DenseKernels.java [n] [rounds]}; add {@code
 * -XX:+UseTransparentHugePages} or {@code -XX:+UseSerialGC} to see the effect of huge pages and of
 * a collector that keeps the rows in address order (RowOrder.java).
 */
public final class DenseKernels {
    static int n;
    static float[] flat;
    static float[][] rows;
    static float[] pre;
    static float[] post;

    interface Kernel {
        void run();
    }

    public static void main(String[] args) {
        n = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        flat = new float[n * n];
        rows = new float[n][n];
        pre = new float[n];
        post = new float[n];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            pre[i] = (float) r.nextDouble();
            post[i] = (float) r.nextDouble();
        }
        String[] names = {
            "bound, flat", "bound, rows", "plain x1", "plain x2", "plain x4", "plain x5",
            "plain x6", "plain, flat + offset", "clamp x1", "clamp x2", "clamp x3", "clamp x4"
        };
        Kernel[] k = {
            DenseKernels::boundFlat, DenseKernels::boundRows, DenseKernels::plain1,
            DenseKernels::plain2, DenseKernels::plain4, DenseKernels::plain5,
            DenseKernels::plain6, DenseKernels::plainFlat, DenseKernels::clamp1,
            DenseKernels::clamp2, DenseKernels::clamp3, DenseKernels::clamp4
        };
        double[][] rate = new double[k.length][rounds];
        for (int w = 0; w < 5; w++) {
            for (Kernel x : k) {
                x.run();
            }
        }
        for (int q = 0; q < rounds; q++) {
            for (int i = 0; i < k.length; i++) {
                long t0 = System.nanoTime();
                k[i].run();
                rate[i][q] = (double) n * n / ((System.nanoTime() - t0) * 1e-9);
            }
        }
        double bound = median(rate[0]);
        System.out.printf(
                Locale.ROOT, "n = %d, %d rounds, %s%n", n, rounds, System.getProperty("java.vm.version"));
        for (int i = 0; i < k.length; i++) {
            double m = median(rate[i]);
            System.out.printf(
                    Locale.ROOT, "%-22s %.3e elements/s   share of the flat bound %.2f%n", names[i], m,
                    m / bound);
        }
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static float floor0(float v) {
        return (v + Math.abs(v)) * 0.5f;
    }

    static void boundFlat() {
        float[] a = flat;
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * 0.999f + 1e-7f;
        }
    }

    static void boundRows() {
        for (float[] a : rows) {
            for (int j = 0; j < a.length; j++) {
                a[j] = a[j] * 0.999f + 1e-7f;
            }
        }
    }

    static void plain1() {
        float[] x = pre;
        for (int i = 0; i < n; i++) {
            float[] r = rows[i];
            float k = 1e-7f * post[i];
            for (int j = 0; j < r.length; j++) {
                r[j] += k * x[j];
            }
        }
    }

    static void plain2() {
        float[] x = pre;
        for (int i = 0; i + 1 < n; i += 2) {
            float[] r0 = rows[i], r1 = rows[i + 1];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] += k0 * xj;
                r1[j] += k1 * xj;
            }
        }
    }

    static void plain4() {
        float[] x = pre;
        for (int i = 0; i + 3 < n; i += 4) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1];
            float k2 = 1e-7f * post[i + 2], k3 = 1e-7f * post[i + 3];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] += k0 * xj;
                r1[j] += k1 * xj;
                r2[j] += k2 * xj;
                r3[j] += k3 * xj;
            }
        }
    }

    static void plain5() {
        float[] x = pre;
        for (int i = 0; i + 4 < n; i += 5) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            float[] r4 = rows[i + 4];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1], k2 = 1e-7f * post[i + 2];
            float k3 = 1e-7f * post[i + 3], k4 = 1e-7f * post[i + 4];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] += k0 * xj;
                r1[j] += k1 * xj;
                r2[j] += k2 * xj;
                r3[j] += k3 * xj;
                r4[j] += k4 * xj;
            }
        }
    }

    static void plain6() {
        float[] x = pre;
        for (int i = 0; i + 5 < n; i += 6) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            float[] r4 = rows[i + 4], r5 = rows[i + 5];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1], k2 = 1e-7f * post[i + 2];
            float k3 = 1e-7f * post[i + 3], k4 = 1e-7f * post[i + 4], k5 = 1e-7f * post[i + 5];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] += k0 * xj;
                r1[j] += k1 * xj;
                r2[j] += k2 * xj;
                r3[j] += k3 * xj;
                r4[j] += k4 * xj;
                r5[j] += k5 * xj;
            }
        }
    }

    static void plainFlat() {
        float[] x = pre;
        float[] a = flat;
        for (int i = 0; i < n; i++) {
            float k = 1e-7f * post[i];
            int o = i * n;
            for (int j = 0; j < n; j++) {
                a[o + j] += k * x[j];
            }
        }
    }

    static void clamp1() {
        float[] x = pre;
        for (int i = 0; i < n; i++) {
            float[] r = rows[i];
            float k = 1e-7f * post[i];
            for (int j = 0; j < r.length; j++) {
                r[j] = Math.min(1f, floor0(r[j] * 0.9999f + k * x[j]));
            }
        }
    }

    static void clamp2() {
        float[] x = pre;
        for (int i = 0; i + 1 < n; i += 2) {
            float[] r0 = rows[i], r1 = rows[i + 1];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] = Math.min(1f, floor0(r0[j] * 0.9999f + k0 * xj));
                r1[j] = Math.min(1f, floor0(r1[j] * 0.9999f + k1 * xj));
            }
        }
    }

    static void clamp3() {
        float[] x = pre;
        for (int i = 0; i + 2 < n; i += 3) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1], k2 = 1e-7f * post[i + 2];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] = Math.min(1f, floor0(r0[j] * 0.9999f + k0 * xj));
                r1[j] = Math.min(1f, floor0(r1[j] * 0.9999f + k1 * xj));
                r2[j] = Math.min(1f, floor0(r2[j] * 0.9999f + k2 * xj));
            }
        }
    }

    static void clamp4() {
        float[] x = pre;
        for (int i = 0; i + 3 < n; i += 4) {
            float[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            float k0 = 1e-7f * post[i], k1 = 1e-7f * post[i + 1];
            float k2 = 1e-7f * post[i + 2], k3 = 1e-7f * post[i + 3];
            for (int j = 0; j < r0.length; j++) {
                float xj = x[j];
                r0[j] = Math.min(1f, floor0(r0[j] * 0.9999f + k0 * xj));
                r1[j] = Math.min(1f, floor0(r1[j] * 0.9999f + k1 * xj));
                r2[j] = Math.min(1f, floor0(r2[j] * 0.9999f + k2 * xj));
                r3[j] = Math.min(1f, floor0(r3[j] * 0.9999f + k3 * xj));
            }
        }
    }
}
