package io.github.plasticity.core;

/**
 * The clock as seen by components during one step. Time is computed as {@code step * dtMs}, never
 * accumulated, so it carries no rounding drift.
 *
 * <p>Step {@code n} covers the interval {@code (n dt, (n+1) dt]}. Spikes of step {@code n} carry
 * the time {@link #timeMs()} {@code = n dt} (as in Brian2); state variables read after the step
 * hold their values at {@link #endTimeMs()}.
 *
 * <p>One instance per simulation, mutated by the simulation between steps; components must not keep
 * values from it across steps.
 */
public final class StepContext {
    private final double dtMs;
    private long step;

    StepContext(double dtMs) {
        this.dtMs = dtMs;
    }

    void setStep(long step) {
        this.step = step;
    }

    /** The index of the current step, from 0. */
    public long step() {
        return step;
    }

    /** The fixed time step (ms). */
    public double dtMs() {
        return dtMs;
    }

    /** Time at the start of the current step, {@code step * dtMs} (ms). */
    public double timeMs() {
        return step * dtMs;
    }

    /** Time at the end of the current step, {@code (step + 1) * dtMs} (ms). */
    public double endTimeMs() {
        return (step + 1) * dtMs;
    }
}
