package io.github.plasticity.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class CorticalSheetTest {
    @Test
    void rectangleHasGridSitesAndAdjacentPairs() {
        CorticalSheet s = CorticalSheet.rectangle(4, 3, 0.5);
        assertEquals(12, s.siteCount());
        // closed form: (nx - 1) ny horizontal + nx (ny - 1) vertical pairs = 9 + 8
        assertEquals(17, s.adjacentPairCount());
        assertEquals(5, s.siteAt(1, 1));
        Tolerance.absolute(1e-12).check("x of site 5", 0.5, s.xMm(5));
        Tolerance.absolute(1e-12).check("y of site 5", 0.5, s.yMm(5));
        Tolerance.absolute(1e-12).check("site area", 0.25, s.siteAreaMm2());
        assertArrayEquals(new int[] {1, 4, 6, 9}, s.neighbours(5));
        assertArrayEquals(new int[] {1, 4}, s.neighbours(0));
        Tolerance.absolute(1e-12).check("distance", Math.hypot(1.5, 1.0), s.distanceMm(0, 11));
        assertEquals(-1, s.siteAt(4, 0));
    }

    @Test
    void maskSelectsSitesInRasterOrder() {
        // an L-shaped region: the first column and the last row of a 3 x 3 grid
        CorticalSheet s = CorticalSheet.masked(3, 3, 1.0, (x, y) -> x < 0.5 || y > 1.5);
        assertEquals(5, s.siteCount());
        assertEquals(-1, s.siteAt(1, 0));
        assertEquals(0, s.siteAt(0, 0));
        assertEquals(1, s.siteAt(0, 1));
        assertEquals(2, s.siteAt(0, 2));
        assertEquals(4, s.siteAt(2, 2));
        // pairs: (0,1), (1,2) vertical; (2,3), (3,4) horizontal
        assertEquals(4, s.adjacentPairCount());
        assertTrue(s.sameGeometry(CorticalSheet.masked(3, 3, 1.0, (x, y) -> x < 0.5 || y > 1.5)));
        assertTrue(!s.sameGeometry(CorticalSheet.rectangle(3, 3, 1.0)));
    }

    @Test
    void invalidArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CorticalSheet.rectangle(0, 3, 1.0));
        assertThrows(
                IllegalArgumentException.class, () -> CorticalSheet.rectangle(3, 3, Double.NaN));
        assertThrows(
                IllegalArgumentException.class,
                () -> CorticalSheet.rectangle(3, 3, Double.POSITIVE_INFINITY));
        assertThrows(
                IllegalArgumentException.class,
                () -> CorticalSheet.masked(2, 2, 1.0, new boolean[4]));
        assertThrows(
                IllegalArgumentException.class,
                () -> CorticalSheet.masked(2, 2, 1.0, new boolean[3]));
    }
}
