package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * Records chosen values during a run at a chosen interval; read as primitive arrays afterwards.
 * Create monitors with {@link Monitors} and attach them with {@link Simulation#monitor}. Monitors
 * run last in each step, so they see the step's final state. With an interval of {@code k} steps a
 * sample is taken at the end of every step whose end time is a multiple of the interval (steps
 * {@code k-1, 2k-1, ...}), labelled with that end time: {@code everyMs(100)} records the state at
 * 100, 200, ... ms, so a run of 10 s ends with a sample of its final state at 10 000 ms.
 */
public abstract class Monitor implements Stateful {
    private final String name;
    private double intervalMs = Double.NaN;
    long intervalSteps = 1;
    Simulation sim;

    Monitor(String name) {
        this.name = name;
    }

    /** A name describing what is recorded (keys the monitor's checkpoint state). */
    public String name() {
        return name;
    }

    /**
     * Samples every {@code intervalMs} (rounded to whole steps, at least one). The default is every
     * step. Must be set before the monitor is attached.
     *
     * @param interval interval (ms), &gt; 0 and finite
     * @return this monitor
     */
    public Monitor everyMs(double interval) {
        if (sim != null) {
            throw new IllegalStateException("monitor '" + name + "' is already attached");
        }
        this.intervalMs = Args.positive("intervalMs", interval, "ms");
        return this;
    }

    /** Copies the interval of another monitor (for copies narrowed to some units or synapses). */
    final void copyIntervalFrom(Monitor other) {
        this.intervalMs = other.intervalMs;
    }

    /** Whether the recorded population or projection is part of {@code s}. */
    abstract boolean recordsFrom(Simulation s);

    void attach(Simulation s) {
        if (sim != null) {
            throw new IllegalStateException("monitor '" + name + "' is already attached");
        }
        if (!recordsFrom(s)) {
            throw new IllegalArgumentException(
                    "monitor '"
                            + name
                            + "' records a population or projection that is not part of this"
                            + " simulation; add it first");
        }
        sim = s;
        intervalSteps =
                Double.isNaN(intervalMs) ? 1 : Math.max(1, Math.round(intervalMs / s.dtMs()));
    }

    final void maybeRecord(StepContext ctx) {
        // End of the interval: the state at (step + 1) dt, a multiple of the interval. (Testing
        // step % k == 0 instead labelled samples 0.1, 100.1, ... ms and never recorded the final
        // state of a run.)
        if ((ctx.step() + 1) % intervalSteps == 0) {
            record(ctx);
        }
    }

    abstract void record(StepContext ctx);
}
