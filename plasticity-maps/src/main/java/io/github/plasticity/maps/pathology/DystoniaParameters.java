package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.internal.Args;

/**
 * A digit-training protocol for {@link DystoniaTraining}: which digits are stimulated together, how
 * strong the Hebbian (BCM) plasticity of the afferent (receptive-field) weights is, and whether
 * homeostasis works.
 *
 * <p>Each trial the afferents of the stimulated digits fire at {@code stimulusRateHz} for {@code
 * trialMs}, then all afferents are silent for {@code gapMs}. Synchronous training stimulates all
 * digits at once (the simultaneous multi-digit grip of Byl, Merzenich &amp; Jenkins 1996);
 * asynchronous training one digit per trial, chosen uniformly at random. The afferent weights learn
 * with BCM (\( dw/dt = \eta x y (y - \theta) \), {@code Bcm} of plasticity-rules) with either a
 * sliding threshold \( \tau_\theta d\theta/dt = y^2/y_0 - \theta \) (homeostatic metaplasticity
 * intact) or a fixed one (failed, Quartarone et al. 2003), optionally with multiplicative synaptic
 * scaling towards {@code y0Hz} (van Rossum, Bi &amp; Turrigiano 2000, accelerated: time constants
 * here are seconds, not hours, so that scaling acts within the short protocol). Weights are bounded
 * to [0, {@code maxWeightFactor} G_aff].
 *
 * @param synchronous all digits per trial (true) or one random digit (false)
 * @param bcmEta BCM learning rate \( \eta \) (per Hz³ per ms), &gt;= 0 and finite
 * @param slidingThreshold whether the BCM threshold slides
 * @param scaling whether synaptic scaling acts on the afferent weights
 * @param theta0Hz BCM threshold at the start (the fixed threshold when not sliding) (Hz), &gt;= 0
 * @param y0Hz BCM set point \( y_0 \) and scaling goal rate (Hz), &gt; 0
 * @param tauThetaMs BCM threshold time constant (ms), &gt; 0
 * @param trials number of training trials, &gt;= 1
 * @param trialMs stimulus duration per trial (ms), &gt; 0
 * @param gapMs silence after each trial (ms), &gt;= 0
 * @param stimulusRateHz afferent rate of a stimulated digit (Hz), &gt; 0
 * @param maxWeightFactor upper weight bound as a multiple of the network's afferent gain, &gt; 0
 */
public record DystoniaParameters(
        boolean synchronous,
        double bcmEta,
        boolean slidingThreshold,
        boolean scaling,
        double theta0Hz,
        double y0Hz,
        double tauThetaMs,
        int trials,
        double trialMs,
        double gapMs,
        double stimulusRateHz,
        double maxWeightFactor) {
    /** Validates every field (NaN and infinities refused). */
    public DystoniaParameters {
        Args.nonNegative("bcmEta", bcmEta, "per Hz^3 per ms");
        Args.nonNegative("theta0Hz", theta0Hz, "Hz");
        Args.positive("y0Hz", y0Hz, "Hz");
        Args.positive("tauThetaMs", tauThetaMs, "ms");
        Args.atLeast("trials", trials, 1);
        Args.positive("trialMs", trialMs, "ms");
        Args.nonNegative("gapMs", gapMs, "ms");
        Args.positive("stimulusRateHz", stimulusRateHz, "Hz");
        Args.positive("maxWeightFactor", maxWeightFactor, "multiples of the afferent gain");
    }

    /**
     * The healthy condition (ours): asynchronous single-digit training, BCM learning rate 1e-6 per
     * Hz³ per ms, sliding threshold (\( \theta_0 = 10 \) Hz, \( y_0 = 20 \) Hz, \( \tau_\theta =
     * 100 \) ms), scaling on, 200 trials of 50 ms stimulation at 20 Hz with 20 ms gaps, weights up
     * to 1.5 G_aff. With the default map network a stimulated site fires at about 20 Hz, the BCM
     * set point.
     *
     * @return the parameters
     */
    public static DystoniaParameters healthy() {
        return new DystoniaParameters(
                false, 1e-6, true, true, 10.0, 20.0, 100.0, 200, 50.0, 20.0, 20.0, 1.5);
    }

    /**
     * The dystonic condition (ours): synchronous all-digit training, learning rate 10 times the
     * healthy one ("excessive Hebbian gain"), fixed threshold at 10 Hz, no scaling; otherwise as
     * {@link #healthy()}.
     *
     * @return the parameters
     */
    public static DystoniaParameters dystonic() {
        return healthy().withSynchronous(true).withBcmEta(1e-5).withHomeostasis(false);
    }

    /** A copy with synchronous (true) or asynchronous training. */
    public DystoniaParameters withSynchronous(boolean value) {
        return new DystoniaParameters(
                value,
                bcmEta,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with another BCM learning rate (per Hz³ per ms). */
    public DystoniaParameters withBcmEta(double value) {
        return new DystoniaParameters(
                synchronous,
                value,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with homeostasis intact (sliding threshold and scaling) or failed (neither). */
    public DystoniaParameters withHomeostasis(boolean intact) {
        return new DystoniaParameters(
                synchronous,
                bcmEta,
                intact,
                intact,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with another number of trials. */
    public DystoniaParameters withTrials(int value) {
        return new DystoniaParameters(
                synchronous,
                bcmEta,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                value,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }
}
