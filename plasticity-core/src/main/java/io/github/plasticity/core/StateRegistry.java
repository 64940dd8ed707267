package io.github.plasticity.core;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Collects the live state arrays of a component for checkpoints.
 *
 * <p>A component registers every array that changes during a run under a key unique within the
 * component. Saving reads the arrays; restoring copies saved values back into the same arrays (kept
 * by reference), after the whole file has been checked, so a refused checkpoint leaves the live
 * simulation untouched.
 */
public interface StateRegistry {
    /**
     * Registers a {@code double[]} (read on save, overwritten on restore; kept by reference).
     *
     * @param key name unique within the component
     * @param values the live array
     */
    void doubles(String key, double[] values);

    /**
     * Registers a {@code float[]} (kept by reference).
     *
     * @param key name unique within the component
     * @param values the live array
     */
    void floats(String key, float[] values);

    /**
     * Registers rows of floats, such as weights (kept by reference; row lengths must match on
     * restore).
     *
     * @param key name unique within the component
     * @param rows the live rows
     */
    void floatRows(String key, float[][] rows);

    /**
     * Registers an {@code int[]} (kept by reference).
     *
     * @param key name unique within the component
     * @param values the live array
     */
    void ints(String key, int[] values);

    /**
     * Registers a {@code long[]} (kept by reference).
     *
     * @param key name unique within the component
     * @param values the live array
     */
    void longs(String key, long[] values);

    /**
     * Registers a {@code boolean[]} (kept by reference).
     *
     * @param key name unique within the component
     * @param values the live array
     */
    void booleans(String key, boolean[] values);

    /**
     * Registers state that is not a fixed array (a random generator, a growing record).
     *
     * @param key name unique within the component
     * @param save returns the serialised state
     * @param restore receives the serialised state; called only after the whole file is valid
     */
    void custom(String key, Supplier<byte[]> save, Consumer<byte[]> restore);
}
