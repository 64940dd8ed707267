package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vectorised dense loops of the rate rules (rates converted to float once per step, clip by
 * {@link Rows#floor0} or {@code Math.min/max}) compute what their scalar sparse loops (per-synapse
 * index, ternary clamp) compute for the same synapses: an all-to-all projection stored dense and
 * the same synapses stored sparse ({@link Connectivity#explicit}) end with equal weights after
 * steps that push weights across both bounds. Equality is {@code ==} per weight, exact: the
 * arithmetic is the same, only a {@code -0f} of the ternary may be {@code +0f} in the dense loop
 * (equal under {@code ==}). Bounds [0, 1] take the {@code floor0} path, [-0.25, 0.6] the {@code
 * Math.min/max} one.
 */
class DenseKernelsTest {
    private static final int N_PRE = 37;
    private static final int N_POST = 23;
    private static final int STEPS = 300;

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> s = Stream.builder();
        for (double[] bounds : new double[][] {{0.0, 1.0}, {-0.25, 0.6}}) {
            s.add(
                    Arguments.of(
                            "hebbian",
                            bounds,
                            (Supplier<LearningRule>)
                                    () -> Hebbian.rate(new HebbianParameters(2e-4, 0.02))));
            s.add(
                    Arguments.of(
                            "bcm",
                            bounds,
                            (Supplier<LearningRule>)
                                    () -> Bcm.of(new BcmParameters(2e-4, 20.0, 15.0, 15.0, true))));
            s.add(
                    Arguments.of(
                            "covariance",
                            bounds,
                            (Supplier<LearningRule>)
                                    () ->
                                            Covariance.of(
                                                    new CovarianceParameters(
                                                            2e-4, 20.0, 0.0, 0.0, true))));
            s.add(
                    Arguments.of(
                            "oja",
                            bounds,
                            (Supplier<LearningRule>) () -> Oja.of(new OjaParameters(2e-4))));
        }
        return s.build();
    }

    private static float[] run(
            Supplier<LearningRule> rule, double[] bounds, boolean dense, int threads) {
        return run(rule, bounds, dense, threads, N_PRE, N_POST);
    }

    private static float[] run(
            Supplier<LearningRule> rule,
            double[] bounds,
            boolean dense,
            int threads,
            int nPre,
            int nPost) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(7).threads(threads).build()) {
            // Rates oscillating between 0 and 40 Hz with unit-dependent phases, so that every
            // rule's change has both signs over the run.
            RateSource pre =
                    sim.add(
                            RateSource.of(
                                    "pre",
                                    nPre,
                                    (j, t) -> 20 * (1 + Math.sin(1.3 * j + 0.05 * t))));
            RateSource post =
                    sim.add(
                            RateSource.of(
                                    "post",
                                    nPost,
                                    (i, t) -> 20 * (1 + Math.sin(0.7 * i - 0.03 * t))));
            Connectivity c;
            if (dense) {
                c = Connectivity.allToAll();
            } else {
                int[][] all = new int[nPost][nPre];
                for (int i = 0; i < nPost; i++) {
                    for (int j = 0; j < nPre; j++) {
                        all[i][j] = j;
                    }
                }
                c = Connectivity.explicit(all);
            }
            Projection p = sim.connect(pre, post, c, WeightInit.uniform(0.1, 0.5));
            assertEquals(dense, p.isDense());
            p.withBounds(WeightBounds.hard(bounds[0], bounds[1]));
            p.withRule(rule.get());
            sim.steps(STEPS);
            return p.weightsCopy();
        }
    }

    @ParameterizedTest(name = "{0} bounds {1}")
    @MethodSource("cases")
    void denseLoopEqualsSparseLoop(String name, double[] bounds, Supplier<LearningRule> rule) {
        float[] dense = run(rule, bounds, true, 1);
        float[] sparse = run(rule, bounds, false, 1);
        assertEquals(sparse.length, dense.length);
        int atBound = 0;
        for (int k = 0; k < dense.length; k++) {
            if (dense[k] != sparse[k]) {
                assertEquals(sparse[k], dense[k], name + ": synapse " + k);
            }
            if (dense[k] == (float) bounds[0] || dense[k] == (float) bounds[1]) {
                atBound++;
            }
        }
        assertTrue(atBound > 0, name + ": no weight reached a bound, the clip was not tested");
        assertArrayEquals(dense, run(rule, bounds, true, 2), name + ": two threads");
    }

    /**
     * Hebbian's several-rows-per-pass loops for long dense rows (at least {@code PAIR_MIN_ROW}
     * presynaptic units): five rows per pass without bounds or decay, four without bounds, three
     * with bounds [0, 1]. Eleven rows, so that groups are cut short at the end of the range and of
     * each thread's chunk (one and two threads). Equal to the sparse loop, weight by weight ({@code
     * ==}).
     */
    @ParameterizedTest(name = "bounds {0}, decay {2}")
    @MethodSource("longRowBounds")
    void hebbianGroupedRowsEqualSparseLoop(String label, double[] bounds, double decay) {
        Supplier<LearningRule> rule = () -> Hebbian.rate(new HebbianParameters(2e-4, decay));
        int nPre = Hebbian.PAIR_MIN_ROW + 3;
        int nPost = 11;
        float[] sparse = run(rule, bounds, false, 1, nPre, nPost);
        for (int threads = 1; threads <= 2; threads++) {
            float[] dense = run(rule, bounds, true, threads, nPre, nPost);
            int atBound = 0;
            for (int k = 0; k < dense.length; k++) {
                if (dense[k] != sparse[k]) {
                    assertEquals(sparse[k], dense[k], "synapse " + k + ", threads " + threads);
                }
                if (dense[k] == (float) bounds[1]) {
                    atBound++;
                }
            }
            if (bounds[1] < Double.POSITIVE_INFINITY) {
                assertTrue(atBound > 0, "no weight reached the upper bound");
            }
        }
    }

    static Stream<Arguments> longRowBounds() {
        double[] none = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        // Three rows per pass; four; five (no decay).
        return Stream.of(
                Arguments.of("[0, 1]", new double[] {0.0, 1.0}, 0.02),
                Arguments.of("unbounded", none, 0.02),
                Arguments.of("unbounded", none, 0.0));
    }
}
