package io.github.plasticity.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyModelTest {
    @Test
    void levelScaleFollowsTheSegmentSequence() {
        // the scale documented in SpinalLevel: C1 = 1, T1 = 9, L1 = 21, S1 = 26
        assertEquals(5.0, SpinalLevel.of("C5"));
        assertEquals(9.0, SpinalLevel.of("t1"));
        assertEquals(24.0, SpinalLevel.of("L4"));
        assertEquals(26.0, SpinalLevel.of("S1"));
        assertEquals(30.0, SpinalLevel.of("S5"));
        assertEquals(-1.0, SpinalLevel.of("VII"));
        assertEquals(-2.0, SpinalLevel.of("V"));
        assertEquals(8.5, SpinalLevel.span("C8", "T1"));
        for (String bad : new String[] {"C9", "T13", "X", "", "L0", "Cx"}) {
            assertThrows(IllegalArgumentException.class, () -> SpinalLevel.of(bad), bad);
        }
    }

    @Test
    void standardBodyIsInPenfieldOrderWithFiveRegions() {
        BodyModel b = BodyModel.standard();
        assertEquals(
                List.of(
                        "leg",
                        "trunk",
                        "shoulder",
                        "elbow",
                        "wrist",
                        "D5",
                        "D4",
                        "D3",
                        "D2",
                        "D1",
                        "face"),
                b.names());
        assertEquals(List.of("leg", "trunk", "arm", "hand", "face"), b.regions());
        assertArrayEquals(new int[] {5, 6, 7, 8, 9}, b.effectorsIn("hand"));
        assertEquals(24.0, b.effector(b.indexOf("leg")).targetLevel());
        assertEquals(-1.0, b.effector(b.indexOf("face")).targetLevel());
        double sum = 0;
        for (double a : b.areaShares()) {
            sum += a;
        }
        Tolerance.absolute(1e-12).check("area shares sum", 1.0, sum);
    }

    @Test
    void invalidBodiesAreRefused() {
        Effector a = Effector.at("a", "r1", "C5", 1);
        Effector b = Effector.at("b", "r2", "C6", 1);
        Effector c = Effector.at("c", "r1", "C7", 1);
        assertThrows(IllegalArgumentException.class, () -> BodyModel.of(List.of(a, b, c)));
        assertThrows(IllegalArgumentException.class, () -> BodyModel.of(List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> BodyModel.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Effector("x", "r", Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Effector("x", "r", 1, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Effector("x", "r", 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> BodyModel.standard().indexOf("tail"));
    }
}
