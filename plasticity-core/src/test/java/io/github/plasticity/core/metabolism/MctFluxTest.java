package io.github.plasticity.core.metabolism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import org.junit.jupiter.api.Test;

/** SCIENCE.md C9.1: MCT fluxes in closed form. */
class MctFluxTest {

    @Test
    void fluxIsZeroAtEqualConcentrationsAndAntisymmetric() {
        assertEquals(0.0, ReversibleTransport.flux(106.1, 3.5, 1.2, 1.2), 0.0);
        assertEquals(
                -ReversibleTransport.flux(24.3, 0.74, 0.3, 2.0),
                ReversibleTransport.flux(24.3, 0.74, 2.0, 0.3),
                0.0);
        // Bounded by Tmax.
        assertTrue(ReversibleTransport.flux(24.3, 0.74, 1e9, 0.0) <= 24.3);
    }

    /** With equal lactate in every compartment (and the capillary), every MCT flux is exactly 0. */
    @Test
    void everyMctFluxOfTheSupplyIsZeroAtEqualLactate() {
        ShuttleParameters p =
                ShuttleParameters.jolivet2015()
                        .withCapillaryLactateMilliMolar(0.8)
                        .withInitialLactate(0.8, 0.8, 0.8);
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            RateSource n = sim.add(RateSource.of("n", 4, RateFunction.constant(0)));
            MetabolicSupply s =
                    MetabolicSupply.builder().neurons(n).shuttle(p).domainSizeMm(1.0).attach(sim);
            double[] f = s.lactateFluxesPerS(0);
            for (double v : f) {
                assertEquals(0.0, v, 0.0);
            }
        }
    }

    /**
     * Astrocyte 1.5 mM vs ECS 1.0 mM through the astrocytic MCT (Jolivet 2015: Tmax 106.1 mM/s, Kt
     * 3.5 mM): v = 106.1 (1.5/5.0 - 1.0/4.5) = 8.2522 mM/s, from astrocyte to ECS (closed form,
     * SCIENCE.md §9.2; tolerance 1e-3 as in C9.1). One 0.1 ms step of the supply moves that flux
     * times dt times the astrocytic volume.
     */
    @Test
    void astrocyteToEcsFluxFollowsTheFormula() {
        double closedForm = 106.1 * (1.5 / 5.0 - 1.0 / 4.5);
        assertEquals(8.252222, closedForm, 1e-6);
        ShuttleParameters p = ShuttleParameters.jolivet2015().withInitialLactate(1.0, 1.5, 1.0);
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            RateSource n = sim.add(RateSource.of("n", 4, RateFunction.constant(0)));
            MetabolicSupply s =
                    MetabolicSupply.builder().neurons(n).shuttle(p).domainSizeMm(1.0).attach(sim);
            double[] f = s.lactateFluxesPerS(0);
            assertEquals(closedForm, f[0], 1e-3);
            assertTrue(f[0] > 0, "flux must go from astrocyte to ECS");
            // Neurons at 1.0 mM and ECS at 1.0 mM: no MCT2 flux.
            assertEquals(0.0, f[1], 0.0);
            sim.steps(1);
            double volume = 4 * p.astrocytePerNeuronVolume();
            double moved = s.ledger().lactateAstrocyteToEcs();
            assertEquals(closedForm * 1e-4 * volume, moved, 1e-3 * closedForm * 1e-4 * volume);
            assertTrue(s.astrocyteLactateCopy()[0] < 1.5 && s.ecsLactateCopy()[0] > 1.0);
        }
    }

    @Test
    void blockedTransportersCarryNothing() {
        ShuttleParameters p = ShuttleParameters.jolivet2015().withInitialLactate(0.2, 1.5, 1.0);
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            RateSource n = sim.add(RateSource.of("n", 2, RateFunction.constant(0)));
            MetabolicSupply s =
                    MetabolicSupply.builder()
                            .neurons(n)
                            .shuttle(p)
                            .interventions(
                                    Interventions.none()
                                            .withAstrocyteMctBlocked(true)
                                            .withNeuronMctBlocked(true))
                            .domainSizeMm(1.0)
                            .attach(sim);
            double[] f = s.lactateFluxesPerS(0);
            assertEquals(0.0, f[0], 0.0);
            assertEquals(0.0, f[1], 0.0);
            sim.steps(10);
            assertEquals(0.0, s.ledger().lactateAstrocyteToEcs(), 0.0);
            assertEquals(0.0, s.ledger().lactateEcsToNeurons(), 0.0);
        }
    }
}
