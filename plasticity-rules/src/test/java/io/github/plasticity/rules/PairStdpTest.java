package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.rules.StdpParameters.WeightDependence;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pair STDP, additive and all-to-all (Song, Miller &amp; Abbott 2000), on a sparse network for the
 * contract; closed-form windows (SCIENCE.md C2.1) and event-driven properties.
 */
class PairStdpTest implements LearningRuleContract {
    private static final StdpParameters SONG = StdpParameters.songMillerAbbott2000();

    /**
     * Float32 weights starting at 0: the stored change of about 3e-3 carries a rounding error below
     * 3e-3 * 2^-24 = 1.8e-10, and the traces decayed by 100-200 exact factors carry about 1e-14.
     */
    private static final Tolerance WINDOW = Tolerance.absolute(1e-9);

    @Override
    public LearningRule rule() {
        return PairStdp.of(SONG);
    }

    @Override
    public Record parameters() {
        return SONG;
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        return StdpFixtures.contractNetwork(
                sim, rule, active, Connectivity.fixedProbability(0.7), bounds());
    }

    @Override
    public List<Runnable> invalidParameters() {
        return List.of(
                () -> SONG.withAPlus(-1e-3),
                () -> SONG.withAMinus(-1e-3),
                () -> SONG.withTauPlusMs(0),
                () -> SONG.withTauMinusMs(-20),
                () -> SONG.withWMax(0),
                () -> SONG.withWeightDependence(null),
                () -> SONG.withTraceMode(null));
    }

    private static double runPair(StdpParameters p, double[] pre, double[] post, double w0) {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(1).build()) {
            Projection proj =
                    StdpFixtures.pair(
                            sim, PairStdp.of(p), pre, post, w0, WeightBounds.hard(-1.0, 1.0));
            sim.run(200.0);
            return proj.weight(0, 0);
        }
    }

    /**
     * SCIENCE.md C2.1: an isolated pair changes the weight by the closed-form window A+ e^(-dt/20)
     * or -A- e^(dt/20); the trace implementation must equal it to 1e-9.
     */
    @ParameterizedTest
    @ValueSource(doubles = {10.0, -10.0, 20.0, -20.0, 0.1, -0.1, 0.0, 57.3})
    void isolatedPairFollowsClosedFormWindow(double deltaTMs) {
        double tPre = 100.0;
        double dw = runPair(SONG, new double[] {tPre}, new double[] {tPre + deltaTMs}, 0.0);
        WINDOW.check("dw(" + deltaTMs + " ms)", SONG.pairWindow(deltaTMs), dw);
    }

    /**
     * The rounded values printed in SCIENCE.md C2.1 ([D], 4 significant digits): the closed form
     * must round to them (tolerance half a unit in the last printed digit).
     */
    @Test
    void windowMatchesScienceTable() {
        Tolerance printed = Tolerance.absolute(5e-7);
        printed.check("dw(+10)", 0.003033, SONG.pairWindow(10));
        printed.check("dw(-10)", -0.003184, SONG.pairWindow(-10));
        printed.check("dw(+20)", 0.001839, SONG.pairWindow(20));
        printed.check("dw(-20)", -0.001931, SONG.pairWindow(-20));
        // Integral (A+ tau+ - A- tau-) = 0.005*20 - 0.00525*20 = -0.005 ms (SCIENCE.md C2.2).
        Tolerance.absolute(1e-15).check("window integral", -0.005, SONG.windowIntegral());
    }

    /**
     * Spikes of one step: the pre pathway runs first (Brian2), so the pair counts as dt = 0 and
     * potentiates by exactly A+ wMax (no depression from the coinciding post spike).
     */
    @Test
    void sameStepPairPotentiatesByAPlus() {
        double dw = runPair(SONG, new double[] {50.0}, new double[] {50.0}, 0.0);
        WINDOW.check("dw(0)", 0.005, dw);
    }

    /**
     * All-to-all sums every pair, nearest-spike only the latest partner: pre at 0 and 10 ms, post
     * at 20 ms gives A+(e^-1 + e^-0.5) and A+ e^-0.5; post at 0 and 10 ms, pre at 20 ms gives
     * -A-(e^-1 + e^-0.5) and -A- e^-0.5.
     */
    @Test
    void allToAllSumsPairsNearestTakesLatest() {
        StdpParameters nn = SONG.withTraceMode(TraceMode.NEAREST);
        double[] two = {10.0, 20.0};
        double[] one = {30.0};
        double both = Math.exp(-1.0) + Math.exp(-0.5);
        WINDOW.check("all-to-all LTP", 0.005 * both, runPair(SONG, two, one, 0.0));
        WINDOW.check("nearest LTP", 0.005 * Math.exp(-0.5), runPair(nn, two, one, 0.0));
        WINDOW.check("all-to-all LTD", -0.00525 * both, runPair(SONG, one, two, 0.0));
        WINDOW.check("nearest LTD", -0.00525 * Math.exp(-0.5), runPair(nn, one, two, 0.0));
    }

    /**
     * van Rossum (2000) dependence: depression is proportional to the weight, potentiation is not.
     * Post at 10, pre at 20 ms from w0 = 0.5: w = 0.5 (1 - A- e^-0.5); pre at 10, post at 20: w =
     * 0.5 + A+ wMax e^-0.5 (wMax = 2 to check the scale).
     */
    @Test
    void multiplicativeDepressionScalesWithWeight() {
        StdpParameters m = SONG.withWeightDependence(WeightDependence.MULTIPLICATIVE).withWMax(2.0);
        Tolerance t = Tolerance.absolute(1e-7); // float32 at w ~ 0.5: ulp 6e-8
        t.check(
                "LTD",
                0.5 * (1 - 0.00525 * Math.exp(-0.5)),
                runPair(m, new double[] {20.0}, new double[] {10.0}, 0.5));
        t.check(
                "LTP",
                0.5 + 0.005 * 2.0 * Math.exp(-0.5),
                runPair(m, new double[] {10.0}, new double[] {20.0}, 0.5));
    }

    /** Hard bounds clip: potentiating a weight at the upper bound leaves it there. */
    @Test
    void clipsToProjectionBounds() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            Projection p =
                    StdpFixtures.pair(
                            sim,
                            PairStdp.of(SONG.withAPlus(0.5)),
                            new double[] {10.0},
                            new double[] {11.0},
                            0.9,
                            WeightBounds.hard(0.0, 1.0));
            sim.run(20.0);
            assertEquals(1.0f, p.weight(0, 0));
        }
    }

    /**
     * Event-driven: after every unit has spiked once (all traces non-zero), only the column of the
     * presynaptic unit and the row of the postsynaptic unit that spike later change (4 pre x 3
     * post; later only pre 1 and post 2 spike).
     */
    @Test
    void changesOnlySpikingRowsAndColumns() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            double[][] preT = {{1.0}, {2.0, 60.0}, {3.0}, {4.0}};
            double[][] postT = {{5.0}, {6.0}, {7.0, 70.0}};
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", preT));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", postT));
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.5))
                            .withBounds(WeightBounds.hard(0, 1))
                            .withRule(PairStdp.of(SONG));
            sim.run(50.0);
            float[] before = p.weightsCopy();
            sim.run(50.0);
            float[] after = p.weightsCopy();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    int k = i * 4 + j;
                    if (j == 1 || i == 2) {
                        assertNotEquals(before[k], after[k], "synapse " + j + "->" + i);
                    } else {
                        assertEquals(before[k], after[k], "synapse " + j + "->" + i);
                    }
                }
            }
        }
    }

    /** A sparse projection holding every pair computes exactly what the dense one does. */
    @Test
    void sparseEqualsDense() {
        int nPre = 20;
        int nPost = 7;
        int[][] all = new int[nPost][nPre];
        for (int i = 0; i < nPost; i++) {
            for (int j = 0; j < nPre; j++) {
                all[i][j] = j;
            }
        }
        float[] dense = poissonRun(Connectivity.allToAll(), nPre, nPost, 1);
        float[] sparse = poissonRun(Connectivity.explicit(all), nPre, nPost, 1);
        float[] sparse2 = poissonRun(Connectivity.explicit(all), nPre, nPost, 2);
        assertArrayEquals(dense, sparse);
        assertArrayEquals(dense, sparse2);
    }

    private static float[] poissonRun(Connectivity c, int nPre, int nPost, int threads) {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(5).threads(threads).build()) {
            PoissonSource pre = sim.add(PoissonSource.of("pre", nPre, 40.0));
            PoissonSource post = sim.add(PoissonSource.of("post", nPost, 30.0));
            Projection p =
                    sim.connect(pre, post, c, WeightInit.uniform(0.2, 0.8))
                            .withBounds(WeightBounds.hard(0, 1))
                            .withRule(PairStdp.of(SONG.withAPlus(0.02).withAMinus(0.021)));
            sim.run(500.0);
            return p.weightsCopy();
        }
    }

    /** A constant gate multiplies every change: gain 0.5 halves the window. */
    @Test
    void gateScalesChanges() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {{10.0}}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {{20.0}}));
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(-1, 1))
                            .withRule(PairStdp.of(SONG), Gate.constant(0.5));
            sim.run(30.0);
            WINDOW.check("gated dw", 0.5 * SONG.pairWindow(10.0), p.weight(0, 0));
        }
    }

    @Test
    void refusesRatePopulations() {
        try (Simulation sim = Simulation.builder().build()) {
            RateSource pre = sim.add(RateSource.of("pre", 2, RateFunction.constant(5)));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", StdpFixtures.silent(2)));
            Projection p = sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> p.withRule(rule()));
            assertTrue(e.getMessage().contains("spiking"), e.getMessage());
        }
    }

    @Test
    void rejectsBadParametersWithUnits() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SONG.withTauPlusMs(Double.NaN));
        assertEquals("tauPlusMs must be > 0 and finite (ms): NaN", e.getMessage());
    }

    @Test
    void factoriesHoldPublishedValues() {
        assertEquals(
                new StdpParameters(
                        0.005, 0.00525, 20, 20, 1, WeightDependence.ADDITIVE, TraceMode.ALL_TO_ALL),
                StdpParameters.songMillerAbbott2000());
        StdpParameters b = StdpParameters.brian2Example();
        // Brian2 STDP example: dApre = 0.01*gmax, dApost = -1.05*dApre, gmax = 0.01.
        Tolerance.relative(1e-15).check("dApre", 0.01 * 0.01, b.aPlus() * b.wMax());
        Tolerance.relative(1e-15).check("dApost", 1.05 * 0.01 * 0.01, b.aMinus() * b.wMax());
        assertEquals(
                WeightDependence.MULTIPLICATIVE, StdpParameters.vanRossum2000().weightDependence());
        assertEquals(StdpParameters.songMillerAbbott2000(), StdpParameters.defaults());
    }
}
