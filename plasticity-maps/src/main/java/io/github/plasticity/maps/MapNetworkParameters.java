package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of a {@link MapNetwork}: rate units at the sites with lateral connections shaped as a
 * Mexican hat (short-range excitation, longer-range inhibition), and effector units driven by the
 * sites' output (corticospinal) weights.
 *
 * <p>Site units: \( \tau_s\, dr/dt = -r + \min(r_{max}, g \max(0, I - \theta)) \). Effector units:
 * \( \tau_e\, dm/dt = -m + \max(0, \sum_i W_{ei} r_i) \) (Hz). Lateral weights from site {@code j}
 * to site {@code i} at distance {@code d} (no self-connection, none beyond \( 3\sigma \)):
 *
 * <p>\( W_{ij} = G_E \frac{h^2}{2\pi\sigma_E^2} e^{-d^2/2\sigma_E^2} - G_I
 * \frac{h^2}{2\pi\sigma_I^2} e^{-d^2/2\sigma_I^2} \), split into an excitatory and an inhibitory
 * projection, {@code h} being the grid spacing. The normalisation makes \( G_E \) and \( G_I \) the
 * summed excitatory and inhibitory weight onto a unit in the continuum limit, so behaviour does not
 * depend on the grid spacing.
 *
 * <p>The map network has no literature parameter set; {@link #defaults()} is ours, chosen for a
 * stable network (the largest gain of the linearised lateral dynamics is below 1) whose lateral
 * spread is small next to a site's own response.
 *
 * @param siteTauMs \( \tau_s \) (ms), &gt; 0 and finite
 * @param siteGain \( g \) (Hz per input unit), &gt;= 0 and finite
 * @param siteThreshold \( \theta \) (input units), finite
 * @param siteMaxRateHz \( r_{max} \) (Hz), &gt; 0 and finite
 * @param effectorTauMs \( \tau_e \) (ms), &gt; 0 and finite
 * @param excitationGain \( G_E \) (weight units), &gt;= 0 and finite
 * @param excitationSigmaMm \( \sigma_E \) (mm), &gt; 0 and finite
 * @param inhibitionGain \( G_I \) (weight units), &gt;= 0 and finite
 * @param inhibitionSigmaMm \( \sigma_I \) (mm), &gt; 0 and finite
 * @param afferentGain largest afferent weight written by {@link MapNetwork#encode} (weight units),
 *     &gt;= 0 and finite
 * @param outputGain largest output weight written by {@link MapNetwork#encode} (weight units),
 *     &gt;= 0 and finite
 */
public record MapNetworkParameters(
        double siteTauMs,
        double siteGain,
        double siteThreshold,
        double siteMaxRateHz,
        double effectorTauMs,
        double excitationGain,
        double excitationSigmaMm,
        double inhibitionGain,
        double inhibitionSigmaMm,
        double afferentGain,
        double outputGain) {
    /** Validates every field (NaN and infinities refused). */
    public MapNetworkParameters {
        Args.positive("siteTauMs", siteTauMs, "ms");
        Args.nonNegative("siteGain", siteGain, "Hz per input unit");
        Args.finite("siteThreshold", siteThreshold, "input units");
        Args.positive("siteMaxRateHz", siteMaxRateHz, "Hz");
        Args.positive("effectorTauMs", effectorTauMs, "ms");
        Args.nonNegative("excitationGain", excitationGain, "weight units");
        Args.positive("excitationSigmaMm", excitationSigmaMm, "mm");
        Args.nonNegative("inhibitionGain", inhibitionGain, "weight units");
        Args.positive("inhibitionSigmaMm", inhibitionSigmaMm, "mm");
        Args.nonNegative("afferentGain", afferentGain, "weight units");
        Args.nonNegative("outputGain", outputGain, "weight units");
    }

    /**
     * Our defaults: \( \tau_s = \tau_e = 10 \) ms, {@code g} = 1 Hz per input unit, \( \theta = 0
     * \), \( r_{max} = 100 \) Hz, \( G_E = 0.5, \sigma_E = 0.5 \) mm, \( G_I = 0.5, \sigma_I = 1.0
     * \) mm, afferent and output gains 1.
     *
     * @return the parameters
     */
    public static MapNetworkParameters defaults() {
        return new MapNetworkParameters(10.0, 1.0, 0.0, 100.0, 10.0, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0);
    }

    /** A copy with other lateral excitation (weight units, mm). */
    public MapNetworkParameters withExcitation(double gain, double sigmaMm) {
        return new MapNetworkParameters(
                siteTauMs,
                siteGain,
                siteThreshold,
                siteMaxRateHz,
                effectorTauMs,
                gain,
                sigmaMm,
                inhibitionGain,
                inhibitionSigmaMm,
                afferentGain,
                outputGain);
    }

    /** A copy with other lateral inhibition (weight units, mm). */
    public MapNetworkParameters withInhibition(double gain, double sigmaMm) {
        return new MapNetworkParameters(
                siteTauMs,
                siteGain,
                siteThreshold,
                siteMaxRateHz,
                effectorTauMs,
                excitationGain,
                excitationSigmaMm,
                gain,
                sigmaMm,
                afferentGain,
                outputGain);
    }

    /** A copy with another site transfer function (Hz per input unit, input units, Hz). */
    public MapNetworkParameters withSiteTransfer(double gain, double threshold, double maxRateHz) {
        return new MapNetworkParameters(
                siteTauMs,
                gain,
                threshold,
                maxRateHz,
                effectorTauMs,
                excitationGain,
                excitationSigmaMm,
                inhibitionGain,
                inhibitionSigmaMm,
                afferentGain,
                outputGain);
    }

    /** A copy with other time constants (ms). */
    public MapNetworkParameters withTauMs(double site, double effector) {
        return new MapNetworkParameters(
                site,
                siteGain,
                siteThreshold,
                siteMaxRateHz,
                effector,
                excitationGain,
                excitationSigmaMm,
                inhibitionGain,
                inhibitionSigmaMm,
                afferentGain,
                outputGain);
    }

    /** A copy with other encoding gains (weight units). */
    public MapNetworkParameters withEncodingGains(double afferent, double output) {
        return new MapNetworkParameters(
                siteTauMs,
                siteGain,
                siteThreshold,
                siteMaxRateHz,
                effectorTauMs,
                excitationGain,
                excitationSigmaMm,
                inhibitionGain,
                inhibitionSigmaMm,
                afferent,
                output);
    }
}
