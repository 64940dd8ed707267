package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The covariance rule: the contract and closed forms for thresholds and running means. */
class CovarianceTest implements LearningRuleContract {
    @Override
    public LearningRule rule() {
        return Covariance.of(CovarianceParameters.defaults().withEta(1e-4).withRunningMeans(50.0));
    }

    @Override
    public Record parameters() {
        return CovarianceParameters.defaults();
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                8,
                                active
                                        ? (i, t) -> 4.0 + i + 3 * Math.sin(t / 20.0 + 0.3 * i)
                                        : RateFunction.constant(0)));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out", 4, 10.0, TransferFunction.thresholdLinear(1.0, 0.0, 200)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.2, 0.6))
                .withBounds(bounds())
                .withRule(rule);
    }

    /** The contract again for fixed thresholds, weighted-sum mode, on a sparse projection. */
    @Nested
    class FixedThresholdSparseContract implements LearningRuleContract {
        @Override
        public LearningRule rule() {
            return Covariance.of(CovarianceParameters.defaults().withEta(1e-4))
                    .withPostActivity(PostActivity.WEIGHTED_SUM);
        }

        @Override
        public Record parameters() {
            return CovarianceParameters.defaults().withThresholds(1.0, 2.0);
        }

        @Override
        public Projection network(Simulation sim, LearningRule rule, boolean active) {
            RateSource in =
                    sim.add(
                            RateSource.of(
                                    "in",
                                    8,
                                    active
                                            ? (i, t) -> 4.0 + i + 3 * Math.sin(t / 20.0 + i)
                                            : RateFunction.constant(0)));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 4, 10.0, TransferFunction.linear()));
            return sim.connect(
                            in,
                            out,
                            Connectivity.fixedProbability(0.5),
                            WeightInit.uniform(0.2, 0.6))
                    .withBounds(bounds())
                    .withRule(rule);
        }
    }

    /**
     * Fixed thresholds 10 Hz; x1 = 10 + 5 sin(wt) is correlated with y = 10 + 5 sin(wt), x2 = 10 -
     * 5 sin(wt) anti-correlated (all rate sources, read in the same step). Forward Euler sums eta
     * dt (+-25 sin^2(w t_n)) over whole periods of N = 40 steps, and sum_n sin^2(2 pi n / N) = N/2
     * exactly for N > 2, so after 10 periods (T = 400 ms) dw = ±eta 25 T / 2 (closed form; float
     * rounding only).
     */
    @Test
    void correlatedGrowsAndAntiCorrelatedShrinksByClosedForm() {
        double eta = 1e-5;
        double dt = 1.0;
        double omega = 2 * Math.PI / 40.0;
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(2).build()) {
            RateSource in =
                    sim.add(
                            RateSource.of(
                                    "in",
                                    2,
                                    (i, t) -> 10 + (i == 0 ? 5 : -5) * Math.sin(omega * t)));
            RateSource out =
                    sim.add(RateSource.of("out", 1, (i, t) -> 10 + 5 * Math.sin(omega * t)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.5))
                            .withRule(
                                    Covariance.of(
                                            CovarianceParameters.defaults()
                                                    .withEta(eta)
                                                    .withThresholds(10.0, 10.0)));
            sim.run(400.0);
            double expected = eta * 25 * 400.0 / 2;
            Tolerance.relative(1e-5).check("correlated", 0.5 + expected, p.weight(0, 0));
            Tolerance.relative(1e-5).check("anti-correlated", 0.5 - expected, p.weight(0, 1));
        }
    }

    /**
     * Running means from 0 with constant rates x, y: after step n the means are r (1 - d^(n+1)), d
     * = exp(-dt/tau), so the deviations are r d^(n+1) and the total change after N steps is eta dt
     * x y d^2 (1 - d^(2N)) / (1 - d^2) (closed form of the sum).
     */
    @Test
    void runningMeansFollowClosedForm() {
        double eta = 1e-4;
        double dt = 0.5;
        double tau = 20.0;
        double x = 8.0;
        double y = 5.0;
        int steps = 200;
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(3).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, RateFunction.constant(x)));
            RateSource out = sim.add(RateSource.of("out", 1, RateFunction.constant(y)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.1))
                            .withRule(
                                    Covariance.of(
                                            CovarianceParameters.defaults()
                                                    .withEta(eta)
                                                    .withRunningMeans(tau)));
            sim.steps(steps);
            double d = Math.exp(-dt / tau);
            double sum = d * d * (1 - Math.pow(d, 2 * steps)) / (1 - d * d);
            Tolerance.relative(1e-5).check("w", 0.1 + eta * dt * x * y * sum, p.weight(0, 0));
            Tolerance.relative(1e-12)
                    .check(
                            "pre mean",
                            x * (1 - Math.pow(d, steps)),
                            p.ruleStateCopy("covariance", "preMean")[0]);
            Tolerance.relative(1e-12)
                    .check(
                            "post mean",
                            y * (1 - Math.pow(d, steps)),
                            p.ruleStateCopy("covariance", "postMean")[0]);
        }
    }

    /** A sparse projection holding every pair computes exactly what the dense one computes. */
    @Test
    void sparseWithAllPairsEqualsDenseBitForBit() {
        for (PostActivity mode : PostActivity.values()) {
            float[] dense = runSmall(Connectivity.allToAll(), mode);
            float[] sparse =
                    runSmall(Connectivity.explicit(new int[][] {{0, 1, 2}, {0, 1, 2}}), mode);
            assertArrayEquals(dense, sparse, "mode " + mode);
        }
    }

    private static float[] runSmall(Connectivity c, PostActivity mode) {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(5).build()) {
            RateSource in =
                    sim.add(RateSource.of("in", 3, (i, t) -> 2.0 + i + Math.sin(t / 7.0 + i)));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 2, 5.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(in, out, c, WeightInit.uniform(0.0, 0.5))
                            .withRule(
                                    Covariance.of(
                                                    CovarianceParameters.defaults()
                                                            .withEta(1e-3)
                                                            .withRunningMeans(30.0))
                                            .withPostActivity(mode));
            sim.run(500.0);
            return p.weightsCopy();
        }
    }

    @Test
    void rejectsBadParametersWithNamedMessages() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CovarianceParameters.defaults().withRunningMeans(-1));
        assertEquals("tauMeanMs must be > 0 and finite (ms): -1.0", e.getMessage());
        CovarianceParameters t = CovarianceParameters.defaults().withThresholds(1, 2);
        assertEquals(false, t.runningMeans());
        assertEquals(1.0, t.preThresholdHz());
        assertEquals(true, t.withInitialMeans(3, 4).withRunningMeans(5).runningMeans());
    }
}
