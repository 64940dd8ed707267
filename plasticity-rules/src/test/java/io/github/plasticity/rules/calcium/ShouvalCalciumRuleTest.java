package io.github.plasticity.rules.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShouvalCalciumRuleTest implements LearningRuleContract {
    private static final ShouvalParameters FIG3B =
            ShouvalParameters.shouvalBearCooper2002().withEpspPeakMv(10.0);

    @Override
    public LearningRule rule() {
        return ShouvalCalciumRule.of(FIG3B);
    }

    @Override
    public Record parameters() {
        return ShouvalParameters.shouvalBearCooper2002();
    }

    @Override
    public List<Runnable> invalidParameters() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002();
        return List.of(
                () -> p.withNmdaBlock(-0.1),
                () -> p.withNmdaBlock(1.1),
                () -> p.withMgMm(-1),
                () ->
                        new ShouvalParameters(
                                0.35,
                                0.55,
                                80,
                                80,
                                0.25,
                                1.0,
                                -0.25,
                                100.0,
                                1e-5,
                                3.0,
                                1000.0,
                                0.5,
                                -1.0 / 500.0,
                                130.0,
                                0.5,
                                0.5,
                                50.0,
                                200.0,
                                50.0,
                                1.0,
                                100.0,
                                0.75,
                                3.0,
                                25.0,
                                2.0,
                                1.0,
                                5.0,
                                50.0,
                                1.0,
                                -65.0,
                                1.0));
    }

    /**
     * The rule relaxes weights towards Omega(0)/lambda = 0.25 at rate eta(0) = 1e-4/s even without
     * activity (Shouval et al. 2002); {@link #weightsAtBaselineDoNotChangeWithoutActivity} checks
     * that weights at that fixed point stay put.
     */
    @Override
    public boolean changesWithoutActivity() {
        return true;
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        double[][] pre = new double[4][];
        double[][] post = new double[3][];
        for (int j = 0; j < pre.length; j++) {
            pre[j] = active ? train(5.0 + 3.1 * j, 8.0 + 4.0 * j, 200.0) : new double[0];
        }
        for (int i = 0; i < post.length; i++) {
            post[i] = active ? train(12.0 + 7.0 * i, 25.0 + 10.0 * i, 200.0) : new double[0];
        }
        SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", pre));
        SpikeTimeSource out = sim.add(SpikeTimeSource.of("out", post));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.1, 0.5))
                .withBounds(bounds())
                .withRule(rule);
    }

    /** Regular spike times from {@code first} every {@code isi} ms before {@code end}. */
    private static double[] train(double first, double isi, double end) {
        int n = (int) Math.ceil((end - first) / isi);
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = Math.round((first + k * isi) * 10) / 10.0;
        }
        return t;
    }

    /** Weights at the fixed point Omega(0)/lambda = 0.25 stay bit-identical without activity. */
    @Test
    void weightsAtBaselineDoNotChangeWithoutActivity() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(1).build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[3][0]));
            SpikeTimeSource out = sim.add(SpikeTimeSource.of("out", new double[2][0]));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.25))
                            .withRule(rule());
            float[] before = p.weightsCopy();
            sim.run(1000.0);
            assertArrayEquals(before, p.weightsCopy());
        }
    }

    /**
     * Without activity, a weight off the baseline relaxes as dW/dt = eta(0)(Omega(0) - W): W(t) =
     * Omega(0) + (W0 - Omega(0)) exp(-eta(0) t) (closed form; Euler error ~ eta(0) dt, 1e-8
     * relative).
     */
    @Test
    void relaxesTowardsBaselineAtRestingRate() {
        ShouvalParameters p = FIG3B;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[1][0]));
            SpikeTimeSource out = sim.add(SpikeTimeSource.of("out", new double[1][0]));
            Projection proj =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.75))
                            .withRule(rule());
            sim.run(100_000.0);
            double eta0 = p.etaPerMs(0);
            double expected = p.omega(0) + (0.75 - p.omega(0)) * Math.exp(-eta0 * 100_000.0);
            double exact = proj.ruleStateCopy("shouval", "weightExact")[0];
            Tolerance.relative(1e-7).check("W after 100 s at rest", expected, exact);
        }
    }

    /**
     * The rule on a presynaptic train (silent postsynaptic unit at rest, dt = 1 ms) computes what
     * the protocol simulator of SCIENCE.md Appendix A.2 computes, step for step: LTD at 1 Hz and
     * LTP at 20 Hz (100 pulses). Tolerance 1e-4 relative: the rule keeps calcium in float.
     */
    @Test
    void equalsProtocolSimulatorOnRateProtocol() {
        for (double f : new double[] {1.0, 20.0}) {
            int pulses = 100;
            double expected = ShouvalProtocol.presynapticTrain(FIG3B, f, pulses).finalWeight();
            double measured = runTrain(FIG3B, f, pulses);
            Tolerance.relative(1e-4)
                    .check("W after 100 pulses at " + f + " Hz", expected, measured);
        }
        assertTrue(runTrain(FIG3B, 1.0, 100) < 0.7 * 0.25, "LTD at 1 Hz");
        assertTrue(runTrain(FIG3B, 20.0, 100) > 1.5 * 0.25, "LTP at 20 Hz");
    }

    /** Blocking NMDA receptors (factor 0) abolishes both the LTD at 1 Hz and the LTP at 20 Hz. */
    @Test
    void nmdaBlockAbolishesLtpAndLtd() {
        ShouvalParameters blocked = FIG3B.withNmdaBlock(0.0);
        assertEquals(0.25, runTrain(blocked, 1.0, 100), 0.0, "no LTD when blocked");
        assertEquals(0.25, runTrain(blocked, 20.0, 100), 0.0, "no LTP when blocked");
    }

    private static double runTrain(ShouvalParameters p, double rateHz, int pulses) {
        double duration = pulses * 1000.0 / rateHz + 1000.0;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(2).build()) {
            SpikeTimeSource in =
                    sim.add(
                            SpikeTimeSource.of(
                                    "in",
                                    new double[][] {ShouvalProtocol.regularTrain(rateHz, pulses)}));
            SpikeTimeSource out = sim.add(SpikeTimeSource.of("out", new double[1][0]));
            Projection proj =
                    sim.connect(
                                    in,
                                    out,
                                    Connectivity.allToAll(),
                                    WeightInit.constant(ShouvalProtocol.INITIAL_WEIGHT))
                            .withRule(ShouvalCalciumRule.of(p));
            sim.run(duration);
            return proj.ruleStateCopy("shouval", "weightExact")[0];
        }
    }

    /**
     * Coincidence detection through the LIF membrane potential (RuleBinding.postVoltage): the
     * calcium a presynaptic spike brings in is 6.55 times larger when the postsynaptic unit sits at
     * -20 mV than at -65 mV, the closed form B(-20)(-150)/(B(-65)(-195)) of SCIENCE.md C1.1 ("about
     * 6.5"). Relative tolerance 1e-5 (float calcium); transmission is kept negligible by weights
     * bounded in [0, 1e-6] mV.
     */
    @Test
    void coincidenceDetectionThroughPostsynapticVoltage() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002().withEpspPeakMv(0.0);
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(3).build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[][] {{10.0}}));
            LifParameters lif = new LifParameters(20.0, -65.0, 0.0, -65.0, 1.0, 5.0);
            LifPopulation out = sim.add(LifPopulation.of("out", 2, lif));
            out.setExternalInput(1, 45.0);
            out.setVoltage(1, -20.0);
            Projection proj =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(0.0, 1e-6))
                            .withRule(ShouvalCalciumRule.of(p));
            sim.run(60.0);
            double[] ca = proj.ruleStateCopy("shouval", "calcium");
            double expected = p.mgBlock().influxRatio(-20, -65, p.vReversalMv());
            assertTrue(ca[0] > 0, "calcium enters at rest");
            Tolerance.relative(1e-5).check("Ca(-20 mV)/Ca(-65 mV)", expected, ca[1] / ca[0]);
            Tolerance.absolute(0.1).check("coincidence ratio vs '~6.5'", 6.5, ca[1] / ca[0]);
        }
    }

    /**
     * A postsynaptic spike adds its BPAP (after 2 ms) to the depolarisation: paired with a
     * presynaptic spike 10 ms before, it raises calcium above the unpaired level.
     */
    @Test
    void bpapRaisesCalcium() {
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002();
        double paired = peakCalcium(p, new double[] {20.0});
        double alone = peakCalcium(p, new double[0]);
        assertTrue(paired > 1.5 * alone, "pairing raises calcium: " + paired + " vs " + alone);
    }

    private static double peakCalcium(ShouvalParameters p, double[] postTimes) {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(4).build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[][] {{10.0}}));
            SpikeTimeSource out = sim.add(SpikeTimeSource.of("out", new double[][] {postTimes}));
            Projection proj =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.25))
                            .withRule(ShouvalCalciumRule.of(p));
            double peak = 0;
            for (int k = 0; k < 1000; k++) {
                sim.step();
                peak = Math.max(peak, proj.ruleStateCopy("shouval", "calcium")[0]);
            }
            return peak;
        }
    }
}
