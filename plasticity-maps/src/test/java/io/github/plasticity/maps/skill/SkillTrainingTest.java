package io.github.plasticity.maps.skill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.learning.MapLearning;
import org.junit.jupiter.api.Test;

/**
 * {@link SkillTraining} on a small schedule (2 days of 20 movements, 16 x 4 sheet, seed 3): the
 * protocol's invariants. The full skill-versus-repetition outcome is checked by the {@code
 * skill-vs-repetition} experiment's test.
 */
class SkillTrainingTest {
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(16, 4, 0.25);
    private static final BodyModel BODY = MapLearning.forelimb();
    private static final SkillParameters P = SkillParameters.defaults().withSchedule(2, 20, 1);

    @Test
    void repetitionIsYokedAndItsPredictionErrorVanishes() {
        int[] executed;
        try (SkillTraining s = SkillTraining.skill(SHEET, BODY, P, 3)) {
            s.session();
            s.rest();
            s.session();
            executed = s.executedEffectors();
        }
        assertEquals(40, executed.length);
        try (SkillTraining r = SkillTraining.repetition(SHEET, BODY, P, 4, executed)) {
            assertEquals(1.0, r.session(), 0.0);
            r.rest();
            r.session();
            // same movements, movement by movement
            assertArrayEquals(executed, r.executedEffectors());
            // every movement rewarded: delta_n = (1 - beta)^n after n movements from a 0 baseline
            // (closed form of the running average), (0.9)^39 = 0.0165 at the last movement
            assertEquals(Math.pow(0.9, 39), r.lastPredictionError(), 1e-9);
        }
    }

    @Test
    void facilitationDecaysAtItsTimeConstantDuringRest() {
        try (SkillTraining s = SkillTraining.skill(SHEET, BODY, P, 3)) {
            s.session();
            float[] before = s.facilitation().weightsCopy();
            s.rest();
            float[] after = s.facilitation().weightsCopy();
            int k = argmax(before);
            assertTrue(before[k] > 0, "facilitation built up during the session");
            // no activity during rest (after the first few ms): w(t) = w0 (1 - dt/tau)^(t/dt);
            // 3 s at tau = 0.5 s, dt = 2 ms gives 0.996^1500 = 0.00244; 5 % relative tolerance
            // for the decaying activity of the first steps and float rounding
            double steps = P.restBetweenSessionsMs() / SkillTraining.DT_MS;
            double expected = Math.pow(1 - SkillTraining.DT_MS / P.facilitationTauMs(), steps);
            assertEquals(expected, after[k] / before[k], 0.05 * expected);
        }
    }

    @Test
    void readOutsLeaveTheNetworkUnchanged() {
        try (SkillTraining s = SkillTraining.skill(SHEET, BODY, P, 3)) {
            s.session();
            float[] out = s.network().output().weightsCopy();
            float[] cue = s.cueWeights().weightsCopy();
            float[] fac = s.facilitation().weightsCopy();
            double t = s.timeMs();
            s.icms(IcmsParameters.nudo1996());
            double perf = s.performance();
            assertTrue(perf >= 0 && perf <= 1, "performance is a probability: " + perf);
            assertArrayEquals(out, s.network().output().weightsCopy());
            assertArrayEquals(cue, s.cueWeights().weightsCopy());
            assertArrayEquals(fac, s.facilitation().weightsCopy());
            assertEquals(t, s.timeMs(), 0.0);
        }
    }

    @Test
    void withoutAcetylcholineNothingIsLearned() {
        // SCIENCE.md C5.4 (Conner et al. 2003, 2010): the gate multiplies every rule's rate by
        // [ACh] / 1 uM, so at 0 the cue, output and facilitation weights stay exactly as built
        // while at 1 uM the same sessions change them
        float[] out0;
        float[] cue0;
        float[] outAch;
        float[] cueAch;
        try (SkillTraining s = SkillTraining.skill(SHEET, BODY, P.withAchMicroMolar(0.0), 3)) {
            float[] out = s.network().output().weightsCopy();
            float[] cue = s.cueWeights().weightsCopy();
            s.session();
            s.rest();
            s.session();
            out0 = s.network().output().weightsCopy();
            cue0 = s.cueWeights().weightsCopy();
            assertArrayEquals(out, out0);
            assertArrayEquals(cue, cue0);
            for (float f : s.facilitation().weightsCopy()) {
                assertEquals(0.0f, f);
            }
        }
        try (SkillTraining s = SkillTraining.skill(SHEET, BODY, P, 3)) {
            s.session();
            s.rest();
            s.session();
            outAch = s.network().output().weightsCopy();
            cueAch = s.cueWeights().weightsCopy();
        }
        assertTrue(!java.util.Arrays.equals(out0, outAch), "output weights learn with ACh");
        assertTrue(!java.util.Arrays.equals(cue0, cueAch), "cue weights learn with ACh");
    }

    @Test
    void parametersRejectInvalidValues() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> P.withSchedule(0, 20, 1));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> P.withAchMicroMolar(Double.NaN));
    }

    private static int argmax(float[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[k]) {
                k = i;
            }
        }
        return k;
    }
}
