package io.github.plasticity.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Contract and closed form of the eligibility rule with the rate Hebbian term. */
class EligibilityRateTermTest implements LearningRuleContract {
    @Override
    public LearningRule rule() {
        return EligibilityTraceRule.of(
                new EligibilityTerm.RateHebbian(1e-4),
                new EligibilityParameters(0.01, 200.0, 0.0, 0.0),
                "reward");
    }

    @Override
    public Record parameters() {
        return new EligibilityParameters(0.01, 200.0, 0.0, 0.0);
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        sim.add(GlobalModulator.ofFunction("reward", t -> 0.5 + 0.5 * Math.cos(t / 40.0)));
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                6,
                                active
                                        ? (i, t) -> 5.0 + i + 2 * Math.sin(t / 25.0)
                                        : RateFunction.constant(0)));
        RateSource out =
                sim.add(
                        RateSource.of(
                                "out", 3, active ? (i, t) -> 8.0 - i : RateFunction.constant(0)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.2, 0.8))
                .withBounds(bounds())
                .withRule(rule);
    }

    /**
     * Constant rates and a constant modulator m: e(t) = k r_pre r_post tau_e (1 - exp(-t/tau_e)),
     * w(T) - w(0) = eta m k r_pre r_post tau_e (T - tau_e (1 - exp(-T/tau_e))) (closed form).
     */
    @Test
    void constantDriveMatchesClosedForm() {
        double k = 1e-4;
        double eta = 0.01;
        double tau = 200.0;
        double m = 0.8;
        double pre = 10.0;
        double post = 4.0;
        double t = 1000.0;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(2).build()) {
            sim.add(GlobalModulator.of("reward", m, 100.0));
            RateSource in = sim.add(RateSource.of("in", 1, RateFunction.constant(pre)));
            RateSource out = sim.add(RateSource.of("out", 1, RateFunction.constant(post)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withRule(
                                    EligibilityTraceRule.of(
                                            new EligibilityTerm.RateHebbian(k),
                                            new EligibilityParameters(eta, tau, 0.0, 0.0),
                                            "reward"));
            sim.run(t);
            double expected = eta * m * k * pre * post * tau * (t - tau * (1 - Math.exp(-t / tau)));
            // The rate term is added at the start of each step (left Riemann): O(dt/tau) = 1e-3.
            Tolerance.relative(2e-3).check("Delta w", expected, p.weight(0, 0));
        }
    }
}
