package io.github.plasticity.maps.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class EvokedDirectionTest {
    /**
     * SCIENCE.md C7.1: (i) the evoked direction switches to the practised one within 30 min of
     * training; (ii) it reverts after training, within 20 min ([M] ~15-20 min), and the fast
     * component decays with its time constant. Deterministic (no random input): one run.
     */
    @Test
    void switchesThenReverts() {
        EvokedDirection p = EvokedDirection.classen1998();
        EvokedDirection.Result r = p.run(30, 60, 1);
        assertTrue(r.flexionMinusExtension()[0] < 0, "baseline evoked direction is extension");
        double sw = r.switchMin();
        assertTrue(sw > 0 && sw <= 30, "switch within 30 min of training: " + sw);
        double back = r.revertMin() - 30;
        assertTrue(back > 0 && back <= 20, "reverts within 20 min of rest: " + back);
        // pure decay after training: w(t + 15 min) / w(t) = exp(-15 / 15) (closed form; float
        // rounding of the per-step factor 1 - dt/tau gives ~5e-4 relative; the
        // sites are silent at rest, so only the decay term acts)
        double ratio = r.fastFlexionWeight()[75] / r.fastFlexionWeight()[60];
        Tolerance.relative(5e-3).check("decay over one tau", Math.exp(-1.0), ratio);
        assertEquals(91, r.timeMin().length);
    }

    @Test
    void refusesNaN() {
        EvokedDirection p = EvokedDirection.classen1998();
        assertThrows(IllegalArgumentException.class, () -> p.run(Double.NaN, 10, 1));
    }
}
