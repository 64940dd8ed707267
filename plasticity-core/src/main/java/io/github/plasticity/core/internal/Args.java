package io.github.plasticity.core.internal;

/**
 * Argument checks shared by every module. Not API: the package is internal.
 *
 * <p>Each check writes the valid condition and negates it, so that NaN fails (a comparison with NaN
 * is always false). Messages name the parameter, its unit, the valid range and the value: {@code
 * "tauMs must be > 0 and finite (ms): NaN"}.
 */
public final class Args {
    private Args() {}

    /** Requires {@code 0 < value < +inf}. Returns the value. */
    public static double positive(String name, double value, String unit) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    name + " must be > 0 and finite (" + unit + "): " + value);
        }
        return value;
    }

    /** Requires {@code 0 <= value < +inf}. Returns the value. */
    public static double nonNegative(String name, double value, String unit) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    name + " must be >= 0 and finite (" + unit + "): " + value);
        }
        return value;
    }

    /** Requires a finite value. Returns the value. */
    public static double finite(String name, double value, String unit) {
        if (!(Math.abs(value) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite (" + unit + "): " + value);
        }
        return value;
    }

    /** Requires {@code min <= value <= max}. Returns the value. */
    public static double inRange(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "] (" + unit + "): " + value);
        }
        return value;
    }

    /** Requires {@code value >= min}. Returns the value. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
        }
        return value;
    }

    /** Requires {@code value >= min}. Returns the value. */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
        }
        return value;
    }

    /** Requires {@code min < max}, both finite. */
    public static void ordered(
            String minName, double min, String maxName, double max, String unit) {
        finite(minName, min, unit);
        finite(maxName, max, unit);
        if (!(min < max)) {
            throw new IllegalArgumentException(
                    minName + " must be < " + maxName + " (" + unit + "): " + min + " >= " + max);
        }
    }

    /** Requires a non-null reference. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Requires an array of the given length. */
    public static void length(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    name + " must have length " + expected + " but has length " + actual);
        }
    }

    /** Requires every element finite; names the first offending index. */
    public static void allFinite(String name, double[] values, String unit) {
        for (int i = 0; i < values.length; i++) {
            if (!(Math.abs(values[i]) < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be finite (" + unit + "): " + values[i]);
            }
        }
    }
}
