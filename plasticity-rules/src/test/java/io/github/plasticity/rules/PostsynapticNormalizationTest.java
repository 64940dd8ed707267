package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Postsynaptic normalisation after a rate Hebbian rule: the contract and the row totals. */
class PostsynapticNormalizationTest extends NormalizationContract {
    @Override
    public LearningRule rule() {
        return PostsynapticNormalization.of(NormalizationParameters.vonDerMalsburg1973());
    }

    /**
     * Closed form: with \( \tau = 0 \) every row total (the incoming weight of a postsynaptic unit)
     * equals its value at binding after every step, to 1e-6 relative (float rounding of 6 weights).
     */
    @Test
    void rowTotalsPreservedEveryStep() {
        for (NormalizationParameters.Form form : NormalizationParameters.Form.values()) {
            try (Simulation sim = Simulation.builder().dtMs(0.1).seed(5).build()) {
                Projection p =
                        network(
                                sim,
                                PostsynapticNormalization.of(
                                        NormalizationParameters.vonDerMalsburg1973()
                                                .withForm(form)),
                                true);
                double[] t0 = rowTotals(p);
                for (int s = 0; s < 200; s++) {
                    sim.step();
                    double[] t = rowTotals(p);
                    for (int i = 0; i < POST; i++) {
                        Tolerance.relative(1e-6).check(form + " row " + i, t0[i], t[i]);
                    }
                }
            }
        }
    }

    private static double[] rowTotals(Projection p) {
        double[] t = new double[POST];
        for (int i = 0; i < POST; i++) {
            for (int j = 0; j < PRE; j++) {
                t[i] += p.weight(i, j);
            }
        }
        return t;
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
