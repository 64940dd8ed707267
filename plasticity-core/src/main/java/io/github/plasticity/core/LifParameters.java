package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of a leaky integrate-and-fire unit with an exponential, current-based synapse:
 *
 * <p>\( \tau_m\, dv/dt = v_{rest} - v + I_{ext} + I_{syn} \), \( \tau_{syn}\, dI_{syn}/dt =
 * -I_{syn} \); a presynaptic spike adds its weight {@code w} (mV) to \( I_{syn} \). When \( v \ge
 * v_{th} \) the unit spikes, {@code v} is set to \( v_{reset} \) and held there for the refractory
 * period.
 *
 * @param tauMs membrane time constant (ms), &gt; 0
 * @param vRestMv resting potential (mV)
 * @param vThresholdMv spike threshold (mV), &gt; vResetMv
 * @param vResetMv reset potential (mV)
 * @param refractoryMs absolute refractory period (ms), &gt;= 0
 * @param tauSynMs synaptic current time constant (ms), &gt; 0
 */
public record LifParameters(
        double tauMs,
        double vRestMv,
        double vThresholdMv,
        double vResetMv,
        double refractoryMs,
        double tauSynMs) {

    /** Validates every field; NaN and infinities are refused. */
    public LifParameters {
        Args.positive("tauMs", tauMs, "ms");
        Args.finite("vRestMv", vRestMv, "mV");
        Args.ordered("vResetMv", vResetMv, "vThresholdMv", vThresholdMv, "mV");
        Args.nonNegative("refractoryMs", refractoryMs, "ms");
        Args.positive("tauSynMs", tauSynMs, "ms");
    }

    /**
     * Song, Miller &amp; Abbott (2000, Nat Neurosci 3:919): tau 20 ms, rest -70 mV, threshold -54
     * mV, reset -60 mV, synaptic time constant 5 ms; refractory period 1 ms (not stated there; our
     * choice).
     *
     * @return the parameters
     */
    public static LifParameters songMillerAbbott2000() {
        return new LifParameters(20.0, -70.0, -54.0, -60.0, 1.0, 5.0);
    }

    /** The library default, {@link #songMillerAbbott2000()}. */
    public static LifParameters defaults() {
        return songMillerAbbott2000();
    }

    /** A copy with another membrane time constant (ms). */
    public LifParameters withTauMs(double v) {
        return new LifParameters(v, vRestMv, vThresholdMv, vResetMv, refractoryMs, tauSynMs);
    }

    /** A copy with another resting potential (mV). */
    public LifParameters withVRestMv(double v) {
        return new LifParameters(tauMs, v, vThresholdMv, vResetMv, refractoryMs, tauSynMs);
    }

    /** A copy with another threshold (mV). */
    public LifParameters withVThresholdMv(double v) {
        return new LifParameters(tauMs, vRestMv, v, vResetMv, refractoryMs, tauSynMs);
    }

    /** A copy with another reset potential (mV). */
    public LifParameters withVResetMv(double v) {
        return new LifParameters(tauMs, vRestMv, vThresholdMv, v, refractoryMs, tauSynMs);
    }

    /** A copy with another refractory period (ms). */
    public LifParameters withRefractoryMs(double v) {
        return new LifParameters(tauMs, vRestMv, vThresholdMv, vResetMv, v, tauSynMs);
    }

    /** A copy with another synaptic time constant (ms). */
    public LifParameters withTauSynMs(double v) {
        return new LifParameters(tauMs, vRestMv, vThresholdMv, vResetMv, refractoryMs, v);
    }

    /**
     * The closed-form firing rate under a constant external current with no synaptic input: \( 1 /
     * (t_{ref} + \tau \ln \frac{v_\infty - v_{reset}}{v_\infty - v_{th}}) \), \( v_\infty =
     * v_{rest} + I \); zero when \( v_\infty \le v_{th} \).
     *
     * @param currentMv constant input {@code I} expressed as a voltage (mV), finite
     * @return the rate (Hz)
     */
    public double rateForConstantInputHz(double currentMv) {
        Args.finite("currentMv", currentMv, "mV");
        double vInf = vRestMv + currentMv;
        if (!(vInf > vThresholdMv)) {
            return 0.0;
        }
        double isi = refractoryMs + tauMs * Math.log((vInf - vResetMv) / (vInf - vThresholdMv));
        return 1000.0 / isi;
    }
}
