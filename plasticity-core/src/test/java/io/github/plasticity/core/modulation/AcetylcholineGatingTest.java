package io.github.plasticity.core.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.WeightMonitor;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Rules gated by acetylcholine learn only while attention keeps it present. */
class AcetylcholineGatingTest {
    static final double THRESHOLD = 0.5;

    private static final class Run {
        float[] weights;
        WeightMonitor monitor;
        AcetylcholineFromAttention drive;
    }

    private static Run train(DoubleUnaryOperator attention, Gate gate, double ms) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(2).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 5, RateFunction.constant(8.0)));
            RateSource post = sim.add(RateSource.of("post", 3, RateFunction.constant(6.0)));
            NeuromodulatorField ach =
                    sim.add(
                            NeuromodulatorField.acetylcholine(
                                    FieldGrid.covering(0.1, 0.1, pre, post)));
            Run r = new Run();
            r.drive = AcetylcholineFromAttention.drive(ach, attention);
            LocalRule hebb = (w, x, y, m) -> 1e-5f * x * y;
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.2))
                            .withRule(LocalRule.named("hebb", hebb).bounded(0, 1), gate);
            r.monitor = sim.monitor(Monitors.weights(p).synapses(0).everyMs(100.0));
            sim.run(ms);
            r.weights = p.weightsCopy();
            return r;
        }
    }

    @Test
    void noLearningWithoutAttentionLearningWithIt() {
        Gate gate = Gate.threshold("acetylcholine", THRESHOLD);
        Run off = train(t -> 0.0, gate, 3000.0);
        Run on = train(t -> 1.0, gate, 3000.0);
        for (float w : off.weights) {
            assertEquals(0.2f, w, 0.0f, "learned without acetylcholine");
        }
        for (float w : on.weights) {
            assertTrue(w > 0.2f + 0.1f, "did not learn with acetylcholine: " + w);
        }
        // Full attention settles 1 µM above the 0 baseline (our default scale).
        assertEquals(1.0, on.drive.steadyStateMicroMolar(1.0), 1e-12);
    }

    /**
     * Proportional gate: g = c / cref. With full attention ACh rises as 1 - exp(-t/tau), tau = 2 s,
     * so the weight change over T is eta x y [T - tau (1 - exp(-T/tau))] / cref (closed form; Euler
     * error O(dt/tau) = 5e-4 relative).
     */
    @Test
    void proportionalGateScalesLearningByConcentration() {
        Run on = train(t -> 1.0, Gate.proportionalTo("acetylcholine", 1.0), 3000.0);
        double tau = 2000.0;
        double expected = 0.2 + 1e-5 * 8 * 6 * (3000.0 - tau * (1 - Math.exp(-3000.0 / tau)));
        assertEquals(expected, on.weights[0], 2e-3 * (expected - 0.2));
        Run off = train(t -> 0.0, Gate.proportionalTo("acetylcholine", 1.0), 3000.0);
        assertEquals(0.2f, off.weights[0], 0.0f);
    }

    /**
     * Attention on from 0 to 1.5 s only: ACh rises while attending and decays afterwards (tau = 2
     * s); with the threshold gate learning stops once ACh falls below 0.5 µM and the weight is
     * constant from then on.
     */
    @Test
    void learningStopsWhenAcetylcholineFallsBelowTheGate() {
        Gate gate = Gate.threshold("acetylcholine", THRESHOLD);
        Run r = train(t -> t < 1500.0 ? 1.0 : 0.0, gate, 6000.0);
        double[] w = r.monitor.series(0);
        double[] t = r.monitor.timesMs();
        // ACh peaks at 1 - exp(-0.75) = 0.53 µM at 1.5 s, crosses 0.5 µM at 1.39 s on the way up
        // and again at 1.62 s on the way down: only the steps in between learn.
        int learning = 0;
        for (int k = 1; k < w.length; k++) {
            if (w[k] != w[k - 1]) {
                learning++;
                assertTrue(t[k] > 1300.0 && t[k] < 1800.0, "learning at " + t[k] + " ms");
            }
        }
        assertTrue(learning >= 2, "learning during attention");
        assertTrue(w[w.length - 1] > 0.2, "no learning at all");
    }
}
