package io.github.plasticity.maps.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.consolidation.MotorConsolidation.Arm;
import io.github.plasticity.maps.consolidation.MotorConsolidation.Result;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The consolidation protocol with its defaults. The model has no random input, so every arm is
 * deterministic: one run per arm (seed 1), and {@link #seedOnlyNamesTheRun} checks that another
 * seed gives the same numbers. Thresholds are ours, set with margins around the measured values (in
 * brackets) so that they test the claims, not the last digit: within-session improvement kept under
 * NMDA block, next-day retention lost under NMDA block and under shuttle block, retained in control
 * and with lactate.
 */
class MotorConsolidationTest {
    private static final MotorConsolidation P = MotorConsolidation.defaults();
    private static Result control;
    private static Result nmda;
    private static Result shuttle;

    @BeforeAll
    static void run() {
        control = P.run(Arm.control(), 1);
        nmda = P.run(Arm.nmdaBlockedDuringTraining(), 1);
        shuttle = P.run(Arm.shuttleBlocked(), 1);
    }

    /** Control: improvement >= 0.5 [0.70] and retention >= 0.4 [0.52] (captured fraction 2/3). */
    @Test
    void controlImprovesAndRetains() {
        assertTrue(control.improvement() >= 0.5, "improvement " + control.improvement());
        assertTrue(control.retention() >= 0.4, "retention " + control.retention());
        assertTrue(control.lastingChange() > 0, "lasting change " + control.lastingChange());
    }

    /**
     * NMDA block during training: M1 does not change, so the improvement is the fast process's
     * asymptote B_f/(1 - A_f + B_f) = 3/11 (closed form, SCIENCE.md 6.3; after 60 trials the
     * transient is (A_f - B_f)^60 ~ 1e-3 of it), at least a third of control's [0.39]; next-day
     * retention <= 0.05 [-0.006].
     */
    @Test
    void nmdaBlockKeepsFastImprovementAndLosesRetention() {
        Tolerance.absolute(0.01).check("fast-only improvement", 3.0 / 11.0, nmda.improvement());
        assertTrue(
                nmda.improvement() >= control.improvement() / 3,
                nmda.improvement() + " vs control " + control.improvement());
        assertTrue(Math.abs(nmda.retention()) <= 0.05, "retention " + nmda.retention());
        Tolerance.absolute(1e-6).check("no lasting change", 0.0, nmda.lastingChange());
        // Day 2 without block: relearns like naive learners (Muellbacher et al. 2002: subsequent
        // learning unaffected); the weights are back at their initial values up to the float
        // rounding of the decayed early component [measured 0.0015]
        double d = MotorConsolidation.relearningDeviation(nmda, control);
        assertTrue(d < 0.01, "day-2 curve vs naive: " + d);
    }

    /**
     * Shuttle blocked: the M1 rule does not read ATP, so the session is identical to control (to
     * round-off); retention <= 0.05 [0.015] and no lasting change.
     */
    @Test
    void shuttleBlockLosesRetentionOnly() {
        Tolerance.absolute(1e-9)
                .check("same improvement", control.improvement(), shuttle.improvement());
        assertTrue(shuttle.retention() <= 0.05, "retention " + shuttle.retention());
        assertTrue(shuttle.lastingChange() <= 1e-6, "lasting " + shuttle.lastingChange());
    }

    /**
     * Suzuki et al. 2011: lactate rescues (retention >= 0.8 of control [1.00]), equicaloric glucose
     * does not (<= 0.05 [0.015]).
     */
    @Test
    void lactateRescuesGlucoseDoesNot() {
        Result lactate = P.run(Arm.shuttleBlockedWithLactate(0.3), 1);
        Result glucose = P.run(Arm.shuttleBlockedWithGlucose(0.3 * 14.5 / 31.0), 1);
        assertTrue(
                lactate.retention() >= 0.8 * control.retention(),
                lactate.retention() + " vs control " + control.retention());
        assertTrue(glucose.retention() <= 0.05, "glucose " + glucose.retention());
    }

    /**
     * The claims are not tuned to the rate factor: with half and twice the calcium rule's learning
     * rate [measured: control improvement 0.57 and 0.79, retention 0.45 and 0.56; shuttle-blocked
     * retention 0.012 and 0.016] control still retains >= 0.3 and the shuttle block <= 0.05, and
     * the NMDA-blocked improvement (3/11, independent of the rate) stays >= a third of control's.
     */
    @Test
    void claimsHoldForHalfAndDoubleLearningRate() {
        for (double f : new double[] {0.5, 2.0}) {
            MotorConsolidation p = P.withRateFactor(P.rateFactor() * f);
            Result c = p.run(Arm.control(), 1);
            Result s = p.run(Arm.shuttleBlocked(), 1);
            assertTrue(c.retention() >= 0.3, f + ": control retention " + c.retention());
            assertTrue(s.retention() <= 0.05, f + ": shuttle retention " + s.retention());
            assertTrue(
                    nmda.improvement() >= c.improvement() / 3,
                    f + ": control improvement " + c.improvement());
        }
    }

    @Test
    void seedOnlyNamesTheRun() {
        Result other = P.withTrials(10, 0).withNightMs(20_000).run(Arm.control(), 99);
        Result same = P.withTrials(10, 0).withNightMs(20_000).run(Arm.control(), 1);
        assertEquals(same.testErrorHz(), other.testErrorHz());
        assertEquals(same.timeS().length, other.timeS().length);
    }

    @Test
    void phasesAndPerformanceStartAtOne() {
        assertEquals(1.0, control.performance()[0]);
        assertEquals(0.0, control.phase()[0]);
        assertEquals(2.0, control.phase()[control.phase().length - 1]);
        // 1 pre-test + 60 trials + post-test + 30 break samples + test + 20 day-2 trials
        assertEquals(1 + 60 + 1 + 30 + 1 + 20, control.timeS().length);
    }

    @Test
    void refusesBadParameters() {
        MotorConsolidation d = P;
        expect(
                "weightScale",
                () ->
                        new MotorConsolidation(
                                d.sheet(),
                                d.network(),
                                d.calcium(),
                                -1,
                                d.rateFactor(),
                                d.initialEfficacy(),
                                d.afferentWeight(),
                                d.cueHz(),
                                d.targetHz(),
                                d.trialMs(),
                                d.itiMs(),
                                d.sessionTrials(),
                                d.nightMs(),
                                d.backgroundHz(),
                                d.day2Trials(),
                                d.fast(),
                                d.consolidation(),
                                d.atpThresholdMilliMolar(),
                                d.releasesPerTransmission(),
                                d.shuttle()));
        expect(
                "cueHz",
                () ->
                        new MotorConsolidation(
                                d.sheet(),
                                d.network(),
                                d.calcium(),
                                d.weightScale(),
                                d.rateFactor(),
                                d.initialEfficacy(),
                                d.afferentWeight(),
                                Double.NaN,
                                d.targetHz(),
                                d.trialMs(),
                                d.itiMs(),
                                d.sessionTrials(),
                                d.nightMs(),
                                d.backgroundHz(),
                                d.day2Trials(),
                                d.fast(),
                                d.consolidation(),
                                d.atpThresholdMilliMolar(),
                                d.releasesPerTransmission(),
                                d.shuttle()));
        expect(
                "targetHz[1]",
                () ->
                        new MotorConsolidation(
                                d.sheet(),
                                d.network(),
                                d.calcium(),
                                d.weightScale(),
                                d.rateFactor(),
                                d.initialEfficacy(),
                                d.afferentWeight(),
                                d.cueHz(),
                                new double[] {1, -1},
                                d.trialMs(),
                                d.itiMs(),
                                d.sessionTrials(),
                                d.nightMs(),
                                d.backgroundHz(),
                                d.day2Trials(),
                                d.fast(),
                                d.consolidation(),
                                d.atpThresholdMilliMolar(),
                                d.releasesPerTransmission(),
                                d.shuttle()));
        expect(
                "initialEfficacy",
                () ->
                        new MotorConsolidation(
                                d.sheet(),
                                d.network(),
                                d.calcium(),
                                d.weightScale(),
                                d.rateFactor(),
                                1.5,
                                d.afferentWeight(),
                                d.cueHz(),
                                d.targetHz(),
                                d.trialMs(),
                                d.itiMs(),
                                d.sessionTrials(),
                                d.nightMs(),
                                d.backgroundHz(),
                                d.day2Trials(),
                                d.fast(),
                                d.consolidation(),
                                d.atpThresholdMilliMolar(),
                                d.releasesPerTransmission(),
                                d.shuttle()));
        expect("sessionTrials", () -> P.withTrials(0, 1));
        expect("nightMs", () -> P.withNightMs(Double.POSITIVE_INFINITY));
        expect("trainingNmdaFraction", () -> new Arm("x", 1.5, Arm.control().shuttle(), false));
        // a target for three effectors does not fit the two-effector body
        MotorConsolidation three =
                new MotorConsolidation(
                        d.sheet(),
                        d.network(),
                        d.calcium(),
                        d.weightScale(),
                        d.rateFactor(),
                        d.initialEfficacy(),
                        d.afferentWeight(),
                        d.cueHz(),
                        new double[] {1, 2, 3},
                        d.trialMs(),
                        d.itiMs(),
                        d.sessionTrials(),
                        d.nightMs(),
                        d.backgroundHz(),
                        d.day2Trials(),
                        d.fast(),
                        d.consolidation(),
                        d.atpThresholdMilliMolar(),
                        d.releasesPerTransmission(),
                        d.shuttle());
        expect("targetHz", () -> three.run(Arm.control(), 1));
    }

    private static void expect(String name, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e::run);
        assertTrue(ex.getMessage().contains(name), ex.getMessage());
    }

    /** A call that should throw. */
    @FunctionalInterface
    private interface Executable {
        void run();
    }
}
