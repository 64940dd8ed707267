package io.github.plasticity.maps.pathology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.rules.BcmParameters;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class PathologyTest {
    @Test
    void loopConvergesToClosedForm() {
        // SCIENCE.md C10.1: x -> u/(1-g); g = 0.5 -> 2u, g = 0.9 -> 10u (closed form
        // u(1-g^n)/(1-g))
        Tolerance.absolute(1e-12)
                .check("g=0.5", 2.0 * 3, SensorimotorLoop.iterate(0.5, 3, 200)[200]);
        Tolerance.absolute(1e-9).check("g=0.9", 10.0, SensorimotorLoop.iterate(0.9, 1, 400)[400]);
        Tolerance.relative(1e-12)
                .check(
                        "closed form vs iteration",
                        SensorimotorLoop.output(0.7, 2, 17),
                        SensorimotorLoop.iterate(0.7, 2, 17)[17]);
        assertEquals(25.0, SensorimotorLoop.output(1.0, 1, 25));
        assertEquals(Double.POSITIVE_INFINITY, SensorimotorLoop.steadyOutput(1.0, 1));
        Tolerance.absolute(1e-12).check("steady", 10.0, SensorimotorLoop.steadyOutput(0.9, 1));
        assertEquals(1.0, SensorimotorLoop.gainFromArea(2, 1, 0.5));
        assertThrows(
                IllegalArgumentException.class,
                () -> SensorimotorLoop.gainFromArea(Double.NaN, 1, 0.5));
    }

    @Test
    void slidingThresholdReversesTheTestResponseAndFixedDoesNot() {
        // SCIENCE.md C10.4; derived: conditioning at 40 Hz moves theta towards 40^2/10 = 160 Hz,
        // above the 20 Hz test rate (LTD); without conditioning theta ~ 10-13 Hz < 20 Hz (LTP).
        BcmParameters sliding = BcmParameters.defaults().withEta(1e-10);
        assertTrue(BcmMetaplasticity.testResponse(sliding, 10, 0, 0, 20, 100) > 0);
        assertTrue(BcmMetaplasticity.testResponse(sliding, 10, 40, 3000, 20, 100) < 0);
        BcmParameters fixed = sliding.withSlidingThreshold(false);
        double naive = BcmMetaplasticity.testResponse(fixed, 10, 0, 0, 20, 100);
        double conditioned = BcmMetaplasticity.testResponse(fixed, 10, 40, 3000, 20, 100);
        assertTrue(naive > 0);
        // the fixed-threshold response depends only on the (nearly unchanged) weight: within 5 %
        Tolerance.relative(0.05).check("fixed threshold, conditioned vs naive", naive, conditioned);
    }

    @Test
    void untrainedHandMapIsSegregatedWithReferenceGain() {
        CorticalSheet sheet = CorticalSheet.rectangle(10, 4, 0.25);
        DystoniaTraining.Outcome o =
                DystoniaTraining.run(
                        sheet,
                        MapNetworkParameters.defaults(),
                        DystoniaParameters.healthy().withTrials(1),
                        1,
                        1);
        assertEquals(1.0, o.rfSize()[0]);
        assertEquals(0.0, o.meanDice()[0]);
        assertEquals(DystoniaTraining.REFERENCE_GAIN, o.loopGain()[0]);
        assertEquals(0.0, o.overflow()[0]);
        assertTrue(o.centroidDistanceMm()[0] > 0.25);
    }

    @Test
    void parametersRefuseNaN() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DystoniaParameters.healthy().withBcmEta(Double.NaN));
        assertThrows(
                IllegalArgumentException.class,
                () -> StrokeParameters.defaults().withLesionFraction(Double.NaN));
        assertThrows(
                IllegalArgumentException.class,
                () -> StrokeParameters.defaults().withLesionFraction(1.0));
    }
}
