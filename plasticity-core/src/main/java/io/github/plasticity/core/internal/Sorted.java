package io.github.plasticity.core.internal;

/**
 * Searches in increasing {@code int} arrays, such as a column of a projection's transposed index or
 * a population's spike list, to restrict them to a range of postsynaptic units. Not API.
 */
public final class Sorted {
    private Sorted() {}

    /** First index in {@code a} whose value is {@code >= key} ({@code a} increasing). */
    public static int lowerBound(int[] a, int key) {
        return lowerBound(a, a.length, key);
    }

    /** First index in {@code a[0, n)} whose value is {@code >= key} ({@code a} increasing). */
    public static int lowerBound(int[] a, int n, int key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
