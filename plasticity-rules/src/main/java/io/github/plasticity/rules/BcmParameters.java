package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the BCM rule with a sliding modification threshold (Bienenstock, Cooper &amp; Munro
 * 1982, J Neurosci 2:32; the \( E[y^2] \) form of Intrator &amp; Cooper 1992, Neural Netw 5:3 and
 * Law &amp; Cooper 1994, PNAS 91:7797):
 *
 * <p>\( dw_{ij}/dt = \eta\, x_j\, \phi(y_i, \theta_i) \), \( \phi(y, \theta) = y (y - \theta) \),
 * \( \tau_\theta\, d\theta_i/dt = y_i^2 / y_0 - \theta_i \), with {@code y} rectified at 0.
 *
 * <p>The threshold \( \theta \) is in Hz, like {@code y}; the scale \( y_0 \) makes the equation
 * dimensionally consistent (Law &amp; Cooper 1994 use \( \theta = E[y^2]/y_0 \)); with \( y_0 = 1
 * \) Hz it is the textbook \( \theta = E[y^2] \). For K linearly independent, equiprobable input
 * patterns the stable fixed points are maximally selective: response \( K y_0 \) to one pattern, 0
 * to the others, \( \theta = K y_0 \) (SCIENCE.md §3.2). Stability needs \( \tau_\theta \) short
 * compared with the time scale of the weights (Udeigwe, Munro &amp; Ermentrout 2017, J Math
 * Neurosci 7:2).
 *
 * <p>With {@code slidingThreshold == false} the threshold stays at {@code theta0Hz}: the rule
 * without its metaplastic slide, used to show what the slide does (SCIENCE.md C10.4).
 *
 * <p>The literature gives the form, not numbers for these constants; {@link #defaults()} is our
 * choice for cortical rates around 10 Hz.
 *
 * @param eta learning rate \( \eta \) (per Hz³ per ms: weights are dimensionless for a linear rate
 *     unit), &gt;= 0 and finite
 * @param tauThetaMs time constant \( \tau_\theta \) of the threshold (ms), &gt; 0 and finite
 * @param theta0Hz initial threshold \( \theta(0) \) (Hz), and the fixed threshold when not sliding,
 *     &gt;= 0 and finite
 * @param y0Hz scale \( y_0 \) of the threshold equation (Hz), &gt; 0 and finite
 * @param slidingThreshold whether \( \theta \) follows \( y^2/y_0 \) (true) or stays at {@code
 *     theta0Hz} (false)
 */
public record BcmParameters(
        double eta, double tauThetaMs, double theta0Hz, double y0Hz, boolean slidingThreshold) {
    /** Validates every field (NaN and infinities refused). */
    public BcmParameters {
        Args.nonNegative("eta", eta, "per Hz^3 per ms");
        Args.positive("tauThetaMs", tauThetaMs, "ms");
        Args.nonNegative("theta0Hz", theta0Hz, "Hz");
        Args.positive("y0Hz", y0Hz, "Hz");
    }

    /**
     * Our choice for rates around 10 Hz: {@code eta} = 1e-7 per Hz³ per ms, {@code tauThetaMs} =
     * 1000 (fast compared with the weights, as stability requires), {@code theta0Hz} = {@code y0Hz}
     * = 10 (a unit firing steadily at 10 Hz is at its threshold; a selective unit answers its
     * pattern at K x 10 Hz), sliding.
     *
     * @return the defaults
     */
    public static BcmParameters defaults() {
        return new BcmParameters(1e-7, 1000.0, 10.0, 10.0, true);
    }

    /**
     * A copy with another learning rate.
     *
     * @param value learning rate (per Hz³ per ms), &gt;= 0 and finite
     * @return the copy
     */
    public BcmParameters withEta(double value) {
        return new BcmParameters(value, tauThetaMs, theta0Hz, y0Hz, slidingThreshold);
    }

    /**
     * A copy with another threshold time constant.
     *
     * @param value time constant (ms), &gt; 0 and finite
     * @return the copy
     */
    public BcmParameters withTauThetaMs(double value) {
        return new BcmParameters(eta, value, theta0Hz, y0Hz, slidingThreshold);
    }

    /**
     * A copy with another initial (or fixed) threshold.
     *
     * @param value threshold (Hz), &gt;= 0 and finite
     * @return the copy
     */
    public BcmParameters withTheta0Hz(double value) {
        return new BcmParameters(eta, tauThetaMs, value, y0Hz, slidingThreshold);
    }

    /**
     * A copy with another threshold scale.
     *
     * @param value scale (Hz), &gt; 0 and finite
     * @return the copy
     */
    public BcmParameters withY0Hz(double value) {
        return new BcmParameters(eta, tauThetaMs, theta0Hz, value, slidingThreshold);
    }

    /**
     * A copy with the threshold sliding or fixed at {@code theta0Hz}.
     *
     * @param sliding whether the threshold slides
     * @return the copy
     */
    public BcmParameters withSlidingThreshold(boolean sliding) {
        return new BcmParameters(eta, tauThetaMs, theta0Hz, y0Hz, sliding);
    }
}
