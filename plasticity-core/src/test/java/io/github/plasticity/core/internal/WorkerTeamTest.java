package io.github.plasticity.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The worker team's hand-over: every chunk runs exactly once per call and its writes are visible to
 * the caller afterwards, exceptions from any thread reach the caller and leave the team usable,
 * interrupts are kept, and a closed team refuses work instead of blocking.
 */
class WorkerTeamTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /**
     * Each call writes the call number into every element of its chunk without synchronisation of
     * its own; the caller then reads every element: a stale value would mean a missing
     * happens-before edge or a chunk run twice or not at all.
     */
    @Test
    void everyChunkRunsOnceAndItsWritesAreVisible() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    for (int threads = 1; threads <= 3; threads++) {
                        int n = 1000;
                        int[] a = new int[n];
                        int[] runs = new int[threads];
                        try (WorkerTeam team = new WorkerTeam(threads)) {
                            assertEquals(threads, team.size());
                            for (int call = 1; call <= 2000; call++) {
                                final int value = call;
                                team.run(
                                        (c, k) -> {
                                            runs[c]++;
                                            int to = WorkerTeam.chunkStart(n, c + 1, k);
                                            for (int i = WorkerTeam.chunkStart(n, c, k);
                                                    i < to;
                                                    i++) {
                                                a[i] = value;
                                            }
                                        });
                                for (int i = 0; i < n; i++) {
                                    if (a[i] != call) {
                                        assertEquals(call, a[i], "element " + i);
                                    }
                                }
                            }
                        }
                        int[] expected = new int[threads];
                        Arrays.fill(expected, 2000);
                        assertArrayEquals(expected, runs, "runs per chunk, threads " + threads);
                    }
                });
    }

    @Test
    void workerExceptionReachesTheCallerAndTheTeamStaysUsable() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    try (WorkerTeam team = new WorkerTeam(2)) {
                        IllegalArgumentException boom = new IllegalArgumentException("boom");
                        RuntimeException e =
                                assertThrows(
                                        IllegalArgumentException.class,
                                        () ->
                                                team.run(
                                                        (c, k) -> {
                                                            if (c == 1) {
                                                                throw boom;
                                                            }
                                                        }));
                        assertSame(boom, e);
                        AssertionError err = new AssertionError("worker error");
                        assertSame(
                                err,
                                assertThrows(
                                        AssertionError.class,
                                        () ->
                                                team.run(
                                                        (c, k) -> {
                                                            if (c == 1) {
                                                                throw err;
                                                            }
                                                        })));
                        int[] hits = new int[2];
                        team.run((c, k) -> hits[c]++);
                        assertArrayEquals(new int[] {1, 1}, hits, "no failure left over");
                    }
                });
    }

    @Test
    void callerExceptionWinsAndWaitsForTheWorkers() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    try (WorkerTeam team = new WorkerTeam(2)) {
                        boolean[] workerDone = new boolean[1];
                        IllegalStateException e =
                                assertThrows(
                                        IllegalStateException.class,
                                        () ->
                                                team.run(
                                                        (c, k) -> {
                                                            if (c == 0) {
                                                                throw new IllegalStateException(
                                                                        "caller");
                                                            }
                                                            try {
                                                                Thread.sleep(50);
                                                            } catch (InterruptedException x) {
                                                                Thread.currentThread().interrupt();
                                                            }
                                                            workerDone[0] = true;
                                                            throw new IllegalArgumentException(
                                                                    "worker");
                                                        }));
                        assertEquals("caller", e.getMessage());
                        assertTrue(workerDone[0], "run returned before the worker finished");
                    }
                });
    }

    @Test
    void interruptIsKeptAndTheCallCompletes() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    try (WorkerTeam team = new WorkerTeam(2)) {
                        boolean[] done = new boolean[2];
                        Thread.currentThread().interrupt();
                        team.run(
                                (c, k) -> {
                                    if (c == 1) {
                                        try {
                                            Thread.sleep(20);
                                        } catch (InterruptedException x) {
                                            throw new AssertionError("worker interrupted", x);
                                        }
                                    }
                                    done[c] = true;
                                });
                        assertTrue(Thread.interrupted(), "interrupt status kept (and cleared)");
                        assertTrue(done[0] && done[1]);
                    }
                });
    }

    @Test
    void closedTeamRefusesWork() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    for (int threads = 1; threads <= 2; threads++) {
                        WorkerTeam team = new WorkerTeam(threads);
                        team.run((c, k) -> {});
                        team.close();
                        team.close();
                        assertThrows(IllegalStateException.class, () -> team.run((c, k) -> {}));
                    }
                    assertFalse(Thread.currentThread().isInterrupted());
                });
    }
}
