package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The BCM rule: the contract, SCIENCE.md checks C3.2 and C10.4, and closed-form steps. */
class BcmTest implements LearningRuleContract {
    /**
     * Threshold time constant that makes the exact exponential update of the rule equal to the
     * protocol of SCIENCE.md Appendix A.4, theta <- theta + (y^2 - theta)/50 per 1 ms update: 1 -
     * exp(-1/tau) = 1/50.
     */
    static final double TAU_50_UPDATES_MS = -1.0 / Math.log(1.0 - 1.0 / 50.0);

    @Override
    public LearningRule rule() {
        return Bcm.of(new BcmParameters(2e-5, 50.0, 5.0, 5.0, true));
    }

    @Override
    public Record parameters() {
        return BcmParameters.defaults();
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                8,
                                active
                                        ? (i, t) -> 1.0 + 0.2 * i + 0.5 * Math.sin(t / 30.0 + i)
                                        : RateFunction.constant(0)));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out", 4, 10.0, TransferFunction.thresholdLinear(1.0, 0.0, 200)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.2, 1.0))
                .withBounds(bounds())
                .withRule(rule);
    }

    /** The contract again for the weighted-sum mode on a sparse projection. */
    @Nested
    class WeightedSumSparseContract implements LearningRuleContract {
        @Override
        public LearningRule rule() {
            return Bcm.of(new BcmParameters(2e-5, 50.0, 5.0, 5.0, true))
                    .withPostActivity(PostActivity.WEIGHTED_SUM);
        }

        @Override
        public Record parameters() {
            return BcmParameters.defaults();
        }

        @Override
        public Projection network(Simulation sim, LearningRule rule, boolean active) {
            return BcmTest.this.network(sim, rule, active);
        }
    }

    /**
     * C3.2 (SCIENCE.md §3.3, protocol Appendix A.4): K orthonormal patterns (identity vectors), one
     * per 1 ms update in a seeded random order, eta = 0.001, theta <- theta + (y^2 - theta)/50, y =
     * w.x rectified, 4e5 updates. Reference (§3.2): exactly one response K, the others 0, theta =
     * K. Tolerances (C3.2): selected response within K ± 10 %, others < 0.05.
     *
     * <p>The response to pattern k is y_k = w_k. It fluctuates with the presentation order (the
     * threshold follows a y^2 that is K^2 or 0 from update to update); a reference simulation of
     * this protocol gave a stationary relative standard deviation of 2 %, 3 % and 4 % for K = 2, 3,
     * 4. The selected response is therefore averaged over the last 40,000 updates (about 10
     * correlation times of its fluctuation), which makes a 10 % miss negligible (below 1e-6) for
     * any seed; the seed is fixed anyway. The non-selected weights decay as exp(-eta t) to about
     * e^-360 and are tested at the end.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void c32OrthonormalPatternsGiveMaximalSelectivity(int k) {
        int updates = 400_000;
        int window = 40_000;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(320 + k).build()) {
            int[] order = new int[updates];
            UniformRandomProvider rng = sim.stream("order");
            for (int n = 0; n < updates; n++) {
                order[n] = rng.nextInt(k);
            }
            RateSource in =
                    sim.add(
                            RateSource.of(
                                    "in",
                                    k,
                                    (i, t) -> order[(int) Math.round(t)] == i ? 1.0 : 0.0));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 1, 1.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, 1.0))
                            .withRule(
                                    Bcm.of(
                                                    new BcmParameters(
                                                            0.001,
                                                            TAU_50_UPDATES_MS,
                                                            1.0,
                                                            1.0,
                                                            true))
                                            .withPostActivity(PostActivity.WEIGHTED_SUM));
            sim.steps(updates - window);
            double[] mean = new double[k];
            for (int n = 0; n < window; n++) {
                sim.step();
                for (int i = 0; i < k; i++) {
                    mean[i] += p.weight(0, i) / window;
                }
            }
            int selected = 0;
            for (int i = 1; i < k; i++) {
                if (mean[i] > mean[selected]) {
                    selected = i;
                }
            }
            Tolerance.relative(0.10).check("selected response (C3.2), K = " + k, k, mean[selected]);
            for (int i = 0; i < k; i++) {
                if (i != selected) {
                    double y = Math.max(0, p.weight(0, i));
                    assertTrue(y < 0.05, "response to pattern " + i + " must be < 0.05: " + y);
                }
            }
            double theta = p.ruleStateCopy("bcm", "theta")[0];
            Tolerance.relative(0.5).check("theta, K = " + k, k, theta);
        }
    }

    /**
     * C3.2, deterministic: the averaged ODE of the protocol (equiprobable patterns, per update):
     * dw_i/dn = (eta/K) w_i (w_i - theta), dtheta/dn = (sum_i w_i^2 / K - theta)/50, integrated
     * with RK4 in double, converges to the selective fixed point: w_selected = theta = K to 1e-6,
     * the other weights to 0 (SCIENCE.md §3.2). This checks the analytic reference of C3.2.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void c32AveragedOdeConvergesToK(int k) {
        double eta = 0.001;
        double tau = 50.0;
        double[] s = new double[k + 1];
        for (int i = 0; i < k; i++) {
            s[i] = 0.3 + 0.4 * i / k; // the last pattern starts strongest and wins
        }
        s[k] = 1.0;
        double[] k1 = new double[k + 1];
        double[] k2 = new double[k + 1];
        double[] k3 = new double[k + 1];
        double[] k4 = new double[k + 1];
        double[] t = new double[k + 1];
        double h = 1.0;
        for (int n = 0; n < 60_000; n++) {
            bcmFlow(s, k1, eta, tau);
            axpy(s, 0.5 * h, k1, t);
            bcmFlow(t, k2, eta, tau);
            axpy(s, 0.5 * h, k2, t);
            bcmFlow(t, k3, eta, tau);
            axpy(s, h, k3, t);
            bcmFlow(t, k4, eta, tau);
            for (int i = 0; i <= k; i++) {
                s[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        Tolerance.absolute(1e-6).check("selected w", k, s[k - 1]);
        Tolerance.absolute(1e-6).check("theta", k, s[k]);
        for (int i = 0; i < k - 1; i++) {
            Tolerance.absolute(1e-6).check("w" + i, 0.0, s[i]);
        }
    }

    private static void axpy(double[] x, double a, double[] d, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + a * d[i];
        }
    }

    private static void bcmFlow(double[] s, double[] out, double eta, double tau) {
        int k = s.length - 1;
        double theta = s[k];
        double m2 = 0;
        for (int i = 0; i < k; i++) {
            double y = Math.max(0, s[i]);
            out[i] = eta / k * y * (y - theta);
            m2 += y * y / k;
        }
        out[k] = (m2 - theta) / tau;
    }

    /**
     * C10.4 (SCIENCE.md §10.2): the sliding threshold reverses the sign of plasticity after
     * pre-conditioning; a fixed threshold does not. Protocol (rates constant over long phases, so
     * the post rate is read from the population): one test synapse x -> y (w = 1, linear rate
     * unit). Conditioning, 20 s: the test input is silent (x = 0, so the synapse cannot change) and
     * the unit is driven to 30 Hz by external input (facilitation); control: driven at its 10 Hz
     * baseline. Pause, 1 s: no drive, x = 0 (the unit's rate decays to ~e^-100 of its value). Test,
     * 500 ms: x = 20 Hz, no external drive, so y = 20 Hz. y0 = 10 Hz, theta0 = 10 Hz, tau_theta = 5
     * s.
     *
     * <p>Closed form: after conditioning theta = y_c^2/y0 (up to e^-4 of the initial gap), 90 Hz vs
     * 10 Hz for the control, then the pause lets it relax by 1 - e^-0.2 = 18 % towards 0 (74 vs 8
     * Hz). The test's y = 20 Hz lies above the control's threshold (LTP) but below the conditioned
     * one (LTD), and over 500 ms theta moves less than 10 % of the way to its new target (40 Hz),
     * so the sign is set by the conditioning. With the threshold fixed at 10 Hz the conditioning
     * has no effect: the test change equals the control's exactly (x = 0 until the test, and the
     * rate left over from conditioning is below double resolution of 20 Hz).
     */
    @Test
    void c104SlidingThresholdReversesSignAfterPreconditioningAndFixedThresholdDoesNot() {
        BcmParameters sliding = new BcmParameters(1e-8, 5000.0, 10.0, 10.0, true);
        double slideControl = testChange(sliding, 10.0);
        double slideConditioned = testChange(sliding, 30.0);
        double fixedControl = testChange(sliding.withSlidingThreshold(false), 10.0);
        double fixedConditioned = testChange(sliding.withSlidingThreshold(false), 30.0);
        assertTrue(slideControl > 0, "control must potentiate: " + slideControl);
        assertTrue(slideConditioned < 0, "pre-conditioned must depress: " + slideConditioned);
        assertTrue(fixedControl > 0, "fixed-threshold control must potentiate: " + fixedControl);
        assertEquals(fixedControl, fixedConditioned, "fixed threshold: conditioning has no effect");
        // first-order closed form of the fixed-threshold test change, eta x y (y - theta) T =
        // 0.02; the 5 % tolerance covers the rise of y over the first ~10 ms (-2 %) and the
        // growth of y = 20 w with w (+3 %)
        Tolerance.relative(0.05)
                .check("fixed-threshold change", 1e-8 * 20 * 20 * 10 * 500, fixedControl);
    }

    private static double testChange(BcmParameters params, double conditioningHz) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(104).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, (i, t) -> t >= 21_000.0 ? 20.0 : 0.0));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 1, 10.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(1.0))
                            .withRule(Bcm.of(params));
            out.setExternalInput(0, conditioningHz);
            sim.run(20_000.0);
            double before = p.weight(0, 0);
            assertEquals(1.0f, before, "the silent test synapse must not change while x = 0");
            out.setExternalInput(0, 0.0);
            sim.run(1000.0);
            assertEquals(before, p.weight(0, 0), "no change during the pause");
            sim.run(500.0);
            return p.weight(0, 0) - before;
        }
    }

    /**
     * One step by hand, weighted-sum mode: w = (0.5, 2), x = (1, 3), y = 6.5, theta0 = 4, eta dt =
     * 0.01: dw = 0.01 x y (y - theta) = (0.1625, 0.4875); theta <- y^2/y0 + (theta - y^2/y0)
     * e^(-dt/tau) with y0 = 2 Hz, tau = 10 ms, dt = 1 ms.
     */
    @Test
    void oneStepMatchesHandComputation() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(7).build()) {
            RateSource in = sim.add(RateSource.of("in", 2, (i, t) -> i == 0 ? 1.0 : 3.0));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 1, 10.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(
                                    in,
                                    out,
                                    Connectivity.allToAll(),
                                    (post, pre, rng) -> pre == 0 ? 0.5 : 2.0)
                            .withRule(
                                    Bcm.of(new BcmParameters(0.01, 10.0, 4.0, 2.0, true))
                                            .withPostActivity(PostActivity.WEIGHTED_SUM));
            sim.step();
            Tolerance.relative(1e-6).check("w0", 0.5 + 0.1625, p.weight(0, 0));
            Tolerance.relative(1e-6).check("w1", 2.0 + 0.4875, p.weight(0, 1));
            double target = 6.5 * 6.5 / 2.0;
            double theta = target + (4.0 - target) * Math.exp(-0.1);
            Tolerance.relative(1e-12).check("theta", theta, p.ruleStateCopy("bcm", "theta")[0]);
        }
    }

    /** y is rectified: a negative weighted sum changes neither weights nor (beyond decay) theta. */
    @Test
    void negativeResponseIsRectified() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(8).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, RateFunction.constant(5.0)));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 1, 10.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(-0.5))
                            .withRule(
                                    Bcm.of(new BcmParameters(0.01, 10.0, 4.0, 1.0, true))
                                            .withPostActivity(PostActivity.WEIGHTED_SUM));
            sim.run(10.0);
            assertEquals(-0.5f, p.weight(0, 0));
            Tolerance.relative(1e-12)
                    .check(
                            "theta decays to 0",
                            4.0 * Math.exp(-1.0),
                            p.ruleStateCopy("bcm", "theta")[0]);
        }
    }

    @Test
    void rejectsBadParametersWithNamedMessages() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new BcmParameters(1e-3, 0.0, 1.0, 1.0, true));
        assertEquals("tauThetaMs must be > 0 and finite (ms): 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BcmParameters.defaults().withY0Hz(-1));
        assertThrows(
                IllegalArgumentException.class, () -> BcmParameters.defaults().withTheta0Hz(-1));
        BcmParameters d = BcmParameters.defaults();
        assertEquals(d, d.withSlidingThreshold(false).withSlidingThreshold(true));
        assertEquals(3.0, d.withEta(3.0).eta());
        assertEquals(3.0, d.withTauThetaMs(3.0).tauThetaMs());
    }
}
