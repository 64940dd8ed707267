package io.github.plasticity.core.internal;

/**
 * Arithmetic means of whole arrays: the sum in double precision, in index order, divided by the
 * length (NaN for an empty array). Shared by the models and experiments that report mean weights,
 * rates or performance.
 */
public final class Means {
    private Means() {}

    /**
     * Mean of {@code a}.
     *
     * @param a values; read
     * @return the mean
     */
    public static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    /**
     * Mean of {@code a}, summed in double.
     *
     * @param a values; read
     * @return the mean
     */
    public static double mean(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s / a.length;
    }

    /**
     * Mean of {@code a}, summed in double.
     *
     * @param a values; read
     * @return the mean
     */
    public static double mean(int[] a) {
        double s = 0;
        for (int v : a) {
            s += v;
        }
        return s / a.length;
    }
}
