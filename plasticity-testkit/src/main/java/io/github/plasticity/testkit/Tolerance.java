package io.github.plasticity.testkit;

/**
 * A named tolerance for comparing a measured value with a reference: {@code relative(1e-9)}, {@code
 * absolute(1e-4)}.
 */
public final class Tolerance {
    private final double absolute;
    private final double relative;

    private Tolerance(double absolute, double relative) {
        if (!(absolute >= 0) || !(relative >= 0)) {
            throw new IllegalArgumentException(
                    "tolerances must be >= 0: " + absolute + ", " + relative);
        }
        this.absolute = absolute;
        this.relative = relative;
    }

    /**
     * |actual - expected| &lt;= a.
     *
     * @param a absolute tolerance
     * @return the tolerance
     */
    public static Tolerance absolute(double a) {
        return new Tolerance(a, 0);
    }

    /**
     * |actual - expected| &lt;= r |expected|.
     *
     * @param r relative tolerance
     * @return the tolerance
     */
    public static Tolerance relative(double r) {
        return new Tolerance(0, r);
    }

    /**
     * Whether {@code actual} is within this tolerance of {@code expected} (NaN never is).
     *
     * @param expected reference
     * @param actual measured
     * @return true when within
     */
    public boolean accepts(double expected, double actual) {
        return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
    }

    /**
     * Fails with a message naming what was compared.
     *
     * @param what the quantity
     * @param expected reference
     * @param actual measured
     */
    public void check(String what, double expected, double actual) {
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
