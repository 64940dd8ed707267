package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of {@link StrokeRehabilitation}.
 *
 * @param lesionFraction share of the M1 hand sites removed, in [0, 1)
 * @param rehabilitation whether the hand is trained after the lesion
 * @param baselineTrials use trials before the lesion, &gt;= 0
 * @param recoveryTrials use trials after the lesion, &gt;= 1
 * @param etaPerHz2 Hebbian learning rate per trial (per Hz²), &gt;= 0
 * @param stimulusRateHz afferent rate of a used effector (Hz), &gt; 0
 * @param spreadSigmaMm lateral spread of activity (mm), &gt; 0
 * @param blurSigmaMm spread of the initial afferent and output weights around a site's own effector
 *     band (mm), &gt; 0
 * @param rehabHandFactor hand use share after the lesion with rehabilitation, relative to baseline,
 *     &gt; 0
 * @param premotorRecruitment PMv drive gain \( c \): PMv hand afferents fire at \( r (1 + c D) \)
 *     for a hand deficit {@code D}, &gt;= 0
 */
public record StrokeParameters(
        double lesionFraction,
        boolean rehabilitation,
        int baselineTrials,
        int recoveryTrials,
        double etaPerHz2,
        double stimulusRateHz,
        double spreadSigmaMm,
        double blurSigmaMm,
        double rehabHandFactor,
        double premotorRecruitment) {
    /** Validates every field (NaN and infinities refused). */
    public StrokeParameters {
        if (!(lesionFraction >= 0 && lesionFraction < 1)) {
            throw new IllegalArgumentException(
                    "lesionFraction must be in [0, 1) (share of hand sites): " + lesionFraction);
        }
        Args.atLeast("baselineTrials", baselineTrials, 0);
        Args.atLeast("recoveryTrials", recoveryTrials, 1);
        Args.nonNegative("etaPerHz2", etaPerHz2, "per Hz^2 per trial");
        Args.positive("stimulusRateHz", stimulusRateHz, "Hz");
        Args.positive("spreadSigmaMm", spreadSigmaMm, "mm");
        Args.positive("blurSigmaMm", blurSigmaMm, "mm");
        Args.positive("rehabHandFactor", rehabHandFactor, "");
        Args.nonNegative("premotorRecruitment", premotorRecruitment, "");
    }

    /**
     * Defaults (ours; no published values): lesion of 40 % of the hand sites, no rehabilitation,
     * 4000 baseline and 4000 recovery trials, learning rate 1e-5 per Hz² per trial at 20 Hz,
     * activity spread 0.5 mm, weight blur 0.5 mm, hand use doubled with rehabilitation, PMv
     * recruitment gain 1 (PMv hand drive grows by the lost share of M1 hand output).
     *
     * @return the parameters
     */
    public static StrokeParameters defaults() {
        return new StrokeParameters(0.4, false, 4000, 4000, 1e-5, 20.0, 0.5, 0.5, 2.0, 1.0);
    }

    /** A copy with another lesion fraction. */
    public StrokeParameters withLesionFraction(double value) {
        return new StrokeParameters(
                value,
                rehabilitation,
                baselineTrials,
                recoveryTrials,
                etaPerHz2,
                stimulusRateHz,
                spreadSigmaMm,
                blurSigmaMm,
                rehabHandFactor,
                premotorRecruitment);
    }

    /** A copy with or without rehabilitation. */
    public StrokeParameters withRehabilitation(boolean value) {
        return new StrokeParameters(
                lesionFraction,
                value,
                baselineTrials,
                recoveryTrials,
                etaPerHz2,
                stimulusRateHz,
                spreadSigmaMm,
                blurSigmaMm,
                rehabHandFactor,
                premotorRecruitment);
    }

    /** A copy with other trial counts. */
    public StrokeParameters withTrials(int baseline, int recovery) {
        return new StrokeParameters(
                lesionFraction,
                rehabilitation,
                baseline,
                recovery,
                etaPerHz2,
                stimulusRateHz,
                spreadSigmaMm,
                blurSigmaMm,
                rehabHandFactor,
                premotorRecruitment);
    }
}
