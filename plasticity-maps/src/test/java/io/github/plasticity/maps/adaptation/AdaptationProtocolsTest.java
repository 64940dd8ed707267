package io.github.plasticity.maps.adaptation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The protocols of Smith, Ghazizadeh &amp; Shadmehr (2006) with their published parameters, and
 * with the single-state comparison model where it makes the difference.
 */
class AdaptationProtocolsTest {
    private static final TwoStateParameters SGS = TwoStateParameters.smithGhazizadehShadmehr2006();
    private static final TwoStateParameters SINGLE = TwoStateParameters.singleStateSmith2006();

    /**
     * SCIENCE.md 6.3: 400 trials f = +1, f = -1 until x <= 0, then error clamp: x rebounds above 0
     * and decays. Closed form of the clamp: x(k) = x_f0 A_f^(k-1) + x_s0 A_s^(k-1) from the state
     * (x_f0 < 0 < x_s0) at the clamp's start, maximal at k - 1 = ln(-x_f0 ln A_f / (x_s0 ln A_s)) /
     * ln(A_s / A_f) (38.3 here, so clamp trial 39). The single-state model cannot rebound.
     */
    @Test
    void spontaneousRecovery() {
        AdaptationProtocols.SpontaneousRecovery r =
                AdaptationProtocols.spontaneousRecovery(SGS, 400, 200);
        assertTrue(r.washoutTrials() > 0 && r.washoutTrials() < 50, "" + r.washoutTrials());
        Trajectory t = r.trajectory();
        assertEquals(400 + r.washoutTrials() + 200, t.trials());
        int clampStart = 400 + r.washoutTrials();
        double xf0 = t.fast()[clampStart];
        double xs0 = t.slow()[clampStart];
        assertTrue(xf0 < 0 && xs0 > 0 && xf0 + xs0 <= 0, xf0 + " " + xs0);
        assertTrue(r.reboundPeak() > 0.1, "rebound above zero: " + r.reboundPeak());
        assertTrue(r.clampEndOutput() < r.reboundPeak(), "and decays");
        double kStar =
                Math.log(-xf0 * Math.log(0.92) / (xs0 * Math.log(0.996))) / Math.log(0.996 / 0.92);
        int k = (int) Math.floor(kStar);
        double lo = xf0 * Math.pow(0.92, k) + xs0 * Math.pow(0.996, k);
        double hi = xf0 * Math.pow(0.92, k + 1) + xs0 * Math.pow(0.996, k + 1);
        int expectedTrial = (lo >= hi ? k : k + 1) + 1;
        assertEquals(39, expectedTrial);
        assertEquals(expectedTrial, r.reboundPeakTrial());
        Tolerance.relative(1e-12).check("rebound peak", Math.max(lo, hi), r.reboundPeak());
        Tolerance.relative(1e-12)
                .check("adapted output = x(401)", t.outputAt(401), r.adaptedOutput());

        AdaptationProtocols.SpontaneousRecovery s =
                AdaptationProtocols.spontaneousRecovery(SINGLE, 400, 200);
        assertTrue(s.reboundPeak() <= 0, "no rebound with a single state: " + s.reboundPeak());
    }

    /**
     * Savings (SCIENCE.md 6.3): naive x(10) = 0.206, x(30) = 0.331 (tolerance 1e-3); relearning
     * after 400 trials of training and washout to zero is faster at every trial although it starts
     * at (or just below) zero. The single-state model starts relearning from the same state as a
     * naive learner (x_s absent, x_f about 0), so it shows no savings.
     */
    @Test
    void savings() {
        AdaptationProtocols.Savings s = AdaptationProtocols.savings(SGS, 400, 60);
        Tolerance.absolute(1e-3).check("naive x(10)", 0.206, s.naiveAt(10));
        Tolerance.absolute(1e-3).check("naive x(30)", 0.331, s.naiveAt(30));
        assertTrue(s.relearningAt(1) <= 0);
        for (int n = 2; n <= 60; n++) {
            assertTrue(s.relearningAt(n) > s.naiveAt(n), "relearning faster at trial " + n);
        }
        int naive = AdaptationProtocols.firstTrialAtLeast(s.naive().output(), 0.3);
        int relearn = AdaptationProtocols.firstTrialAtLeast(s.relearning().output(), 0.3);
        assertTrue(relearn < naive, relearn + " vs " + naive + " trials to 0.3");

        AdaptationProtocols.Savings single = AdaptationProtocols.savings(SINGLE, 400, 60);
        assertTrue(single.relearningAt(30) <= single.naiveAt(30), "no savings for one state");
    }

    /**
     * Anterograde interference: after 400 trials of f = -1, learning f = +1 lags naive learning at
     * every trial and needs more trials to reach 0.3.
     */
    @Test
    void anterogradeInterference() {
        AdaptationProtocols.Interference r =
                AdaptationProtocols.anterogradeInterference(SGS, 400, 200);
        double[] naive = r.naive().output();
        double[] after = r.afterPrior().output();
        for (int k = 0; k < naive.length; k++) {
            assertTrue(after[k] < naive[k], "slower at trial " + (k + 1));
        }
        assertTrue(
                AdaptationProtocols.firstTrialAtLeast(after, 0.3)
                        > AdaptationProtocols.firstTrialAtLeast(naive, 0.3));
        assertTrue(r.prior().finalState().output() < -0.5);
    }

    /**
     * Rapid unlearning: 400 trials of adaptation are undone by the opposite perturbation in fewer
     * than a tenth as many trials (17 here), and faster than by the single-state model adapted to
     * almost the same level (0.565 vs 0.560; 30 trials), whose learning and unlearning share one
     * time constant.
     */
    @Test
    void rapidUnlearning() {
        AdaptationProtocols.RapidUnlearning two = AdaptationProtocols.rapidUnlearning(SGS, 400);
        AdaptationProtocols.RapidUnlearning one = AdaptationProtocols.rapidUnlearning(SINGLE, 400);
        assertEquals(400, two.learningTrials());
        assertTrue(two.unlearningTrials() * 10 < two.learningTrials(), "" + two.unlearningTrials());
        Tolerance.absolute(0.01)
                .check("matched adapted levels", one.adaptedOutput(), two.adaptedOutput());
        assertTrue(
                two.unlearningTrials() < one.unlearningTrials(),
                two.unlearningTrials() + " vs " + one.unlearningTrials());
    }

    /**
     * NMDA-block analogue (SCIENCE.md 6.3, a model mapping): B_s = 0 during a 200-trial session.
     * Within-session improvement is kept in part: the blocked output ends at the fast-only
     * asymptote 3/11 = 0.2727 (to 1e-3: 0.92^200 of the gap remains), about half of the control's.
     * Retention after 100 decay-only trials is abolished: closed form x_f A_f^100 = 0.2727 x
     * 0.92^100 = 6.5e-5, against x_f A_f^100 + x_s A_s^100 for the control (0.21).
     */
    @Test
    void slowProcessBlock() {
        AdaptationProtocols.SlowProcessBlock r =
                AdaptationProtocols.slowProcessBlock(SGS, 200, 100);
        Tolerance.absolute(1e-3).check("blocked end of session", 3.0 / 11, r.blockedEndOfSession());
        assertTrue(r.controlEndOfSession() > r.blockedEndOfSession());
        assertTrue(r.blockedEndOfSession() > 0.4 * r.controlEndOfSession());
        Trajectory blocked = r.blocked();
        double xf = blocked.fast()[200];
        assertEquals(0.0, blocked.slow()[200]);
        Tolerance.relative(1e-12)
                .check("blocked retention", xf * Math.pow(0.92, 100), r.blockedRetention());
        Trajectory control = r.control();
        double expected =
                control.fast()[200] * Math.pow(0.92, 100)
                        + control.slow()[200] * Math.pow(0.996, 100);
        Tolerance.relative(1e-12).check("control retention", expected, r.controlRetention());
        assertTrue(r.controlRetention() > 0.2);
        assertTrue(r.blockedRetention() < 1e-3 * r.controlRetention());
        assertEquals(300, control.trials());
        assertEquals(TrialType.SET_BREAK, control.types()[250]);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> AdaptationProtocols.savings(SGS, 0, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> AdaptationProtocols.spontaneousRecovery(SGS, 10, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> AdaptationProtocols.slowProcessBlock(SGS, 10, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> AdaptationProtocols.slowProcessBlock(null, 10, 1));
        assertEquals(-1, AdaptationProtocols.firstTrialAtLeast(new double[] {0, 0.1}, 0.5));
        assertEquals(2, AdaptationProtocols.firstTrialAtLeast(new double[] {0, 0.5}, 0.5));
    }
}
