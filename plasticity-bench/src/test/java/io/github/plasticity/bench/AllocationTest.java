package io.github.plasticity.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Simulation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Zero bytes allocated per step, on one thread and on two, counted by the JVM's per-thread
 * allocation counters ({@code com.sun.management.ThreadMXBean}): the stepping thread's own counter
 * ({@code getCurrentThreadAllocatedBytes}, which itself allocates nothing) and, with two threads,
 * the counter of each of the simulation's worker threads ({@code getThreadAllocatedBytes(id)}, read
 * before and after the window, outside the stepping thread's measured span). The workers are found
 * as the {@code plasticity-worker-*} threads that appear when the simulation is built.
 *
 * <p>While the JIT is still compiling, interpreted code allocates a few objects that compiled code
 * does not (escape analysis), so the test runs windows of steps and requires one window with zero
 * bytes on every thread at once: any allocation in every step (such as the 96 B per parallel phase
 * of the {@code CyclicBarrier} the worker team used before) would show in every window. JMH's
 * {@code -prof gc} reports a few B/op for the same steps on short iterations, which is the
 * harness's own allocation spread over few operations.
 */
class AllocationTest {
    private static final int WINDOWS = 30;

    private static com.sun.management.ThreadMXBean mx() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        assumeTrue(
                b instanceof com.sun.management.ThreadMXBean
                        && ((com.sun.management.ThreadMXBean) b).isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counter not available");
        return (com.sun.management.ThreadMXBean) b;
    }

    private static Set<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("plasticity-worker-") && t.isAlive())
                .collect(Collectors.toSet());
    }

    /**
     * Builds a simulation with {@code threads} threads, then steps it in windows until one window
     * allocates nothing on any thread.
     *
     * @return bytes per window: column 0 the stepping thread, then one column per worker
     */
    private static long[][] bytesPerWindow(
            IntFunction<Simulation> build, int threads, int stepsPerWindow) {
        com.sun.management.ThreadMXBean mx = mx();
        Set<Thread> before = workerThreads();
        try (Simulation sim = build.apply(threads)) {
            Set<Thread> mine = workerThreads();
            mine.removeAll(before);
            assertEquals(threads - 1, mine.size(), "worker threads of this simulation");
            long[] ids = mine.stream().mapToLong(Thread::getId).sorted().toArray();
            long[] w0 = new long[ids.length];
            long[][] bytes = new long[WINDOWS][];
            for (int w = 0; w < WINDOWS; w++) {
                for (int k = 0; k < ids.length; k++) {
                    w0[k] = mx.getThreadAllocatedBytes(ids[k]);
                }
                long start = mx.getCurrentThreadAllocatedBytes();
                for (int s = 0; s < stepsPerWindow; s++) {
                    sim.step();
                }
                long own = mx.getCurrentThreadAllocatedBytes() - start;
                long[] row = new long[ids.length + 1];
                row[0] = own;
                for (int k = 0; k < ids.length; k++) {
                    long after = mx.getThreadAllocatedBytes(ids[k]);
                    assertTrue(after >= 0, "worker allocation counter unavailable");
                    row[k + 1] = after - w0[k];
                }
                bytes[w] = row;
                if (w > 0 && Arrays.stream(row).allMatch(b -> b == 0)) {
                    return Arrays.copyOf(bytes, w + 1);
                }
            }
            return bytes;
        }
    }

    private static void assertSomeWindowAllocatesNothing(long[][] b, int stepsPerWindow) {
        boolean zero = Arrays.stream(b).anyMatch(row -> Arrays.stream(row).allMatch(x -> x == 0));
        assertTrue(
                zero,
                "bytes per window of "
                        + stepsPerWindow
                        + " steps [caller, workers...]: "
                        + Arrays.deepToString(b));
    }

    @Test
    void networkStepAllocatesNothing() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> Workloads.network(200, t), 1, 300), 300);
    }

    @Test
    void stdpNetworkStepAllocatesNothing() {
        // Workload C with 1000 inputs onto 50 neurons: pre and post spikes every few steps, so
        // propagation, depression and potentiation all run in each window.
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> StdpNetwork.build(1000, 50, t, Workloads.SEED), 1, 300), 300);
    }

    @Test
    void stdpNetworkStepAllocatesNothingOnTwoThreads() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> StdpNetwork.build(1000, 50, t, Workloads.SEED), 2, 300), 300);
    }

    @Test
    void denseRateStepAllocatesNothing() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(AllocationTest::denseDecayClamp, 1, 500), 500);
    }

    /** Two threads: two parallel phases per projection and step (propagation, rule). */
    @Test
    void networkStepAllocatesNothingOnTwoThreads() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> Workloads.network(200, t), 2, 300), 300);
    }

    @Test
    void denseRateStepAllocatesNothingOnTwoThreads() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(AllocationTest::denseDecayClamp, 2, 500), 500);
    }

    private static Simulation denseDecayClamp(int threads) {
        return Workloads.denseRate(
                64, threads, DenseRule.DECAY_CLAMP, Workloads.hebbian(DenseRule.DECAY_CLAMP));
    }

    /** A local rule (its own hidden copy of the loop) allocates nothing per step either. */
    @Test
    void localRuleStepAllocatesNothing() {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(
                        t ->
                                Workloads.denseRate(
                                        64,
                                        t,
                                        DenseRule.DECAY_CLAMP,
                                        Workloads.localHebbian(DenseRule.DECAY_CLAMP)),
                        1,
                        500),
                500);
    }

    /** Every rule of the per-rule benchmarks, on one thread and on two. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, {1} thread(s)")
    @org.junit.jupiter.params.provider.CsvSource({
        "OJA, 1", "BCM, 1", "OJA, 2", "BCM, 2",
    })
    void rateRuleStepsAllocateNothing(Workloads.RateRule rule, int threads) {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> Workloads.rateRule(rule, 64, t), threads, 500), 500);
    }

    /** Every spiking rule of the per-rule benchmarks, on one thread and on two. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, {1} thread(s)")
    @org.junit.jupiter.params.provider.CsvSource({
        "SCALING, 1", "TRIPLET_STDP, 1", "ELIGIBILITY, 1", "CALCIUM, 1",
        "SCALING, 2", "TRIPLET_STDP, 2", "ELIGIBILITY, 2", "CALCIUM, 2",
        "ELIGIBILITY_EVERY_10_MS, 1", "ELIGIBILITY_EVERY_10_MS, 2",
    })
    void spikingRuleStepsAllocateNothing(Workloads.SpikingRule rule, int threads) {
        assertSomeWindowAllocatesNothing(
                bytesPerWindow(t -> Workloads.spikingRule(rule, 200, t), threads, 300), 300);
    }
}
