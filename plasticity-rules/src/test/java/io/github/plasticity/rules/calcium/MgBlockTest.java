package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class MgBlockTest {
    /** SCIENCE.md C1.1 [D]: closed form, rounded to 4 decimals there; tolerance 1e-4. */
    @Test
    void c11BlockValuesAtOneMillimolar() {
        MgBlock b = MgBlock.jahrStevens1990();
        double[] v = {-100, -80, -65, -50, -40, -20, 0, 20, 40};
        double[] expected = {
            0.0072, 0.0244, 0.0597, 0.1385, 0.2302, 0.5081, 0.7812, 0.9250, 0.9771
        };
        for (int k = 0; k < v.length; k++) {
            Tolerance.absolute(1e-4).check("B(" + v[k] + " mV)", expected[k], b.unblocked(v[k]));
        }
    }

    /** SCIENCE.md C1.1 [D]: [Mg] = 2 mM, closed form; tolerance 1e-4. */
    @Test
    void c11BlockValuesAtTwoMillimolar() {
        MgBlock b = MgBlock.jahrStevens1990().withMgMm(2.0);
        Tolerance.absolute(1e-4).check("B(-65 mV, 2 mM)", 0.0308, b.unblocked(-65));
        Tolerance.absolute(1e-4).check("B(0 mV, 2 mM)", 0.6409, b.unblocked(0));
    }

    /**
     * SCIENCE.md C1.1 coincidence detector: B(-20)/B(-65) (-20-130)/(-65-130) = 8.516 x 0.769 =
     * 6.551 (closed form, relative 1e-3), "about 6.5" in SCIENCE.md (within 0.1).
     */
    @Test
    void c11CoincidenceRatio() {
        MgBlock b = MgBlock.jahrStevens1990();
        double ratio = b.influxRatio(-20, -65, 130);
        double closedForm =
                (1 / (1 + Math.exp(0.062 * 20) / 3.57))
                        / (1 / (1 + Math.exp(0.062 * 65) / 3.57))
                        * (150.0 / 195.0);
        Tolerance.relative(1e-12).check("influx ratio, closed form", closedForm, ratio);
        Tolerance.relative(1e-3).check("influx ratio", 6.551, ratio);
        Tolerance.absolute(0.1).check("influx ratio vs SCIENCE.md '~6.5'", 6.5, ratio);
    }

    @Test
    void noMagnesiumMeansNoBlock() {
        assertEquals(1.0, new MgBlock(0).unblocked(-80), 0.0);
    }

    @Test
    void blockRisesMonotonicallyWithDepolarisation() {
        MgBlock b = MgBlock.jahrStevens1990();
        double prev = 0;
        for (double v = -120; v <= 60; v += 0.5) {
            double x = b.unblocked(v);
            assertTrue(x > prev && x < 1, "B must increase in (0, 1) at " + v + " mV: " + x);
            prev = x;
        }
    }

    @Test
    void rejectsBadMagnesium() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new MgBlock(Double.NaN));
        assertEquals("mgMm must be >= 0 and finite (mM): NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MgBlock(-1));
        assertThrows(IllegalArgumentException.class, () -> new MgBlock(Double.POSITIVE_INFINITY));
    }
}
