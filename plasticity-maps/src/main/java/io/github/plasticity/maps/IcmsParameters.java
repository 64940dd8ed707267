package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;

/**
 * A virtual intracortical microstimulation (ICMS) protocol for {@link VirtualIcms}.
 *
 * <p>Current spread follows the current-distance relation of Stoney, Thompson &amp; Asanuma 1968 (J
 * Neurophysiol 31:659), \( I = K r^2 \): a current {@code I} activates directly the sites within \(
 * r = \sqrt{I / K} \) of the electrode (always at least the stimulated site itself). Each directly
 * activated site receives {@code siteDrive} as extra external input for the whole train; the evoked
 * movement of effector {@code e} is the rate of effector unit {@code e} at the end of the train,
 * and it counts as a response when it exceeds {@code movementThresholdHz}.
 *
 * @param currentUa stimulation current (µA), &gt; 0 and finite
 * @param excitabilityUaPerMm2 \( K \) (µA/mm²), &gt; 0 and finite
 * @param trainMs duration of the stimulus train (ms), &gt; 0 and finite
 * @param dtMs time step of the mapping simulation (ms), &gt; 0 and finite; {@code trainMs} must be
 *     a whole number of steps
 * @param siteDrive external input added to each directly activated site (input units), finite
 * @param movementThresholdHz effector rate above which a movement is evoked (Hz), &gt;= 0 and
 *     finite
 */
public record IcmsParameters(
        double currentUa,
        double excitabilityUaPerMm2,
        double trainMs,
        double dtMs,
        double siteDrive,
        double movementThresholdHz) {
    /** Validates every field (NaN and infinities refused). */
    public IcmsParameters {
        Args.positive("currentUa", currentUa, "µA");
        Args.positive("excitabilityUaPerMm2", excitabilityUaPerMm2, "µA/mm²");
        Args.positive("trainMs", trainMs, "ms");
        Args.positive("dtMs", dtMs, "ms");
        Args.finite("siteDrive", siteDrive, "input units");
        Args.nonNegative("movementThresholdHz", movementThresholdHz, "Hz");
        double steps = trainMs / dtMs;
        if (!(Math.abs(steps - Math.rint(steps)) <= 1e-9 * steps)) {
            throw new IllegalArgumentException(
                    "trainMs must be a whole number of steps of dtMs (ms): "
                            + trainMs
                            + " / "
                            + dtMs);
        }
    }

    /**
     * The mapping protocol of Nudo et al. 1996 (J Neurosci 16:785): trains of about 40 ms (13
     * pulses at 350 Hz) at up to 30 µA; with \( K = 1292 \) µA/mm² (Stoney et al. 1968, pyramidal
     * tract cells) the spread radius is 0.15 mm. Mapping step 1 ms (exact for the rate units, whose
     * input is constant over a step), site drive 50 input units and movement threshold 20 Hz are
     * ours (with {@link MapNetworkParameters#defaults()} a directly activated site fires at 50 Hz).
     *
     * @return the protocol
     */
    public static IcmsParameters nudo1996() {
        return new IcmsParameters(30.0, 1292.0, 40.0, 1.0, 50.0, 20.0);
    }

    /** Spread radius \( \sqrt{I/K} \) (mm). */
    public double spreadRadiusMm() {
        return Math.sqrt(currentUa / excitabilityUaPerMm2);
    }

    /** A copy with another current (µA). */
    public IcmsParameters withCurrentUa(double value) {
        return new IcmsParameters(
                value, excitabilityUaPerMm2, trainMs, dtMs, siteDrive, movementThresholdHz);
    }

    /** A copy with another movement threshold (Hz). */
    public IcmsParameters withMovementThresholdHz(double value) {
        return new IcmsParameters(currentUa, excitabilityUaPerMm2, trainMs, dtMs, siteDrive, value);
    }

    /** A copy with another site drive (input units). */
    public IcmsParameters withSiteDrive(double value) {
        return new IcmsParameters(
                currentUa, excitabilityUaPerMm2, trainMs, dtMs, value, movementThresholdHz);
    }
}
