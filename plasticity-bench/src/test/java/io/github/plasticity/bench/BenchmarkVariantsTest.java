package io.github.plasticity.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.testkit.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each benchmarked variant computes what the library computes, on small sizes. */
class BenchmarkVariantsTest {
    /**
     * The local-rule form of the Hebbian update gives the built-in rule's weights: same equation,
     * float arithmetic in another order (w + (eta post pre - gamma w) dt against w (1 - gamma dt) +
     * eta dt post pre), so they agree to a few float ulps per step; over 50 steps of weights ~0.25
     * a relative 1e-5 bounds the drift (50 x 2 ulp x 6e-8 = 6e-6).
     */
    @ParameterizedTest
    @EnumSource(DenseRule.class)
    void localRuleComputesTheBuiltInHebbian(DenseRule form) {
        float[] builtIn;
        float[] local;
        try (Simulation sim = Workloads.denseRate(20, 1, form, Workloads.hebbian(form))) {
            sim.steps(50);
            builtIn = sim.projections().get(0).weightsCopy();
        }
        try (Simulation sim = Workloads.denseRate(20, 1, form, Workloads.localHebbian(form))) {
            sim.steps(50);
            local = sim.projections().get(0).weightsCopy();
        }
        Tolerance t = Tolerance.relative(1e-5);
        for (int k = 0; k < builtIn.length; k++) {
            t.check("weight " + k, builtIn[k], local[k]);
        }
    }

    /**
     * The local rule measured after three others ran ({@code LOCAL_AFTER_3}) computes the weights
     * of the same rule alone, bit for bit, also on 2 threads.
     */
    @ParameterizedTest
    @EnumSource(DenseRule.class)
    void localRuleAfterOthersComputesTheSameWeights(DenseRule form) {
        float[] alone;
        try (Simulation sim = Workloads.denseRate(20, 1, form, Workloads.localHebbian(form))) {
            sim.steps(50);
            alone = sim.projections().get(0).weightsCopy();
        }
        LocalRuleBenchmark.runOthers(Workloads.otherLocalRules(), 5);
        try (Simulation sim = Workloads.denseRate(20, 2, form, Workloads.localHebbian(form))) {
            sim.steps(50);
            assertArrayEquals(alone, sim.projections().get(0).weightsCopy());
        }
    }

    @ParameterizedTest
    @EnumSource(LocalRuleBenchmark.Kind.class)
    void localRuleBenchmarkStatesRun(LocalRuleBenchmark.Kind kind) {
        LocalRuleBenchmark b = new LocalRuleBenchmark();
        b.n = 16;
        b.kind = kind;
        b.polluteSteps = 20;
        b.setUp();
        try {
            assertEquals(1L, b.step());
        } finally {
            b.tearDown();
        }
    }

    /** The paired local-rule measurement runs and reports a positive median ratio. */
    @Test
    void localRulePairedRatioRuns() {
        String json = LocalRulePairedRatio.measure(16, 3);
        assertTrue(json.contains("\"n\": 16"), json);
        double median =
                Double.parseDouble(
                        json.replaceAll(".*\"builtin_over_local_median\": ([0-9.]+).*", "$1"));
        assertTrue(median > 0, json);
    }

    /** The bound's kernel: one pass of a = a s + t over n² floats, on 1 and 2 threads. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void bandwidthAnchorTouchesEveryElementOnce(int threads) {
        BandwidthBenchmark b = new BandwidthBenchmark();
        b.n = 16;
        b.threads = threads;
        b.setUp();
        try {
            b.rmw();
            float[] a = b.array();
            assertEquals(256, a.length);
            float expected = 0.5f * 0.999f + 1e-3f;
            for (float v : a) {
                assertEquals(expected, v);
            }
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void propagationNetworksHaveTheirFanOut(boolean dense) {
        try (Simulation sim = Workloads.propagation(200, 1, dense)) {
            Projection p = sim.projections().get(0);
            if (dense) {
                assertEquals(40_000L, p.synapseCount());
            } else {
                // Binomial(40000, 0.1): mean 4000, sd 60; +-600 is 10 sd (false failure < 1e-20).
                Tolerance.absolute(600).check("sparse synapses", 4000, p.synapseCount());
            }
            sim.steps(20);
        }
    }

    /** The rate network with transmission gives the same rates and weights on 1 and 2 threads. */
    @Test
    void rateNetworkIsThreadIndependent() {
        float[] w;
        double[] r;
        try (Simulation sim = Workloads.rateNetwork(40, 1)) {
            sim.steps(100);
            w = sim.projections().get(0).weightsCopy();
            r = sim.populations().get(1).ratesCopy();
        }
        assertTrue(Arrays.stream(r).max().orElseThrow() > 0.0, "post units are driven");
        try (Simulation sim = Workloads.rateNetwork(40, 2)) {
            sim.steps(100);
            assertArrayEquals(w, sim.projections().get(0).weightsCopy());
            assertArrayEquals(r, sim.populations().get(1).ratesCopy());
        }
    }

    /**
     * The network-step workload is alive (the LIF units fire, so the trace rule sees post spikes)
     * and, like every library run, bit-identical on 1 and 2 threads.
     */
    @Test
    void networkStepFiresAndIsThreadIndependent() {
        float[] one;
        double meanRate;
        // 1000 inputs: mean drive 75 w = 19 mV above rest, threshold 16 mV above rest, reached
        // after about 20 ms ln(19 / 3) = 37 ms.
        try (Simulation sim = Workloads.network(1000, 1)) {
            sim.run(60.0);
            one = sim.projections().get(0).weightsCopy();
            double s = 0;
            for (double r : sim.populations().get(1).ratesCopy()) {
                s += r;
            }
            meanRate = s / 1000;
        }
        assertTrue(meanRate > 0.0, "mean output rate estimate " + meanRate + " Hz");
        try (Simulation sim = Workloads.network(1000, 2)) {
            sim.run(60.0);
            assertArrayEquals(one, sim.projections().get(0).weightsCopy());
        }
    }
}
