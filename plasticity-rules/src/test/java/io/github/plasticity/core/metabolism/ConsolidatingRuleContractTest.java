package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;

/**
 * The shared learning-rule contract for the core's {@link ConsolidatingRule} (kept here because the
 * testkit depends on the core, so the core's own tests cannot use it).
 */
class ConsolidatingRuleContractTest implements LearningRuleContract {
    @Override
    public LearningRule rule() {
        LocalRule covariance = (w, x, y, m) -> 2e-4f * (x - 3f) * y;
        return ConsolidatingRule.of(
                        LocalRule.named("covariance", covariance),
                        new ConsolidationParameters(80.0, 1.0 / 40.0))
                .withCaptureGate(Gate.constant(0.6));
    }

    /**
     * 1 ms steps: with float weights, increments far below an ulp per step accumulate round-off of
     * the order of the first-order time-step error being measured; at 1 ms the latter dominates.
     */
    @Override
    public double dtMs() {
        return 1.0;
    }

    @Override
    public Record parameters() {
        return ConsolidationParameters.defaults();
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                6,
                                active
                                        ? (i, t) -> 2.5 + i + 2 * Math.sin(t / 30.0)
                                        : RateFunction.constant(0)));
        RateSource out =
                sim.add(
                        RateSource.of(
                                "out", 3, active ? (i, t) -> 2.0 + i : RateFunction.constant(0)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.1, 0.9))
                .withBounds(bounds())
                .withRule(rule);
    }
}
