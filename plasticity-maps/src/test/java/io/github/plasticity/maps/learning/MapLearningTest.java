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
import io.github.plasticity.testkit.Tolerance;
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
            // bouts of 100 ms plus 50 ms rest: floor(2000 / 150) = 13 bouts, 1950 ms
            assertEquals(13, ml.bouts());
            assertEquals(1950.0, ml.timeMs(), 1e-9);
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

    /**
     * The normalisations hold during training: every afferent's total weight (column of the
     * afferent projection) and every effector's total output weight (row of the output projection)
     * keep their encoded values to 1e-5 relative (float sums of 40 weights after the last step; the
     * afferent weights never reach their bound of 2 here), while the weights themselves move. Seed
     * 3, 10 s of 4:1 digit training on a 10 x 4 sheet.
     */
    @Test
    void trainingKeepsAfferentAndEffectorTotals() {
        BodyModel body = MapLearning.forelimb();
        MotorMap init = SomatotopicLayout.orderly(SHEET, body);
        try (MapLearning ml =
                MapLearning.create(SHEET, body, init, MapLearningParameters.defaults(), 3)) {
            int n = SHEET.siteCount();
            int m = body.size();
            double[] aff0 = new double[m];
            double[] out0 = new double[m];
            for (int e = 0; e < m; e++) {
                for (int i = 0; i < n; i++) {
                    aff0[e] += ml.network().afferent().weight(i, e);
                    out0[e] += ml.network().output().weight(e, i);
                }
            }
            float[] a0 = ml.network().afferent().weightsCopy();
            ml.use(10_000, new double[] {1, 1, 1, 4, 1});
            for (int e = 0; e < m; e++) {
                double aff = 0;
                double out = 0;
                for (int i = 0; i < n; i++) {
                    aff += ml.network().afferent().weight(i, e);
                    out += ml.network().output().weight(e, i);
                }
                Tolerance.relative(1e-5).check("afferent total " + e, aff0[e], aff);
                Tolerance.relative(1e-5).check("output total " + e, out0[e], out);
            }
            assertFalse(java.util.Arrays.equals(a0, ml.network().afferent().weightsCopy()));
        }
    }

    /**
     * The mean site rate is fixed by the afferent totals, whatever the use shares (class javadoc of
     * MapLearning): over 10 s of natural use and then 10 s of 4:1 training the mean rate stays
     * within 5 % of the 3.08 Hz set point (measured on the 15 x 6 sheet within 2 %; this sheet is
     * smaller, with relatively more edge). Seed 3.
     */
    @Test
    void meanRateStaysAtTheSetPointUnderTraining() {
        BodyModel body = MapLearning.forelimb();
        MotorMap init = SomatotopicLayout.orderly(SHEET, body);
        MapLearningParameters p = MapLearningParameters.defaults();
        double goal = p.scaling().goalRateHz();
        try (MapLearning ml = MapLearning.create(SHEET, body, init, p, 3)) {
            double natural = ml.use(10_000, new double[] {1, 1, 1, 1, 1});
            double trained = ml.use(10_000, new double[] {1, 1, 1, 4, 1});
            Tolerance.relative(0.05).check("mean rate, natural use", goal, natural);
            Tolerance.relative(0.05).check("mean rate, training", goal, trained);
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
