package io.github.plasticity.maps.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.testkit.Tolerance;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SomatotopicLayoutTest {
    private static final BodyModel BODY = BodyModel.standard();
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(36, 20, 0.5);

    @Test
    void s1HasFractureDensityNearItsMinimumAndNoOverlap() {
        MotorMap s1 = SomatotopicLayout.orderly(SHEET, BODY);
        int k = BODY.size();
        int pairs = SHEET.adjacentPairCount();
        // closed form: k contiguous full-height bands have at least (k-1) ny borders; a band
        // boundary with one step inside a column adds one more border.
        double min = (k - 1) * SHEET.ny() / (double) pairs;
        double max = (k - 1) * (SHEET.ny() + 1) / (double) pairs;
        double fd = MapAnalysis.fractureDensity(s1);
        assertTrue(
                fd >= min && fd <= max,
                "fracture density " + fd + " in [" + min + ", " + max + "]");
        Tolerance.absolute(0).check("mean Dice", 0.0, MapAnalysis.meanDice(s1));
        Tolerance.absolute(0).check("dual responses", 0.0, MapAnalysis.dualResponseFraction(s1));
        int[] patches = MapAnalysis.patchCounts(s1);
        int[] counts = SomatotopicLayout.siteCounts(BODY, SHEET.siteCount());
        for (int e = 0; e < k; e++) {
            assertEquals(1, patches[e], "patches of " + BODY.effector(e).name());
            Tolerance.absolute(1e-12)
                    .check("area", counts[e] * SHEET.siteAreaMm2(), MapAnalysis.areaMm2(s1, e));
        }
        int[] digits = new int[5];
        for (int d = 0; d < 5; d++) {
            digits[d] = BODY.indexOf("D" + (d + 1));
        }
        assertTrue(MapAnalysis.centroidsOrderedMediolaterally(s1, digits));
        // leg medial, face lateral
        assertTrue(
                MapAnalysis.centroidMm(s1, BODY.indexOf("leg"))[0]
                        < MapAnalysis.centroidMm(s1, BODY.indexOf("face"))[0]);
    }

    @Test
    void siteCountsSumToTheSheetAndFollowTheShares() {
        int[] c = SomatotopicLayout.siteCounts(BODY, 720);
        int sum = 0;
        double[] share = BODY.areaShares();
        for (int e = 0; e < c.length; e++) {
            sum += c[e];
            // largest-remainder rounding is within one site of the exact share
            assertTrue(Math.abs(c[e] - share[e] * 720) < 1.0);
        }
        assertEquals(720, sum);
    }

    @Test
    void blockPermutationsEnumerateEveryRegionOrderOnce() {
        List<List<String>> perms = SomatotopicLayout.regionPermutations(BODY);
        assertEquals(120, perms.size());
        assertEquals(BODY.regions(), perms.get(0));
        assertEquals(120, new HashSet<>(perms).size());
        MotorMap mirror =
                SomatotopicLayout.blocks(
                        SHEET, BODY, List.of("face", "hand", "arm", "trunk", "leg"));
        assertTrue(
                MapAnalysis.centroidMm(mirror, BODY.indexOf("face"))[0]
                        < MapAnalysis.centroidMm(mirror, BODY.indexOf("leg"))[0]);
        Tolerance.absolute(1e-12)
                .check(
                        "same areas in any order",
                        MapAnalysis.areaMm2(SomatotopicLayout.orderly(SHEET, BODY), 0),
                        MapAnalysis.areaMm2(mirror, 0));
    }
}
