package io.github.plasticity.maps.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.rules.ScalingParameters;
import org.junit.jupiter.api.Test;

class MapLearningTest {
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(10, 4, 0.25);

    @Test
    void parametersRefuseNaN() {
        MapLearningParameters d = MapLearningParameters.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withOutputHebbian(Double.NaN, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> d.withAfferentHebbian(1e-7, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScalingParameters(Double.NaN, 1e-4, 0, 4));
    }

    @Test
    void forelimbHasFiveEffectorsInTwoRegions() {
        BodyModel b = MapLearning.forelimb();
        assertEquals(5, b.size());
        assertEquals(2, b.regions().size());
        assertEquals(3, b.indexOf("digits"));
    }

    /**
     * With acetylcholine at 0 the gate multiplies the Hebbian rate and its decay by 0, so the
     * output weights keep their encoded values exactly (scaling acts on the afferents only).
     */
    @Test
    void acetylcholineZeroFreezesTheOutputWeights() {
        BodyModel body = MapLearning.forelimb();
        MotorMap init = SomatotopicLayout.orderly(SHEET, body);
        try (MapLearning ml =
                MapLearning.create(
                        SHEET, body, init, MapLearningParameters.defaults(), 3, t -> 0.0)) {
            float[] w0 = ml.network().output().weightsCopy();
            float[] a0 = ml.network().afferent().weightsCopy();
            double rate = ml.use(2000, new double[] {1, 1, 1, 4, 1});
            assertTrue(rate > 0, "sites fire during use: " + rate);
            assertArrayEquals(w0, ml.network().output().weightsCopy());
            // the ungated scaling still moves the afferent weights
            assertFalse(java.util.Arrays.equals(a0, ml.network().afferent().weightsCopy()));
            assertEquals(20, ml.bouts());
            assertEquals(2000.0, ml.timeMs(), 1e-9);
        }
    }

    /**
     * The orderly initial map read by virtual ICMS gives every effector its encoded strip (the
     * read-out threshold sits below the evoked rate of every site, edges included).
     */
    @Test
    void initialIcmsMapIsTheEncodedLayout() {
        BodyModel body = MapLearning.forelimb();
        MotorMap init = SomatotopicLayout.orderly(SHEET, body);
        try (MapLearning ml =
                MapLearning.create(SHEET, body, init, MapLearningParameters.defaults(), 3)) {
            MotorMap m = ml.icms(UseProtocol.readout());
            for (int e = 0; e < body.size(); e++) {
                assertEquals(MapAnalysis.areaMm2(init, e), MapAnalysis.areaMm2(m, e), 1e-12);
            }
            assertEquals(0.0, MapAnalysis.unresponsiveFraction(m), 0.0);
        }
    }

    @Test
    void useRefusesAllZeroShares() {
        BodyModel body = MapLearning.forelimb();
        MotorMap init = SomatotopicLayout.orderly(SHEET, body);
        try (MapLearning ml =
                MapLearning.create(SHEET, body, init, MapLearningParameters.defaults(), 3)) {
            assertThrows(IllegalArgumentException.class, () -> ml.use(1000, new double[5]));
        }
    }
}
