package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TdCriticTest {
    /** One conditioning trial: cue (unpredictable onset), n states, reward at the end. */
    static double[] trial(TdCritic c, double reward) {
        int n = c.states();
        double cue = c.onset(0, 0.0);
        for (int k = 0; k < n - 1; k++) {
            c.step(k, 0.0, k + 1);
        }
        double atReward = c.terminal(n - 1, reward);
        return new double[] {cue, atReward};
    }

    /**
     * SCIENCE.md C5.3 (Schultz, Dayan &amp; Montague 1997): tabular TD(0), gamma 1, alpha 0.1, 500
     * trials: the error moves from the reward (first trial: 1 at reward, 0 at cue) to the cue (1.0
     * ± 0.01), the error at the reward falls below 0.01, and omitting the reward gives -1 (± 0.01).
     */
    @ParameterizedTest(name = "chain of {0} states")
    @ValueSource(ints = {1, 3, 5, 10, 20})
    void transferFromRewardToCueC53(int n) {
        TdCritic c = TdCritic.of(n, TdParameters.schultzDayanMontague1997());
        double[] first = trial(c, 1.0);
        assertEquals(0.0, first[0], "before learning the cue predicts nothing");
        assertEquals(1.0, first[1], "before learning the reward is fully unpredicted");
        double[] last = first;
        for (int t = 1; t < 500; t++) {
            last = trial(c, 1.0);
        }
        assertTrue(last[1] < 0.01, "delta at reward after 500 trials: " + last[1]);
        Tolerance.absolute(0.01).check("delta at cue after 500 trials", 1.0, last[0]);
        double[] omitted = trial(c, 0.0);
        Tolerance.absolute(0.01).check("delta at omitted reward", -1.0, omitted[1]);
    }

    /** TD(0) closed form for one state: V_k = 1 - (1 - alpha)^k, delta_k = (1 - alpha)^k. */
    @Test
    void singleStateClosedForm() {
        TdCritic c = TdCritic.of(1, new TdParameters(1.0, 0.25));
        for (int k = 0; k < 30; k++) {
            double d = c.terminal(0, 1.0);
            Tolerance.relative(1e-12).check("delta_" + k, Math.pow(0.75, k), d);
        }
        Tolerance.relative(1e-12).check("V", 1 - Math.pow(0.75, 30), c.value(0));
    }

    /** With gamma < 1 the fixed point of a chain of n is V(s_k) = gamma^(n-1-k). */
    @Test
    void discountedFixedPoint() {
        TdCritic c = TdCritic.of(4, new TdParameters(0.9, 0.5));
        for (int t = 0; t < 2000; t++) {
            trial(c, 1.0);
        }
        for (int k = 0; k < 4; k++) {
            Tolerance.absolute(1e-9).check("V(" + k + ")", Math.pow(0.9, 3 - k), c.value(k));
        }
    }

    @Test
    void invalidInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TdParameters(Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new TdParameters(1.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new TdParameters(1, -0.1));
        assertThrows(
                IllegalArgumentException.class,
                () -> TdCritic.of(0, TdParameters.schultzDayanMontague1997()));
        TdCritic c = TdCritic.of(2, TdParameters.schultzDayanMontague1997());
        assertThrows(IllegalArgumentException.class, () -> c.step(0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> c.step(0, Double.NaN, 1));
    }

    /**
     * The same chain inside a simulation through {@link RpeHook}: states last 100 ms, background
     * 500 ms between trials. The critic learns exactly as the pure Java loop, and the dopamine it
     * releases shows a burst at the cue and a dip below the tonic baseline at an omitted reward.
     */
    @Test
    void hookInSimulationMatchesPureJavaAndDrivesDopamine() {
        int n = 5;
        int trials = 500;
        double period = 500.0 + 100.0 * n;
        TdCritic reference = TdCritic.of(n, TdParameters.schultzDayanMontague1997());
        for (int t = 0; t < trials; t++) {
            trial(reference, 1.0);
        }
        TdCritic critic = TdCritic.of(n, TdParameters.schultzDayanMontague1997());
        boolean[] omit = new boolean[1];
        RpeHook.TdTask task =
                new RpeHook.TdTask() {
                    @Override
                    public int state(StepContext ctx) {
                        double phase = ctx.timeMs() % period;
                        return phase < 500.0 ? -1 : (int) ((phase - 500.0) / 100.0);
                    }

                    @Override
                    public double reward(StepContext ctx) {
                        double phase = ctx.timeMs() % period;
                        boolean end = ctx.timeMs() >= period && phase < ctx.dtMs() / 2;
                        return end && !omit[0] ? 1.0 : 0.0;
                    }
                };
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.2, 200.0));
            RpeHook hook = RpeHook.td(critic, task, DopamineRelease.of(da, 0.1));
            sim.addPhaseHook(Simulation.Phase.METABOLISM, "rpe", hook);
            // trials + the background of the next trial, so the last reward is delivered
            sim.run(trials * period + 1.0);
            assertArrayEquals(reference.valuesCopy(), critic.valuesCopy(), 0.0);
            // next cue at 500 ms into the trial; its release (at the end of that step) is seen
            // from the following step: about +0.1 µM above the 0.2 µM baseline
            sim.run(501.0);
            Tolerance.absolute(0.002)
                    .check("dopamine after the cue (µM)", 0.3, da.concentrationMicroMolar());
            Tolerance.absolute(0.01).check("delta at cue", 1.0, hook.lastDelta());
            sim.run(100.0 * n - 2.0);
            omit[0] = true;
            sim.run(3.0);
            Tolerance.absolute(0.01).check("delta at omitted reward", -1.0, hook.lastDelta());
            assertTrue(
                    da.concentrationMicroMolar() < 0.2 - 0.08,
                    "dip below baseline: " + da.concentrationMicroMolar());
        }
    }
}
