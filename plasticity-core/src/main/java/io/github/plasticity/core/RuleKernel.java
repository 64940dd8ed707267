package io.github.plasticity.core;

/**
 * A learning rule bound to one projection: updates its weights once per step, in the plasticity
 * phase (after neuron dynamics, spike propagation, traces, modulators and metabolism).
 *
 * @implSpec {@link #update} may be called concurrently for disjoint ranges of postsynaptic units.
 *     It must write only weights and state of synapses whose postsynaptic unit lies in its range,
 *     and compute each synapse exactly as a single call over all rows would, so results are
 *     bit-identical for any number of threads. Per-step work that is not per row belongs in {@link
 *     #beforeUpdate}.
 */
public interface RuleKernel {
    /**
     * Serial work once per step before the row updates (default: nothing).
     *
     * @param ctx the step
     */
    default void beforeUpdate(StepContext ctx) {}

    /**
     * Updates the synapses of postsynaptic units {@code [fromPost, toPost)}.
     *
     * @param ctx the step
     * @param fromPost first postsynaptic unit, inclusive
     * @param toPost last postsynaptic unit, exclusive
     */
    void update(StepContext ctx, int fromPost, int toPost);
}
