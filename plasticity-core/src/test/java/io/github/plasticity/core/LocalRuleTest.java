package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The local-rule loop: each bound rule runs its own hidden copy of the loop, and every variant
 * (dense, sparse, hard, soft and rule bounds, rates, traces, modulator, gate gain, 1 and 2 threads,
 * the shared-loop fallback) computes the weights of a plain scalar reference loop bit for bit: the
 * reference, {@link ReferenceRule}, is the straightforward loop the library used before the
 * per-rule copies (reads {@code (float) pre[idx[i][k]]} per synapse, then the same float
 * operations).
 */
class LocalRuleTest {
    /** Five different functions, each bound on its own projection of the same network. */
    private static final LocalRule[] FUNCTIONS = {
        (w, pre, post, m) -> 1e-5f * (pre - 20f) * (post - 5f),
        (w, pre, post, m) -> 1e-5f * post * (pre - post * w),
        (w, pre, post, m) -> 1e-6f * pre * post * (post - 8f) - 1e-4f * w,
        (w, pre, post, m) -> 2e-4f * Math.max(0f, pre - 25f) - 3e-4f * w * w,
        (w, pre, post, m) -> (float) (1e-4 * Math.tanh(0.1 * (pre - post)))
    };

    /**
     * A rate network: 50 rate sources (0-49 Hz) onto 30 rate units through five dense or sparse
     * projections, each with one of {@link #FUNCTIONS}, made by {@code rule}.
     */
    private static Simulation rateNetwork(
            int threads, boolean dense, java.util.function.IntFunction<LearningRule> rule) {
        Simulation sim = Simulation.builder().dtMs(0.1).seed(3).threads(threads).build();
        double[] rates = new double[50];
        for (int j = 0; j < rates.length; j++) {
            rates[j] = j;
        }
        RateSource in = sim.add(RateSource.of("in", 50, RateFunction.perUnit(rates)));
        RatePopulation out =
                sim.add(
                        RatePopulation.of(
                                "out", 30, 5.0, TransferFunction.thresholdLinear(1, 0, 80)));
        for (int r = 0; r < FUNCTIONS.length; r++) {
            sim.connect(
                            "p" + r,
                            in,
                            out,
                            dense ? Connectivity.allToAll() : Connectivity.fixedProbability(0.3),
                            WeightInit.uniform(0, 0.02))
                    .withBounds(WeightBounds.hard(-1, 1))
                    .withRule(rule.apply(r));
        }
        return sim;
    }

    private static float[][] weights(Simulation sim) {
        float[][] w = new float[sim.projections().size()][];
        for (int p = 0; p < w.length; p++) {
            w[p] = sim.projections().get(p).weightsCopy();
        }
        return w;
    }

    /**
     * Several different local rules in one JVM (and one simulation) each get their own hidden copy
     * of the loop and compute the reference weights bit for bit, dense and sparse, on 1 and 2
     * threads.
     */
    @Test
    void severalRulesEachComputeTheReferenceWeights() {
        for (boolean dense : new boolean[] {true, false}) {
            float[][] expected;
            try (Simulation ref =
                    rateNetwork(
                            1,
                            dense,
                            r -> new ReferenceRule("r" + r, FUNCTIONS[r], null, null, 0, 0))) {
                ref.steps(300);
                expected = weights(ref);
            }
            for (int threads : new int[] {1, 2}) {
                try (Simulation sim =
                        rateNetwork(threads, dense, r -> LocalRule.named("r" + r, FUNCTIONS[r]))) {
                    Set<Class<?>> loops = new HashSet<>();
                    for (Projection p : sim.projections()) {
                        Class<?> c = p.rules.get(0).kernel.getClass();
                        assertTrue(c.isHidden(), "rule runs a hidden copy of the loop: " + c);
                        loops.add(c);
                    }
                    assertEquals(FUNCTIONS.length, loops.size(), "one copy of the loop per rule");
                    sim.steps(300);
                    float[][] actual = weights(sim);
                    for (int p = 0; p < FUNCTIONS.length; p++) {
                        assertArrayEquals(
                                expected[p],
                                actual[p],
                                "rule " + p + ", dense " + dense + ", threads " + threads);
                    }
                }
            }
        }
    }

    /** The bounds a rule can run under. */
    enum Bounds {
        /** Hard bounds of the projection. */
        PROJECTION_HARD,
        /** Soft bounds of the projection. */
        PROJECTION_SOFT,
        /**
         * Hard bounds of the rule ({@link LocalRule.Rule#bounded}) over an unbounded projection.
         */
        RULE_BOUNDED,
        /** None. */
        UNBOUNDED
    }

    private static final LocalRule TRACE_RULE =
            (w, pre, post, m) ->
                    2e-2f * pre * post * m + 5e-3f * pre * m - 1e-3f * post - 1e-4f * w;

    /**
     * A spiking network: 120 Poisson inputs at 30 Hz onto 40 LIF units (projection p with the rule,
     * and a fixed drive), with a dopamine modulator released twice and a gate proportional to it
     * (gain per post unit); the rule reads traces and dopamine.
     */
    private static Simulation spikingNetwork(
            int threads, boolean dense, Bounds bounds, boolean reference, boolean shared) {
        Simulation sim = Simulation.builder().dtMs(0.1).seed(11).threads(threads).build();
        PoissonSource in = sim.add(PoissonSource.of("in", 120, 30.0));
        LifPopulation out =
                sim.add(LifPopulation.of("out", 40, LifParameters.songMillerAbbott2000()));
        GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.1, 50.0));
        da.releaseAt(12.3, 1.0);
        da.releaseAt(35.0, 0.5);
        Projection p =
                sim.connect(
                        "p",
                        in,
                        out,
                        dense ? Connectivity.allToAll() : Connectivity.fixedProbability(0.3),
                        WeightInit.uniform(0.0, dense ? 1.2 : 4.0));
        if (bounds == Bounds.PROJECTION_HARD) {
            p.withBounds(WeightBounds.hard(0.0, 2.0));
        } else if (bounds == Bounds.PROJECTION_SOFT) {
            p.withBounds(WeightBounds.soft(0.0, 6.0));
        }
        WeightBounds ruleBounds =
                bounds == Bounds.RULE_BOUNDED ? WeightBounds.hard(0.1, 1.5) : null;
        LearningRule rule;
        if (reference) {
            rule = new ReferenceRule("hebb", TRACE_RULE, ruleBounds, "dopamine", 20.0, 15.0);
        } else {
            LocalRule.Rule r =
                    LocalRule.named("hebb", TRACE_RULE)
                            .readingTraces(20.0, 15.0)
                            .modulatedBy("dopamine");
            if (ruleBounds != null) {
                r = r.bounded(ruleBounds.min(), ruleBounds.max());
            }
            rule = shared ? r.withSharedLoop() : r;
        }
        p.withRule(rule, Gate.proportionalTo("dopamine", 0.2));
        // Drive without plasticity, so the LIF units fire whatever the bounds of p.
        sim.connect("drive", in, out, Connectivity.allToAll(), WeightInit.constant(0.6));
        return sim;
    }

    /**
     * Traces, modulator and gate gain, on dense and sparse projections under every kind of bound:
     * the per-rule loop (1 and 2 threads) and the shared fallback loop give the reference weights
     * bit for bit.
     */
    @ParameterizedTest
    @EnumSource(Bounds.class)
    void tracesModulatorAndGateMatchTheReference(Bounds bounds) {
        for (boolean dense : new boolean[] {true, false}) {
            float[] expected;
            float[] initial;
            try (Simulation ref = spikingNetwork(1, dense, bounds, true, false)) {
                initial = ref.projections().get(0).weightsCopy();
                SpikeMonitor spikes = ref.monitor(Monitors.spikes(ref.populations().get(1)));
                ref.steps(500);
                expected = ref.projections().get(0).weightsCopy();
                assertTrue(spikes.count() > 0, "post units fire, so post traces are not all 0");
            }
            assertFalse(Arrays.equals(initial, expected), "the rule changes weights");
            for (int threads : new int[] {1, 2}) {
                for (boolean shared : new boolean[] {false, true}) {
                    try (Simulation sim = spikingNetwork(threads, dense, bounds, false, shared)) {
                        RuleKernel k = sim.projections().get(0).rules.get(0).kernel;
                        if (shared) {
                            assertSame(LocalRuleLoop.class, k.getClass());
                        } else {
                            assertTrue(k.getClass().isHidden(), k.getClass().toString());
                        }
                        sim.steps(500);
                        assertArrayEquals(
                                expected,
                                sim.projections().get(0).weightsCopy(),
                                "dense "
                                        + dense
                                        + ", threads "
                                        + threads
                                        + ", shared loop "
                                        + shared);
                    }
                }
            }
        }
    }

    private static byte[] template() throws IOException {
        try (InputStream in = LocalRuleLoop.class.getResourceAsStream("LocalRuleLoop.class")) {
            assertNotNull(in, "the loop's bytecode is a resource");
            return in.readAllBytes();
        }
    }

    private static RuleKernel specialised(MethodHandles.Lookup lookup, byte[] template) {
        float[][] w = {{0.5f, 0.25f}};
        int[][] idx = {{0, 1}};
        return LocalRuleLoops.specialised(
                lookup,
                template,
                (wk, pre, post, m) -> 1f,
                w,
                idx,
                true,
                new double[] {1, 2},
                new double[] {3},
                null,
                new double[] {1},
                WeightBounds.unbounded(),
                0.1);
    }

    /**
     * Defining the copy fails without full privilege in the package (as under a security manager or
     * a foreign lookup), with malformed or missing bytecode; then there is no copy, and {@link
     * LocalRuleLoops#create} falls back to the shared loop, which computes the same update.
     */
    @Test
    void fallsBackToTheSharedLoopWhenNoCopyCanBeDefined() throws IOException {
        byte[] bytes = template();
        RuleKernel ok = specialised(MethodHandles.lookup(), bytes);
        assertNotNull(ok);
        assertTrue(ok.getClass().isHidden());
        assertNotEquals(LocalRuleLoop.class, ok.getClass());
        assertNull(specialised(MethodHandles.publicLookup(), bytes), "public lookup");
        assertNull(specialised(MethodHandles.lookup().in(Object.class), bytes), "foreign package");
        assertNull(specialised(MethodHandles.lookup(), new byte[] {1, 2, 3}), "malformed bytes");
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        assertNull(specialised(MethodHandles.lookup(), truncated), "truncated bytes");
        assertNull(specialised(MethodHandles.lookup(), null), "no bytes");

        float[][] w = {{0.5f, 0.25f, -1f}, {2f, 0f, 0.125f}};
        int[][] idx = {{0, 1, 2}, {0, 1, 2}};
        double[] pre = {1, 2, 40};
        double[] post = {3, 7};
        double[] gain = {1, 0.5};
        LocalRule f = (wk, x, y, m) -> 0.01f * x * y - 0.1f * wk;
        RuleKernel plain =
                LocalRuleLoops.create(
                        false,
                        f,
                        w,
                        idx,
                        true,
                        pre,
                        post,
                        null,
                        gain,
                        WeightBounds.hard(0, 1),
                        0.1);
        assertSame(LocalRuleLoop.class, plain.getClass());
        plain.beforeUpdate(null);
        plain.update(null, 0, 2);
        // Closed form of one Euler step: w + (0.01 pre post - 0.1 w) * dt * gain, clipped to [0,
        // 1],
        // in the same float operations.
        float[][] expected = {
            {
                Math.min(1f, Math.max(0f, 0.5f + (0.01f * 1f * 3f - 0.1f * 0.5f) * 0.1f)),
                Math.min(1f, Math.max(0f, 0.25f + (0.01f * 2f * 3f - 0.1f * 0.25f) * 0.1f)),
                Math.min(1f, Math.max(0f, -1f + (0.01f * 40f * 3f - 0.1f * -1f) * 0.1f))
            },
            {
                Math.min(1f, Math.max(0f, 2f + (0.01f * 1f * 7f - 0.1f * 2f) * 0.05f)),
                Math.min(1f, Math.max(0f, 0f + (0.01f * 2f * 7f - 0.1f * 0f) * 0.05f)),
                Math.min(1f, Math.max(0f, 0.125f + (0.01f * 40f * 7f - 0.1f * 0.125f) * 0.05f))
            }
        };
        assertArrayEquals(expected[0], w[0]);
        assertArrayEquals(expected[1], w[1]);
    }

    /**
     * The scalar reference: the plain per-synapse loop, reading the double activity through the
     * index array, then the same float operations as the library.
     */
    static final class ReferenceRule implements LearningRule {
        private final String name;
        private final LocalRule f;
        private final WeightBounds bounds;
        private final String modulator;
        private final double preTauMs;
        private final double postTauMs;

        ReferenceRule(
                String name,
                LocalRule f,
                WeightBounds bounds,
                String modulator,
                double preTauMs,
                double postTauMs) {
            this.name = name;
            this.f = f;
            this.bounds = bounds;
            this.modulator = modulator;
            this.preTauMs = preTauMs;
            this.postTauMs = postTauMs;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public RuleKernel bind(RuleBinding b) {
            final float[][] w = b.weights();
            final int[][] idx = b.preIndices();
            final double[] pre =
                    preTauMs > 0
                            ? b.preTrace(preTauMs, TraceMode.ALL_TO_ALL).values()
                            : b.preRates();
            final double[] post =
                    postTauMs > 0
                            ? b.postTrace(postTauMs, TraceMode.ALL_TO_ALL).values()
                            : b.postRates();
            final double[] m = modulator == null ? null : b.modulatorAtPost(modulator);
            final double[] gain = b.learningRateGain();
            final WeightBounds wb = bounds != null ? bounds : b.bounds();
            final double dt = b.dtMs();
            return (ctx, from, to) -> {
                for (int i = from; i < to; i++) {
                    float[] row = w[i];
                    float po = (float) post[i];
                    float mi = m == null ? 1f : (float) m[i];
                    float scale = (float) (dt * gain[i]);
                    if (scale == 0f) {
                        continue;
                    }
                    for (int k = 0; k < row.length; k++) {
                        float wk = row[k];
                        float dw = f.dwPerMs(wk, (float) pre[idx[i][k]], po, mi) * scale;
                        row[k] = wb.apply(wk, dw);
                    }
                }
            };
        }
    }
}
