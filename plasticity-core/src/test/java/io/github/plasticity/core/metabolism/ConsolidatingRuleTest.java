package io.github.plasticity.core.metabolism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import org.junit.jupiter.api.Test;

class ConsolidatingRuleTest {
    static final double TAU = 1000.0;
    static final double K = 1.0 / 500.0;

    /** A constant drive r (weight/ms) for 200 ms, then silence. */
    private static Projection run(Simulation sim, Gate capture, double totalMs) {
        RateSource pre = sim.add(RateSource.of("pre", 3, (i, t) -> t < 200 ? 10.0 : 0.0));
        RateSource post = sim.add(RateSource.of("post", 2, RateFunction.constant(1.0)));
        LocalRule drive = (w, x, y, m) -> 1e-4f * x * y;
        ConsolidatingRule rule =
                ConsolidatingRule.of(
                        LocalRule.named("drive", drive), new ConsolidationParameters(TAU, K));
        if (capture != null) {
            rule = rule.withCaptureGate(capture);
        }
        Projection p =
                sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.2))
                        .withBounds(WeightBounds.hard(0, 1))
                        .withRule(rule);
        sim.run(totalMs);
        return p;
    }

    /**
     * Closed form: with de/dt = r - (k + 1/tau) e and dl/dt = k e, the lasting change is k/(k +
     * 1/tau) of the whole induced change r T, whatever the timing (the integral of e is r T /
     * lambda). Here r T = 1e-4 x 10 x 200 = 0.2 and k/(k + 1/tau) = 2/3; after 20 s (e decayed by
     * exp(-60)) the weight is 0.2 + 0.1333 (float round-off over 2e4 steps: 1e-5).
     */
    @Test
    void openGateMakesAFixedFractionLasting() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            Projection p = run(sim, null, 20_000.0);
            double expected = 0.2 + 0.2 * (K / (K + 1 / TAU));
            assertEquals(2.0 / 3.0, new ConsolidationParameters(TAU, K).capturedFraction(), 1e-15);
            for (float w : p.weightsCopy()) {
                assertEquals(expected, w, 1e-5);
            }
            for (double l : p.ruleStateCopy("drive", "consolidation.late")) {
                assertEquals(expected, l, 1e-5);
            }
        }
    }

    /** Closed gate: everything decays back; e(t) = e(T) exp(-(t - T)/tau). */
    @Test
    void closedGateLeavesOnlyATransientChange() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            Projection p = run(sim, Gate.constant(0.0), 200.0);
            // Early change built over 200 ms with decay: r tau (1 - exp(-200/tau)).
            double early = 1e-3 * TAU * (1 - Math.exp(-200 / TAU));
            assertEquals(0.2 + early, p.weightsCopy()[0], 1e-4);
            sim.run(2000.0);
            assertEquals(0.2 + early * Math.exp(-2000 / TAU), p.weightsCopy()[0], 1e-4);
            sim.run(30_000.0);
            for (float w : p.weightsCopy()) {
                assertEquals(0.2, w, 1e-6);
            }
            for (double l : p.ruleStateCopy("drive", "consolidation.late")) {
                assertEquals(0.2f, l, 0.0);
            }
        }
    }

    @Test
    void sameResultForOneAndTwoThreads() {
        float[] a;
        float[] b;
        try (Simulation sim = Simulation.builder().dtMs(1.0).threads(1).build()) {
            a = run(sim, Gate.constant(0.7), 1000.0).weightsCopy();
        }
        try (Simulation sim = Simulation.builder().dtMs(1.0).threads(2).build()) {
            b = run(sim, Gate.constant(0.7), 1000.0).weightsCopy();
        }
        assertArrayEquals(a, b);
    }

    @Test
    void parametersRefuseNonFiniteValues() {
        assertThrows(
                IllegalArgumentException.class, () -> new ConsolidationParameters(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new ConsolidationParameters(1, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConsolidationParameters(1, Double.POSITIVE_INFINITY));
    }
}
