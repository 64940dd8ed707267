package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class ShouvalParametersTest {
    private final ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002();

    /** SCIENCE.md C1.2 [D]: closed form, tolerance 1e-3. */
    @Test
    void c12OmegaValues() {
        double[] ca = {0, 0.2, 0.35, 0.45, 0.55, 0.7, 1.0};
        double[] expected = {0.250, 0.250, 0.125, 0.0004, 0.500, 1.000, 1.000};
        for (int k = 0; k < ca.length; k++) {
            Tolerance.absolute(1e-3).check("Omega(" + ca[k] + " uM)", expected[k], p.omega(ca[k]));
        }
    }

    /** SCIENCE.md C1.2 [D]: closed form, tolerance 1e-3 (η(0) relative, it is 1e-4 per s). */
    @Test
    void c12EtaValues() {
        Tolerance.relative(1e-3).check("eta(0) (1/s)", 1.0e-4, p.etaPerSecond(0));
        Tolerance.relative(1e-6).check("tau(0) (ms)", 10_001_000.0, p.learningTimeConstantMs(0));
        Tolerance.absolute(1e-3).check("eta(0.2) (1/s)", 0.0742, p.etaPerSecond(0.2));
        Tolerance.absolute(1e-3).check("eta(0.35) (1/s)", 0.300, p.etaPerSecond(0.35));
        Tolerance.absolute(1e-3).check("eta(0.55) (1/s)", 0.625, p.etaPerSecond(0.55));
        Tolerance.absolute(1e-3).check("eta(1.0) (1/s)", 0.909, p.etaPerSecond(1.0));
        Tolerance.relative(1e-12).check("eta per ms", p.etaPerSecond(0.4) / 1000, p.etaPerMs(0.4));
    }

    /** SCIENCE.md C1.2: the fixed point W* = Omega/lambda: 0.25 at rest, ~0 for LTD, 1 for LTP. */
    @Test
    void c12FixedPoints() {
        Tolerance.absolute(1e-3).check("W* at rest", 0.25, p.omega(0) / p.lambda());
        Tolerance.absolute(5e-3).check("W* in the LTD band", 0.0, p.omega(0.45) / p.lambda());
        Tolerance.absolute(1e-3).check("W* above 0.6 uM", 1.0, p.omega(0.8) / p.lambda());
    }

    /** The EPSP normalisation of Shouval et al. (2002) supplement: 0.6968 (4 digits). */
    @Test
    void epspNormMatchesPaper() {
        Tolerance.absolute(5e-5).check("EPSP norm", 0.6968, p.epspNorm());
    }

    /** BPAP: zero before it arrives (2 ms), 100 mV just after, then the two exponentials. */
    @Test
    void bpapKernel() {
        assertEquals(0.0, p.bpapMv(1.0), 0.0);
        assertEquals(0.0, p.bpapMv(2.0), 0.0);
        Tolerance.relative(1e-12)
                .check(
                        "BPAP 10 ms after the spike",
                        100 * (0.75 * Math.exp(-8 / 3.0) + 0.25 * Math.exp(-8 / 25.0)),
                        p.bpapMv(10.0));
    }

    /** The NMDA current per unit gating at -65 mV: 0.5 * (-1/500) * B(-65) * (-195) uM/ms. */
    @Test
    void nmdaCurrentClosedForm() {
        double expected = 0.5 * (-1 / 500.0) * MgBlock.unblocked(-65, 1.0) * (-65 - 130);
        Tolerance.relative(1e-12).check("I/g at -65 mV", expected, p.nmdaCurrentPerGating(-65));
        assertEquals(0.0, p.withNmdaBlock(0).nmdaCurrentPerGating(-20), 0.0);
    }

    @Test
    void copiesChangeOneField() {
        assertEquals(10.0, p.withEpspPeakMv(10).epspPeakMv(), 0.0);
        assertEquals(0.5, p.withNmdaBlock(0.5).nmdaBlock(), 0.0);
        assertEquals(2.0, p.withMgMm(2).mgMm(), 0.0);
        assertEquals(0.0, p.withBpapPeakMv(0).bpapPeakMv(), 0.0);
        assertEquals(-70.0, p.withVRestMv(-70).vRestMv(), 0.0);
        assertEquals(0.5, p.withLambda(0.5).lambda(), 0.0);
        assertEquals(p, p.withEpspPeakMv(1.0));
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> p.withNmdaBlock(1.5));
        assertEquals("nmdaBlock must be in [0.0, 1.0] (dimensionless): 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.withNmdaBlock(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.withMgMm(-0.1));
        assertThrows(IllegalArgumentException.class, () -> p.withEpspPeakMv(-1));
    }
}
