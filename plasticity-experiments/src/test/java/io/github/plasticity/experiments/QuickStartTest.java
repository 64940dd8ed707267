package io.github.plasticity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.WeightMonitor;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import org.junit.jupiter.api.Test;

/** The README's quick start and custom-rule examples, kept compiling and running. */
class QuickStartTest {
    @Test
    void quickStartRuns() {
        float[] finalWeights;
        double[] t;
        int[] counts;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(42).threads(2).build()) {
            Population in = sim.add(PoissonSource.of("in", 1000, 15.0));
            LifPopulation m1 = sim.add(LifPopulation.of("m1", 100, LifParameters.defaults()));
            Projection syn =
                    sim.connect(in, m1, Connectivity.allToAll(), WeightInit.uniform(0.0, 0.5))
                            .withBounds(WeightBounds.hard(0.0, 1.0))
                            .withRule(Hebbian.traces(HebbianParameters.defaults(), 20.0, 20.0));
            WeightMonitor w = sim.monitor(Monitors.weights(syn).synapses(0, 1, 2).everyMs(100.0));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(m1));
            sim.run(1_000.0);
            finalWeights = syn.weightsCopy();
            t = w.timesMs();
            counts = spikes.countsPerUnit();
        }
        assertEquals(100 * 1000, finalWeights.length);
        assertEquals(10, t.length);
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        assertTrue(total > 0, "the driven LIF units fire");
    }

    @Test
    void customLocalRuleRuns() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            Population in = sim.add(PoissonSource.of("in", 20, 10.0));
            LifPopulation out = sim.add(LifPopulation.of("out", 5, LifParameters.defaults()));
            Projection syn =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.5));
            LocalRule covariance = (w, pre, post, m) -> 1e-3f * (pre - 5f) * (post - 5f);
            syn.withRule(LocalRule.named("covariance", covariance).bounded(0.0, 1.0));
            sim.run(500.0);
            for (float v : syn.weightsCopy()) {
                assertTrue(v >= 0f && v <= 1f);
            }
        }
    }
}
