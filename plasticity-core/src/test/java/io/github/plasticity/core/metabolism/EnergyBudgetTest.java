package io.github.plasticity.core.metabolism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import org.junit.jupiter.api.Test;

/** SCIENCE.md C9.4: the partition of signalling energy at a 4 Hz mean rate. */
class EnergyBudgetTest {
    private static final EnergyCategory[] C = {
        EnergyCategory.ACTION_POTENTIALS,
        EnergyCategory.POSTSYNAPTIC,
        EnergyCategory.RESTING,
        EnergyCategory.PRESYNAPTIC,
        EnergyCategory.RECYCLING
    };

    /** The cost constants reproduce their budget exactly in expectation (derivation check). */
    @Test
    void costConstantsReproduceTheirSharesInClosedForm() {
        double[] al = shares(EnergyCosts.attwellLaughlin2001().componentsMilliMolarPerS(4.0, 2000));
        double[] expected = {0.47, 0.34, 0.13, 0.03, 0.03};
        for (int k = 0; k < C.length; k++) {
            assertEquals(expected[k], al[C[k].ordinal()], 1e-12, C[k].name());
        }
        double[] h = shares(EnergyCosts.howarth2012().componentsMilliMolarPerS(4.0, 2000));
        double[] expectedH = {0.21, 0.50, 0.20, 0.05, 0.04};
        for (int k = 0; k < C.length; k++) {
            assertEquals(expectedH[k], h[C[k].ordinal()], 1e-12, C[k].name());
        }
        // E = 3.29e9 ATP/s / (N_A x 0.45 / 9.2e7 cm^3) = 1.1169 mM/s.
        assertEquals(1.1169, EnergyCosts.TOTAL_AT_4_HZ_MILLIMOLAR_PER_S, 1e-4);
        assertEquals(
                1.1169, EnergyCosts.attwellLaughlin2001().totalMilliMolarPerS(4.0, 2000), 1e-4);
    }

    private static double[] shares(double[] c) {
        double t = 0;
        for (double v : c) {
            t += v;
        }
        double[] s = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            s[k] = c[k] / t;
        }
        return s;
    }

    /**
     * A recurrent Poisson network at 4 Hz in which each spike makes 2000 releases (out-degree x
     * releases per transmission): the measured partition matches Attwell &amp; Laughlin (2001)
     * 47/34/13/3 % within ±2 points (C9.4), and Howarth et al. (2012) 21/50/20/5/4 % with their
     * costs. Seeded; the realised rate deviates from 4 Hz by about 1 % (8000 spikes), which moves
     * the shares by under 0.3 points.
     */
    @Test
    void poissonNetworkAtFourHertzReproducesThePartition() {
        double[] al = measure(EnergyCosts.attwellLaughlin2001());
        assertEquals(47.0, 100 * al[EnergyCategory.ACTION_POTENTIALS.ordinal()], 2.0);
        assertEquals(34.0, 100 * al[EnergyCategory.POSTSYNAPTIC.ordinal()], 2.0);
        assertEquals(13.0, 100 * al[EnergyCategory.RESTING.ordinal()], 2.0);
        assertEquals(3.0, 100 * al[EnergyCategory.RECYCLING.ordinal()], 2.0);
        assertEquals(3.0, 100 * al[EnergyCategory.PRESYNAPTIC.ordinal()], 2.0);
        double[] h = measure(EnergyCosts.howarth2012());
        assertEquals(21.0, 100 * h[EnergyCategory.ACTION_POTENTIALS.ordinal()], 2.0);
        assertEquals(50.0, 100 * h[EnergyCategory.POSTSYNAPTIC.ordinal()], 2.0);
        assertEquals(20.0, 100 * h[EnergyCategory.RESTING.ordinal()], 2.0);
        assertEquals(5.0, 100 * h[EnergyCategory.PRESYNAPTIC.ordinal()], 2.0);
        assertEquals(4.0, 100 * h[EnergyCategory.RECYCLING.ordinal()], 2.0);
    }

    static double[] measure(EnergyCosts costs) {
        int n = 100;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(21).build()) {
            PoissonSource cortex = sim.add(PoissonSource.of("cortex", n, 4.0));
            Projection rec =
                    sim.connect(
                            cortex,
                            cortex,
                            Connectivity.fixedProbability(0.2),
                            WeightInit.constant(0));
            // Out-degree is about 20: 100 releases per transmission give ~2000 per spike.
            double meanOut = rec.synapseCount() / (double) n;
            MetabolicSupply s =
                    MetabolicSupply.builder()
                            .neurons(cortex)
                            .synapses(rec, 2000.0 / meanOut)
                            .costs(costs)
                            .domainSizeMm(0.2)
                            .attach(sim);
            sim.run(2000.0);
            s.resetBudget();
            sim.run(20000.0);
            return s.signallingShares();
        }
    }
}
