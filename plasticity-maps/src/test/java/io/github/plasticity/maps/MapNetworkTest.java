package io.github.plasticity.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapNetworkTest {
    private static final BodyModel BODY = BodyModel.standard();

    @Test
    void networkIsMadeOfCorePopulationsAndProjections() {
        CorticalSheet sheet = CorticalSheet.rectangle(6, 4, 0.5);
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m1", sheet, BODY, MapNetworkParameters.defaults());
            assertEquals(24, net.sites().size());
            assertEquals(11, net.effectors().size());
            assertEquals(11, net.afferents().size());
            assertEquals(
                    List.of("m1.afferent", "m1.excitation", "m1.inhibition", "m1.output"),
                    sim.projections().stream().map(Projection::name).toList());
            Tolerance.absolute(0).check("site x", sheet.xMm(7), net.sites().xMm(7));
            for (float w : net.lateralExcitation().weightsCopy()) {
                assertTrue(w > 0);
            }
            for (float w : net.lateralInhibition().weightsCopy()) {
                assertTrue(w < 0);
            }
        }
    }

    /**
     * The lateral weights are normalised so that G_E is the summed weight onto a unit in the
     * continuum limit. Expected for an interior unit: G_E (1 - e^{-9/2}) for the cut at 3 sigma,
     * minus the missing self weight G_E h^2 / (2 pi sigma^2); the grid sum matches the integral to
     * far better than 1 % at h = sigma / 2.
     */
    @Test
    void lateralExcitationSumsToItsGain() {
        CorticalSheet sheet = CorticalSheet.rectangle(15, 15, 0.25);
        MapNetworkParameters p = MapNetworkParameters.defaults();
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            MapNetwork net = MapNetwork.create(sim, "m", sheet, BODY, p);
            int centre = sheet.siteAt(7, 7);
            double sum = 0;
            for (float w : net.lateralExcitation().rowCopy(centre)) {
                sum += w;
            }
            double g = p.excitationGain();
            double s = p.excitationSigmaMm();
            double expected = g * (1 - Math.exp(-4.5)) - g * 0.25 * 0.25 / (2 * Math.PI * s * s);
            Tolerance.relative(0.01).check("summed excitation", expected, sum);
        }
    }

    /** Afferent drive of one effector activates its territory and drives its effector unit. */
    @Test
    void afferentDriveActivatesTheTerritory() {
        CorticalSheet sheet = CorticalSheet.rectangle(22, 4, 0.5);
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m", sheet, BODY, MapNetworkParameters.defaults());
            MotorMap s1 = SomatotopicLayout.orderly(sheet, BODY);
            net.encode(s1);
            int d1 = BODY.indexOf("D1");
            net.setAfferentRateHz(d1, 20.0);
            sim.run(200.0);
            double inside = 0;
            double outside = 0;
            int nIn = 0;
            for (int i = 0; i < sheet.siteCount(); i++) {
                if (s1.dominant(i) == d1) {
                    inside += net.sites().rateHz(i);
                    nIn++;
                } else {
                    outside = Math.max(outside, net.sites().rateHz(i));
                }
            }
            assertTrue(inside / nIn > 10.0, "mean rate in D1 territory " + inside / nIn);
            assertTrue(outside < 5.0, "largest rate outside " + outside);
            double[] eff = net.effectors().ratesCopy();
            for (int e = 0; e < eff.length; e++) {
                if (e != d1) {
                    assertTrue(eff[e] < eff[d1], "effector " + e);
                }
            }
        }
    }

    /** A later issue trains the map: rules attach to the network's projections. */
    @Test
    void learningRulesAttachToTheProjections() {
        CorticalSheet sheet = CorticalSheet.rectangle(8, 4, 0.5);
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "m", sheet, BODY, MapNetworkParameters.defaults());
            net.encode(SomatotopicLayout.orderly(sheet, BODY));
            net.output()
                    .withBounds(WeightBounds.hard(0.0, 2.0))
                    .withRule(Hebbian.rate(new HebbianParameters(1e-5, 0.0)));
            float[] before = net.output().weightsCopy();
            net.setAfferentRateHz(BODY.indexOf("wrist"), 30.0);
            sim.run(100.0);
            assertNotEquals(before[0] + 0f, 0f + sumDiff(before, net.output().weightsCopy()));
            assertEquals(List.of("hebbian"), net.output().ruleNames());
        }
    }

    private static float sumDiff(float[] a, float[] b) {
        float s = 0;
        for (int k = 0; k < a.length; k++) {
            s += Math.abs(a[k] - b[k]);
        }
        return s;
    }

    @Test
    void encodeRefusesAMapOfAnotherSheetAndDriveIsValidated() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            MapNetwork net =
                    MapNetwork.create(
                            sim,
                            "m",
                            CorticalSheet.rectangle(4, 4, 0.5),
                            BODY,
                            MapNetworkParameters.defaults());
            MotorMap other = SomatotopicLayout.orderly(CorticalSheet.rectangle(5, 4, 0.5), BODY);
            assertThrows(IllegalArgumentException.class, () -> net.encode(other));
            assertThrows(IllegalArgumentException.class, () -> net.setAfferentRateHz(0, -1.0));
            assertThrows(
                    IllegalArgumentException.class, () -> net.setAfferentRateHz(0, Double.NaN));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MapNetworkParameters.defaults().withExcitation(Double.NaN, 0.5));
        }
    }
}
