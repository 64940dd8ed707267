package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the two-component synapse of {@link ConsolidatingRule}: the early (transient)
 * component decays with time constant \( \tau_e \); its potentiation is captured into the lasting
 * component at rate \( k \) times the capture gate.
 *
 * @param tauEarlyMs decay time constant of the early component \( \tau_e \) (ms), &gt; 0 and finite
 * @param captureRatePerMs capture rate \( k \) of early potentiation into the late component
 *     (1/ms), &gt;= 0 and finite
 */
public record ConsolidationParameters(double tauEarlyMs, double captureRatePerMs) {
    /** Validates the fields (NaN and infinities refused). */
    public ConsolidationParameters {
        Args.positive("tauEarlyMs", tauEarlyMs, "ms");
        Args.nonNegative("captureRatePerMs", captureRatePerMs, "1/ms");
    }

    /**
     * Our choice on the time scale of early and late LTP: early LTP decays over 1–3 h unless
     * consolidated (Frey &amp; Morris 1997, Nature 385:533; from memory, not verified here), so \(
     * \tau_e \) = 2 h; capture within about an hour, \( 1/k \) = 30 min, so that with energy about
     * 80 % of an early potentiation becomes lasting, \( k/(k + 1/\tau_e) \).
     *
     * @return the parameters
     */
    public static ConsolidationParameters defaults() {
        return new ConsolidationParameters(2 * 3600e3, 1.0 / (30 * 60e3));
    }

    /**
     * Fraction of an early potentiation that becomes lasting with an open gate, \( k/(k + 1/\tau_e)
     * \).
     */
    public double capturedFraction() {
        return captureRatePerMs / (captureRatePerMs + 1.0 / tauEarlyMs);
    }

    /**
     * A copy with another early time constant.
     *
     * @param value ms, &gt; 0 and finite
     * @return the copy
     */
    public ConsolidationParameters withTauEarlyMs(double value) {
        return new ConsolidationParameters(value, captureRatePerMs);
    }

    /**
     * A copy with another capture rate.
     *
     * @param value 1/ms, &gt;= 0 and finite
     * @return the copy
     */
    public ConsolidationParameters withCaptureRatePerMs(double value) {
        return new ConsolidationParameters(tauEarlyMs, value);
    }
}
