package io.github.plasticity.core;

/**
 * A named tolerance, as {@code io.github.plasticity.testkit.Tolerance}. The core's tests cannot use
 * the testkit: it depends on the core, and Maven refuses the cycle even in test scope. Same
 * semantics: {@code |actual - expected| <= absolute + relative |expected|}; NaN never passes.
 */
final class Tol {
    private final double absolute;
    private final double relative;

    private Tol(double absolute, double relative) {
        this.absolute = absolute;
        this.relative = relative;
    }

    static Tol absolute(double a) {
        return new Tol(a, 0);
    }

    static Tol relative(double r) {
        return new Tol(0, r);
    }

    boolean accepts(double expected, double actual) {
        return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
    }

    void check(String what, double expected, double actual) {
        if (!accepts(expected, actual)) {
            throw new AssertionError(
                    what
                            + ": expected "
                            + expected
                            + " within "
                            + this
                            + ", was "
                            + actual
                            + " (difference "
                            + (actual - expected)
                            + ")");
        }
    }

    @Override
    public String toString() {
        return absolute > 0 ? "absolute(" + absolute + ")" : "relative(" + relative + ")";
    }
}
