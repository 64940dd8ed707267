package io.github.plasticity.core.metabolism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.VariableMonitor;
import io.github.plasticity.core.WeightInit;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetabolicSupplyTest {

    private static MetabolicSupply build(Simulation sim, PoissonSource[] out) {
        PoissonSource in = sim.add(PoissonSource.of("in", 20, 10.0));
        PoissonSource cx = sim.add(PoissonSource.of("cx", 12, (i, t) -> t > 300 ? 30.0 : 3.0));
        Projection p =
                sim.connect(in, cx, Connectivity.fixedProbability(0.5), WeightInit.constant(0.3));
        MetabolicSupply s =
                MetabolicSupply.builder()
                        .neurons(cx)
                        .synapses(p, 50)
                        .domainSizeMm(0.15)
                        .costs(
                                EnergyCosts.attwellLaughlin2001()
                                        .withPerUnitPlasticityMilliMolar(5.0))
                        .attach(sim);
        LocalRule hebb = (w, x, y, m) -> 1e-6f * x * y;
        p.withRule(
                ConsolidatingRule.of(
                                LocalRule.named("hebb", hebb).bounded(0, 1),
                                new ConsolidationParameters(300.0, 1.0 / 200.0))
                        .withEnergy(s, 1.0));
        out[0] = cx;
        return s;
    }

    @Test
    void checkpointContinuesBitIdentically(@TempDir Path dir) throws IOException {
        PoissonSource[] cx = new PoissonSource[1];
        double[] atp;
        float[] w;
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(4).build()) {
            MetabolicSupply s = build(sim, cx);
            sim.run(1000.0);
            atp = s.atpCopy(cx[0]);
            w = sim.projections().get(0).weightsCopy();
            assertTrue(s.consumedMilliMolar(EnergyCategory.PLASTICITY) > 0, "no plasticity cost");
        }
        Path file = dir.resolve("m.ckpt");
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(4).build()) {
            build(sim, cx);
            sim.run(500.0);
            sim.checkpoint(file);
        }
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(4).build()) {
            MetabolicSupply s = build(sim, cx);
            sim.restore(file);
            sim.run(500.0);
            assertArrayEquals(atp, s.atpCopy(cx[0]), 0.0);
            assertArrayEquals(w, sim.projections().get(0).weightsCopy());
        }
    }

    @Test
    void activityDrainsAtpWhichLactateRestores() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(4).build()) {
            RateSource cx = sim.add(RateSource.of("cx", 3, (i, t) -> t < 5000 ? 0.0 : 40.0));
            MetabolicSupply s = MetabolicSupply.builder().neurons(cx).attach(sim);
            sim.run(5000.0);
            double rest = s.atpMilliMolar(cx, 0);
            assertTrue(rest > 2.1, "resting ATP " + rest);
            VariableMonitor atp = sim.monitor(s.atpMonitor(cx).units(1).everyMs(100.0));
            sim.run(1000.0);
            assertTrue(s.atpMilliMolar(cx, 0) < rest - 0.5, "40 Hz did not drain ATP");
            // The monitor reads the live ATP: its last sample is the final state (exact), and
            // it sees the drain (first sample above the last).
            double[] series = atp.series(0);
            assertEquals(10, series.length);
            assertEquals(s.atpMilliMolar(cx, 1), series[9], 0.0);
            assertTrue(series[0] > series[9], "monitored ATP did not fall");
            // Every unit of one population behaves alike (no events differ).
            assertEquals(s.atpMilliMolar(cx, 0), s.atpMilliMolar(cx, 2), 0.0);
        }
    }

    @Test
    void rejectsUntrackedPopulationsAndBadArguments() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            RateSource a = sim.add(RateSource.of("a", 2, RateFunction.constant(1)));
            RateSource b = sim.add(RateSource.of("b", 2, RateFunction.constant(1)));
            MetabolicSupply s = MetabolicSupply.builder().neurons(a).attach(sim);
            assertThrows(IllegalArgumentException.class, () -> s.liveAtp(b));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MetabolicSupply.builder().domainSizeMm(Double.NaN));
            assertThrows(
                    IllegalArgumentException.class, () -> MetabolicSupply.builder().attach(sim));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new Interventions(false, false, Double.NaN, 0));
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> EnergyCosts.attwellLaughlin2001().withPerSpikeMilliMolar(-1));
            assertEquals("perSpikeMilliMolar must be >= 0 and finite (mM): -1.0", e.getMessage());
        }
    }
}
