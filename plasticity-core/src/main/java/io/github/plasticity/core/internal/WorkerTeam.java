package io.github.plasticity.core.internal;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntConsumer;

/**
 * A fixed team of daemon threads that runs one task over {@code n} contiguous chunks and waits for
 * all of them. Not API.
 *
 * <p>Chunks partition postsynaptic rows; every row is computed by exactly one thread with the same
 * arithmetic as in a single-threaded run, so results are bit-identical for any team size. The
 * caller runs chunk 0 itself. No allocation per call beyond the barrier's generation object.
 */
public final class WorkerTeam implements AutoCloseable {
    /** A task over chunk {@code c} of {@code chunks}. */
    @FunctionalInterface
    public interface ChunkTask {
        /**
         * Runs chunk {@code chunk}.
         *
         * @param chunk index of the chunk, 0 to {@code chunks - 1}
         * @param chunks number of chunks
         */
        void run(int chunk, int chunks);
    }

    private final int size;
    private final Thread[] workers;
    private final CyclicBarrier start;
    private final CyclicBarrier end;
    private volatile ChunkTask task;
    private volatile boolean closed;
    private volatile Throwable failure;

    /**
     * Creates a team of {@code size} threads (the caller counts as one).
     *
     * @param size number of threads, at least 1
     */
    public WorkerTeam(int size) {
        this.size = Args.atLeast("threads", size, 1);
        this.workers = new Thread[size - 1];
        this.start = new CyclicBarrier(size);
        this.end = new CyclicBarrier(size);
        for (int w = 0; w < workers.length; w++) {
            final int chunk = w + 1;
            Thread t = new Thread(() -> loop(chunk), "plasticity-worker-" + chunk);
            t.setDaemon(true);
            workers[w] = t;
            t.start();
        }
    }

    /** Number of threads, the caller included. */
    public int size() {
        return size;
    }

    private void loop(int chunk) {
        try {
            while (true) {
                start.await();
                if (closed) {
                    return;
                }
                try {
                    task.run(chunk, size);
                } catch (Throwable e) {
                    failure = e;
                }
                end.await();
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code t} over all chunks and returns when every chunk is done. */
    public void run(ChunkTask t) {
        if (closed) {
            // The workers have left their loop; waiting on the barrier would block forever.
            throw new IllegalStateException("worker team closed");
        }
        if (size == 1) {
            t.run(0, 1);
            return;
        }
        task = t;
        try {
            start.await();
            Throwable own = null;
            try {
                t.run(0, size);
            } catch (Throwable e) {
                own = e;
            }
            end.await();
            Throwable f = own != null ? own : failure;
            failure = null;
            if (f instanceof RuntimeException) {
                throw (RuntimeException) f;
            }
            if (f instanceof Error) {
                throw (Error) f;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for worker threads", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("worker team broken", e);
        }
    }

    /** First row of chunk {@code c} of {@code chunks} over {@code n} rows. */
    public static int chunkStart(int n, int c, int chunks) {
        return (int) ((long) n * c / chunks);
    }

    /** Runs {@code body} for every row of {@code [0, n)}, one contiguous range per chunk. */
    public void forEachRow(int n, IntConsumer body) {
        run(
                (c, k) -> {
                    int to = chunkStart(n, c + 1, k);
                    for (int i = chunkStart(n, c, k); i < to; i++) {
                        body.accept(i);
                    }
                });
    }

    @Override
    public void close() {
        if (closed || size == 1) {
            closed = true;
            return;
        }
        closed = true;
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            // workers already gone
        }
    }
}
