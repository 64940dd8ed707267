package io.github.plasticity.core.modulation;

import io.github.plasticity.core.internal.Args;
import java.util.function.DoubleUnaryOperator;

/**
 * Cholinergic release driven by an attention signal: the basal forebrain releases acetylcholine at
 * a rate proportional to attention, \( s(t) = k\, A(t) \) µM/ms, into a {@link NeuromodulatorField}
 * (globally, or around a point). With a constant attention level the excess settles at \( k A \tau
 * \) above baseline. Cue-detection transients of cortical acetylcholine last seconds (Parikh et al.
 * 2007, Neuron 56:141); attention here is a given time course, not a model of cue detection.
 *
 * <p>Rules gated by the field ({@link io.github.plasticity.core.Gate#threshold}, {@link
 * io.github.plasticity.core.Gate#proportionalTo} on the field's name) then learn only while
 * attention holds acetylcholine up, the model of cholinergic gating of cortical map plasticity
 * (Conner et al. 2003, Neuron 38:819; Conner et al. 2010, Cereb Cortex 20:2739).
 */
public final class AcetylcholineFromAttention {
    private final NeuromodulatorField field;
    private final DoubleUnaryOperator attention;
    private final double rate;

    private AcetylcholineFromAttention(
            NeuromodulatorField field, DoubleUnaryOperator attention, double rate) {
        this.field = field;
        this.attention = attention;
        this.rate = rate;
    }

    /**
     * Drives global release with the default gain: full attention (\( A = 1 \)) holds the field 1
     * µM above baseline, \( k = 1\ \mu\text{M} / \tau \) (our choice of scale).
     *
     * @param field the acetylcholine field; its clearance time constant must be finite
     * @param attention attention level as a function of time in ms (dimensionless), finite and
     *     &gt;= 0 (1 = full attention)
     * @return the driver
     */
    public static AcetylcholineFromAttention drive(
            NeuromodulatorField field, DoubleUnaryOperator attention) {
        double tau = Args.notNull("field", field).parameters().tauMs();
        if (tau == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "field '"
                            + field.name()
                            + "' has no clearance (tauMs = Infinity); give the release rate");
        }
        return drive(field, attention, 1.0 / tau);
    }

    /**
     * Drives global release.
     *
     * @param field the acetylcholine field
     * @param attention attention level as a function of time in ms (dimensionless), finite and
     *     &gt;= 0
     * @param releaseMicroMolarPerMs release rate at full attention \( k \) (µM/ms), &gt;= 0 and
     *     finite
     * @return the driver
     */
    public static AcetylcholineFromAttention drive(
            NeuromodulatorField field,
            DoubleUnaryOperator attention,
            double releaseMicroMolarPerMs) {
        AcetylcholineFromAttention d = create(field, attention, releaseMicroMolarPerMs);
        field.addInflux(d::rateAt);
        return d;
    }

    /**
     * Drives local release around a point (a topographic cholinergic projection).
     *
     * @param field the acetylcholine field
     * @param attention attention level as a function of time in ms (dimensionless), finite and
     *     &gt;= 0
     * @param releaseMicroMolarPerMs peak release rate at full attention (µM/ms), &gt;= 0 and finite
     * @param xMm centre (mm)
     * @param yMm centre (mm)
     * @param sigmaMm footprint standard deviation (mm), &gt; 0 and finite
     * @return the driver
     */
    public static AcetylcholineFromAttention driveLocal(
            NeuromodulatorField field,
            DoubleUnaryOperator attention,
            double releaseMicroMolarPerMs,
            double xMm,
            double yMm,
            double sigmaMm) {
        AcetylcholineFromAttention d = create(field, attention, releaseMicroMolarPerMs);
        field.addInflux(d::rateAt, xMm, yMm, sigmaMm);
        return d;
    }

    private static AcetylcholineFromAttention create(
            NeuromodulatorField field, DoubleUnaryOperator attention, double rate) {
        Args.notNull("field", field);
        Args.notNull("attention", attention);
        Args.nonNegative("releaseMicroMolarPerMs", rate, "µM/ms");
        return new AcetylcholineFromAttention(field, attention, rate);
    }

    private double rateAt(double timeMs) {
        double a = attention.applyAsDouble(timeMs);
        if (!(a >= 0 && a < Double.POSITIVE_INFINITY)) {
            throw new IllegalStateException(
                    "attention returned "
                            + a
                            + " at "
                            + timeMs
                            + " ms; it must be >= 0 and finite (dimensionless)");
        }
        return rate * a;
    }

    /** The field released into. */
    public NeuromodulatorField field() {
        return field;
    }

    /** Release rate at full attention \( k \) (µM/ms). */
    public double releaseMicroMolarPerMs() {
        return rate;
    }

    /**
     * The concentration a constant attention level settles at under a global drive (at the peak of
     * a local one, neglecting diffusion): \( c_0 + k A \tau \) (µM).
     *
     * @param attentionLevel attention (dimensionless), &gt;= 0 and finite
     * @return the steady-state concentration (µM)
     */
    public double steadyStateMicroMolar(double attentionLevel) {
        Args.nonNegative("attentionLevel", attentionLevel, "dimensionless");
        FieldParameters p = field.parameters();
        return p.baselineMicroMolar() + rate * attentionLevel * p.tauMs();
    }
}
