package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of the calcium-based plasticity model of Graupner &amp; Brunel (2012, PNAS 109:3991),
 * with the parameter sets of the authors' code (mgraupe/CalciumBasedPlasticityModel, {@code
 * synapticChange.py}), converted from seconds to milliseconds.
 *
 * <p><b>Calcium</b> (linear, dimensionless): \( c(t) = \sum_{pre} C_{pre} e^{-(t - t_{pre} -
 * D)/\tau_{Ca}} + \sum_{post} C_{post} e^{-(t - t_{post})/\tau_{Ca}} \), each term counted from its
 * onset: presynaptically evoked calcium arrives after the delay {@code D}. In the model the
 * presynaptic calcium is NMDA-receptor mediated and the postsynaptic calcium enters through
 * voltage-gated channels opened by the back-propagating action potential; the {@link #nmdaBlock}
 * factor therefore multiplies \( C_{pre} \) only.
 *
 * <p><b>Efficacy</b> \( \rho \), bistable with stable states 0 (DOWN) and 1 (UP): \( \tau\,
 * d\rho/dt = -\rho(1-\rho)(\rho_* - \rho) + \gamma_p(1-\rho)\Theta[c - \theta_p] -
 * \gamma_d\rho\,\Theta[c - \theta_d] + \sigma\sqrt{\tau}\sqrt{\Theta[c - \theta_d] + \Theta[c -
 * \theta_p]}\,\eta(t) \), \( \eta \) Gaussian white noise (the form of the 2013 correction,
 * doi:10.1073/pnas.1220044110, and of the Brian2 example). The synaptic weight is \( w_0 \) in the
 * DOWN and \( w_1 = b\, w_0 \) in the UP state; \( \beta \) is the fraction of synapses initially
 * DOWN, used by the protocol analysis.
 *
 * @param tauCaMs calcium decay time constant \( \tau_{Ca} \) (ms), &gt; 0 and finite
 * @param cPre presynaptically evoked calcium amplitude \( C_{pre} \) (dimensionless), &gt;= 0 and
 *     finite
 * @param cPost postsynaptically evoked calcium amplitude \( C_{post} \) (dimensionless), &gt;= 0
 *     and finite
 * @param thetaD depression threshold \( \theta_d \) (dimensionless), &gt; 0 and finite
 * @param thetaP potentiation threshold \( \theta_p \) (dimensionless), &gt; 0 and finite
 * @param gammaD depression rate \( \gamma_d \) (dimensionless), &gt;= 0 and finite
 * @param gammaP potentiation rate \( \gamma_p \) (dimensionless), &gt;= 0 and finite
 * @param sigma noise amplitude \( \sigma \) (dimensionless), &gt;= 0 and finite; 0 makes the rule
 *     deterministic
 * @param tauMs time constant \( \tau \) of the efficacy (ms), &gt; 0 and finite
 * @param rhoStar boundary \( \rho_* \) between the basins of attraction of DOWN and UP
 *     (dimensionless), in (0, 1)
 * @param delayMs delay \( D \) of the presynaptically evoked calcium (ms), &gt;= 0 and finite
 * @param beta fraction \( \beta \) of synapses initially in the DOWN state (dimensionless), in [0,
 *     1]
 * @param b ratio \( b = w_1/w_0 \) of UP to DOWN weights (dimensionless), &gt; 0 and finite
 * @param nmdaBlock fraction of NMDA receptor current left by a pharmacological block, multiplying
 *     \( C_{pre} \) (dimensionless), in [0, 1]; 1 = intact, 0 = fully blocked (APV)
 */
public record GraupnerBrunelParameters(
        double tauCaMs,
        double cPre,
        double cPost,
        double thetaD,
        double thetaP,
        double gammaD,
        double gammaP,
        double sigma,
        double tauMs,
        double rhoStar,
        double delayMs,
        double beta,
        double b,
        double nmdaBlock) {

    /** Validates every field; NaN and infinities are refused. */
    public GraupnerBrunelParameters {
        Args.positive("tauCaMs", tauCaMs, "ms");
        Args.nonNegative("cPre", cPre, "dimensionless");
        Args.nonNegative("cPost", cPost, "dimensionless");
        Args.positive("thetaD", thetaD, "dimensionless");
        Args.positive("thetaP", thetaP, "dimensionless");
        Args.nonNegative("gammaD", gammaD, "dimensionless");
        Args.nonNegative("gammaP", gammaP, "dimensionless");
        Args.nonNegative("sigma", sigma, "dimensionless");
        Args.positive("tauMs", tauMs, "ms");
        if (!(rhoStar > 0 && rhoStar < 1)) {
            throw new IllegalArgumentException(
                    "rhoStar must be in (0, 1) (dimensionless): " + rhoStar);
        }
        Args.nonNegative("delayMs", delayMs, "ms");
        Args.inRange("beta", beta, 0.0, 1.0, "dimensionless");
        Args.positive("b", b, "dimensionless");
        Args.inRange("nmdaBlock", nmdaBlock, 0.0, 1.0, "dimensionless");
    }

    /**
     * Set "DP" of Fig. 2 (depression for post-pre, potentiation for pre-post pairs): τ_Ca 20 ms,
     * C_pre 1, C_post 2, θ_d 1, θ_p 1.3, γ_d 200, γ_p 321.808, σ 2.8284, τ 150 s, ρ* 0.5, D 13.7
     * ms, β 0.5, b 5. The library default.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2Dp() {
        return new GraupnerBrunelParameters(
                20.0, 1.0, 2.0, 1.0, 1.3, 200.0, 321.808, 2.8284, 150_000.0, 0.5, 13.7, 0.5, 5.0,
                1.0);
    }

    /**
     * Set "DPD" of Fig. 2 (depression, potentiation, depression along Δt): C_pre 0.9, C_post 0.9,
     * γ_d 250, γ_p 550, D 4.6 ms, otherwise as {@link #fig2Dp()}.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2Dpd() {
        return new GraupnerBrunelParameters(
                20.0, 0.9, 0.9, 1.0, 1.3, 250.0, 550.0, 2.8284, 150_000.0, 0.5, 4.6, 0.5, 5.0, 1.0);
    }

    /**
     * Set "DPD′" of Fig. 2: C_pre 1, C_post 2, θ_p 2.5, γ_d 50, γ_p 600, D 2.2 ms, otherwise as
     * {@link #fig2Dp()}.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2DpdPrime() {
        return new GraupnerBrunelParameters(
                20.0, 1.0, 2.0, 1.0, 2.5, 50.0, 600.0, 2.8284, 150_000.0, 0.5, 2.2, 0.5, 5.0, 1.0);
    }

    /**
     * Set "P" of Fig. 2 (potentiation only): C_pre 2, C_post 2, γ_d 160, γ_p 257.447, D 0,
     * otherwise as {@link #fig2Dp()}.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2P() {
        return new GraupnerBrunelParameters(
                20.0, 2.0, 2.0, 1.0, 1.3, 160.0, 257.447, 2.8284, 150_000.0, 0.5, 0.0, 0.5, 5.0,
                1.0);
    }

    /**
     * Set "D" of Fig. 2 (depression only, near Δt = 0): C_pre 0.6, C_post 0.6, γ_d 500, γ_p 550, σ
     * 5.6568, D 0, otherwise as {@link #fig2Dp()}.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2D() {
        return new GraupnerBrunelParameters(
                20.0, 0.6, 0.6, 1.0, 1.3, 500.0, 550.0, 5.6568, 150_000.0, 0.5, 0.0, 0.5, 5.0, 1.0);
    }

    /**
     * Set "D′" of Fig. 2 (depression at every Δt): C_pre 1, C_post 2, θ_p 3.5, γ_d 60, γ_p 600, D
     * 0, otherwise as {@link #fig2Dp()}.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters fig2DPrime() {
        return new GraupnerBrunelParameters(
                20.0, 1.0, 2.0, 1.0, 3.5, 60.0, 600.0, 2.8284, 150_000.0, 0.5, 0.0, 0.5, 5.0, 1.0);
    }

    /**
     * The fit to cortical slices (Sjöström, Turrigiano &amp; Nelson 2001, L5 visual cortex; Fig.
     * 4B): τ_Ca 22.6936 ms, C_pre 0.5617539, C_post 1.23964, θ_d 1, θ_p 1.3, γ_d 331.909, γ_p
     * 725.085, σ 3.3501, τ 346.3615 s, ρ* 0.5, D 4.6098 ms, β 0.5, b 5.40988.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters corticalSlices() {
        return new GraupnerBrunelParameters(
                22.6936, 0.5617539, 1.23964, 1.0, 1.3, 331.909, 725.085, 3.3501, 346_361.5, 0.5,
                4.6098, 0.5, 5.40988, 1.0);
    }

    /**
     * The fit to hippocampal slice data of Graupner &amp; Brunel (2012): τ_Ca 48.8373 ms, C_pre 1,
     * C_post 0.275865, θ_d 1, θ_p 1.3, γ_d 313.0965, γ_p 1645.59, σ 9.1844, τ 688.355 s, ρ* 0.5, D
     * 18.8008 ms, β 0.7, b 5.28145.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters hippocampalSlices() {
        return new GraupnerBrunelParameters(
                48.8373, 1.0, 0.275865, 1.0, 1.3, 313.0965, 1645.59, 9.1844, 688_355.0, 0.5,
                18.8008, 0.7, 5.28145, 1.0);
    }

    /**
     * The fit to hippocampal culture data of Graupner &amp; Brunel (2012): τ_Ca 11.9536 ms, C_pre
     * 0.58156, C_post 1.76444, θ_d 1, θ_p 1.3, γ_d 61.141, γ_p 113.6545, σ 2.5654, τ 33.7596 s, ρ*
     * 0.5, D 10 ms, β 0.5, b 36.0263.
     *
     * @return the parameters
     */
    public static GraupnerBrunelParameters hippocampalCultures() {
        return new GraupnerBrunelParameters(
                11.9536, 0.58156, 1.76444, 1.0, 1.3, 61.141, 113.6545, 2.5654, 33_759.6, 0.5, 10.0,
                0.5, 36.0263, 1.0);
    }

    /** The library default, {@link #fig2Dp()} (Graupner &amp; Brunel 2012, Fig. 2, "DP"). */
    public static GraupnerBrunelParameters graupnerBrunel2012() {
        return fig2Dp();
    }

    /**
     * Every parameter set of the authors' {@code synapticChange.py}, by the names used there: "DP",
     * "DPD", "DPD'", "P", "D", "D'", "cortical slices", "hippocampal slices", "hippocampal
     * cultures".
     *
     * @return an unmodifiable map in that order
     */
    public static Map<String, GraupnerBrunelParameters> allSets() {
        Map<String, GraupnerBrunelParameters> m = new LinkedHashMap<>();
        m.put("DP", fig2Dp());
        m.put("DPD", fig2Dpd());
        m.put("DPD'", fig2DpdPrime());
        m.put("P", fig2P());
        m.put("D", fig2D());
        m.put("D'", fig2DPrime());
        m.put("cortical slices", corticalSlices());
        m.put("hippocampal slices", hippocampalSlices());
        m.put("hippocampal cultures", hippocampalCultures());
        return Collections.unmodifiableMap(m);
    }

    /**
     * The parameter set with this name (see {@link #allSets()}).
     *
     * @param name the set's name
     * @return the parameters
     * @throws IllegalArgumentException if there is no such set
     */
    public static GraupnerBrunelParameters named(String name) {
        GraupnerBrunelParameters p = allSets().get(name);
        if (p == null) {
            throw new IllegalArgumentException(
                    "no Graupner-Brunel parameter set named '"
                            + name
                            + "'; there are "
                            + allSets().keySet());
        }
        return p;
    }

    /**
     * A copy with another NMDA block factor.
     *
     * @param value fraction of NMDA current left (dimensionless), in [0, 1]; 0 = fully blocked
     * @return the copy
     */
    public GraupnerBrunelParameters withNmdaBlock(double value) {
        return new GraupnerBrunelParameters(
                tauCaMs, cPre, cPost, thetaD, thetaP, gammaD, gammaP, sigma, tauMs, rhoStar,
                delayMs, beta, b, value);
    }

    /**
     * A copy with another noise amplitude (0 makes the rule deterministic).
     *
     * @param value \( \sigma \) (dimensionless), &gt;= 0 and finite
     * @return the copy
     */
    public GraupnerBrunelParameters withSigma(double value) {
        return new GraupnerBrunelParameters(
                tauCaMs, cPre, cPost, thetaD, thetaP, gammaD, gammaP, value, tauMs, rhoStar,
                delayMs, beta, b, nmdaBlock);
    }

    /**
     * A copy with another presynaptic calcium amplitude.
     *
     * @param value \( C_{pre} \) (dimensionless), &gt;= 0 and finite
     * @return the copy
     */
    public GraupnerBrunelParameters withCPre(double value) {
        return new GraupnerBrunelParameters(
                tauCaMs, value, cPost, thetaD, thetaP, gammaD, gammaP, sigma, tauMs, rhoStar,
                delayMs, beta, b, nmdaBlock);
    }

    /**
     * A copy with another postsynaptic calcium amplitude.
     *
     * @param value \( C_{post} \) (dimensionless), &gt;= 0 and finite
     * @return the copy
     */
    public GraupnerBrunelParameters withCPost(double value) {
        return new GraupnerBrunelParameters(
                tauCaMs, cPre, value, thetaD, thetaP, gammaD, gammaP, sigma, tauMs, rhoStar,
                delayMs, beta, b, nmdaBlock);
    }

    /**
     * The presynaptic calcium amplitude after the NMDA block, \( b_{NMDA} C_{pre} \).
     *
     * @return the effective amplitude (dimensionless)
     */
    public double effectiveCPre() {
        return nmdaBlock * cPre;
    }
}
