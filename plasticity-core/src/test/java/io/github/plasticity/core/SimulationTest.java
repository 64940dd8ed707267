package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulation's life cycle and the order-dependent parts of its API. */
class SimulationTest {

    /** Stepping a closed multi-threaded simulation fails fast (it used to block forever). */
    @Test
    void closedSimulationRefusesToStep() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> {
                    Simulation sim = Simulation.builder().threads(2).build();
                    RateSource a = sim.add(RateSource.of("a", 4, RateFunction.constant(1)));
                    RatePopulation b =
                            sim.add(RatePopulation.of("b", 4, 5, TransferFunction.linear()));
                    sim.connect(a, b, Connectivity.allToAll(), WeightInit.constant(1));
                    sim.run(1.0);
                    sim.close();
                    sim.close();
                    assertThrows(IllegalStateException.class, sim::step);
                    assertThrows(IllegalStateException.class, () -> sim.run(1.0));
                    assertEquals(10, sim.stepCount());
                    // 4 inputs of 1 Hz x weight 1, arriving one step late: 0.9 ms of relaxation
                    Tol.relative(1e-12)
                            .check(
                                    "state stays readable",
                                    4 * (1 - Math.exp(-0.9 / 5)),
                                    b.rateHz(0));
                });
    }

    /**
     * Rules read the projection's bounds when they bind, so bounds set afterwards would be ignored
     * by them silently; the projection refuses that order.
     */
    @Test
    void boundsMustPrecedeRules() {
        try (Simulation sim = Simulation.builder().build()) {
            RateSource a = sim.add(RateSource.of("a", 2, RateFunction.constant(10)));
            RateSource b = sim.add(RateSource.of("b", 2, RateFunction.constant(10)));
            Projection p = sim.connect(a, b, Connectivity.allToAll(), WeightInit.constant(2));
            p.withBounds(WeightBounds.hard(0, 1));
            assertEquals(1f, p.weight(0, 0), "existing weights are clipped");
            p.withRule(LocalRule.named("grow", (w, pre, post, m) -> 1f));
            IllegalStateException e =
                    assertThrows(
                            IllegalStateException.class,
                            () -> p.withBounds(WeightBounds.hard(0, 5)));
            assertTrue(e.getMessage().contains("before withRule"), e.getMessage());
            sim.run(10.0);
            assertEquals(1f, p.weight(1, 1), "the rule keeps the bounds it was bound with");
        }
    }

    /** Time is step x dt, not accumulated; stream(key) depends only on (seed, key). */
    @Test
    void clockAndStreams() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(9).build()) {
            sim.steps(30);
            assertEquals(30 * 0.1, sim.timeMs());
            assertEquals(sim.stream("x").nextLong(), sim.stream("x").nextLong());
            try (Simulation other = Simulation.builder().seed(9).build()) {
                assertEquals(sim.stream("x").nextLong(), other.stream("x").nextLong());
            }
            assertTrue(sim.stream("x").nextLong() != sim.stream("y").nextLong());
        }
    }
}
