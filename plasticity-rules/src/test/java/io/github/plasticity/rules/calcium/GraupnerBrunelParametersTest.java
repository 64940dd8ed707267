package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraupnerBrunelParametersTest {
    /** The table of SCIENCE.md §1.2 (authors' synapticChange.py), seconds converted to ms. */
    @Test
    void setsMatchTheAuthorsTable() {
        GraupnerBrunelParameters dp = GraupnerBrunelParameters.fig2Dp();
        assertEquals(20.0, dp.tauCaMs(), 0.0);
        assertEquals(150_000.0, dp.tauMs(), 0.0);
        assertEquals(13.7, dp.delayMs(), 0.0);
        assertEquals(321.808, dp.gammaP(), 0.0);
        GraupnerBrunelParameters cs = GraupnerBrunelParameters.corticalSlices();
        assertEquals(22.6936, cs.tauCaMs(), 1e-12);
        assertEquals(346_361.5, cs.tauMs(), 1e-9);
        assertEquals(4.6098, cs.delayMs(), 1e-12);
        assertEquals(5.40988, cs.b(), 0.0);
        GraupnerBrunelParameters hs = GraupnerBrunelParameters.hippocampalSlices();
        assertEquals(0.7, hs.beta(), 0.0);
        assertEquals(0.275865, hs.cPost(), 0.0);
        assertEquals(688_355.0, hs.tauMs(), 0.0);
        GraupnerBrunelParameters hc = GraupnerBrunelParameters.hippocampalCultures();
        assertEquals(36.0263, hc.b(), 0.0);
        assertEquals(33_759.6, hc.tauMs(), 1e-9);
        assertEquals(3.5, GraupnerBrunelParameters.fig2DPrime().thetaP(), 0.0);
        assertEquals(2.5, GraupnerBrunelParameters.fig2DpdPrime().thetaP(), 0.0);
        assertEquals(5.6568, GraupnerBrunelParameters.fig2D().sigma(), 0.0);
        assertEquals(0.0, GraupnerBrunelParameters.fig2P().delayMs(), 0.0);
        assertEquals(4.6, GraupnerBrunelParameters.fig2Dpd().delayMs(), 0.0);
    }

    @Test
    void everySetHasAName() {
        assertEquals(
                List.of(
                        "DP",
                        "DPD",
                        "DPD'",
                        "P",
                        "D",
                        "D'",
                        "cortical slices",
                        "hippocampal slices",
                        "hippocampal cultures"),
                List.copyOf(GraupnerBrunelParameters.allSets().keySet()));
        assertEquals(
                GraupnerBrunelParameters.corticalSlices(),
                GraupnerBrunelParameters.named("cortical slices"));
        assertThrows(IllegalArgumentException.class, () -> GraupnerBrunelParameters.named("X"));
    }

    @Test
    void blockScalesPresynapticCalciumOnly() {
        GraupnerBrunelParameters p = GraupnerBrunelParameters.fig2Dp().withNmdaBlock(0.25);
        assertEquals(0.25, p.effectiveCPre(), 0.0);
        assertEquals(2.0, p.cPost(), 0.0);
    }

    @Test
    void rejectsBadValues() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GraupnerBrunelParameters.fig2Dp().withSigma(Double.NaN));
        assertEquals("sigma must be >= 0 and finite (dimensionless): NaN", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> GraupnerBrunelParameters.fig2Dp().withCPre(-1));
    }
}
