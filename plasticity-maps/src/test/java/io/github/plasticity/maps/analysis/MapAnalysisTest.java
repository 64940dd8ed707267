package io.github.plasticity.maps.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made maps on a 4 x 3 sheet (1 mm spacing), every expected value counted by hand:
 *
 * <pre>
 *   row 0:  A B A B
 *   row 1:  A A A B      site 5 also responds with B, site 8 also with A
 *   row 2:  C C C C
 * </pre>
 */
class MapAnalysisTest {
    private static final Tolerance EXACT = Tolerance.absolute(1e-12);
    private static final BodyModel BODY =
            BodyModel.of(
                    List.of(
                            Effector.at("A", "r1", "C5", 1),
                            Effector.at("B", "r1", "C6", 1),
                            Effector.at("C", "r2", "C7", 1)));
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(4, 3, 1.0);
    private static final int[] DOMINANT = {0, 1, 0, 1, 0, 0, 0, 1, 2, 2, 2, 2};

    private static MotorMap handMade() {
        double[][] s = new double[12][3];
        for (int i = 0; i < 12; i++) {
            s[i][DOMINANT[i]] = 1.0;
        }
        s[5][1] = 0.6;
        s[8][0] = 0.6;
        return MotorMap.absolute(SHEET, BODY, s, 0.5);
    }

    @Test
    void fractureDensityCountsBordersAmongAdjacentPairs() {
        // horizontal borders: 3 in row 0, 1 in row 1, 0 in row 2; vertical: 5 of 8 -> 9 of 17
        EXACT.check("fracture density", 9.0 / 17.0, MapAnalysis.fractureDensity(handMade()));
    }

    @Test
    void areasAndPatches() {
        MotorMap m = handMade();
        assertArrayEquals(new double[] {5, 3, 4}, MapAnalysis.areasMm2(m), 1e-12);
        // B's site 1 is cut off from sites 3 and 7 -> 2 patches
        assertArrayEquals(new int[] {1, 2, 1}, MapAnalysis.patchCounts(m));
        EXACT.check("response area of A", 6.0, MapAnalysis.responseAreaMm2(m, 0));
    }

    @Test
    void diceAndDualResponses() {
        MotorMap m = handMade();
        // response fields: A = {0,2,4,5,6,8}, B = {1,3,5,7}, C = {8,9,10,11}
        EXACT.check("Dice A,B", 2.0 * 1 / (6 + 4), MapAnalysis.dice(m, 0, 1));
        EXACT.check("Dice A,C", 2.0 * 1 / (6 + 4), MapAnalysis.dice(m, 0, 2));
        EXACT.check("Dice B,C", 0.0, MapAnalysis.dice(m, 1, 2));
        EXACT.check("mean Dice", 0.4 / 3, MapAnalysis.meanDice(m));
        EXACT.check("dual-response fraction", 2.0 / 12, MapAnalysis.dualResponseFraction(m));
        EXACT.check("unresponsive", 0.0, MapAnalysis.unresponsiveFraction(m));
    }

    @Test
    void centroidsAndTheirDistances() {
        MotorMap m = handMade();
        assertArrayEquals(new double[] {1.0, 0.6}, MapAnalysis.centroidMm(m, 0), 1e-12);
        assertArrayEquals(new double[] {7.0 / 3, 1.0 / 3}, MapAnalysis.centroidMm(m, 1), 1e-12);
        assertArrayEquals(new double[] {1.5, 2.0}, MapAnalysis.centroidMm(m, 2), 1e-12);
        EXACT.check("|A - C|", Math.hypot(0.5, 1.4), MapAnalysis.centroidDistanceMm(m, 0, 2));
        // x of centroids: A 1.0, C 1.5, B 2.33 -> A, C, B increasing; A, B, C not monotone
        assertTrue(MapAnalysis.centroidsOrderedMediolaterally(m, 0, 2, 1));
        assertFalse(MapAnalysis.centroidsOrderedMediolaterally(m, 0, 1, 2));
        assertTrue(MapAnalysis.centroidsOrderedAlongAxis(m, 0, 2));
    }

    @Test
    void emptyTerritoriesGiveZeroPatchesAndNaNWhereUndefined() {
        MotorMap m =
                MotorMap.ofAssignment(
                        SHEET, BODY, new int[] {0, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1});
        assertEquals(0, MapAnalysis.patchCount(m, 1));
        assertTrue(Double.isNaN(MapAnalysis.dice(m, 1, 2)));
        assertTrue(Double.isNaN(MapAnalysis.centroidMm(m, 2)[0]));
        EXACT.check("unresponsive", 0.5, MapAnalysis.unresponsiveFraction(m));
        // the 6 adjacent pairs among sites 0-5 are the only responsive ones, none a border
        EXACT.check("fracture", 0.0, MapAnalysis.fractureDensity(m));
    }

    @Test
    void stabilitySeparatesGrossAndFineChange() {
        MotorMap before = handMade();
        int[] after = DOMINANT.clone();
        after[1] = 0; // B -> A: fine change within region r1
        after[8] = 0; // C -> A: region change
        MapStability st = MapStability.compare(before, MotorMap.ofAssignment(SHEET, BODY, after));
        EXACT.check("region change", 1.0 / 12, st.regionChange());
        EXACT.check("fine change", 1.0 / 11, st.fineChange());
        EXACT.check("responsiveness change", 0.0, st.responsivenessChange());
        // r1 centroid (1.5, 0.5) -> (12/9, 6/9); r2 (1.5, 2) -> (2, 2)
        double r1 = Math.hypot(1.5 - 12.0 / 9, 0.5 - 6.0 / 9);
        EXACT.check("gross shift", (r1 + 0.5) / 2, st.grossShiftMm());
        MapStability same = MapStability.compare(before, before);
        EXACT.check(
                "no change", 0.0, same.grossShiftMm() + same.fineChange() + same.regionChange());
    }
}
