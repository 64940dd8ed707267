package io.github.plasticity.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Simulation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Zero bytes allocated per step on one thread, counted by the JVM's allocation counter of the
 * stepping thread ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, which
 * itself allocates nothing). While the JIT is still compiling, interpreted code allocates a few
 * objects that compiled code does not (escape analysis), so the test runs windows of steps and
 * requires one window with zero bytes: any allocation in every step would show in every window.
 * JMH's {@code -prof gc} reports a few B/op for the same steps on short iterations, which is the
 * harness's own allocation spread over few operations.
 */
class AllocationTest {
    private static final int WINDOWS = 30;

    private static long[] bytesPerWindow(Simulation sim, int stepsPerWindow) {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        assumeTrue(
                b instanceof com.sun.management.ThreadMXBean
                        && ((com.sun.management.ThreadMXBean) b).isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counter not available");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) b;
        long[] bytes = new long[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < stepsPerWindow; k++) {
                sim.step();
            }
            bytes[w] = mx.getCurrentThreadAllocatedBytes() - before;
            if (bytes[w] == 0 && w > 0) {
                return Arrays.copyOf(bytes, w + 1);
            }
        }
        return bytes;
    }

    private static long min(long[] a) {
        return Arrays.stream(a).min().orElseThrow();
    }

    @Test
    void networkStepAllocatesNothing() {
        try (Simulation sim = Workloads.network(200, 1)) {
            long[] b = bytesPerWindow(sim, 300);
            assertEquals(0L, min(b), "bytes per window of 300 steps: " + Arrays.toString(b));
        }
    }

    @Test
    void stdpNetworkStepAllocatesNothing() {
        // Workload C with 1000 inputs onto 50 neurons: pre and post spikes every few steps, so
        // propagation, depression and potentiation all run in each window.
        try (Simulation sim = StdpNetwork.build(1000, 50, 1, Workloads.SEED)) {
            sim.run(200.0);
            long[] b = bytesPerWindow(sim, 300);
            assertEquals(0L, min(b), "bytes per window of 300 steps: " + Arrays.toString(b));
        }
    }

    @Test
    void denseRateStepAllocatesNothing() {
        try (Simulation sim =
                Workloads.denseRate(
                        64, 1, DenseRule.DECAY_CLAMP, Workloads.hebbian(DenseRule.DECAY_CLAMP))) {
            long[] b = bytesPerWindow(sim, 500);
            assertEquals(0L, min(b), "bytes per window of 500 steps: " + Arrays.toString(b));
        }
    }
}
