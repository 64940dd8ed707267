package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class RewardBaselineTest {
    /** Constant reward r from a zero average: delta_k = r (1 - beta)^k (closed form). */
    @Test
    void errorDecaysGeometrically() {
        RewardBaseline b = RewardBaseline.of(BaselineParameters.defaults());
        for (int k = 0; k < 50; k++) {
            Tolerance.relative(1e-12).check("delta_" + k, 2.0 * Math.pow(0.9, k), b.outcome(2.0));
        }
    }

    /** After a reward is expected, omission gives a negative error of minus the average. */
    @Test
    void omissionIsNegative() {
        RewardBaseline b = RewardBaseline.of(new BaselineParameters(0.5, 1.0));
        assertEquals(0.0, b.outcome(1.0));
        assertEquals(-1.0, b.outcome(0.0));
        assertEquals(0.5, b.average());
    }

    @Test
    void invalidParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BaselineParameters(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BaselineParameters(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new BaselineParameters(1.5, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BaselineParameters(0.1, Double.POSITIVE_INFINITY));
        RewardBaseline b = RewardBaseline.of(BaselineParameters.defaults());
        assertThrows(IllegalArgumentException.class, () -> b.outcome(Double.NaN));
    }

    /**
     * In a simulation, outcomes every 100 ms release (r - rbar) k into dopamine; the released
     * amount decays with the modulator's tau: after the first outcome (r = 1, rbar = 0) at the end
     * of the step at 100 ms, the concentration at 150 ms is k exp(-50/tau).
     */
    @Test
    void hookReleasesError() {
        RewardBaseline b = RewardBaseline.of(BaselineParameters.defaults());
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(1).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.0, 200.0));
            RpeHook hook =
                    RpeHook.baseline(
                            b,
                            ctx ->
                                    ctx.step() > 0 && ctx.endTimeMs() % 100.0 == 0
                                            ? 1.0
                                            : Double.NaN,
                            DopamineRelease.of(da, 0.5));
            sim.addPhaseHook(Simulation.Phase.AFTER_PLASTICITY, "rpe", hook);
            sim.run(150.0);
            Tolerance.relative(1e-12)
                    .check(
                            "dopamine (µM)",
                            0.5 * Math.exp(-50.0 / 200.0),
                            da.concentrationMicroMolar());
            assertEquals(1.0, hook.lastDelta());
            assertEquals(100.0, hook.lastDeltaTimeMs());
            Tolerance.relative(1e-12).check("average", 0.1, b.average());
        }
    }
}
