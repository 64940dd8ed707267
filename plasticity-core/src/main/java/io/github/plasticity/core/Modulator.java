package io.github.plasticity.core;

/**
 * A neuromodulator concentration over the cortical sheet (µM), such as dopamine or acetylcholine.
 *
 * <p>Each step, in the neuromodulator phase, the simulation calls {@link #step} to advance the
 * modulator to the end of the step, then {@link #sample} at the positions of every population a
 * rule or gate reads it at. A global signal returns the same value everywhere; a spatial field
 * returns the local concentration, so rules need no change when one replaces the other.
 */
public interface Modulator extends Stateful {
    /** Name, unique within the simulation (for example {@code "dopamine"}). */
    String name();

    /**
     * Called once when added to a simulation, before any step.
     *
     * @param dtMs the simulation's time step (ms)
     */
    default void attach(double dtMs) {}

    /**
     * Advances the modulator to {@code ctx.endTimeMs()}.
     *
     * @param ctx the step
     */
    void step(StepContext ctx);

    /**
     * Writes the concentration at each position.
     *
     * @param xMm positions (mm); read
     * @param yMm positions (mm); read
     * @param outMicroMolar concentrations (µM); written
     */
    void sample(double[] xMm, double[] yMm, double[] outMicroMolar);
}
