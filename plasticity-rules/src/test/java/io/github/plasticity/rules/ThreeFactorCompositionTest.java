package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Composition on one projection: STDP eligibility x dopamine x acetylcholine gate, and a
 * multiplicative scaling step, in declared order. Rules run one after the other within a step, each
 * on the weights the previous one left (Simulation's update order), so with eligibility then
 * scaling a step gives w' = s (w + dw) and with scaling first w' = s w + dw.
 */
class ThreeFactorCompositionTest {
    /**
     * Minimal multiplicative scaling (a stand-in for homeostatic synaptic scaling): every step, row
     * i is multiplied by 1 + epsilon dt (target - sum_j w_ij), pulling each row's total towards a
     * target while keeping the ratios of its weights.
     */
    static final class RowScaling implements LearningRule {
        @Override
        public String name() {
            return "scaling";
        }

        @Override
        public RuleKernel bind(RuleBinding b) {
            float[][] w = b.weights();
            WeightBounds wb = b.bounds();
            double rate = 1e-4 * b.dtMs();
            return (ctx, from, to) -> {
                for (int i = from; i < to; i++) {
                    float[] row = w[i];
                    double sum = 0;
                    for (float x : row) {
                        sum += x;
                    }
                    float f = (float) (1.0 + rate * (8.0 - sum));
                    for (int k = 0; k < row.length; k++) {
                        row[k] = wb.clip(row[k] * f);
                    }
                }
            };
        }
    }

    static LearningRule stdpDopamine() {
        return EligibilityTraceRule.of(
                        EligibilityTerm.PairStdp.izhikevich2007(),
                        EligibilityParameters.izhikevich2007(),
                        "dopamine")
                .gatedBy(Gate.proportionalTo("acetylcholine", 1.0));
    }

    /** Runs 1 s of Poisson spiking with rewards every 100 ms; returns the final weights. */
    static float[] run(boolean eligibilityFirst, double ach, int threads) {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(99).threads(threads).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.0, 200.0));
            sim.add(GlobalModulator.of("acetylcholine", ach, 100.0));
            PoissonSource pre = sim.add(PoissonSource.of("pre", 12, 25.0));
            PoissonSource post = sim.add(PoissonSource.of("post", 7, 25.0));
            for (int k = 1; k < 10; k++) {
                da.releaseAt(100.0 * k + 0.3, 0.5);
            }
            Projection p =
                    sim.connect(
                                    pre,
                                    post,
                                    Connectivity.fixedProbability(0.7),
                                    WeightInit.uniform(0.5, 1.5))
                            .withBounds(WeightBounds.hard(0, 4));
            if (eligibilityFirst) {
                p.withRule(stdpDopamine()).withRule(new RowScaling());
                assertEquals(List.of("eligibility", "scaling"), p.ruleNames());
            } else {
                p.withRule(new RowScaling()).withRule(stdpDopamine());
                assertEquals(List.of("scaling", "eligibility"), p.ruleNames());
            }
            sim.run(1000.0);
            return p.weightsCopy();
        }
    }

    /** With the gate open, the order of the eligibility rule and the scaling changes the result. */
    @Test
    void orderMattersWhenBothAct() {
        float[] a = run(true, 1.0, 1);
        float[] b = run(false, 1.0, 1);
        assertEquals(a.length, b.length);
        double maxDiff = 0;
        for (int k = 0; k < a.length; k++) {
            maxDiff = Math.max(maxDiff, Math.abs(a[k] - b[k]));
        }
        assertTrue(maxDiff > 1e-6, "declared order should matter, max difference " + maxDiff);
    }

    /** With acetylcholine at 0 only the scaling acts, so the order no longer matters. */
    @Test
    void closedGateLeavesOnlyScaling() {
        assertArrayEquals(run(true, 0.0, 1), run(false, 0.0, 1));
    }

    /** Same seed, bit-identical; 1, 2 and 3 threads, bit-identical. */
    @Test
    void deterministicAndThreadIndependent() {
        float[] one = run(true, 1.0, 1);
        assertArrayEquals(one, run(true, 1.0, 1));
        assertArrayEquals(one, run(true, 1.0, 2));
        assertArrayEquals(one, run(true, 1.0, 3));
        assertArrayEquals(run(false, 1.0, 1), run(false, 1.0, 2));
        assertFalse(java.util.Arrays.equals(one, run(true, 0.5, 1)), "ACh level must matter");
    }
}
