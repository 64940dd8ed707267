package io.github.plasticity.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Simulation;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.testkit.Seeded;
import io.github.plasticity.testkit.Tolerance;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class VirtualIcmsTest {
    private static final BodyModel BODY = BodyModel.standard();
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(10, 6, 0.5);

    private static MotorMap randomMap(long seed) {
        UniformRandomProvider rng = Seeded.rng(seed);
        int[] a = new int[SHEET.siteCount()];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextInt(BODY.size());
        }
        return MotorMap.ofAssignment(SHEET, BODY, a);
    }

    /**
     * A network whose output weights encode a known map (here a salt-and-pepper map, the hardest
     * case for lateral spread) gives back that map exactly: each site drives its own effector at
     * about 50 Hz, while lateral spread gives any other effector at most about 9 Hz (8 neighbours
     * of one effector), below the 20 Hz movement threshold.
     */
    @Test
    void mappingRecoversTheEncodedMapExactly() {
        MotorMap known = randomMap(11);
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(1).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m", SHEET, BODY, MapNetworkParameters.defaults());
            net.encode(known);
            MotorMap read = net.icms(IcmsParameters.nudo1996());
            assertArrayEquals(known.dominantCopy(), read.dominantCopy());
            for (int i = 0; i < SHEET.siteCount(); i++) {
                assertEquals(1, read.responseCount(i), "responses of site " + i);
            }
            assertArrayEquals(known.dominantCopy(), net.outputMap(1.0).dominantCopy());
        }
    }

    @Test
    void mappingLeavesTheLiveNetworkUntouched() {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(1).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m", SHEET, BODY, MapNetworkParameters.defaults());
            net.encode(SomatotopicLayout.orderly(SHEET, BODY));
            net.setAfferentRateHz(3, 10.0);
            sim.run(20.0);
            long steps = sim.stepCount();
            float[] w = net.output().weightsCopy();
            double[] rates = net.sites().ratesCopy();
            double[][] first = VirtualIcms.evokedRatesHz(net, IcmsParameters.nudo1996());
            assertEquals(steps, sim.stepCount());
            assertArrayEquals(w, net.output().weightsCopy());
            assertArrayEquals(rates, net.sites().ratesCopy());
            // each site is mapped from rest, so a second mapping gives the same numbers
            double[][] second = VirtualIcms.evokedRatesHz(net, IcmsParameters.nudo1996());
            for (int i = 0; i < first.length; i++) {
                assertArrayEquals(first[i], second[i]);
            }
        }
    }

    /**
     * Stoney et al. 1968: I = K r^2. At 30 uA (r = 0.15 mm) only the electrode's site is activated
     * and the orderly map has no dual responses; at 500 uA (r = 0.62 mm) the four adjacent sites
     * are activated too, so sites at territory borders respond with two effectors.
     */
    @Test
    void largerCurrentsSpreadAndEvokeDualResponsesAtBorders() {
        Tolerance.relative(1e-12)
                .check(
                        "spread radius",
                        Math.sqrt(30.0 / 1292.0),
                        IcmsParameters.nudo1996().spreadRadiusMm());
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(1).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m", SHEET, BODY, MapNetworkParameters.defaults());
            net.encode(SomatotopicLayout.orderly(SHEET, BODY));
            MotorMap low = net.icms(IcmsParameters.nudo1996());
            MotorMap high = net.icms(IcmsParameters.nudo1996().withCurrentUa(500.0));
            Tolerance.absolute(0)
                    .check("dual at 30 uA", 0.0, MapAnalysis.dualResponseFraction(low));
            assertTrue(MapAnalysis.dualResponseFraction(high) > 0.3);
        }
    }

    @Test
    void invalidProtocolsAreRefused() {
        IcmsParameters p = IcmsParameters.nudo1996();
        assertThrows(IllegalArgumentException.class, () -> p.withCurrentUa(0));
        assertThrows(IllegalArgumentException.class, () -> p.withCurrentUa(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.withMovementThresholdHz(-1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IcmsParameters(30, 1292, 40.3, 0.5, 50, 20));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IcmsParameters(30, 1292, 40, 0.5, Double.POSITIVE_INFINITY, 20));
    }
}
