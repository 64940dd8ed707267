package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.internal.Args;

/**
 * The sensorimotor loop of Sanger &amp; Merzenich 2000 (J Neurophysiol 84:2458), in its discrete
 * form \( x_{n+1} = g\, x_n + u \), \( x_0 = 0 \): output {@code x}, constant drive {@code u}, loop
 * gain {@code g}. For \( |g| &lt; 1 \) the output converges to \( u / (1 - g) \) (g = 0.5 gives 2u,
 * g = 0.9 gives 10u); for \( g \ge 1 \) it grows without bound (g = 1: \( x_n = n u \)), the
 * "sustained, uncontrolled" motor output of dystonia (SCIENCE.md C10.1).
 *
 * <p><b>Gain from the map</b> ({@link #gainFromArea}): Sanger &amp; Merzenich set the gain partly
 * by the sensory cortical area devoted to the function. Here \( g = g_{ref} \bar A / \bar A_{ref}
 * \), with \( \bar A \) the mean over digits of the cortical area whose receptive field contains
 * the digit (the area co-activated by touching it, shared sites counted for every digit they
 * respond to) and \( \bar A_{ref} \) its value in the normal, segregated map, where the gain is \(
 * g_{ref} \) (0.5 by our choice: the C10.1 example, a stable loop with steady output 2u). The gain
 * passes 1 once each digit co-activates more than twice its normal area. Stateless.
 */
public final class SensorimotorLoop {
    private SensorimotorLoop() {}

    /**
     * The output after {@code n} iterations from \( x_0 = 0 \), in closed form: \( x_n = u (1 -
     * g^n)/(1 - g) \) for \( g \ne 1 \), \( n u \) for {@code g = 1}.
     *
     * @param g loop gain, finite
     * @param u drive, finite
     * @param n iterations, &gt;= 0
     * @return \( x_n \)
     */
    public static double output(double g, double u, int n) {
        Args.finite("g", g, "");
        Args.finite("u", u, "drive units");
        Args.atLeast("n", n, 0);
        if (g == 1.0) {
            return n * u;
        }
        return u * (1 - Math.pow(g, n)) / (1 - g);
    }

    /**
     * Iterates the loop: \( x_{k+1} = g x_k + u \).
     *
     * @param g loop gain, finite
     * @param u drive, finite
     * @param n iterations, &gt;= 0
     * @return \( x_0 .. x_n \), {@code n + 1} values
     */
    public static double[] iterate(double g, double u, int n) {
        Args.finite("g", g, "");
        Args.finite("u", u, "drive units");
        Args.atLeast("n", n, 0);
        double[] x = new double[n + 1];
        for (int k = 0; k < n; k++) {
            x[k + 1] = g * x[k] + u;
        }
        return x;
    }

    /**
     * The steady output \( u/(1-g) \) for \( |g| &lt; 1 \); positive infinity (times the sign of
     * {@code u}) for \( g \ge 1 \), where the output grows without bound.
     *
     * @param g loop gain, finite
     * @param u drive, finite
     * @return the limit of \( x_n \)
     */
    public static double steadyOutput(double g, double u) {
        Args.finite("g", g, "");
        Args.finite("u", u, "drive units");
        if (g >= 1) {
            return u == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, u);
        }
        if (g <= -1) {
            return Double.NaN;
        }
        return u / (1 - g);
    }

    /**
     * The loop gain from the co-activated cortical area: \( g = g_{ref} \bar A / \bar A_{ref} \).
     *
     * @param meanAreaMm2 \( \bar A \) (mm²), &gt;= 0 and finite
     * @param referenceAreaMm2 \( \bar A_{ref} \) (mm²), &gt; 0 and finite
     * @param referenceGain \( g_{ref} \), &gt;= 0 and finite
     * @return the gain
     */
    public static double gainFromArea(
            double meanAreaMm2, double referenceAreaMm2, double referenceGain) {
        Args.nonNegative("meanAreaMm2", meanAreaMm2, "mm²");
        Args.positive("referenceAreaMm2", referenceAreaMm2, "mm²");
        Args.nonNegative("referenceGain", referenceGain, "");
        return referenceGain * meanAreaMm2 / referenceAreaMm2;
    }
}
