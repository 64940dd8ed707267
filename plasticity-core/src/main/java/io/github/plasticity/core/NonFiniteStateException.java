package io.github.plasticity.core;

/**
 * Thrown when a model state becomes NaN or infinite during a run. The message names the component,
 * the step and the value; the run stops at that step instead of spreading NaN.
 */
public final class NonFiniteStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final long step;

    /**
     * Creates the exception; for components written outside the core (modulators, phase hooks) that
     * check their own state.
     *
     * @param step index of the step (from 0) during which the state was found non-finite
     * @param what the component, the variable, its value and unit
     */
    public NonFiniteStateException(long step, String what) {
        super("non-finite state at step " + step + ": " + what);
        this.step = step;
    }

    /**
     * The index of the step (from 0) during or after which the state was found non-finite: the step
     * being computed for neuron and modulator states (checked every step), the last computed step
     * for weights (checked every {@link Simulation.Builder#nonFiniteCheckEverySteps} steps).
     */
    public long step() {
        return step;
    }
}
