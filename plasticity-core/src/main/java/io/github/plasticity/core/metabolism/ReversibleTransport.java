package io.github.plasticity.core.metabolism;

/**
 * Facilitated transport by monocarboxylate (MCT) and glucose (GLUT) transporters as reversible
 * Michaelis-Menten kinetics (Jolivet et al. 2015, PLoS Comput Biol 11:e1004036; Aubert &amp;
 * Costalat 2005):
 *
 * <p>\[ v_{1 \to 2} = T_{max} \left( \frac{S_1}{S_1 + K_t} - \frac{S_2}{S_2 + K_t} \right). \]
 *
 * <p>The flux is zero exactly when \( S_1 = S_2 \), positive from the more to the less concentrated
 * side, and bounded by \( T_{max} \) in magnitude.
 */
public final class ReversibleTransport {
    private ReversibleTransport() {}

    /**
     * The net flux from side 1 to side 2.
     *
     * @param tmaxPerS maximal rate \( T_{max} \) (mM/s, in the units of the side it is referred to)
     * @param ktMilliMolar half-saturation \( K_t \) (mM), &gt; 0
     * @param s1MilliMolar concentration on side 1 (mM), &gt;= 0
     * @param s2MilliMolar concentration on side 2 (mM), &gt;= 0
     * @return \( v_{1 \to 2} \) (mM/s)
     */
    public static double flux(
            double tmaxPerS, double ktMilliMolar, double s1MilliMolar, double s2MilliMolar) {
        if (s1MilliMolar == s2MilliMolar) {
            return 0.0;
        }
        return tmaxPerS
                * (s1MilliMolar / (s1MilliMolar + ktMilliMolar)
                        - s2MilliMolar / (s2MilliMolar + ktMilliMolar));
    }
}
