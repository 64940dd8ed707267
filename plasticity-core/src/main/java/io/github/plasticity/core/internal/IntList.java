package io.github.plasticity.core.internal;

import java.util.Arrays;

/** A growable {@code int} array. Not API. */
public final class IntList {
    private int[] a;
    private int n;

    /** Creates a list with the given initial capacity. */
    public IntList(int capacity) {
        a = new int[Math.max(1, capacity)];
    }

    /** Appends a value. */
    public void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[n++] = v;
    }

    /** Number of values. */
    public int size() {
        return n;
    }

    /** Value at index {@code i}. */
    public int get(int i) {
        return a[i];
    }

    /** Removes every value. */
    public void clear() {
        n = 0;
    }

    /** A copy of the values. */
    public int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
