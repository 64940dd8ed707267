package io.github.plasticity.rules;

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
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Presynaptic normalisation after a rate Hebbian rule: the contract (the column totals are computed
 * serially in beforeUpdate, so 1 and 2 threads agree bit for bit) and closed-form checks.
 */
class PresynapticNormalizationTest extends NormalizationContract {
    @Override
    public LearningRule rule() {
        return PresynapticNormalization.of(NormalizationParameters.vonDerMalsburg1973());
    }

    private static double[] columnTotals(Projection p) {
        double[] t = new double[PRE];
        for (int i = 0; i < POST; i++) {
            for (int j = 0; j < PRE; j++) {
                t[j] += p.weight(i, j);
            }
        }
        return t;
    }

    /**
     * Closed form: with \( \tau = 0 \) every column total equals its value at binding after every
     * step. The weights are float, so each total is a sum of 5 rounded values: 1e-6 relative is a
     * few float ulps.
     */
    @Test
    void columnTotalsPreservedEveryStep() {
        for (NormalizationParameters.Form form : NormalizationParameters.Form.values()) {
            try (Simulation sim = Simulation.builder().dtMs(0.1).seed(5).build()) {
                Projection p =
                        network(
                                sim,
                                PresynapticNormalization.of(
                                        NormalizationParameters.vonDerMalsburg1973()
                                                .withForm(form)),
                                true);
                double[] t0 = columnTotals(p);
                for (int s = 0; s < 200; s++) {
                    sim.step();
                    double[] t = columnTotals(p);
                    for (int j = 0; j < PRE; j++) {
                        Tolerance.relative(1e-6).check(form + " column " + j, t0[j], t[j]);
                    }
                }
            }
        }
    }

    /**
     * Closed form: the multiplicative form multiplies a whole column by one factor, so the ratio of
     * any two weights of a column is what the Hebbian step left. With rates of the presynaptic
     * units 0 except unit 0, the Hebbian rule changes only column 0, so the ratios within every
     * other column keep their initial values (to float rounding, 1e-6 relative).
     */
    @Test
    void multiplicativeKeepsRatiosWithinAColumn() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(6).build()) {
            RateSource in = sim.add(RateSource.of("in", PRE, (i, t) -> i == 0 ? 10.0 : 0.0));
            RatePopulation out =
                    sim.add(
                            RatePopulation.of(
                                    "out",
                                    POST,
                                    10.0,
                                    TransferFunction.thresholdLinear(1.0, 0.0, 200)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.1, 0.5))
                            .withBounds(bounds())
                            .withRule(Hebbian.rate(new HebbianParameters(1e-4, 1e-3)))
                            .withRule(rule());
            float[] w0 = p.weightsCopy();
            sim.run(50.0);
            for (int j = 1; j < PRE; j++) {
                for (int i = 1; i < POST; i++) {
                    double before = w0[i * PRE + j] / (double) w0[j];
                    double after = p.weight(i, j) / p.weight(0, j);
                    Tolerance.relative(1e-6).check("ratio w[" + i + "][" + j + "]", before, after);
                }
            }
        }
    }

    /**
     * Closed form of the relaxation: with no other rule, a column whose total was moved by \(
     * \Delta \) (by writing the target) returns as \( S_n - T = (S_0 - T) e^{-n\,dt/\tau} \).
     */
    @Test
    void relaxesWithItsTimeConstant() {
        double tau = 5.0;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(7).build()) {
            RateSource in = sim.add(RateSource.of("in", PRE, RateFunction.constant(0)));
            RatePopulation out =
                    sim.add(
                            RatePopulation.of(
                                    "out",
                                    POST,
                                    10.0,
                                    TransferFunction.thresholdLinear(1.0, 0.0, 200)));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(0.2))
                            .withBounds(bounds())
                            .withRule(
                                    PresynapticNormalization.of(
                                            NormalizationParameters.vonDerMalsburg1973()
                                                    .withTauMs(tau)));
            double s0 = columnTotals(p)[0];
            for (int i = 0; i < POST; i++) {
                p.setWeight(i, 0, 0.4);
            }
            double s1 = columnTotals(p)[0];
            sim.run(10.0);
            double expected = s0 + (s1 - s0) * Math.exp(-10.0 / tau);
            Tolerance.relative(1e-5)
                    .check("column total after 10 ms", expected, columnTotals(p)[0]);
        }
    }

    @Test
    void rejectsNegativeTau() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new NormalizationParameters(
                                        NormalizationParameters.Form.MULTIPLICATIVE, -1));
        assertEquals("tauMs must be >= 0 and finite (ms): -1.0", e.getMessage());
    }
}
