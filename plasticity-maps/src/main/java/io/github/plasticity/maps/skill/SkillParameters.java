package io.github.plasticity.maps.skill;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.MapNetworkParameters;
import java.util.List;

/**
 * Parameters of {@link SkillTraining}: the map network, the sequence task, the training schedule,
 * and the plasticity (three-factor rule, reward baseline, dopamine, acetylcholine, use-dependent
 * facilitation). None of these values is from the literature (the map network has no published
 * parameter set); time is compressed as in {@link io.github.plasticity.maps.learning.MapLearning}:
 * a session of {@code movementsPerDay} movements and a rest of {@code restBetweenSessionsMs} stand
 * for one day of training.
 *
 * <p><b>Movement.</b> One movement is a planning window of {@code planMs} (the cue of the current
 * sequence position on at {@code cueRateHz}, afferents silent, no command), then an execution
 * window of {@code executeMs} (cue still on; the executed effector's afferent at {@code useRateHz}
 * and its command {@code commandHz}), then the outcome, then {@code interMovementMs} with all
 * inputs off. The choice is drawn from the softmax of the effector rates \( m_e \) at the end of
 * planning relative to the largest, \( P(e) \propto e^{\beta m_e / \max_f m_f} \) ({@code
 * choiceSharpness}), so exploration does not vanish as the weights grow.
 *
 * <p><b>Three-factor rule</b> on the cue weights (cue onto sites) and the output weights (sites
 * onto effectors): \( de/dt = -e/\tau_e + k\, r_{pre} r_{post} \), \( dw/dt = \eta\, g_{ACh}\,
 * [DA]\, e \), with \( [DA] \) the dopamine concentration (baseline 0, decay {@code dopamineTauMs})
 * released at the outcome as {@code dopamineGain} \( \cdot\, \delta \) with \( \delta = r - \bar r
 * \), \( \bar r \leftarrow \bar r + \beta \delta \). Because the concentration cannot fall below
 * its 0 baseline, a negative error releases nothing (bursts teach, dips do not).
 *
 * <p><b>Facilitation</b> (the transient, use-dependent part of the corticospinal efficacy, in both
 * groups): a rate Hebbian rule with decay, \( df/dt = g_{ACh} (\eta_f\, r_{post} r_{pre} -
 * f/\tau_f) \), on a projection parallel to the output weights, bounded by {@code facilitationMax}.
 *
 * @param network the map network (its encoding gains set the baseline afferent and output weights)
 * @param layoutBlurMm width \( \sigma \) of the Gaussian that blurs the orderly layout before it is
 *     written into the network (mm; 0 for none): neighbouring representations overlap at their
 *     borders, as corticospinal arbors do
 * @param sequence names of the effectors to produce at each position of the sequence, at least 1;
 *     copied
 * @param days training days, &gt;= 1
 * @param movementsPerDay movements per session, &gt;= 1
 * @param retentionDays days without training after the last session, &gt;= 0
 * @param planMs planning window (ms), &gt; 0 and finite
 * @param executeMs execution window (ms), &gt; 0 and finite
 * @param interMovementMs pause after the outcome (ms), &gt;= 0 and finite
 * @param restBetweenSessionsMs model time standing for the rest of a day (ms), &gt;= 0 and finite
 * @param cueRateHz rate of the active cue unit (Hz), &gt;= 0 and finite
 * @param useRateHz afferent rate of the executed effector (Hz), &gt;= 0 and finite
 * @param commandHz command to the executed effector unit (Hz), &gt;= 0 and finite
 * @param cueInitialMax initial cue weights are uniform in [0, cueInitialMax) (weight units), &gt;=
 *     0 and finite
 * @param cueMax upper bound of the cue weights (weight units), &gt; 0 and finite
 * @param outputMax upper bound of the output weights (weight units), &gt; 0 and finite
 * @param eligibilityGain \( k \) (eligibility units per Hz² per ms), &gt;= 0 and finite
 * @param tauEligibilityMs \( \tau_e \) (ms), &gt; 0 and finite
 * @param cueEta \( \eta \) of the cue weights (weight units per eligibility per µM per ms), &gt;= 0
 *     and finite
 * @param outputEta \( \eta \) of the output weights (same units), &gt;= 0 and finite
 * @param dopamineTauMs decay of released dopamine (ms), &gt; 0 and finite
 * @param dopamineGain dopamine released per unit reward-prediction error (µM), &gt;= 0 and finite
 * @param baselineBeta \( \beta \) of the reward baseline, in (0, 1]
 * @param choiceSharpness \( \beta \) of the softmax choice (dimensionless), &gt; 0 and finite
 * @param facilitationEta \( \eta_f \) (weight units per Hz² per ms), &gt;= 0 and finite
 * @param facilitationTauMs \( \tau_f \) (ms), &gt; 0 and finite
 * @param facilitationMax upper bound of the facilitation (weight units), &gt; 0 and finite
 * @param achMicroMolar acetylcholine concentration during training (µM; the gate is 1 at 1 µM),
 *     &gt;= 0 and finite
 */
public record SkillParameters(
        MapNetworkParameters network,
        double layoutBlurMm,
        List<String> sequence,
        int days,
        int movementsPerDay,
        int retentionDays,
        double planMs,
        double executeMs,
        double interMovementMs,
        double restBetweenSessionsMs,
        double cueRateHz,
        double useRateHz,
        double commandHz,
        double cueInitialMax,
        double cueMax,
        double outputMax,
        double eligibilityGain,
        double tauEligibilityMs,
        double cueEta,
        double outputEta,
        double dopamineTauMs,
        double dopamineGain,
        double baselineBeta,
        double choiceSharpness,
        double facilitationEta,
        double facilitationTauMs,
        double facilitationMax,
        double achMicroMolar) {
    /** Validates every field (NaN and infinities refused). */
    public SkillParameters {
        Args.notNull("network", network);
        Args.nonNegative("layoutBlurMm", layoutBlurMm, "mm");
        sequence = List.copyOf(Args.notNull("sequence", sequence));
        if (sequence.isEmpty()) {
            throw new IllegalArgumentException("sequence must not be empty");
        }
        Args.atLeast("days", days, 1);
        Args.atLeast("movementsPerDay", movementsPerDay, 1);
        Args.atLeast("retentionDays", retentionDays, 0);
        Args.positive("planMs", planMs, "ms");
        Args.positive("executeMs", executeMs, "ms");
        Args.nonNegative("interMovementMs", interMovementMs, "ms");
        Args.nonNegative("restBetweenSessionsMs", restBetweenSessionsMs, "ms");
        Args.nonNegative("cueRateHz", cueRateHz, "Hz");
        Args.nonNegative("useRateHz", useRateHz, "Hz");
        Args.nonNegative("commandHz", commandHz, "Hz");
        Args.nonNegative("cueInitialMax", cueInitialMax, "weight units");
        Args.positive("cueMax", cueMax, "weight units");
        Args.positive("outputMax", outputMax, "weight units");
        Args.nonNegative("eligibilityGain", eligibilityGain, "eligibility units per Hz^2 per ms");
        Args.positive("tauEligibilityMs", tauEligibilityMs, "ms");
        Args.nonNegative("cueEta", cueEta, "weight units per eligibility per µM per ms");
        Args.nonNegative("outputEta", outputEta, "weight units per eligibility per µM per ms");
        Args.positive("dopamineTauMs", dopamineTauMs, "ms");
        Args.nonNegative("dopamineGain", dopamineGain, "µM per reward unit");
        if (!(baselineBeta > 0 && baselineBeta <= 1)) {
            throw new IllegalArgumentException(
                    "baselineBeta must be in (0, 1] (dimensionless): " + baselineBeta);
        }
        Args.positive("temperatureHz", choiceSharpness, "Hz");
        Args.nonNegative("facilitationEta", facilitationEta, "weight units per Hz^2 per ms");
        Args.positive("facilitationTauMs", facilitationTauMs, "ms");
        Args.positive("facilitationMax", facilitationMax, "weight units");
        Args.nonNegative("achMicroMolar", achMicroMolar, "µM");
    }

    /**
     * Our defaults (no literature set): {@link MapNetworkParameters#defaults()} (encoding gains 1);
     * the sequence digits, thumb, digits, thumb on the forelimb of {@link
     * io.github.plasticity.maps.learning.MapLearning#forelimb()}; 10 days of 60 movements (Kleim et
     * al. 2004 trained for 3, 7 and 10 days), 4 retention days; planning 20 ms, execution 80 ms,
     * pause 100 ms, 3 s of rest per day; cue, use and command rates 20 Hz; cue weights from [0,
     * 0.1), bound 1; output bound 1.3; \( k = 10^{-4} \), \( \tau_e \) = 20 ms, \( \eta_{cue} = 5
     * \times 10^{-4} \), \( \eta_{out} = 10^{-4} \); dopamine 1 µM per unit error decaying with 100
     * ms; \( \beta = 0.1 \); choice sharpness 5; facilitation \( \eta_f = 10^{-7} \), \( \tau_f \)
     * = 0.5 s (Classen et al. 1998: back to baseline within a small fraction of a day), bound 1;
     * acetylcholine 1 µM.
     *
     * @return the parameters
     */
    public static SkillParameters defaults() {
        return new SkillParameters(
                MapNetworkParameters.defaults(),
                0.25,
                List.of("digits", "elbow", "digits", "elbow"),
                10,
                60,
                4,
                20.0,
                80.0,
                100.0,
                3000.0,
                20.0,
                20.0,
                20.0,
                0.1,
                1.0,
                1.3,
                1e-4,
                20.0,
                5e-4,
                1e-4,
                100.0,
                1.0,
                0.1,
                5.0,
                1e-7,
                500.0,
                1.0,
                1.0);
    }

    /** A copy with another schedule (days, movements per session, retention days). */
    public SkillParameters withSchedule(int newDays, int newMovementsPerDay, int newRetention) {
        return new SkillParameters(
                network,
                layoutBlurMm,
                sequence,
                newDays,
                newMovementsPerDay,
                newRetention,
                planMs,
                executeMs,
                interMovementMs,
                restBetweenSessionsMs,
                cueRateHz,
                useRateHz,
                commandHz,
                cueInitialMax,
                cueMax,
                outputMax,
                eligibilityGain,
                tauEligibilityMs,
                cueEta,
                outputEta,
                dopamineTauMs,
                dopamineGain,
                baselineBeta,
                choiceSharpness,
                facilitationEta,
                facilitationTauMs,
                facilitationMax,
                achMicroMolar);
    }

    /** A copy with other learning rates of the cue and output weights. */
    public SkillParameters withEta(double newCueEta, double newOutputEta) {
        return new SkillParameters(
                network,
                layoutBlurMm,
                sequence,
                days,
                movementsPerDay,
                retentionDays,
                planMs,
                executeMs,
                interMovementMs,
                restBetweenSessionsMs,
                cueRateHz,
                useRateHz,
                commandHz,
                cueInitialMax,
                cueMax,
                outputMax,
                eligibilityGain,
                tauEligibilityMs,
                newCueEta,
                newOutputEta,
                dopamineTauMs,
                dopamineGain,
                baselineBeta,
                choiceSharpness,
                facilitationEta,
                facilitationTauMs,
                facilitationMax,
                achMicroMolar);
    }

    /**
     * A copy with another facilitation rate and time constant (weight units per Hz² per ms, ms).
     */
    public SkillParameters withFacilitation(double eta, double tauMs) {
        return new SkillParameters(
                network,
                layoutBlurMm,
                sequence,
                days,
                movementsPerDay,
                retentionDays,
                planMs,
                executeMs,
                interMovementMs,
                restBetweenSessionsMs,
                cueRateHz,
                useRateHz,
                commandHz,
                cueInitialMax,
                cueMax,
                outputMax,
                eligibilityGain,
                tauEligibilityMs,
                cueEta,
                outputEta,
                dopamineTauMs,
                dopamineGain,
                baselineBeta,
                choiceSharpness,
                eta,
                tauMs,
                facilitationMax,
                achMicroMolar);
    }

    /** A copy with another acetylcholine level (µM). */
    public SkillParameters withAchMicroMolar(double value) {
        return new SkillParameters(
                network,
                layoutBlurMm,
                sequence,
                days,
                movementsPerDay,
                retentionDays,
                planMs,
                executeMs,
                interMovementMs,
                restBetweenSessionsMs,
                cueRateHz,
                useRateHz,
                commandHz,
                cueInitialMax,
                cueMax,
                outputMax,
                eligibilityGain,
                tauEligibilityMs,
                cueEta,
                outputEta,
                dopamineTauMs,
                dopamineGain,
                baselineBeta,
                choiceSharpness,
                facilitationEta,
                facilitationTauMs,
                facilitationMax,
                value);
    }
}
