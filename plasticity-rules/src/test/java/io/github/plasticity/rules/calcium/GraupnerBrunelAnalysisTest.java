package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.rules.calcium.GraupnerBrunelAnalysis.Outcome;
import io.github.plasticity.rules.calcium.GraupnerBrunelAnalysis.TimeAboveThreshold;
import io.github.plasticity.testkit.Tolerance;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class GraupnerBrunelAnalysisTest {
    private static final int GRID = GraupnerBrunelAnalysis.REFERENCE_GRID_POINTS;

    /** Change after 60 pairs at 1 Hz (Fig. 2 protocol), alphas on the reference grid. */
    private static double fig2(GraupnerBrunelParameters p, double deltaTMs) {
        return GraupnerBrunelAnalysis.pairingOutcomeOnGrid(p, deltaTMs, 1.0, 60, GRID).change();
    }

    /** Change after 60 pairs at 1 Hz with the exact time above threshold. */
    private static DoubleUnaryOperator fig2Exact(GraupnerBrunelParameters p) {
        return dt -> GraupnerBrunelAnalysis.pairingOutcome(p, dt, 1.0, 60).change();
    }

    /** SCIENCE.md C1.4 [D]: DP curve, 60 pairs at 1 Hz, grid of 4e5 points; tolerance 0.005. */
    @Test
    void c14DpCurve() {
        GraupnerBrunelParameters dp = GraupnerBrunelParameters.fig2Dp();
        double[] dt = {-50, -20, -10, 0, 10, 20, 50};
        double[] expected = {0.905, 0.764, 0.882, 1.008, 1.221, 1.172, 1.055};
        for (int k = 0; k < dt.length; k++) {
            double c = fig2(dp, dt[k]);
            Tolerance.absolute(0.005).check("DP change at " + dt[k] + " ms", expected[k], c);
            assertEquals(
                    Math.signum(expected[k] - 1), Math.signum(c - 1), "sign at " + dt[k] + " ms");
        }
    }

    /**
     * SCIENCE.md C1.4 [D]: DP fractions at +10 ms (alpha_d 0.02329, alpha_p 0.01804, peak 2.662)
     * and -10 ms (0.02341, 0.01291), given to 4 significant digits: tolerance 1e-5 (1e-3 on the
     * peak).
     */
    @Test
    void c14DpAlphas() {
        GraupnerBrunelParameters dp = GraupnerBrunelParameters.fig2Dp();
        TimeAboveThreshold plus = GraupnerBrunelAnalysis.pairingOnGrid(dp, 10, 1.0, GRID);
        Tolerance.absolute(1e-5).check("alpha_d(+10 ms)", 0.02329, plus.alphaD());
        Tolerance.absolute(1e-5).check("alpha_p(+10 ms)", 0.01804, plus.alphaP());
        Tolerance.absolute(1e-3).check("peak c(+10 ms)", 2.662, plus.peakCalcium());
        TimeAboveThreshold minus = GraupnerBrunelAnalysis.pairingOnGrid(dp, -10, 1.0, GRID);
        Tolerance.absolute(1e-5).check("alpha_d(-10 ms)", 0.02341, minus.alphaD());
        Tolerance.absolute(1e-5).check("alpha_p(-10 ms)", 0.01291, minus.alphaP());
    }

    /**
     * The grid count converges to the exact fractions: the grid of n points differs from the exact
     * time above threshold by at most one point per threshold crossing, 2/n here.
     */
    @Test
    void gridAgreesWithExactFractions() {
        for (GraupnerBrunelParameters p : GraupnerBrunelParameters.allSets().values()) {
            for (double dt = -100; dt <= 100; dt += 7.3) {
                TimeAboveThreshold exact = GraupnerBrunelAnalysis.pairing(p, dt, 1.0);
                TimeAboveThreshold grid = GraupnerBrunelAnalysis.pairingOnGrid(p, dt, 1.0, GRID);
                Tolerance.absolute(2.0 / GRID)
                        .check("alpha_d " + dt, exact.alphaD(), grid.alphaD());
                Tolerance.absolute(2.0 / GRID)
                        .check("alpha_p " + dt, exact.alphaP(), grid.alphaP());
            }
        }
    }

    /**
     * Closed form for one isolated pair (pre-post, Delta t - D = 10 ms &gt;&gt; nothing else): with
     * 1 Hz and tau_Ca = 20 ms the periodic terms are e^-50 small, so the time above theta after the
     * post spike is tau ln(c/theta) with c = C_post + C_pre e^{-(Delta t - D)/tau}.
     */
    @Test
    void isolatedPairClosedForm() {
        GraupnerBrunelParameters dp = GraupnerBrunelParameters.fig2Dp();
        double lag = 30.0;
        double dtPost = dp.delayMs() + lag;
        TimeAboveThreshold a = GraupnerBrunelAnalysis.pairing(dp, dtPost, 1.0);
        double cPost = dp.cPost() + dp.cPre() * Math.exp(-lag / dp.tauCaMs());
        double tD = dp.tauCaMs() * Math.log(cPost / dp.thetaD()); // the pre jump (1) is not above
        double tP = dp.tauCaMs() * Math.log(cPost / dp.thetaP());
        Tolerance.absolute(1e-12).check("alpha_d", tD / 1000.0, a.alphaD());
        Tolerance.absolute(1e-12).check("alpha_p", tP / 1000.0, a.alphaP());
        Tolerance.relative(1e-12).check("peak", cPost, a.peakCalcium());
    }

    /**
     * The other five sets of Fig. 2 (60 pairs at 1 Hz) have the shapes their names state, read
     * along Delta t from negative to positive (Graupner &amp; Brunel 2012 Fig. 2): DPD depression,
     * potentiation, depression; DPD' depression, potentiation, depression; P potentiation only; D
     * depression only, near 0; D' depression everywhere.
     */
    @Test
    void c14OtherFig2SetsHaveTheirShapes() {
        DoubleUnaryOperator dpd = fig2Exact(GraupnerBrunelParameters.fig2Dpd());
        assertTrue(dpd.applyAsDouble(-10) < 0.9, "DPD: D at -10 ms");
        assertTrue(dpd.applyAsDouble(5) > 1.1, "DPD: P at +5 ms");
        assertTrue(dpd.applyAsDouble(20) < 0.9, "DPD: D at +20 ms");
        assertTrue(Math.abs(dpd.applyAsDouble(-60) - 1) < 1e-3, "DPD: none at -60 ms");
        assertTrue(Math.abs(dpd.applyAsDouble(60) - 1) < 1e-3, "DPD: none at +60 ms");

        DoubleUnaryOperator dpdPrime = fig2Exact(GraupnerBrunelParameters.fig2DpdPrime());
        assertTrue(dpdPrime.applyAsDouble(-10) < 0.9, "DPD': D at -10 ms");
        assertTrue(dpdPrime.applyAsDouble(4) > 1.1, "DPD': P at +4 ms");
        assertTrue(dpdPrime.applyAsDouble(20) < 0.95, "DPD': D at +20 ms");

        DoubleUnaryOperator p = fig2Exact(GraupnerBrunelParameters.fig2P());
        DoubleUnaryOperator d = fig2Exact(GraupnerBrunelParameters.fig2D());
        DoubleUnaryOperator dPrime = fig2Exact(GraupnerBrunelParameters.fig2DPrime());
        for (double dt = -100; dt <= 100; dt += 1) {
            assertTrue(p.applyAsDouble(dt) > 1, "P: potentiation at " + dt + " ms");
            assertTrue(dPrime.applyAsDouble(dt) < 1, "D': depression at " + dt + " ms");
            assertTrue(d.applyAsDouble(dt) <= 1 + 1e-12, "D: never potentiation at " + dt);
            // D = 0 and C_pre = C_post: both curves are symmetric in Delta t.
            Tolerance.absolute(1e-12)
                    .check("P symmetric", p.applyAsDouble(-dt), p.applyAsDouble(dt));
            Tolerance.absolute(1e-12)
                    .check("D symmetric", d.applyAsDouble(-dt), d.applyAsDouble(dt));
        }
        assertTrue(d.applyAsDouble(0) < 0.7, "D: depression at 0 ms");
        assertTrue(Math.abs(d.applyAsDouble(20) - 1) < 1e-3, "D: none at 20 ms");
        assertTrue(p.applyAsDouble(0) > p.applyAsDouble(30), "P: peak near 0");

        DoubleUnaryOperator dp = fig2Exact(GraupnerBrunelParameters.fig2Dp());
        for (double dt = -100; dt <= 100; dt += 1) {
            if (dt < 0) {
                assertTrue(dp.applyAsDouble(dt) < 1, "DP: depression at " + dt + " ms");
            } else {
                assertTrue(dp.applyAsDouble(dt) > 1, "DP: potentiation at " + dt + " ms");
            }
        }
    }

    /**
     * SCIENCE.md C1.5: the cortical-slices set, 75 pairs at 0.1-50 Hz, lies within 2.5 SEM of every
     * Sjöström, Turrigiano &amp; Nelson (2001) point (authors' sjoestroem_regular_all.dat) and has
     * its sign pattern: LTD for -10 ms at &lt;= 20 Hz, LTP for both orders at &gt;= 40 Hz.
     */
    @Test
    void c15CorticalSlicesMatchSjostrom() {
        GraupnerBrunelParameters cs = GraupnerBrunelParameters.corticalSlices();
        double[] f = {0.1, 10, 20, 40, 50};
        double[][] plus = {{-0.04, 0.05}, {0.14, 0.10}, {0.29, 0.14}, {0.53, 0.11}, {0.56, 0.26}};
        double[][] minus = {
            {-0.29, 0.08}, {-0.41, 0.11}, {-0.34, 0.10}, {0.56, 0.32}, {0.75, 0.19}
        };
        for (int k = 0; k < f.length; k++) {
            double cp =
                    GraupnerBrunelAnalysis.pairingOutcomeOnGrid(cs, 10, f[k], 75, GRID).change()
                            - 1;
            double cm =
                    GraupnerBrunelAnalysis.pairingOutcomeOnGrid(cs, -10, f[k], 75, GRID).change()
                            - 1;
            Tolerance.absolute(2.5 * plus[k][1]).check("+10 ms at " + f[k] + " Hz", plus[k][0], cp);
            Tolerance.absolute(2.5 * minus[k][1])
                    .check("-10 ms at " + f[k] + " Hz", minus[k][0], cm);
            if (f[k] <= 20) {
                assertTrue(cm < 0, "LTD for -10 ms at " + f[k] + " Hz: " + cm);
            }
            if (f[k] >= 40) {
                assertTrue(cp > 0 && cm > 0, "LTP for both orders at " + f[k] + " Hz");
            }
        }
    }

    /**
     * SCIENCE.md C1.6: DP set, presynaptic trains only (900 pulses, Dudek &amp; Bear 1992): the
     * steady-state peak is C_pre/(1 - e^{-1/(f tau_Ca)}) (closed form), rates &lt;= 10 Hz give no
     * change, intermediate rates depression, 100 Hz potentiation.
     */
    @Test
    void c16PresynapticTrains() {
        GraupnerBrunelParameters dp = GraupnerBrunelParameters.fig2Dp();
        for (double f : new double[] {1, 5, 10, 20, 50, 100}) {
            double closed = dp.cPre() / (1 - Math.exp(-1000.0 / (f * dp.tauCaMs())));
            Tolerance.relative(1e-12)
                    .check(
                            "c_max at " + f + " Hz",
                            closed,
                            GraupnerBrunelAnalysis.presynapticPeak(dp, f));
            Tolerance.relative(1e-12)
                    .check(
                            "periodic peak at " + f + " Hz",
                            closed,
                            GraupnerBrunelAnalysis.presynapticTrain(dp, f).peakCalcium());
        }
        for (double f : new double[] {1, 5, 10}) {
            double c = GraupnerBrunelAnalysis.presynapticTrainOutcome(dp, f, 900).change();
            Tolerance.absolute(1e-3).check("no change at " + f + " Hz", 1.0, c);
        }
        for (double f : new double[] {20, 30, 40, 50}) {
            double c = GraupnerBrunelAnalysis.presynapticTrainOutcome(dp, f, 900).change();
            assertTrue(c < 0.9, "depression at " + f + " Hz: " + c);
        }
        double high = GraupnerBrunelAnalysis.presynapticTrainOutcome(dp, 100, 900).change();
        assertTrue(high > 1.2, "potentiation at 100 Hz: " + high);
    }

    /** An NMDA block scales the presynaptic calcium: with 0, a pre-only train does nothing. */
    @Test
    void nmdaBlockRemovesPresynapticCalcium() {
        GraupnerBrunelParameters blocked = GraupnerBrunelParameters.fig2Dp().withNmdaBlock(0);
        assertEquals(0.0, GraupnerBrunelAnalysis.presynapticPeak(blocked, 100), 0.0);
        assertEquals(
                1.0,
                GraupnerBrunelAnalysis.presynapticTrainOutcome(blocked, 100, 900).change(),
                0.0);
    }

    /**
     * The DP and P sets were tuned so that postsynaptic spikes alone leave rho-bar at rho* (gamma_d
     * ln(C_post/theta_d) = gamma_p ln(C_post/theta_p)); then U = D and, with beta = 1/2, the change
     * is exactly 1: a full NMDA block abolishes plasticity of pairings at 1 Hz on average.
     */
    @Test
    void blockedPairingsGiveNoChangeWithDpAndP() {
        for (GraupnerBrunelParameters p :
                new GraupnerBrunelParameters[] {
                    GraupnerBrunelParameters.fig2Dp(), GraupnerBrunelParameters.fig2P()
                }) {
            GraupnerBrunelParameters blocked = p.withNmdaBlock(0);
            for (double dt : new double[] {-20, -10, 10, 20}) {
                Outcome o = GraupnerBrunelAnalysis.pairingOutcome(blocked, dt, 1.0, 60);
                Tolerance.absolute(2e-4).check("rho-bar with post spikes only", 0.5, o.rhoBar());
                Tolerance.absolute(2e-3).check("change, blocked, " + dt + " ms", 1.0, o.change());
            }
        }
    }

    /** Without threshold crossings there is no drive and no noise: change exactly 1. */
    @Test
    void noCrossingNoChange() {
        Outcome o =
                GraupnerBrunelAnalysis.outcome(GraupnerBrunelParameters.fig2Dp(), 0.0, 0.0, 60_000);
        assertEquals(1.0, o.change(), 0.0);
        assertEquals(0.0, o.upProbability(), 0.0);
        assertEquals(0.0, o.downProbability(), 0.0);
    }

    /**
     * sigma = 0 makes the outcome deterministic: a synapse switches iff its mean crosses rho*. With
     * alpha_p only, rho-bar = 1, so DOWN synapses go UP once rho-bar(1 - e^{-T/tau_eff}) &gt; 1/2,
     * i.e. T &gt; tau_eff ln 2.
     */
    @Test
    void deterministicOutcomeWithoutNoise() {
        GraupnerBrunelParameters p = GraupnerBrunelParameters.fig2Dp().withSigma(0);
        double alphaP = 0.01;
        double tauEff = p.tauMs() / (p.gammaP() * alphaP);
        Outcome before = GraupnerBrunelAnalysis.outcome(p, 0, alphaP, 0.99 * tauEff * Math.log(2));
        Outcome after = GraupnerBrunelAnalysis.outcome(p, 0, alphaP, 1.01 * tauEff * Math.log(2));
        assertEquals(0.0, before.upProbability(), 0.0);
        assertEquals(1.0, after.upProbability(), 0.0);
        assertEquals(0.0, after.downProbability(), 0.0);
        // beta = 1/2, b = 5: (0 + 0 + (1/2 + 1/2) 5) / (1/2 + 5/2) = 5/3.
        Tolerance.relative(1e-12).check("change", 5.0 / 3.0, after.change());
    }
}
