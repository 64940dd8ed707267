package io.github.plasticity.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;

/**
 * The contract fixture shared by the normalisation rules' tests: {@value #PRE} rate inputs onto
 * {@value #POST} threshold-linear rate units, all-to-all, a rate Hebbian rule and then the rule
 * under test, bounds [0, 10].
 */
abstract class NormalizationContract implements LearningRuleContract {
    static final int PRE = 6;
    static final int POST = 5;

    @Override
    public Record parameters() {
        return NormalizationParameters.vonDerMalsburg1973();
    }

    @Override
    public WeightBounds bounds() {
        return WeightBounds.hard(0, 10);
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        RateSource in =
                sim.add(
                        RateSource.of(
                                "in",
                                PRE,
                                active
                                        ? (i, t) -> 4.0 + i + 3 * Math.sin(t / 50.0 + i)
                                        : RateFunction.constant(0)));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out",
                                POST,
                                10.0,
                                TransferFunction.thresholdLinear(1.0, 0.0, 200)));
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.1, 0.5))
                .withBounds(bounds())
                .withRule(Hebbian.rate(new HebbianParameters(1e-5, 0.0)))
                .withRule(rule);
    }

    @Override
    public java.util.List<Runnable> invalidParameters() {
        return java.util.List.of(
                () -> new NormalizationParameters(null, 0.0),
                () -> new NormalizationParameters(NormalizationParameters.Form.SUBTRACTIVE, -1.0));
    }
}
