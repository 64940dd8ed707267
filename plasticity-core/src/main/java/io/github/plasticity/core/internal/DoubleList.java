package io.github.plasticity.core.internal;

import java.util.Arrays;

/** A growable {@code double} array. Not API. */
public final class DoubleList {
    private double[] a;
    private int n;

    /** Creates a list with the given initial capacity. */
    public DoubleList(int capacity) {
        a = new double[Math.max(1, capacity)];
    }

    /** Appends a value. */
    public void add(double v) {
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
    public double get(int i) {
        return a[i];
    }

    /** Removes every value. */
    public void clear() {
        n = 0;
    }

    /** A copy of the values. */
    public double[] toArray() {
        return Arrays.copyOf(a, n);
    }

    /** Replaces the content. */
    public void set(double[] values) {
        a = Arrays.copyOf(values, Math.max(1, values.length));
        n = values.length;
    }
}
