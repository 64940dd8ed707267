package io.github.plasticity.maps.adaptation;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the two-state model of motor adaptation (Smith, Ghazizadeh &amp; Shadmehr 2006,
 * PLoS Biol 4:e179):
 *
 * <p>\( e(n) = f(n) - x(n) \), \( x_f(n+1) = A_f x_f(n) + B_f e(n) \), \( x_s(n+1) = A_s x_s(n) +
 * B_s e(n) \), \( x(n) = x_f(n) + x_s(n) \).
 *
 * <p>{@code A} are retention factors per trial (1 would be no forgetting) and {@code B} learning
 * rates per trial (the fraction of the error corrected), all dimensionless. The published model has
 * a fast process ({@code A_f < A_s}) that learns more from each error ({@code B_f > B_s}); this
 * ordering is <b>not</b> enforced, so that fits, the single-state comparison model ({@link
 * #singleStateSmith2006()}) and ablations ({@code withBSlow(0)}) can be expressed; see {@link
 * #isFastSlowOrdered()}. Under a constant perturbation the model converges when the spectral radius
 * of its state matrix is below 1 ({@link #isStable()}), which holds for the published values but
 * not for every admissible combination.
 *
 * @param aFast \( A_f \), retention of the fast process per trial, in [0, 1)
 * @param bFast \( B_f \), learning rate of the fast process per trial, in [0, 1]
 * @param aSlow \( A_s \), retention of the slow process per trial, in [0, 1)
 * @param bSlow \( B_s \), learning rate of the slow process per trial, in [0, 1]
 */
public record TwoStateParameters(double aFast, double bFast, double aSlow, double bSlow) {

    /** Validates: {@code 0 <= A < 1}, {@code 0 <= B <= 1}; NaN and infinities are refused. */
    public TwoStateParameters {
        retention("aFast", aFast);
        rate("bFast", bFast);
        retention("aSlow", aSlow);
        rate("bSlow", bSlow);
    }

    private static void retention(String name, double a) {
        if (!(a >= 0 && a < 1)) {
            throw new IllegalArgumentException(
                    name + " must be in [0, 1) (retention per trial, dimensionless): " + a);
        }
    }

    private static void rate(String name, double b) {
        Args.inRange(name, b, 0.0, 1.0, "learning rate per trial, dimensionless");
    }

    /**
     * The values of Smith, Ghazizadeh &amp; Shadmehr (2006): {@code A_f} 0.92, {@code B_f} 0.03,
     * {@code A_s} 0.996, {@code B_s} 0.004. These appear in several independent re-implementations
     * of the paper's simulations (SCIENCE.md section 6.2, tag [V-2]).
     *
     * @return the parameters
     */
    public static TwoStateParameters smithGhazizadehShadmehr2006() {
        return new TwoStateParameters(0.92, 0.03, 0.996, 0.004);
    }

    /** The library default, {@link #smithGhazizadehShadmehr2006()}. */
    public static TwoStateParameters defaults() {
        return smithGhazizadehShadmehr2006();
    }

    /**
     * The single-state comparison model of Smith et al. (2006), {@code A} 0.99, {@code B} 0.013,
     * expressed as a two-state model whose slow process is absent ({@code A_s = B_s = 0}, so \( x_s
     * \) stays 0 and \( x = x_f \)).
     *
     * @return the parameters
     */
    public static TwoStateParameters singleStateSmith2006() {
        return new TwoStateParameters(0.99, 0.013, 0.0, 0.0);
    }

    /** A copy with another fast retention {@code A_f}. */
    public TwoStateParameters withAFast(double v) {
        return new TwoStateParameters(v, bFast, aSlow, bSlow);
    }

    /** A copy with another fast learning rate {@code B_f}. */
    public TwoStateParameters withBFast(double v) {
        return new TwoStateParameters(aFast, v, aSlow, bSlow);
    }

    /** A copy with another slow retention {@code A_s}. */
    public TwoStateParameters withASlow(double v) {
        return new TwoStateParameters(aFast, bFast, v, bSlow);
    }

    /**
     * A copy with another slow learning rate {@code B_s}; {@code withBSlow(0)} is the model
     * analogue of blocking the slow (consolidating) process.
     */
    public TwoStateParameters withBSlow(double v) {
        return new TwoStateParameters(aFast, bFast, aSlow, v);
    }

    /** Whether {@code A_f < A_s} and {@code B_f > B_s}, the ordering of the published model. */
    public boolean isFastSlowOrdered() {
        return aFast < aSlow && bFast > bSlow;
    }

    /**
     * Whether the model converges under a constant perturbation: the state matrix \( M =
     * \begin{pmatrix} A_f - B_f &amp; -B_f \\ -B_s &amp; A_s - B_s \end{pmatrix} \) has spectral
     * radius below 1.
     *
     * @return true when stable
     */
    public boolean isStable() {
        double a = aFast - bFast;
        double d = aSlow - bSlow;
        double tr = a + d;
        double det = a * d - bFast * bSlow;
        double disc = tr * tr / 4 - det;
        if (disc >= 0) {
            double s = Math.sqrt(disc);
            return Math.max(Math.abs(tr / 2 + s), Math.abs(tr / 2 - s)) < 1;
        }
        return det < 1; // complex pair: |lambda|^2 = det
    }

    /**
     * The fixed point under a constant perturbation {@code f} (closed form, the solution of \( x =
     * M x + B f \)): \( x_f^* = B_f (1 - A_s) f / D \), \( x_s^* = B_s (1 - A_f) f / D \), \( D =
     * (1 - A_f)(1 - A_s) + B_f (1 - A_s) + B_s (1 - A_f) \). With the published values and \( f = 1
     * \): \( x^* = 0.5789 \) (\( x_f^* = 0.1579 \), \( x_s^* = 0.4211 \)). The model converges to
     * it when {@link #isStable()}.
     *
     * @param perturbation the constant perturbation {@code f}, finite
     * @return the fixed point
     */
    public TwoStateModel.State fixedPoint(double perturbation) {
        Args.finite("perturbation", perturbation, "perturbation units");
        double d = (1 - aFast) * (1 - aSlow) + bFast * (1 - aSlow) + bSlow * (1 - aFast);
        return new TwoStateModel.State(
                bFast * (1 - aSlow) * perturbation / d, bSlow * (1 - aFast) * perturbation / d);
    }
}
