package io.github.plasticity.core.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import org.junit.jupiter.api.Test;

/**
 * A local dopamine burst trains only the synapses of neurons inside its footprint: a three-factor
 * local rule dw/dt = eta pre post (m - c0)+ bound to the field reads the concentration at each
 * postsynaptic neuron (RuleBinding.modulatorAtPost).
 */
class TargetedDopamineTest {
    static final float ETA = 1e-4f;
    static final float BASELINE = 0.09f;

    private static float[][] train(double releaseX, boolean release) {
        int nPost = 21;
        double[] x = new double[nPost];
        double[] y = new double[nPost];
        for (int i = 0; i < nPost; i++) {
            x[i] = 0.1 * i; // 0 to 2 mm along the sheet
        }
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(5).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 4, RateFunction.constant(10.0)));
            RateSource post = RateSource.of("post", nPost, RateFunction.constant(5.0));
            post.withPositions(x, y);
            sim.add(post);
            NeuromodulatorField da =
                    sim.add(NeuromodulatorField.dopamine(FieldGrid.covering(0.02, 0.2, post)));
            assertEquals(BASELINE, da.parameters().baselineMicroMolar(), 1e-7);
            LocalRule threeFactor = (w, r, q, m) -> ETA * r * q * Math.max(0f, m - BASELINE);
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.5))
                            .withRule(
                                    LocalRule.named("three-factor", threeFactor)
                                            .modulatedBy("dopamine")
                                            .bounded(0, 1));
            if (release) {
                DopamineFromRpe rpe = DopamineFromRpe.of(da, RpeCoupling.defaults());
                rpe.releaseAt(100.0, 1.0, releaseX, 0.0);
            }
            sim.run(1000.0);
            float[][] rows = new float[nPost][];
            for (int i = 0; i < nPost; i++) {
                rows[i] = p.rowCopy(i);
            }
            return rows;
        }
    }

    @Test
    void onlySynapsesInsideTheFootprintChange() {
        double sigma = RpeCoupling.defaults().spreadSigmaMm(); // 0.2 mm
        float[][] w = train(0.5, true);
        for (int i = 0; i < w.length; i++) {
            double d = Math.abs(0.1 * i - 0.5);
            for (float v : w[i]) {
                if (d <= 1.5 * sigma) {
                    assertTrue(v > 0.5f + 1e-3f, "neuron at " + d + " mm did not learn: " + v);
                } else if (d >= 6 * sigma) {
                    // Footprint exp(-18) or less: below float resolution of m - c0.
                    assertEquals(0.5f, v, 0.0f, "neuron at " + d + " mm learned: " + v);
                }
            }
        }
        // Learning falls off with distance from the release point.
        assertTrue(w[5][0] > w[7][0] && w[7][0] > w[9][0], "not graded with distance");
        // Closed form at the release point (neuron 5, x = 0.5 mm): the excess 0.5 µM released at
        // 100 ms decays with tau = 200 ms (diffusion over 1 s moves it 15 µm, negligible against
        // sigma), so dw = eta pre post 0.5 tau (1 - exp(-900/200)), Euler error O(dt/tau).
        double expected = 0.5 + 1e-4 * 10 * 5 * 0.5 * 200 * (1 - Math.exp(-900.0 / 200));
        assertEquals(expected, w[5][0], 0.01 * (expected - 0.5));
    }

    @Test
    void withoutReleaseNothingChanges() {
        float[][] w = train(0.5, false);
        for (float[] row : w) {
            for (float v : row) {
                assertEquals(0.5f, v, 0.0f);
            }
        }
    }
}
