package io.github.plasticity.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.rules.StdpParameters.WeightDependence;
import io.github.plasticity.testkit.LearningRuleContract;

/**
 * The contract for the other pair-STDP variants: multiplicative (van Rossum 2000) depression with
 * nearest-spike traces on a dense network, and soft projection bounds.
 */
class PairStdpMultiplicativeNearestTest implements LearningRuleContract {
    private static final StdpParameters P =
            StdpParameters.songMillerAbbott2000()
                    .withWeightDependence(WeightDependence.MULTIPLICATIVE)
                    .withTraceMode(TraceMode.NEAREST)
                    .withAPlus(0.05)
                    .withAMinus(0.05);

    @Override
    public LearningRule rule() {
        return PairStdp.of(P);
    }

    @Override
    public Record parameters() {
        return StdpParameters.vanRossum2000();
    }

    @Override
    public WeightBounds bounds() {
        return WeightBounds.soft(0, 1);
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        return StdpFixtures.contractNetwork(sim, rule, active, Connectivity.allToAll(), bounds());
    }
}
