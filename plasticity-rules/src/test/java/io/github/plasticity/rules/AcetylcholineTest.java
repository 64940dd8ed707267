package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Acetylcholine as a gate on the learning rate and as a gain on excitability. */
class AcetylcholineTest {
    /** Runs DA-STDP on Poisson pre/post spikes with the learning rate gated by acetylcholine. */
    static float[][] gated(double ach, Gate gate) {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(7).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.0, 200.0));
            sim.add(GlobalModulator.of("acetylcholine", ach, 100.0));
            PoissonSource pre = sim.add(PoissonSource.of("pre", 10, 20.0));
            PoissonSource post = sim.add(PoissonSource.of("post", 4, 20.0));
            for (int k = 1; k <= 9; k++) {
                da.releaseAt(100.0 * k + 0.25, 0.5);
            }
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(1.0))
                            .withRule(
                                    EligibilityTraceRule.of(
                                                    EligibilityTerm.PairStdp.izhikevich2007(),
                                                    EligibilityParameters.izhikevich2007(),
                                                    "dopamine")
                                            .gatedBy(gate));
            sim.run(1000.0);
            return new float[][] {
                p.weightsCopy(), toFloat(p.ruleStateCopy("eligibility", "eligibility"))
            };
        }
    }

    static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }

    /**
     * Gate.proportionalTo: with acetylcholine 0 the gated rule does not learn at all (while its
     * eligibility still follows the spikes); at 1 it learns; at 0.5 every change is half the change
     * at 1 (the gain multiplies the learning rate; float rounding only).
     */
    @Test
    void proportionalGateScalesLearning() {
        Gate gate = Gate.proportionalTo("acetylcholine", 1.0);
        float[][] off = gated(0.0, gate);
        float[][] half = gated(0.5, gate);
        float[][] on = gated(1.0, gate);
        float[] none = new float[off[0].length];
        java.util.Arrays.fill(none, 1.0f);
        assertArrayEquals(none, off[0], "with ACh at 0 the gated rule must not learn");
        assertArrayEquals(on[1], off[1], "the gate acts on the learning rate, not on eligibility");
        double maxChange = 0;
        for (int k = 0; k < on[0].length; k++) {
            double full = on[0][k] - 1.0;
            maxChange = Math.max(maxChange, Math.abs(full));
            Tolerance.absolute(1e-6 + 1e-4 * Math.abs(full))
                    .check("change at ACh 0.5, synapse " + k, 0.5 * full, half[0][k] - 1.0);
        }
        assertTrue(maxChange > 1e-3, "with ACh at 1 the rule must learn: " + maxChange);
    }

    /** Gate.threshold: below the threshold nothing is learned, above it the rule learns fully. */
    @Test
    void thresholdGate() {
        Gate gate = Gate.threshold("acetylcholine", 0.5);
        float[][] below = gated(0.4, gate);
        float[][] above = gated(0.6, gate);
        float[][] ungated = gated(1.0, Gate.constant(1.0));
        float[] none = new float[below[0].length];
        java.util.Arrays.fill(none, 1.0f);
        assertArrayEquals(none, below[0]);
        assertArrayEquals(ungated[0], above[0]);
    }

    /**
     * A linear rate unit (tau 10 ms) with base input 10: its rate relaxes to g 10 Hz with the
     * acetylcholine gain g = max(0, 1 + s (c/c_ref - 1)); after 300 ms (30 tau) the closed form is
     * met to 1e-9.
     */
    @Test
    void excitabilityScalesRateInput() {
        double[][] cases = {
            {0.0, 1.0, 0.0}, {0.5, 1.0, 5.0}, {1.0, 1.0, 10.0}, {2.0, 0.5, 15.0}, {0.0, 0.0, 10.0}
        };
        for (double[] c : cases) {
            try (Simulation sim = Simulation.builder().dtMs(0.1).seed(1).build()) {
                GlobalModulator ach = sim.add(GlobalModulator.of("acetylcholine", c[0], 100.0));
                RatePopulation r =
                        sim.add(RatePopulation.of("r", 3, 10.0, TransferFunction.linear()));
                r.setExternalInput(new double[] {10.0, 10.0, 10.0});
                AchExcitability hook =
                        AchExcitability.of(
                                r, ach, AchExcitabilityParameters.defaults().withSensitivity(c[1]));
                sim.addPhaseHook(Simulation.Phase.METABOLISM, "ach-excitability", hook);
                sim.run(300.0);
                for (int i = 0; i < 3; i++) {
                    Tolerance.absolute(1e-9)
                            .check("rate at ACh " + c[0] + ", s " + c[1], c[2], r.rateHz(i));
                }
                assertEquals(c[2] / 10.0, hook.gainCopy()[0], 1e-12);
            }
        }
    }

    /**
     * LIF units driven above threshold (20 mV external): with no acetylcholine they are silent; at
     * the reference level they spike exactly as the same units without the hook (gain 1), at about
     * the closed-form LIF rate (51.7 Hz; spike detection at step ends and the first interval from
     * rest make it 50 in 1 s).
     */
    @Test
    void excitabilitySilencesOrDrivesLif() {
        LifParameters lp = LifParameters.defaults();
        int[] counts = new int[3];
        for (int k = 0; k < 3; k++) {
            try (Simulation sim = Simulation.builder().dtMs(0.1).seed(1).build()) {
                GlobalModulator ach =
                        sim.add(GlobalModulator.of("acetylcholine", k == 0 ? 0.0 : 1.0, 100.0));
                LifPopulation n = sim.add(LifPopulation.of("n", 2, lp));
                n.setExternalInput(new double[] {20.0, 20.0});
                if (k < 2) {
                    sim.addPhaseHook(
                            Simulation.Phase.METABOLISM,
                            "ach",
                            AchExcitability.of(n, ach, AchExcitabilityParameters.defaults()));
                }
                SpikeMonitor spikes = sim.monitor(Monitors.spikes(n));
                sim.run(1000.0);
                counts[k] = spikes.countsPerUnit()[0];
            }
        }
        assertEquals(0, counts[0], "no acetylcholine, no afferent drive");
        assertEquals(counts[2], counts[1], "gain 1 leaves the drive unchanged");
        Tolerance.absolute(3.0).check("spikes in 1 s", lp.rateForConstantInputHz(20.0), counts[1]);
    }

    @Test
    void sourcesAreRefused() {
        try (Simulation sim = Simulation.builder().build()) {
            GlobalModulator ach = sim.add(GlobalModulator.of("acetylcholine", 1.0, 100.0));
            PoissonSource src = sim.add(PoissonSource.of("src", 2, 5.0));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> AchExcitability.of(src, ach, AchExcitabilityParameters.defaults()));
        }
        assertThrows(IllegalArgumentException.class, () -> new AchExcitabilityParameters(0.0, 1.0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AchExcitabilityParameters(1.0, Double.NaN));
    }
}
