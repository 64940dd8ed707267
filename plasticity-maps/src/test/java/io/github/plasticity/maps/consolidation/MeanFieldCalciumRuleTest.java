package io.github.plasticity.maps.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class MeanFieldCalciumRuleTest implements LearningRuleContract {
    private static final ShouvalParameters P = ShouvalParameters.shouvalBearCooper2002();

    @Override
    public LearningRule rule() {
        return MeanFieldCalciumRule.of(P, 1.0, 1.0);
    }

    @Override
    public Record parameters() {
        return P;
    }

    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        double[] pre = {0.0, 4.0, 20.0};
        RateSource in =
                sim.add(RateSource.of("in", 3, (unit, t) -> active ? pre[unit] + t / 100.0 : 0.0));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out", 2, 10.0, TransferFunction.thresholdLinear(1.0, 0.0, 100.0)));
        if (active) {
            out.setExternalInput(new double[] {2.0, 20.0});
        }
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.25))
                .withBounds(bounds())
                .withRule(rule);
    }

    @Override
    public double durationMs() {
        return 400.0;
    }

    @Override
    public WeightBounds bounds() {
        return WeightBounds.hard(0.0, 1.0);
    }

    /** Closed form of the mean gating: at 20 Hz, 0.5 x 1/2 + 0.5 x 4/5 = 0.65. */
    @Test
    void meanGatingClosedForm() {
        Tolerance.absolute(1e-12)
                .check("gating 20 Hz", 0.65, MeanFieldCalciumRule.meanGating(P, 20));
        Tolerance.absolute(1e-12).check("gating 0 Hz", 0.0, MeanFieldCalciumRule.meanGating(P, 0));
        // BPAP integral 100 x (0.75 x 3 + 0.25 x 25) = 850 mV ms; EPSP 1/0.6968 x 45 mV ms.
        Tolerance.absolute(1e-9).check("bpap", 850.0, MeanFieldCalciumRule.bpapIntegralMvMs(P));
        Tolerance.relative(1e-3)
                .check("epsp", 45.0 / 0.6968, MeanFieldCalciumRule.epspIntegralMvMs(P));
    }

    /**
     * The rule's thresholds as functions of the rates (BCM-like, Shouval et al. 2002): with the
     * presynaptic unit at 8 Hz, a postsynaptic unit at 2 Hz leaves calcium below alpha1 (no
     * change), 10 Hz puts it in the LTD band, 20 Hz above alpha2 (LTP); an NMDA block of 0 gives no
     * calcium.
     */
    @Test
    void calciumThresholdsAsFunctionsOfRates() {
        assertTrue(MeanFieldCalciumRule.steadyCalciumUm(P, 8, 2) < P.alpha1Um());
        double ltd = MeanFieldCalciumRule.steadyCalciumUm(P, 8, 10);
        assertTrue(ltd > P.alpha1Um() && ltd < P.alpha2Um(), "LTD band: " + ltd);
        assertTrue(MeanFieldCalciumRule.steadyCalciumUm(P, 8, 20) > P.alpha2Um());
        assertEquals(0.0, MeanFieldCalciumRule.steadyCalciumUm(P.withNmdaBlock(0.0), 20, 20));
    }

    /**
     * In a network with constant input the synapse's calcium converges to the closed-form steady
     * state (exact relaxation over 20 tau_Ca = 1 s), and a weight with high calcium moves up
     * towards Omega while the NMDA schedule returns 1; a schedule returning 0 freezes it.
     */
    @Test
    void calciumReachesSteadyStateAndBlockFreezesWeights() {
        for (double left : new double[] {1.0, 0.0}) {
            try (Simulation sim = Simulation.builder().dtMs(1.0).seed(3).threads(1).build()) {
                RateSource in = sim.add(RateSource.of("in", 1, (u, t) -> 20.0));
                RatePopulation out =
                        sim.add(
                                RatePopulation.of(
                                        "out",
                                        1,
                                        10.0,
                                        TransferFunction.thresholdLinear(1.0, 0.0, 20.0)));
                // saturated at 20 Hz whatever the synapse adds
                out.setExternalInput(new double[] {40.0});
                Projection p =
                        sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.25))
                                .withBounds(WeightBounds.hard(0, 1))
                                .withRule(
                                        MeanFieldCalciumRule.of(P, 1.0, 1.0)
                                                .withNmdaBlockSchedule(t -> left));
                sim.run(1000.0);
                double ca = p.ruleStateCopy("calcium", "calcium")[0];
                double expected = left * MeanFieldCalciumRule.steadyCalciumUm(P, 20, 20);
                // relaxation left e^-20; calcium is stored as float and rounded every step, which
                // leaves its fixed point within ~1e-6 (measured 1.5e-6 below)
                Tolerance.absolute(1e-5).check("calcium", expected, ca);
                if (left == 1.0) {
                    assertTrue(p.weight(0, 0) > 0.5, "LTP: " + p.weight(0, 0));
                } else {
                    assertEquals(0.25f, p.weight(0, 0));
                }
            }
        }
    }

    @Test
    void refusesBadArguments() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> MeanFieldCalciumRule.of(P, Double.NaN, 1.0));
        assertTrue(e.getMessage().contains("weightScale"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> MeanFieldCalciumRule.of(P, 1.0, -1.0));
        assertTrue(e.getMessage().contains("rateFactor"), e.getMessage());
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(3).threads(1).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, (u, t) -> 20.0));
            RatePopulation out =
                    sim.add(
                            RatePopulation.of(
                                    "out", 1, 10.0, TransferFunction.thresholdLinear(1, 0, 100)));
            sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.25))
                    .withRule(MeanFieldCalciumRule.of(P, 1.0, 1.0).withNmdaBlockSchedule(t -> 2));
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, sim::step);
            assertTrue(ex.getMessage().contains("NMDA fraction left"), ex.getMessage());
        }
    }
}
