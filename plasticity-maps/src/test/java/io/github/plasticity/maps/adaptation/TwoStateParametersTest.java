package io.github.plasticity.maps.adaptation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

class TwoStateParametersTest {
    private static final TwoStateParameters SGS = TwoStateParameters.smithGhazizadehShadmehr2006();

    @Test
    void literatureValues() {
        assertEquals(new TwoStateParameters(0.92, 0.03, 0.996, 0.004), SGS);
        assertEquals(SGS, TwoStateParameters.defaults());
        TwoStateParameters single = TwoStateParameters.singleStateSmith2006();
        assertEquals(0.99, single.aFast());
        assertEquals(0.013, single.bFast());
        assertEquals(0.0, single.aSlow());
        assertEquals(0.0, single.bSlow());
        // single state: x_inf = B / (1 - A + B) (closed form)
        Tolerance.relative(1e-12)
                .check("single x_inf", 0.013 / 0.023, single.fixedPoint(1).output());
        assertFalse(single.isFastSlowOrdered());
        assertTrue(single.isStable());
    }

    private static void rejects(String name, DoubleFunction<TwoStateParameters> f, double... bad) {
        for (double v : bad) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> f.apply(v), name + " " + v);
            assertTrue(e.getMessage().startsWith(name + " must be in [0"), e.getMessage());
            assertTrue(e.getMessage().endsWith(String.valueOf(v)), e.getMessage());
        }
    }

    @Test
    void validation() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        rejects("aFast", SGS::withAFast, nan, inf, -inf, -0.1, 1.0, 1.5);
        rejects("aSlow", SGS::withASlow, nan, inf, -inf, -0.1, 1.0);
        rejects("bFast", SGS::withBFast, nan, inf, -inf, -0.01, 1.01);
        rejects("bSlow", SGS::withBSlow, nan, inf, -inf, -0.01, 2);
        // Ordering is documented, not enforced.
        TwoStateParameters swapped = new TwoStateParameters(0.996, 0.004, 0.92, 0.03);
        assertFalse(swapped.isFastSlowOrdered());
        assertEquals(SGS.fixedPoint(1).output(), swapped.fixedPoint(1).output(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SGS.fixedPoint(nan));
    }

    /**
     * Stability is the spectral radius of M below 1: large learning rates oscillate and diverge.
     */
    @Test
    void stability() {
        assertFalse(new TwoStateParameters(0, 0.9, 0, 0.9).isStable()); // eigenvalues 0 and -1.8
        assertTrue(new TwoStateParameters(0, 0.4, 0, 0.4).isStable()); // 0 and -0.8
        TwoStateModel m = TwoStateModel.of(new TwoStateParameters(0, 0.9, 0, 0.9));
        m.run(TrialType.PERTURBATION, 1.0, 60);
        assertTrue(Math.abs(m.output()) > 1e10, "diverges: " + m.output());
    }
}
