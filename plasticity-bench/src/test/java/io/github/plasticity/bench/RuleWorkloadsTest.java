package io.github.plasticity.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-rule benchmark workloads run the rule they name: after 200 ms the projection carries that
 * rule, its weights are finite and within the workload's bounds, and the rule changed them (for
 * synaptic scaling, whose published rate is far too slow to move a float weight in 200 ms, the
 * units fire, so its rate sensor has input). The LIF units of the spiking workload fire at the same
 * rate at 1000 and 4000 inputs (weights scaled by 1000 / n).
 */
class RuleWorkloadsTest {
    private static int changed(float[] before, float[] after) {
        int c = 0;
        for (int k = 0; k < before.length; k++) {
            c += before[k] != after[k] ? 1 : 0;
        }
        return c;
    }

    private static void checkBounds(float[] w, double hi) {
        for (float v : w) {
            assertTrue(v >= 0f && v <= (float) hi, "weight " + v + " outside [0, " + hi + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(Workloads.RateRule.class)
    void rateRuleWorkloadRunsItsRule(Workloads.RateRule rule) {
        try (Simulation sim = Workloads.rateRule(rule, 64, 1)) {
            Projection p = sim.projections().get(0);
            assertEquals(List.of(rule == Workloads.RateRule.OJA ? "oja" : "bcm"), p.ruleNames());
            float[] w0 = p.weightsCopy();
            sim.run(200.0);
            float[] w1 = p.weightsCopy();
            checkBounds(w1, Workloads.WMAX);
            assertTrue(
                    changed(w0, w1) > w0.length / 2, rule + ": weights changed " + changed(w0, w1));
        }
    }

    @ParameterizedTest
    @EnumSource(Workloads.SpikingRule.class)
    void spikingRuleWorkloadRunsItsRule(Workloads.SpikingRule rule) {
        int n = 200;
        try (Simulation sim = Workloads.spikingRule(rule, n, 1)) {
            Projection p = sim.projections().get(0);
            assertEquals(1, p.ruleNames().size());
            float[] w0 = p.weightsCopy();
            sim.run(200.0);
            float[] w1 = p.weightsCopy();
            checkBounds(w1, Workloads.NET_WMAX_MV * 1000.0 / n);
            double rate = meanRate(sim);
            assertTrue(rate > 1.0, rule + ": LIF units fire at " + rate + " Hz");
            if (rule != Workloads.SpikingRule.SCALING) {
                assertTrue(changed(w0, w1) > 0, rule + ": no weight changed");
            }
        }
    }

    /**
     * Same mean drive at every size: the output rate at n = 1000 and 4000 within 20 % (Poisson
     * fluctuations of 100 ms of 1000-4000 units are a few per cent).
     */
    @Test
    void spikingWorkloadFiresAlikeAtBothSizes() {
        double[] r = new double[2];
        int[] sizes = {1000, 4000};
        for (int k = 0; k < 2; k++) {
            try (Simulation sim =
                    Workloads.spikingRule(Workloads.SpikingRule.TRIPLET_STDP, sizes[k], 2)) {
                sim.run(100.0);
                r[k] = meanRate(sim);
            }
        }
        assertTrue(r[0] > 1.0, "rate " + r[0]);
        assertEquals(r[0], r[1], 0.2 * r[0], "output rate at 1000 and 4000 inputs");
    }

    private static double meanRate(Simulation sim) {
        double[] rate = sim.projections().get(0).post().variableCopy("rate");
        double s = 0;
        for (double x : rate) {
            s += x;
        }
        return s / rate.length;
    }
}
