package io.github.plasticity.core;

/**
 * A component whose complete mutable state can be saved and restored through a {@link
 * StateRegistry}.
 *
 * @implSpec Register every array that changes during a run; a continued run after a restore must be
 *     bit-identical to an uninterrupted one.
 */
public interface Stateful {
    /**
     * Registers this component's state arrays.
     *
     * @param registry the registry
     */
    void registerState(StateRegistry registry);
}
