package io.github.plasticity.experiments;

/**
 * One measured quantity of an experiment, with its reference and whether it passes.
 *
 * @param name metric name
 * @param value measured value
 * @param unit unit ({@code ""} when dimensionless)
 * @param reference a number ({@link Double}) or a direction/criterion ({@link String}, such as
 *     {@code "increase"} or {@code "< 0.7"})
 * @param tolerance the tolerance or criterion in words ({@code "±0.005"}, {@code "> 0"})
 * @param pass whether the measured value meets the reference within tolerance
 * @param source where the reference comes from (author year; SCIENCE.md check)
 */
public record Metric(
        String name,
        double value,
        String unit,
        Object reference,
        String tolerance,
        boolean pass,
        String source) {

    /** Checks that the reference is a number or a string. */
    public Metric {
        if (!(reference instanceof Double || reference instanceof String)) {
            throw new IllegalArgumentException(
                    "reference must be a Double or a String: " + reference);
        }
    }

    /**
     * A metric compared with a numeric reference within an absolute tolerance.
     *
     * @param name metric name
     * @param value measured value
     * @param unit unit
     * @param reference reference value
     * @param absTolerance absolute tolerance, &gt;= 0
     * @param source source of the reference
     * @return the metric
     */
    public static Metric within(
            String name,
            double value,
            String unit,
            double reference,
            double absTolerance,
            String source) {
        boolean pass = Math.abs(value - reference) <= absTolerance;
        return new Metric(name, value, unit, reference, "±" + absTolerance, pass, source);
    }

    /**
     * A metric checked against a criterion in words.
     *
     * @param name metric name
     * @param value measured value
     * @param unit unit
     * @param criterion the criterion, such as {@code "> 1.5"} or {@code "increase"}
     * @param pass whether it holds
     * @param source source
     * @return the metric
     */
    public static Metric criterion(
            String name, double value, String unit, String criterion, boolean pass, String source) {
        return new Metric(name, value, unit, criterion, criterion, pass, source);
    }
}
