package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A model that goes non-finite stops with a {@link NonFiniteStateException} naming the component
 * and the step, instead of spreading NaN.
 *
 * <p>What we observe (and assert): a rule that writes NaN into weights is caught either at the next
 * weight check (every {@code nonFiniteCheckEverySteps} steps and at the end of every run), or
 * earlier, when the NaN weight reaches its target units (they are checked every step). NaN never
 * spreads to other weights through a local rule (each synapse is updated from its own weight and
 * the units' activities), but it does reach the target units' state within two steps: the weight
 * written in step n is transmitted in the propagation phase of step n + 1 and integrated in step n
 * + 2, where the population check stops the run.
 */
class NonFiniteGuardTest {
    private static final LocalRule NAN_FROM_UNIT_0 =
            (w, pre, post, m) -> pre == 7f ? Float.NaN : 0f;

    /** Onto an input population (nothing integrates the weights): found by the weight check. */
    @Test
    void nanWeightsAreFoundAtTheNextWeightCheck() {
        try (Simulation sim = Simulation.builder().nonFiniteCheckEverySteps(50).build()) {
            RateSource in = sim.add(RateSource.of("in", 4, (i, t) -> i == 0 && t >= 2.0 ? 7 : 1));
            RateSource sink = sim.add(RateSource.of("sink", 3, RateFunction.constant(0)));
            Projection p =
                    sim.connect(in, sink, Connectivity.allToAll(), WeightInit.constant(0.5))
                            .withRule(LocalRule.named("bad", NAN_FROM_UNIT_0));
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.run(100.0));
            // First NaN written in step 20 (t = 2.0 ms); first check after step 49.
            assertEquals(49, e.step());
            assertEquals(50, sim.stepCount());
            assertTrue(e.getMessage().contains("step 49"), e.getMessage());
            assertTrue(e.getMessage().contains("projection 'in->sink'"), e.getMessage());
            assertTrue(e.getMessage().contains("weight from 0 to 0 = NaN"), e.getMessage());
            // Only the synapses of the offending presynaptic unit are NaN: 3 of 12.
            int nan = 0;
            for (float w : p.weightsCopy()) {
                nan += Float.isNaN(w) ? 1 : 0;
            }
            assertEquals(3, nan);
        }
    }

    /** The end of every run checks the weights too, whatever the interval. */
    @Test
    void endOfRunChecksWeights() {
        try (Simulation sim = Simulation.builder().nonFiniteCheckEverySteps(1_000_000).build()) {
            RateSource in = sim.add(RateSource.of("in", 2, RateFunction.constant(7)));
            RateSource sink = sim.add(RateSource.of("sink", 1, RateFunction.constant(0)));
            sim.connect(in, sink, Connectivity.allToAll(), WeightInit.constant(0.5))
                    .withRule(LocalRule.named("bad", NAN_FROM_UNIT_0));
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.steps(3));
            assertEquals(2, e.step());
        }
    }

    /** Onto rate units the NaN weight reaches the units two steps after it was written. */
    @Test
    void nanWeightsReachTargetUnitsWithinTwoSteps() {
        try (Simulation sim = Simulation.builder().nonFiniteCheckEverySteps(1000).build()) {
            RateSource in = sim.add(RateSource.of("in", 4, (i, t) -> i == 0 && t >= 2.0 ? 7 : 1));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 3, 10, TransferFunction.linear()));
            sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.5))
                    .withRule(LocalRule.named("bad", NAN_FROM_UNIT_0));
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.run(100.0));
            assertEquals(22, e.step(), e.getMessage());
            assertTrue(
                    e.getMessage().contains("population 'out' variable 'rate'[0] = NaN"),
                    e.getMessage());
        }
    }

    /**
     * A transfer function that returns infinity stops the run in the step it happens. The reported
     * value is NaN, not infinity: the exact step r = f + (r - f) e^{-dt/tau} computes inf - inf.
     */
    @Test
    void infiniteTransferStopsTheRun() {
        try (Simulation sim = Simulation.builder().build()) {
            RatePopulation out =
                    sim.add(
                            RatePopulation.of(
                                    "out", 2, 10, in -> in > 5 ? Double.POSITIVE_INFINITY : in));
            sim.run(1.0);
            out.setExternalInput(1, 6.0);
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.run(1.0));
            assertEquals(10, e.step());
            assertTrue(e.getMessage().contains("'out' variable 'rate'[1] = NaN"), e.getMessage());
        }
    }

    /** A LIF unit receiving a NaN weight through a spike is stopped in the next step. */
    @Test
    void nanWeightOntoLifStopsAtTheNextSpike() {
        try (Simulation sim = Simulation.builder().build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[][] {{1.0}}));
            LifPopulation out = sim.add(LifPopulation.of("out", 1, LifParameters.defaults()));
            Projection p = sim.connect(in, out, Connectivity.oneToOne(), WeightInit.constant(1));
            // setWeight refuses NaN, so a rule writes it.
            p.withRule(LocalRule.named("bad", (w, pre, post, m) -> Float.NaN));
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.run(5.0));
            // The spike of step 10 adds NaN to I_syn at the end of step 10; v is NaN in step 11.
            assertEquals(11, e.step());
            assertTrue(e.getMessage().contains("population 'out'"), e.getMessage());
        }
    }

    /**
     * The weight check adds {@code w * 0} per slot over rows, four rows per pass, then the rows'
     * slots beyond the shortest of the four: every slot of a sparse projection whose rows have
     * different lengths (9 rows, so one is left after two groups of four), and of a dense one, is
     * found when it alone holds NaN, +inf or -inf, and the message names that synapse. Exact.
     */
    @Test
    void everySlotIsCheckedInDenseAndRaggedSparseRows() {
        int[][] ragged = {
            {0, 2, 5},
            {1, 2, 3, 4, 5, 6, 7},
            {4},
            {0, 1, 2, 3, 6},
            {7},
            {},
            {0, 1, 2, 3, 4, 5, 6, 7},
            {3, 5},
            {0, 6}
        };
        for (Connectivity c :
                new Connectivity[] {Connectivity.explicit(ragged), Connectivity.allToAll()}) {
            try (Simulation sim = Simulation.builder().build()) {
                RateSource a = sim.add(RateSource.of("a", 8, RateFunction.constant(1)));
                RateSource b = sim.add(RateSource.of("b", 9, RateFunction.constant(1)));
                Projection p = sim.connect(a, b, c, WeightInit.uniform(-1.0, 1.0));
                assertEquals(null, p.findNonFinite());
                for (float bad :
                        new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                    for (int i = 0; i < p.w.length; i++) {
                        for (int k = 0; k < p.w[i].length; k++) {
                            float keep = p.w[i][k];
                            p.w[i][k] = bad;
                            assertEquals(
                                    "projection 'a->b' weight from "
                                            + p.idx[i][k]
                                            + " to "
                                            + i
                                            + " = "
                                            + bad,
                                    p.findNonFinite());
                            p.w[i][k] = keep;
                        }
                    }
                }
                assertEquals(null, p.findNonFinite());
            }
        }
    }
}
