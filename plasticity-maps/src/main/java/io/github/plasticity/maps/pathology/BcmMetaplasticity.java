package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.rules.Bcm;
import io.github.plasticity.rules.BcmParameters;

/**
 * Homeostatic metaplasticity and its failure (SCIENCE.md C10.4, after Quartarone et al. 2003 and
 * their review of impaired homeostatic plasticity in dystonia): one BCM synapse ({@code Bcm} of
 * plasticity-rules) from a presynaptic unit firing at {@code preHz} onto a rate unit whose rate is
 * clamped by its external input. A conditioning period at a high postsynaptic rate is followed by a
 * test period at a moderate rate; the weight change during the test is the test response.
 *
 * <p>With a sliding threshold the conditioning raises \( \theta \) towards \( y_c^2 / y_0 \), above
 * the test rate, so the test gives depression where without conditioning it gives potentiation: the
 * sign reverses (the homeostatic, "pre-facilitation then LTD" pattern). With a fixed threshold the
 * test response does not depend on the conditioning. The synapse is too weak (1e-6) to change the
 * clamped rate.
 */
public final class BcmMetaplasticity {
    private BcmMetaplasticity() {}

    /**
     * The weight change during the test period.
     *
     * @param bcm the rule's parameters (the sliding flag selects the condition)
     * @param preHz presynaptic rate (Hz), &gt; 0
     * @param conditioningHz postsynaptic rate during conditioning (Hz), &gt;= 0
     * @param conditioningMs conditioning duration (ms), &gt;= 0 (0: no conditioning)
     * @param testHz postsynaptic rate during the test (Hz), &gt;= 0
     * @param testMs test duration (ms), &gt; 0
     * @return the weight change during the test (weight units)
     */
    public static double testResponse(
            BcmParameters bcm,
            double preHz,
            double conditioningHz,
            double conditioningMs,
            double testHz,
            double testMs) {
        Args.notNull("bcm", bcm);
        Args.positive("preHz", preHz, "Hz");
        Args.nonNegative("conditioningHz", conditioningHz, "Hz");
        Args.nonNegative("conditioningMs", conditioningMs, "ms");
        Args.nonNegative("testHz", testHz, "Hz");
        Args.positive("testMs", testMs, "ms");
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 1, (unit, t) -> preHz));
            RatePopulation post =
                    sim.add(
                            RatePopulation.of(
                                    "post",
                                    1,
                                    1.0,
                                    TransferFunction.thresholdLinear(
                                            1.0, 0.0, Double.POSITIVE_INFINITY)));
            Projection p =
                    sim.connect(
                            "syn", pre, post, Connectivity.allToAll(), WeightInit.constant(0.01));
            p.withRule(Bcm.of(bcm));
            post.setExternalInput(0, conditioningHz);
            sim.steps(Math.round(conditioningMs));
            post.setExternalInput(0, testHz);
            sim.steps(5);
            double w0 = p.weight(0, 0);
            sim.steps(Math.round(testMs));
            return p.weight(0, 0) - w0;
        }
    }
}
