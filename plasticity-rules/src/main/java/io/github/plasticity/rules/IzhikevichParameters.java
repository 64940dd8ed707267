package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of dopamine-modulated STDP after Izhikevich (2007, Cereb Cortex 17:2443), as in his
 * {@code daspnet.m} (ModelDB 84167): \( dc/dt = -c/\tau_c + STDP(\Delta t)\,\delta(t -
 * t_{pre/post}) \), \( ds/dt = \eta\, (d_{tonic} + d(t))\, c \), \( dd/dt = -d/\tau_d + DA(t) \),
 * {@code s} clipped to {@code [wMin, wMax]}.
 *
 * <p>From daspnet.m: STDP traces set to 0.1 on a spike and multiplied by 0.95 per ms (\( A_+ \) =
 * 0.1, \( \tau_\pm = -1/\ln 0.95 \) = 19.5 ms), depression 1.5 times the trace (\( A_- \) = 0.15),
 * same-millisecond spikes depressing (see {@link EligibilityTerm.PairStdp#sameStepDepresses()});
 * every 10 ms the weight receives \( (0.002 + DA)\, sd \) and the eligibility {@code sd} is
 * multiplied by 0.99 (continuous form: \( \eta \) = 1/(10 ms), \( \tau_c = -10/\ln 0.99 \) = 995
 * ms); dopamine multiplied by 0.995 per ms (\( \tau_d \) = 199.5 ms) and raised by 0.5 per reward;
 * {@code sm} = 4. Dopamine is dimensionless in the paper; here it is a concentration in µM.
 *
 * @param aPlus LTP amplitude (eligibility units), &gt;= 0 and finite
 * @param aMinus LTD amplitude, a magnitude (eligibility units), &gt;= 0 and finite
 * @param tauPlusMs presynaptic trace time constant (ms), &gt; 0 and finite
 * @param tauMinusMs postsynaptic trace time constant (ms), &gt; 0 and finite
 * @param tauEligibilityMs eligibility time constant \( \tau_c \) (ms), &gt; 0 and finite
 * @param tauDopamineMs dopamine decay \( \tau_d \) (ms), &gt; 0 and finite; used by {@link
 *     IzhikevichDaStdp#dopamine}, since the decay belongs to the modulator
 * @param tonicDopamineMicroMolar tonic dopamine \( d_{tonic} \) added to the modulator (µM), &gt;=
 *     0 and finite
 * @param rewardDopamineMicroMolar dopamine released per reward (µM), &gt;= 0 and finite
 * @param etaPerMs weight rate \( \eta \) (per µM per ms), &gt;= 0 and finite
 * @param wMin lower weight bound (weight units, mV in daspnet), finite
 * @param wMax upper weight bound (weight units), finite, &gt; wMin
 * @param updateIntervalMs interval at which the integrated weight change is written (ms), &gt;= 0
 *     and finite (0: every step); daspnet writes every 10 ms. The integral is the same (see {@link
 *     EligibilityParameters#updateIntervalMs()}); weights lag by up to one interval
 */
public record IzhikevichParameters(
        double aPlus,
        double aMinus,
        double tauPlusMs,
        double tauMinusMs,
        double tauEligibilityMs,
        double tauDopamineMs,
        double tonicDopamineMicroMolar,
        double rewardDopamineMicroMolar,
        double etaPerMs,
        double wMin,
        double wMax,
        double updateIntervalMs) {
    /** Validates every field (NaN and infinities refused). */
    public IzhikevichParameters {
        Args.nonNegative("aPlus", aPlus, "eligibility units");
        Args.nonNegative("aMinus", aMinus, "eligibility units");
        Args.positive("tauPlusMs", tauPlusMs, "ms");
        Args.positive("tauMinusMs", tauMinusMs, "ms");
        Args.positive("tauEligibilityMs", tauEligibilityMs, "ms");
        Args.positive("tauDopamineMs", tauDopamineMs, "ms");
        Args.nonNegative("tonicDopamineMicroMolar", tonicDopamineMicroMolar, "µM");
        Args.nonNegative("rewardDopamineMicroMolar", rewardDopamineMicroMolar, "µM");
        Args.nonNegative("etaPerMs", etaPerMs, "per µM per ms");
        Args.ordered("wMin", wMin, "wMax", wMax, "weight units");
        Args.nonNegative("updateIntervalMs", updateIntervalMs, "ms");
    }

    /**
     * The values of Izhikevich's {@code daspnet.m} (2007): A+ 0.1, A- 0.15, tau+- 19.5 ms, tau_c
     * 995 ms, tau_d 199.5 ms, tonic dopamine 0.002, reward 0.5, eta 0.1 per ms, weights in [0, 4],
     * written every 10 ms.
     *
     * @return the parameters
     */
    public static IzhikevichParameters izhikevich2007() {
        double tauStdp = -1.0 / Math.log(0.95);
        return new IzhikevichParameters(
                0.1,
                0.15,
                tauStdp,
                tauStdp,
                -10.0 / Math.log(0.99),
                -1.0 / Math.log(0.995),
                0.002,
                0.5,
                0.1,
                0.0,
                4.0,
                10.0);
    }

    /** A copy with another eligibility time constant (ms). */
    public IzhikevichParameters withTauEligibilityMs(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                v,
                tauDopamineMs,
                tonicDopamineMicroMolar,
                rewardDopamineMicroMolar,
                etaPerMs,
                wMin,
                wMax,
                updateIntervalMs);
    }

    /** A copy with another dopamine time constant (ms). */
    public IzhikevichParameters withTauDopamineMs(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                v,
                tonicDopamineMicroMolar,
                rewardDopamineMicroMolar,
                etaPerMs,
                wMin,
                wMax,
                updateIntervalMs);
    }

    /** A copy with another tonic dopamine level (µM). */
    public IzhikevichParameters withTonicDopamineMicroMolar(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                tauDopamineMs,
                v,
                rewardDopamineMicroMolar,
                etaPerMs,
                wMin,
                wMax,
                updateIntervalMs);
    }

    /** A copy with another reward release (µM). */
    public IzhikevichParameters withRewardDopamineMicroMolar(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                tauDopamineMs,
                tonicDopamineMicroMolar,
                v,
                etaPerMs,
                wMin,
                wMax,
                updateIntervalMs);
    }

    /** A copy with another weight rate (per µM per ms). */
    public IzhikevichParameters withEtaPerMs(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                tauDopamineMs,
                tonicDopamineMicroMolar,
                rewardDopamineMicroMolar,
                v,
                wMin,
                wMax,
                updateIntervalMs);
    }

    /** A copy with other weight bounds (weight units). */
    public IzhikevichParameters withWeightBounds(double min, double max) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                tauDopamineMs,
                tonicDopamineMicroMolar,
                rewardDopamineMicroMolar,
                etaPerMs,
                min,
                max,
                updateIntervalMs);
    }

    /** A copy with another weight update interval (ms; 0 for every step). */
    public IzhikevichParameters withUpdateIntervalMs(double v) {
        return new IzhikevichParameters(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                tauEligibilityMs,
                tauDopamineMs,
                tonicDopamineMicroMolar,
                rewardDopamineMicroMolar,
                etaPerMs,
                wMin,
                wMax,
                v);
    }

    /** The eligibility term: pair STDP with nearest-spike traces. */
    EligibilityTerm.PairStdp term() {
        return new EligibilityTerm.PairStdp(
                aPlus,
                aMinus,
                tauPlusMs,
                tauMinusMs,
                io.github.plasticity.core.TraceMode.NEAREST,
                true);
    }
}
