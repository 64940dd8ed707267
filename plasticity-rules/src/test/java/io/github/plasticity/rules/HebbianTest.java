package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

class HebbianTest implements LearningRuleContract {
    @Override
    public LearningRule rule() {
        return Hebbian.rate(new HebbianParameters(1e-5, 0.0));
    }

    @Override
    public Record parameters() {
        return HebbianParameters.defaults();
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                8,
                                active
                                        ? (i, t) -> 4.0 + i + 3 * Math.sin(t / 50.0)
                                        : RateFunction.constant(0)));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out", 4, 10.0, TransferFunction.thresholdLinear(1.0, 0.0, 200)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, 0.5))
                .withBounds(bounds())
                .withRule(rule);
    }

    /**
     * Closed form: with constant pre and post rates, dw/dt = eta pre post - gamma w relaxes to w* =
     * eta pre post / gamma with time constant 1/gamma. Forward Euler per step is w_n = w* + (w0 -
     * w*)(1 - gamma dt)^n, which we compare with exp(-gamma t) at an error of O(gamma^2 dt t) ~
     * 1e-6 relative here.
     */
    @Test
    void relaxesToClosedFormFixedPoint() {
        double eta = 2e-5;
        double gamma = 1e-3;
        double pre = 10.0;
        double post = 5.0;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(3).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, RateFunction.constant(pre)));
            RateSource out = sim.add(RateSource.of("out", 1, RateFunction.constant(post)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.1))
                            .withRule(Hebbian.rate(new HebbianParameters(eta, gamma)));
            sim.run(2000.0);
            double wStar = eta * pre * post / gamma;
            double expected = wStar + (0.1 - wStar) * Math.exp(-gamma * 2000.0);
            Tolerance.relative(1e-4).check("w(2 s)", expected, p.weight(0, 0));
        }
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> new HebbianParameters(-1, 0));
        assertEquals(
                "eta must be >= 0 and finite (weight units per Hz^2 per ms): -1.0", e.getMessage());
    }
}
