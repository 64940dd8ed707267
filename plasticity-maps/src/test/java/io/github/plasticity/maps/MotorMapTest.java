package io.github.plasticity.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MotorMapTest {
    private static final BodyModel BODY =
            BodyModel.of(
                    List.of(
                            Effector.at("a", "r", "C5", 1),
                            Effector.at("b", "r", "C6", 1),
                            Effector.at("c", "r", "C7", 1)));
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(3, 1, 1.0);

    @Test
    void absoluteThresholdGivesResponsesAndDominant() {
        double[][] s = {{5, 1, 0}, {2, 3, 2.5}, {0.5, 0.5, 0.5}};
        MotorMap m = MotorMap.absolute(SHEET, BODY, s, 1.0);
        assertEquals(0, m.dominant(0));
        assertEquals(1, m.responseCount(0));
        assertEquals(1, m.dominant(1));
        assertEquals(3, m.responseCount(1));
        assertEquals(2, m.secondResponse(1));
        assertEquals(-1, m.dominant(2));
        assertEquals(0, m.responseCount(2));
    }

    @Test
    void relativeThresholdAndTiesToLowestIndex() {
        double[][] s = {{1, 1, 0.4}, {0, 0, 0}, {0.2, 0.6, 1.0}};
        MotorMap m = MotorMap.relative(SHEET, BODY, s, 0.5);
        assertEquals(0, m.dominant(0));
        assertTrue(m.responds(0, 1));
        assertFalse(m.responds(0, 2));
        assertEquals(-1, m.dominant(1));
        assertEquals(2, m.dominant(2));
        assertTrue(m.responds(2, 1));
        assertFalse(m.responds(2, 0));
    }

    @Test
    void invalidInputsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> MotorMap.ofAssignment(SHEET, BODY, new int[] {0, 3, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> MotorMap.ofAssignment(SHEET, BODY, new int[] {0, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        MotorMap.absolute(
                                SHEET,
                                BODY,
                                new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
                                Double.NaN));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        MotorMap.relative(
                                SHEET, BODY, new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}, 0));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        MotorMap.absolute(
                                SHEET,
                                BODY,
                                new double[][] {{0, 0, Double.NaN}, {0, 0, 0}, {0, 0, 0}},
                                0));
    }
}
