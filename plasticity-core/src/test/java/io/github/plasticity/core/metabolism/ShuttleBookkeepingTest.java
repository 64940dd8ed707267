package io.github.plasticity.core.metabolism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.WeightInit;
import org.junit.jupiter.api.Test;

/**
 * SCIENCE.md C9.2: per glutamate taken up and processed, one glucose is consumed and two lactates
 * made, with no net glycolytic ATP in astrocytes (2 made, 2 spent); and nothing is created or lost:
 * lactate, glucose, glutamate and carbon balance to round-off.
 */
class ShuttleBookkeepingTest {

    @Test
    void stoichiometryAndMassBalanceHoldToRoundOff() {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(9).build()) {
            PoissonSource input = sim.add(PoissonSource.of("input", 30, 12.0));
            Population cortex = sim.add(PoissonSource.of("cortex", 40, 6.0));
            RateSource slow =
                    sim.add(RateSource.of("slow", 8, (i, t) -> 3.0 + i + 2 * Math.sin(t / 300)));
            var dense = sim.connect(input, cortex, Connectivity.allToAll(), WeightInit.constant(0));
            var sparse =
                    sim.connect(
                            cortex,
                            cortex,
                            Connectivity.fixedProbability(0.2),
                            WeightInit.constant(0));
            var rate =
                    sim.connect(
                            slow,
                            cortex,
                            Connectivity.fixedProbability(0.5),
                            WeightInit.constant(0));
            SpikeMonitor inputSpikes = sim.monitor(Monitors.spikes(input));
            MetabolicSupply s =
                    MetabolicSupply.builder()
                            .neurons(cortex, slow)
                            .synapses(dense, 20.0)
                            .synapses(sparse, 50.0)
                            .synapses(rate, 30.0)
                            .domainSizeMm(0.25)
                            .interventions(
                                    Interventions.none()
                                            .withExogenousLactateMilliMolarPerS(0.05)
                                            .withExogenousGlucoseMilliMolarPerS(0.02))
                            .attach(sim);
            assertTrue(s.domainCount() > 1);
            sim.run(4000.0);
            ShuttleLedger l = s.ledger();

            // Glycolysis: exact stoichiometry (the same increments are added; doubling is exact).
            assertTrue(l.glutamateProcessed() > 0);
            assertEquals(l.glutamateProcessed(), l.glucoseConsumed(), 0.0);
            assertEquals(2 * l.glucoseConsumed(), l.lactateProduced(), 0.0);
            assertEquals(l.astrocyteAtpMade(), l.astrocyteAtpSpent(), 0.0);
            assertEquals(2 * l.glucoseConsumed(), l.astrocyteAtpMade(), 0.0);
            assertEquals(
                    14.5 * l.lactateOxidised(),
                    l.neuronAtpFromLactate(),
                    1e-12 * l.neuronAtpFromLactate());

            // Mass balance: residuals relative to the throughput, round-off of ~1e5 additions.
            double lacScale = l.lactatePool() + l.lactateProduced() + l.lactateOxidised();
            double glcScale =
                    l.glucosePool() + l.glucoseConsumed() + Math.abs(l.glucoseFromCapillaries());
            assertEquals(0.0, l.lactateResidual(), 1e-11 * lacScale, "lactate");
            assertEquals(0.0, l.glucoseResidual(), 1e-11 * glcScale, "glucose");
            assertEquals(0.0, l.glutamateResidual(), 1e-11 * l.glutamateTakenUp(), "glutamate");
            assertEquals(0.0, l.carbonResidual(), 1e-11 * (3 * lacScale + 6 * glcScale), "carbon");

            // Glutamate delivered = glutamate per release x releases onto tracked neurons; the
            // dense input projection alone gives spikes x 40 posts x 20 releases.
            double perRelease = s.shuttle().glutamatePerReleaseMilliMolar();
            double fromInput = perRelease * inputSpikes.count() * 40 * 20.0;
            assertTrue(l.glutamateTakenUp() > fromInput, "other projections add glutamate");
        }
    }

    /** Only the dense input projection: glutamate taken up is exactly counted from the spikes. */
    @Test
    void glutamateUptakeCountsReleases() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(3).build()) {
            PoissonSource input = sim.add(PoissonSource.of("input", 25, 15.0));
            Population cortex = sim.add(RateSource.of("cortex", 10, RateFunction.constant(0)));
            var dense = sim.connect(input, cortex, Connectivity.allToAll(), WeightInit.constant(0));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(input));
            MetabolicSupply s =
                    MetabolicSupply.builder().neurons(cortex).synapses(dense, 7.0).attach(sim);
            sim.run(1000.0);
            double expected =
                    s.shuttle().glutamatePerReleaseMilliMolar() * spikes.count() * 10 * 7.0;
            assertEquals(expected, s.ledger().glutamateTakenUp(), 1e-12 * expected);
            // Recycling energy is paid per release onto tracked neurons.
            double recycling =
                    s.costs().perReleaseRecyclingMilliMolar() * spikes.count() * 10 * 7.0;
            assertEquals(
                    recycling, s.consumedMilliMolar(EnergyCategory.RECYCLING), 1e-12 * recycling);
        }
    }
}
