package io.github.plasticity.core.internal;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of daemon threads that runs one task over {@code n} contiguous chunks and waits for
 * all of them. Not API.
 *
 * <p>Chunks partition postsynaptic rows; every row is computed by exactly one thread with the same
 * arithmetic as in a single-threaded run, so results are bit-identical for any team size. The
 * caller runs chunk 0 itself.
 *
 * <p><b>Synchronisation without allocation.</b> A {@link java.util.concurrent.CyclicBarrier}
 * allocates a generation object per trip and a condition node per waiting thread (about 96 B per
 * {@link #run}, two runs per simulation step). Here the caller publishes a task by incrementing a
 * volatile phase counter; each worker waits for the phase to change, runs its chunk and then
 * publishes the phase it finished in its own volatile slot; the caller waits for every slot to
 * reach the phase. A waiting thread first spins briefly ({@link Thread#onSpinWait()}), then parks
 * ({@link LockSupport#park}); the other side unparks it when it has announced that it may park.
 * Nothing is allocated per call.
 *
 * <p><b>Memory visibility.</b> The task and everything the caller wrote before {@link #run} happen
 * before the volatile write of the phase, which a worker reads before it runs its chunk; a worker's
 * writes happen before its volatile write of its done slot, which the caller reads before {@link
 * #run} returns. So the usual program-order reasoning holds across a call, as with the barrier.
 *
 * <p><b>Lost wake-ups</b> cannot happen: a waiter sets its {@code parked} flag and re-reads the
 * condition before parking, and the signaller writes the condition before it reads the flag (all
 * volatile, so sequentially consistent): either the waiter sees the new condition or the signaller
 * sees the flag and unparks it (an unpark before the park makes the park return at once).
 *
 * <p><b>Exceptions and interrupts.</b> An exception thrown by the task on any thread is rethrown by
 * {@link #run} on the caller after every chunk has finished (the caller's own first, otherwise the
 * lowest worker's), so the team stays usable. The wait is not interruptible: chunks are bounded
 * work, and leaving while workers still write would break the step. An interrupt of the caller
 * during {@link #run} is kept (the thread's interrupt status is set again on return), as is usual
 * for uninterruptible waits. Workers ignore interrupts; they end when the team is closed.
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

    /**
     * Spin iterations before parking. A step's parallel phases are typically tens of microseconds
     * to milliseconds apart; a short spin catches the quick hand-overs without burning a core that
     * another process (or the awaited thread) could use on a shared machine.
     */
    private static final int SPINS = 1 << 10;

    /** One worker's hand-over fields. */
    private static final class Slot {
        /** The last phase this worker finished. */
        volatile long done;

        /** Set by the worker before it parks waiting for a phase. */
        volatile boolean parked;

        /** What the worker's chunk threw in the phase it finished, or null. */
        Throwable failure;

        final Thread thread;

        Slot(Thread thread) {
            this.thread = thread;
        }
    }

    private final int size;
    private final Slot[] slots;
    private volatile ChunkTask task;

    /** Incremented by the caller to start a phase; only the caller (or close) writes it. */
    private volatile long phase;

    private volatile boolean closed;

    /** The thread waiting in {@link #run}, set before it parks, or null. */
    private volatile Thread waitingCaller;

    /**
     * Creates a team of {@code size} threads (the caller counts as one).
     *
     * @param size number of threads, at least 1
     */
    public WorkerTeam(int size) {
        this.size = Args.atLeast("threads", size, 1);
        this.slots = new Slot[size - 1];
        for (int w = 0; w < slots.length; w++) {
            final int chunk = w + 1;
            Thread t = new Thread(() -> loop(chunk), "plasticity-worker-" + chunk);
            t.setDaemon(true);
            slots[w] = new Slot(t);
        }
        for (Slot s : slots) {
            s.thread.start();
        }
    }

    /** Number of threads, the caller included. */
    public int size() {
        return size;
    }

    private void loop(int chunk) {
        final Slot me = slots[chunk - 1];
        long seen = 0;
        while (true) {
            long p = awaitPhase(me, seen);
            if (closed) {
                return;
            }
            seen = p;
            Throwable f = null;
            try {
                task.run(chunk, size);
            } catch (Throwable e) {
                f = e;
            }
            me.failure = f;
            me.done = p;
            Thread c = waitingCaller;
            if (c != null) {
                LockSupport.unpark(c);
            }
        }
    }

    /** Waits until the phase differs from {@code seen} (or the team closes); returns it. */
    private long awaitPhase(Slot me, long seen) {
        for (int s = 0; s < SPINS; s++) {
            long p = phase;
            if (p != seen || closed) {
                return p;
            }
            Thread.onSpinWait();
        }
        while (true) {
            me.parked = true;
            long p = phase;
            if (p != seen || closed) {
                me.parked = false;
                return p;
            }
            LockSupport.park(this);
            // Interrupts are not a way to stop workers (close is): clear the status, or park
            // would return at once from now on.
            Thread.interrupted();
        }
    }

    /** Runs {@code t} over all chunks and returns when every chunk is done. */
    public void run(ChunkTask t) {
        if (closed) {
            // The workers have left their loop; waiting for them would block forever.
            throw new IllegalStateException("worker team closed");
        }
        if (size == 1) {
            t.run(0, 1);
            return;
        }
        task = t;
        final long p = phase + 1;
        phase = p;
        for (Slot s : slots) {
            if (s.parked) {
                LockSupport.unpark(s.thread);
            }
        }
        Throwable own = null;
        try {
            t.run(0, size);
        } catch (Throwable e) {
            own = e;
        }
        boolean interrupted = awaitWorkers(p);
        Throwable f = own;
        for (Slot s : slots) {
            if (f == null) {
                f = s.failure;
            }
            s.failure = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
        if (f != null) {
            throw new IllegalStateException("worker task failed", f);
        }
    }

    /** Waits until every worker has finished phase {@code p}; returns whether interrupted. */
    private boolean awaitWorkers(long p) {
        boolean interrupted = false;
        for (Slot s : slots) {
            if (s.done == p) {
                continue;
            }
            int spins = 0;
            while (s.done != p) {
                if (spins < SPINS) {
                    spins++;
                    Thread.onSpinWait();
                    continue;
                }
                waitingCaller = Thread.currentThread();
                if (s.done != p) {
                    LockSupport.park(this);
                    if (Thread.interrupted()) {
                        interrupted = true;
                    }
                }
                waitingCaller = null;
            }
        }
        return interrupted;
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

    /**
     * Stops the workers (they leave their loop at the next phase change). Idempotent; {@link #run}
     * fails afterwards. Must not be called while {@link #run} is in progress on another thread.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        phase = phase + 1;
        for (Slot s : slots) {
            LockSupport.unpark(s.thread);
        }
    }
}
