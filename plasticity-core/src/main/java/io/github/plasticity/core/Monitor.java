package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * Records chosen values during a run at a chosen interval; read as primitive arrays afterwards.
 * Create monitors with {@link Monitors} and attach them with {@link Simulation#monitor}. Monitors
 * run last in each step, so they see the step's final state; a sample is taken in every step whose
 * index is a multiple of the interval in steps, labelled with the step's end time.
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

    void attach(Simulation s) {
        if (sim != null) {
            throw new IllegalStateException("monitor '" + name + "' is already attached");
        }
        sim = s;
        intervalSteps =
                Double.isNaN(intervalMs) ? 1 : Math.max(1, Math.round(intervalMs / s.dtMs()));
    }

    final void maybeRecord(StepContext ctx) {
        if (ctx.step() % intervalSteps == 0) {
            record(ctx);
        }
    }

    abstract void record(StepContext ctx);
}
