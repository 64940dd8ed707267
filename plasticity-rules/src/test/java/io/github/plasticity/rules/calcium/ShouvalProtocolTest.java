package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class ShouvalProtocolTest {
    /** Shouval et al. (2002) Fig. 3B: EPSP 10 mV. */
    private static final ShouvalParameters FIG3B =
            ShouvalParameters.shouvalBearCooper2002().withEpspPeakMv(10.0);

    private static double ratio(ShouvalParameters p, double rateHz) {
        return ShouvalProtocol.presynapticTrain(p, rateHz, ShouvalProtocol.RATE_PROTOCOL_PULSES)
                .weightRatio();
    }

    /**
     * SCIENCE.md C1.3 (Appendix A.2 protocol, 900 pulses): W/W0 < 0.7 at 1-5 Hz (LTD), > 1.5 at >=
     * 20 Hz (LTP), and never above Omega_max/W0 = 4.
     */
    @Test
    void c13RateDependenceIsBcmShaped() {
        for (double f : new double[] {1, 2, 3, 5}) {
            double r = ratio(FIG3B, f);
            assertTrue(r < 0.7, "LTD expected at " + f + " Hz, W/W0 = " + r);
        }
        for (double f : new double[] {20, 30, 50, 100}) {
            double r = ratio(FIG3B, f);
            assertTrue(r > 1.5 && r <= 4.0, "LTP (<= 4) expected at " + f + " Hz, W/W0 = " + r);
        }
    }

    /**
     * Our own values of the Appendix A.2 protocol (900 pulses), re-computed independently by a
     * plain-Python transcription of the same equations (with the EPSP norm 0.696837 that makes the
     * peak exactly s; SCIENCE.md's rounded 0.6968 changes these by at most 2e-4 relative): 0.51586
     * at 1 Hz, 0.31093 at 5 Hz, 1.76877 at 10 Hz, 3.87937 at 20 Hz. Relative tolerance 1e-4, well
     * inside SCIENCE.md's +-10 %.
     */
    @Test
    void c13ValuesMatchIndependentTranscription() {
        Tolerance.relative(1e-4).check("W/W0 at 1 Hz", 0.51586, ratio(FIG3B, 1));
        Tolerance.relative(1e-4).check("W/W0 at 5 Hz", 0.31093, ratio(FIG3B, 5));
        Tolerance.relative(1e-4).check("W/W0 at 10 Hz", 1.76877, ratio(FIG3B, 10));
        Tolerance.relative(1e-4).check("W/W0 at 20 Hz", 3.87937, ratio(FIG3B, 20));
    }

    /** An NMDA block of 0 abolishes both the LTD at 1 Hz and the LTP at 20 Hz. */
    @Test
    void nmdaBlockAbolishesLtpAndLtd() {
        ShouvalParameters blocked = FIG3B.withNmdaBlock(0.0);
        for (double f : new double[] {1, 20}) {
            ShouvalProtocol.Result r =
                    ShouvalProtocol.presynapticTrain(
                            blocked, f, ShouvalProtocol.RATE_PROTOCOL_PULSES);
            assertEquals(0.0, r.peakCalciumUm(), 0.0, "no calcium enters at " + f + " Hz");
            // W relaxes towards Omega(0)/lambda = 0.25 - 1.7e-13: no measurable change.
            Tolerance.absolute(1e-9).check("W/W0 at " + f + " Hz, blocked", 1.0, r.weightRatio());
        }
    }

    /**
     * Voltage clamp (Shouval et al. 2002 Fig. 3A; 100 pulses at 1 Hz): no change at rest, LTD at
     * mild depolarisation (calcium in the LTD band), LTP near -20 mV. The plain-Python
     * transcription gives 0.999, 0.334 and 3.210 at -65, -55 and -20 mV.
     */
    @Test
    void voltageClampGivesLtdThenLtp() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002();
        double rest = ShouvalProtocol.voltageClamp(p, -65, 1, 100).weightRatio();
        double ltd = ShouvalProtocol.voltageClamp(p, -55, 1, 100).weightRatio();
        double ltp = ShouvalProtocol.voltageClamp(p, -20, 1, 100).weightRatio();
        Tolerance.absolute(1e-3).check("W/W0 clamped at -65 mV", 0.999, rest);
        Tolerance.absolute(1e-3).check("W/W0 clamped at -55 mV", 0.334, ltd);
        Tolerance.absolute(1e-3).check("W/W0 clamped at -20 mV", 3.210, ltp);
    }

    /** With a single spike and V held constant, Euler calcium follows its recursion exactly. */
    @Test
    void traceFollowsEulerRecursion() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002().withEpspPeakMv(0);
        ShouvalProtocol.Trace t =
                ShouvalProtocol.trace(p, new double[] {0.0}, new double[0], 20.0, 0.5, 0.25);
        double ca = 0;
        for (int k = 1; k < t.timeMs().length; k++) {
            double age = k * 0.5;
            double gating = 0.5 * Math.exp(-age / 50) + 0.5 * Math.exp(-age / 200);
            ca += 0.5 * (gating * p.nmdaCurrentPerGating(-65) - ca / 50);
            Tolerance.relative(1e-12).check("Ca at step " + k, ca, t.calciumUm()[k]);
            assertEquals(-65.0, t.voltageMv()[k], 0.0);
        }
    }

    @Test
    void rejectsBadArguments() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002();
        assertThrows(
                IllegalArgumentException.class, () -> ShouvalProtocol.presynapticTrain(p, 0, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> ShouvalProtocol.simulate(p, new double[] {2, 1}, new double[0], 10, 1, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> ShouvalProtocol.simulate(p, new double[0], new double[0], 10, 1, 0));
    }
}
