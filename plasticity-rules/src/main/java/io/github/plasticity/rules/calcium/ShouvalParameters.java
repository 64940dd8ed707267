package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the calcium-control rule of Shouval, Bear &amp; Cooper (2002, PNAS 99:10831), in
 * the deterministic 2002 version as implemented by folmez/CaDP-MatLab (a third-party MATLAB
 * re-implementation that annotates the paper's typos).
 *
 * <p><b>Calcium.</b> A presynaptic spike at \( t_{pre} \) opens NMDA receptors; the most recent
 * spike drives the calcium current \( I_{NMDA}(t) = b_{NMDA}\, P_0\, G_{NMDA} [I_f e^{-(t -
 * t_{pre})/\tau_f} + I_s e^{-(t - t_{pre})/\tau_s}]\, B(V)\, (V - V_r) \) (µM/ms), with \( B \) the
 * {@link MgBlock} and \( b_{NMDA} \) = {@link #nmdaBlock()}. Calcium obeys \( d[Ca]/dt = I_{NMDA} -
 * [Ca]/\tau_{Ca} \) (µM).
 *
 * <p><b>Depolarisation.</b> \( V = V_{rest} + \mathrm{EPSP} + \mathrm{BPAP} \) (mV): the EPSP of
 * every presynaptic spike, \( s/n \cdot (e^{-t/\tau_d} - e^{-t/\tau_r}) \), with {@code n} chosen
 * so that its peak is {@code s} = {@link #epspPeakMv()} (n = 0.6968 for 50 and 5 ms); the
 * back-propagating action potential of the latest postsynaptic spike, arriving after {@link
 * #bpapDelayMs()}: \( V_{bp}(f e^{-u/\tau_{bf}} + (1-f) e^{-u/\tau_{bs}}) \) ("BPAP + ADP").
 *
 * <p><b>Weight.</b> \( dW/dt = \eta([Ca]) (\Omega([Ca]) - \lambda W) \), with the calcium-control
 * function \( \Omega(Ca) = A_0 + A_p\, \mathrm{sig}(Ca - \alpha_2, \beta_2) + A_d\, \mathrm{sig}(Ca
 * - \alpha_1, \beta_1) \), \( \mathrm{sig}(x, \beta) = 1/(1 + e^{-\beta x}) \), and the
 * calcium-dependent learning rate \( \eta(Ca) = 1/\tau(Ca) \), \( \tau(Ca) = P_1/(P_2 + Ca^{P_3}) +
 * P_4 \). Below \( \alpha_1 \) the fixed point \( W^* = \Omega/\lambda \) is the baseline 0.25,
 * between \( \alpha_1 \) and \( \alpha_2 \) it drops to ~0 (LTD), above \( \alpha_2 \) it rises to
 * 1 (LTP).
 *
 * <p>Units: time ms, voltage mV, calcium µM. Defaults in {@link #shouvalBearCooper2002()}.
 *
 * @param alpha1Um LTD threshold \( \alpha_1 \) of Ω (µM), finite; 0.35
 * @param alpha2Um LTP threshold \( \alpha_2 \) of Ω (µM), finite; 0.55
 * @param beta1PerUm slope \( \beta_1 \) of the LTD sigmoid (1/µM), &gt; 0 and finite; 80
 * @param beta2PerUm slope \( \beta_2 \) of the LTP sigmoid (1/µM), &gt; 0 and finite; 80
 * @param omegaBase baseline amplitude \( A_0 \) of Ω (dimensionless), finite; 0.25
 * @param omegaPotentiation LTP amplitude \( A_p \) of Ω (dimensionless), finite; 1
 * @param omegaDepression LTD amplitude \( A_d \) of Ω (dimensionless), finite; -0.25
 * @param p1Ms \( P_1 \) of the learning-rate time constant (ms), &gt; 0 and finite; 100 (0.1 s)
 * @param p2 \( P_2 \) (µM^P3), &gt;= 0 and finite; 1e-5 (= P1 in seconds times 1e-4, the paper's
 *     typo corrected)
 * @param p3 exponent \( P_3 \) (dimensionless), &gt; 0 and finite; 3
 * @param p4Ms \( P_4 \), the fastest time constant (ms), &gt;= 0 and finite; 1000 (1 s)
 * @param p0 fraction \( P_0 \) of NMDA receptors opened by a presynaptic spike (dimensionless), in
 *     [0, 1]; 0.5
 * @param gNmda NMDA calcium conductance \( G_{NMDA} \) (µM/(ms·mV)), finite; -1/500 (negative, so
 *     that the inward current at V &lt; V_r raises calcium)
 * @param vReversalMv calcium reversal potential \( V_r \) (mV), finite; 130
 * @param nmdaFastFraction fast NMDA component \( I_f \) (dimensionless), in [0, 1]; 0.5
 * @param nmdaSlowFraction slow NMDA component \( I_s \) (dimensionless), in [0, 1]; 0.5
 * @param nmdaTauFastMs fast NMDA decay \( \tau_f \) (ms), &gt; 0 and finite; 50
 * @param nmdaTauSlowMs slow NMDA decay \( \tau_s \) (ms), &gt; 0 and finite; 200
 * @param tauCaMs calcium decay \( \tau_{Ca} \) (ms), &gt; 0 and finite; 50
 * @param mgMm extracellular magnesium (mM), &gt;= 0 and finite; 1
 * @param bpapPeakMv BPAP amplitude \( V_{bp} \) (mV), &gt;= 0 and finite; 100
 * @param bpapFastFraction fast BPAP component {@code f} (dimensionless), in [0, 1]; 0.75
 * @param bpapTauFastMs fast BPAP decay (ms), &gt; 0 and finite; 3
 * @param bpapTauSlowMs slow BPAP decay (after-depolarisation) (ms), &gt; 0 and finite; 25
 * @param bpapDelayMs BPAP travel time to the spine (ms), &gt;= 0 and finite; 2
 * @param epspPeakMv EPSP peak {@code s} (mV), &gt;= 0 and finite; 1 (Figs 2, 3A), 10 (Fig 3B)
 * @param epspTauDecayMs EPSP decay time constant (ms), &gt; epspTauRiseMs and finite; 50
 * @param epspTauRiseMs EPSP rise time constant (ms), &gt; 0 and finite; 5
 * @param lambda weight decay factor \( \lambda \) (dimensionless), &gt;= 0 and finite; 1
 * @param vRestMv resting potential \( V_{rest} \) (mV), finite; -65. The learning rule uses it only
 *     when the postsynaptic population has no membrane potential of its own (not LIF)
 * @param nmdaBlock fraction of NMDA receptor current left by a pharmacological block
 *     (dimensionless), in [0, 1]; 1 = intact receptors, 0 = fully blocked (APV): no calcium, no LTP
 *     and no LTD
 */
public record ShouvalParameters(
        double alpha1Um,
        double alpha2Um,
        double beta1PerUm,
        double beta2PerUm,
        double omegaBase,
        double omegaPotentiation,
        double omegaDepression,
        double p1Ms,
        double p2,
        double p3,
        double p4Ms,
        double p0,
        double gNmda,
        double vReversalMv,
        double nmdaFastFraction,
        double nmdaSlowFraction,
        double nmdaTauFastMs,
        double nmdaTauSlowMs,
        double tauCaMs,
        double mgMm,
        double bpapPeakMv,
        double bpapFastFraction,
        double bpapTauFastMs,
        double bpapTauSlowMs,
        double bpapDelayMs,
        double epspPeakMv,
        double epspTauDecayMs,
        double epspTauRiseMs,
        double lambda,
        double vRestMv,
        double nmdaBlock) {

    /** Validates every field; NaN and infinities are refused. */
    public ShouvalParameters {
        Args.finite("alpha1Um", alpha1Um, "µM");
        Args.finite("alpha2Um", alpha2Um, "µM");
        Args.positive("beta1PerUm", beta1PerUm, "1/µM");
        Args.positive("beta2PerUm", beta2PerUm, "1/µM");
        Args.finite("omegaBase", omegaBase, "dimensionless");
        Args.finite("omegaPotentiation", omegaPotentiation, "dimensionless");
        Args.finite("omegaDepression", omegaDepression, "dimensionless");
        Args.positive("p1Ms", p1Ms, "ms");
        Args.nonNegative("p2", p2, "µM^p3");
        Args.positive("p3", p3, "dimensionless");
        Args.nonNegative("p4Ms", p4Ms, "ms");
        Args.inRange("p0", p0, 0.0, 1.0, "dimensionless");
        Args.finite("gNmda", gNmda, "µM/(ms mV)");
        Args.finite("vReversalMv", vReversalMv, "mV");
        Args.inRange("nmdaFastFraction", nmdaFastFraction, 0.0, 1.0, "dimensionless");
        Args.inRange("nmdaSlowFraction", nmdaSlowFraction, 0.0, 1.0, "dimensionless");
        Args.positive("nmdaTauFastMs", nmdaTauFastMs, "ms");
        Args.positive("nmdaTauSlowMs", nmdaTauSlowMs, "ms");
        Args.positive("tauCaMs", tauCaMs, "ms");
        Args.nonNegative("mgMm", mgMm, "mM");
        Args.nonNegative("bpapPeakMv", bpapPeakMv, "mV");
        Args.inRange("bpapFastFraction", bpapFastFraction, 0.0, 1.0, "dimensionless");
        Args.positive("bpapTauFastMs", bpapTauFastMs, "ms");
        Args.positive("bpapTauSlowMs", bpapTauSlowMs, "ms");
        Args.nonNegative("bpapDelayMs", bpapDelayMs, "ms");
        Args.nonNegative("epspPeakMv", epspPeakMv, "mV");
        Args.positive("epspTauRiseMs", epspTauRiseMs, "ms");
        Args.positive("epspTauDecayMs", epspTauDecayMs, "ms");
        if (!(epspTauDecayMs > epspTauRiseMs)) {
            throw new IllegalArgumentException(
                    "epspTauDecayMs must be > epspTauRiseMs (ms): "
                            + epspTauDecayMs
                            + " <= "
                            + epspTauRiseMs);
        }
        Args.nonNegative("lambda", lambda, "dimensionless");
        Args.finite("vRestMv", vRestMv, "mV");
        Args.inRange("nmdaBlock", nmdaBlock, 0.0, 1.0, "dimensionless");
    }

    /**
     * Shouval, Bear &amp; Cooper (2002), deterministic version, as in folmez/CaDP-MatLab: Ω
     * thresholds 0.35 and 0.55 µM with slopes 80/µM and amplitudes 0.25, 1, -0.25; P1 = 0.1 s, P2 =
     * 1e-5, P3 = 3, P4 = 1 s (τ(0) ≈ 2.8 h); P0 = 0.5, G_NMDA = -1/500 µM/(ms·mV), V_r = 130 mV,
     * NMDA components 0.5/0.5 with 50/200 ms; τ_Ca = 50 ms; [Mg] = 1 mM; BPAP + ADP 100 mV, 0.75 of
     * it decaying with 3 ms and 0.25 with 25 ms, 2 ms delay; EPSP peak 1 mV (Figs 2 and 3A) with 50
     * and 5 ms; λ = 1; V_rest = -65 mV; no NMDA block.
     *
     * @return the parameters
     */
    public static ShouvalParameters shouvalBearCooper2002() {
        return new ShouvalParameters(
                0.35,
                0.55,
                80,
                80,
                0.25,
                1.0,
                -0.25,
                100.0,
                1e-5,
                3.0,
                1000.0,
                0.5,
                -1.0 / 500.0,
                130.0,
                0.5,
                0.5,
                50.0,
                200.0,
                50.0,
                1.0,
                100.0,
                0.75,
                3.0,
                25.0,
                2.0,
                1.0,
                50.0,
                5.0,
                1.0,
                -65.0,
                1.0);
    }

    /** The library default, {@link #shouvalBearCooper2002()}. */
    public static ShouvalParameters defaults() {
        return shouvalBearCooper2002();
    }

    /**
     * A copy with another EPSP peak: 10 mV reproduces Shouval et al. (2002) Fig. 3B (frequency
     * dependence).
     *
     * @param value EPSP peak (mV), &gt;= 0 and finite
     * @return the copy
     */
    public ShouvalParameters withEpspPeakMv(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                mgMm,
                bpapPeakMv,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                value,
                epspTauDecayMs,
                epspTauRiseMs,
                lambda,
                vRestMv,
                nmdaBlock);
    }

    /**
     * A copy with another NMDA block factor.
     *
     * @param value fraction of NMDA current left (dimensionless), in [0, 1]; 0 = fully blocked
     * @return the copy
     */
    public ShouvalParameters withNmdaBlock(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                mgMm,
                bpapPeakMv,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                epspPeakMv,
                epspTauDecayMs,
                epspTauRiseMs,
                lambda,
                vRestMv,
                value);
    }

    /**
     * A copy with another extracellular magnesium concentration.
     *
     * @param value [Mg²⁺]o (mM), &gt;= 0 and finite
     * @return the copy
     */
    public ShouvalParameters withMgMm(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                value,
                bpapPeakMv,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                epspPeakMv,
                epspTauDecayMs,
                epspTauRiseMs,
                lambda,
                vRestMv,
                nmdaBlock);
    }

    /**
     * A copy with another BPAP amplitude (0 removes the back-propagating action potential).
     *
     * @param value BPAP peak (mV), &gt;= 0 and finite
     * @return the copy
     */
    public ShouvalParameters withBpapPeakMv(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                mgMm,
                value,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                epspPeakMv,
                epspTauDecayMs,
                epspTauRiseMs,
                lambda,
                vRestMv,
                nmdaBlock);
    }

    /**
     * A copy with another resting potential.
     *
     * @param value resting potential (mV), finite
     * @return the copy
     */
    public ShouvalParameters withVRestMv(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                mgMm,
                bpapPeakMv,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                epspPeakMv,
                epspTauDecayMs,
                epspTauRiseMs,
                lambda,
                value,
                nmdaBlock);
    }

    /**
     * A copy with another weight decay factor.
     *
     * @param value \( \lambda \) (dimensionless), &gt;= 0 and finite
     * @return the copy
     */
    public ShouvalParameters withLambda(double value) {
        return new ShouvalParameters(
                alpha1Um,
                alpha2Um,
                beta1PerUm,
                beta2PerUm,
                omegaBase,
                omegaPotentiation,
                omegaDepression,
                p1Ms,
                p2,
                p3,
                p4Ms,
                p0,
                gNmda,
                vReversalMv,
                nmdaFastFraction,
                nmdaSlowFraction,
                nmdaTauFastMs,
                nmdaTauSlowMs,
                tauCaMs,
                mgMm,
                bpapPeakMv,
                bpapFastFraction,
                bpapTauFastMs,
                bpapTauSlowMs,
                bpapDelayMs,
                epspPeakMv,
                epspTauDecayMs,
                epspTauRiseMs,
                value,
                vRestMv,
                nmdaBlock);
    }

    /** The Mg²⁺ block at this [Mg]. */
    public MgBlock mgBlock() {
        return new MgBlock(mgMm);
    }

    private static double sigmoid(double x, double beta) {
        // 1/(1 + e^{-bx}) equals e^{bx}/(1 + e^{bx}) and cannot overflow to inf/inf.
        return 1.0 / (1.0 + Math.exp(-beta * x));
    }

    /**
     * The calcium-control function \( \Omega(Ca) = A_0 + A_p\,\mathrm{sig}(Ca - \alpha_2, \beta_2)
     * + A_d\,\mathrm{sig}(Ca - \alpha_1, \beta_1) \), the fixed point of the weight for λ = 1. With
     * the defaults: 0.25 at rest, ~0 in the LTD band 0.35-0.55 µM, 1 above ~0.6 µM.
     *
     * @param caUm calcium (µM); NaN gives NaN
     * @return Ω (dimensionless)
     */
    public double omega(double caUm) {
        return omegaBase
                + omegaPotentiation * sigmoid(caUm - alpha2Um, beta2PerUm)
                + omegaDepression * sigmoid(caUm - alpha1Um, beta1PerUm);
    }

    /**
     * The learning-rate time constant \( \tau(Ca) = P_1/(P_2 + Ca^{P_3}) + P_4 \) (ms): about 10001
     * s at zero calcium, 1.1 s at 1 µM with the defaults.
     *
     * @param caUm calcium (µM), &gt;= 0 for the defaults' meaning
     * @return τ (ms); +inf at zero calcium when P2 = 0
     */
    public double learningTimeConstantMs(double caUm) {
        double powered = p3 == 3.0 ? caUm * caUm * caUm : Math.pow(caUm, p3);
        return p1Ms / (p2 + powered) + p4Ms;
    }

    /**
     * The calcium-dependent learning rate \( \eta(Ca) = 1/\tau(Ca) \) (1/ms).
     *
     * @param caUm calcium (µM)
     * @return η (1/ms)
     */
    public double etaPerMs(double caUm) {
        return 1.0 / learningTimeConstantMs(caUm);
    }

    /**
     * The learning rate in the paper's unit, \( \eta(Ca) \) (1/s): 1.0e-4 at 0, 0.0742 at 0.2 µM,
     * 0.300 at 0.35 µM, 0.625 at 0.55 µM, 0.909 at 1 µM with the defaults.
     *
     * @param caUm calcium (µM)
     * @return η (1/s)
     */
    public double etaPerSecond(double caUm) {
        return 1000.0 * etaPerMs(caUm);
    }

    /**
     * The NMDA calcium current per unit open fraction at potential {@code vMv}: \( b_{NMDA} P_0
     * G_{NMDA} B(V) (V - V_r) \) (µM/ms). Multiply by the gating \( I_f e^{-t/\tau_f} + I_s
     * e^{-t/\tau_s} \) to get \( I_{NMDA} \).
     *
     * @param vMv postsynaptic potential at the synapse (mV)
     * @return the current per unit gating (µM/ms), &gt;= 0 below V_r
     */
    public double nmdaCurrentPerGating(double vMv) {
        return nmdaBlock * p0 * gNmda * MgBlock.unblocked(vMv, mgMm) * (vMv - vReversalMv);
    }

    /**
     * The normalisation {@code n} of the EPSP kernel: the peak of \( e^{-t/\tau_d} - e^{-t/\tau_r}
     * \), reached at \( t^* = \ln(\tau_d/\tau_r)\, \tau_d \tau_r/(\tau_d - \tau_r) \); 0.6968 for
     * 50 and 5 ms (Shouval et al. 2002 supplement).
     *
     * @return the normalisation (dimensionless)
     */
    public double epspNorm() {
        double tPeak =
                Math.log(epspTauDecayMs / epspTauRiseMs)
                        * epspTauDecayMs
                        * epspTauRiseMs
                        / (epspTauDecayMs - epspTauRiseMs);
        return Math.exp(-tPeak / epspTauDecayMs) - Math.exp(-tPeak / epspTauRiseMs);
    }

    /**
     * The depolarisation by the BPAP of a postsynaptic spike {@code sinceSpikeMs} ago (mV): zero
     * until the BPAP has arrived, then \( V_{bp}(f e^{-u/\tau_{bf}} + (1-f) e^{-u/\tau_{bs}}) \)
     * with \( u \) the time since arrival.
     *
     * @param sinceSpikeMs time since the postsynaptic spike (ms)
     * @return the depolarisation (mV)
     */
    public double bpapMv(double sinceSpikeMs) {
        double u = sinceSpikeMs - bpapDelayMs;
        if (!(u > 0)) {
            return 0.0;
        }
        return bpapPeakMv
                * (bpapFastFraction * Math.exp(-u / bpapTauFastMs)
                        + (1.0 - bpapFastFraction) * Math.exp(-u / bpapTauSlowMs));
    }
}
