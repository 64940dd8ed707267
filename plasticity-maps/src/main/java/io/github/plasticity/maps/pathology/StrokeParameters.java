package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of {@link StrokeRehabilitation}. None has a published value: the map network has no
 * literature parameter set, and time is compressed (the Hebbian time constant is seconds, standing
 * for the weeks of Nudo et al. 1996 and the 12 weeks of Frost et al. 2003).
 *
 * @param lesionFraction share of the M1 hand sites removed, in [0, 1)
 * @param rehabilitation whether the hand is trained after the lesion
 * @param baselineMs use before the lesion (ms), &gt;= 0 and finite
 * @param recoveryMs use after the lesion (ms), &gt; 0 and finite
 * @param boutMs duration of one use bout (ms), &gt; 0 and finite
 * @param restMs silence after each bout (ms), &gt;= 0 and finite
 * @param useRateHz afferent rate of the used effector (Hz), &gt; 0 and finite
 * @param commandHz motor command to the used effector unit (Hz, external input), &gt;= 0 and finite
 * @param outputEta Hebbian rate \( \eta \) of the output weights at the reference spacing (weight
 *     units per Hz² per ms), &gt; 0 and finite
 * @param outputTauMs Hebbian decay time constant \( 1/\gamma \) of the output weights (ms), &gt; 0
 *     and finite
 * @param blurSigmaMm spread of the initial afferent and output weights around a site's own effector
 *     band (mm), &gt; 0 and finite
 * @param rehabHandFactor hand use share after the lesion with rehabilitation, relative to baseline,
 *     &gt; 0 and finite
 * @param nonUse learned non-use \( \kappa \): without rehabilitation the hand use share is \( 1 -
 *     \kappa D \) times baseline for a hand deficit {@code D}, in [0, 1]
 * @param premotorRecruitment PMv recruitment gain \( c \): in hand bouts after the lesion the PMv
 *     hand afferent rate and motor command are \( 1 + c D \) times baseline, &gt;= 0 and finite
 */
public record StrokeParameters(
        double lesionFraction,
        boolean rehabilitation,
        double baselineMs,
        double recoveryMs,
        double boutMs,
        double restMs,
        double useRateHz,
        double commandHz,
        double outputEta,
        double outputTauMs,
        double blurSigmaMm,
        double rehabHandFactor,
        double nonUse,
        double premotorRecruitment) {
    /** Validates every field (NaN and infinities refused). */
    public StrokeParameters {
        if (!(lesionFraction >= 0 && lesionFraction < 1)) {
            throw new IllegalArgumentException(
                    "lesionFraction must be in [0, 1) (share of hand sites): " + lesionFraction);
        }
        Args.nonNegative("baselineMs", baselineMs, "ms");
        Args.positive("recoveryMs", recoveryMs, "ms");
        Args.positive("boutMs", boutMs, "ms");
        Args.nonNegative("restMs", restMs, "ms");
        Args.positive("useRateHz", useRateHz, "Hz");
        Args.nonNegative("commandHz", commandHz, "Hz");
        Args.positive("outputEta", outputEta, "weight units per Hz^2 per ms");
        Args.positive("outputTauMs", outputTauMs, "ms");
        Args.positive("blurSigmaMm", blurSigmaMm, "mm");
        Args.positive("rehabHandFactor", rehabHandFactor, "relative use");
        if (!(nonUse >= 0 && nonUse <= 1)) {
            throw new IllegalArgumentException(
                    "nonUse must be in [0, 1] (share of the deficit not used): " + nonUse);
        }
        Args.nonNegative("premotorRecruitment", premotorRecruitment, "per unit deficit");
    }

    /**
     * Defaults (ours): lesion of 40 % of the hand sites, no rehabilitation, 12 s of baseline and 16
     * s of recovery use in bouts of 100 ms (20 Hz afferent, 20 Hz command) with 30 ms rests; output
     * Hebbian \( \eta = 2.5 \cdot 10^{-8} \) per Hz² per ms with a 4 s decay time constant
     * (equilibrium output weights of order 0.01, the scale of the initial ones); weight blur 0.75
     * mm; hand use doubled with rehabilitation; learned non-use \( \kappa = 0.5 \); PMv recruitment
     * \( c = 2 \).
     *
     * @return the parameters
     */
    public static StrokeParameters defaults() {
        return new StrokeParameters(
                0.4, false, 12_000, 16_000, 100, 30, 20, 20, 2.5e-8, 4000, 0.75, 2.0, 0.5, 2.0);
    }

    /** A copy with another lesion fraction. */
    public StrokeParameters withLesionFraction(double value) {
        return new StrokeParameters(
                value,
                rehabilitation,
                baselineMs,
                recoveryMs,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                outputEta,
                outputTauMs,
                blurSigmaMm,
                rehabHandFactor,
                nonUse,
                premotorRecruitment);
    }

    /** A copy with or without rehabilitation. */
    public StrokeParameters withRehabilitation(boolean value) {
        return new StrokeParameters(
                lesionFraction,
                value,
                baselineMs,
                recoveryMs,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                outputEta,
                outputTauMs,
                blurSigmaMm,
                rehabHandFactor,
                nonUse,
                premotorRecruitment);
    }

    /** A copy with other baseline and recovery durations (ms). */
    public StrokeParameters withDurationsMs(double baseline, double recovery) {
        return new StrokeParameters(
                lesionFraction,
                rehabilitation,
                baseline,
                recovery,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                outputEta,
                outputTauMs,
                blurSigmaMm,
                rehabHandFactor,
                nonUse,
                premotorRecruitment);
    }

    /** A copy with another PMv recruitment gain. */
    public StrokeParameters withPremotorRecruitment(double value) {
        return new StrokeParameters(
                lesionFraction,
                rehabilitation,
                baselineMs,
                recoveryMs,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                outputEta,
                outputTauMs,
                blurSigmaMm,
                rehabHandFactor,
                nonUse,
                value);
    }
}
