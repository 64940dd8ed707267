package io.github.plasticity.core.modulation;

import io.github.plasticity.core.internal.Args;

/**
 * Turns reward prediction errors into dopamine release on a {@link NeuromodulatorField}: a positive
 * error is a phasic burst, a negative one a dip below the tonic baseline ({@link RpeCoupling}). The
 * error comes from any critic (a TD(0) or baseline critic, Schultz, Dayan &amp; Montague 1997);
 * this adapter only knows numbers.
 *
 * <p>Per event: call {@link #release(double)} (global) or {@link #release(double, double, double)}
 * (local, at a point) with each error as it occurs. Per step: call it once per step with that
 * step's error; the released amounts then add up and decay with the field's clearance time
 * constant, so the dopamine level is a leaky integral of the error.
 *
 * <pre>{@code
 * NeuromodulatorField da = sim.add(NeuromodulatorField.dopamine(grid));
 * DopamineFromRpe rpe = DopamineFromRpe.of(da, RpeCoupling.defaults());
 * ...
 * rpe.release(delta, xMm, yMm);   // burst or dip where the outcome was computed
 * }</pre>
 *
 * <p>Not thread-safe; use it from the thread that drives the simulation.
 */
public final class DopamineFromRpe {
    private final NeuromodulatorField field;
    private final RpeCoupling coupling;
    private final double maxDip;

    private DopamineFromRpe(NeuromodulatorField field, RpeCoupling coupling) {
        this.field = Args.notNull("field", field);
        this.coupling = Args.notNull("coupling", coupling);
        this.maxDip = field.parameters().baselineMicroMolar();
    }

    /**
     * An adapter releasing into {@code field}.
     *
     * @param field the dopamine field
     * @param coupling gains and footprint
     * @return the adapter
     */
    public static DopamineFromRpe of(NeuromodulatorField field, RpeCoupling coupling) {
        return new DopamineFromRpe(field, coupling);
    }

    /** The field released into. */
    public NeuromodulatorField field() {
        return field;
    }

    /** The coupling. */
    public RpeCoupling coupling() {
        return coupling;
    }

    /**
     * The release for an error: \( b_+ \delta \) for \( \delta \ge 0 \), \( -\min(b_- |\delta|,
     * c_0) \) otherwise (µM).
     *
     * @param rpe the error (dimensionless), finite
     * @return the released amount (µM); negative for a dip
     */
    public double amountMicroMolar(double rpe) {
        Args.finite("rpe", rpe, "dimensionless");
        if (rpe >= 0) {
            return coupling.burstMicroMolarPerUnitRpe() * rpe;
        }
        return -Math.min(coupling.dipMicroMolarPerUnitRpe() * -rpe, maxDip);
    }

    /**
     * Releases everywhere now.
     *
     * @param rpe the error (dimensionless), finite
     */
    public void release(double rpe) {
        double a = amountMicroMolar(rpe);
        if (a != 0) {
            field.release(a);
        }
    }

    /**
     * Releases everywhere at a given time.
     *
     * @param timeMs release time (ms), &gt;= the field's current time
     * @param rpe the error (dimensionless), finite
     */
    public void releaseAt(double timeMs, double rpe) {
        double a = amountMicroMolar(rpe);
        if (a != 0) {
            field.releaseAt(timeMs, a);
        }
    }

    /**
     * Releases now around a point, with the coupling's footprint.
     *
     * @param rpe the error (dimensionless), finite
     * @param xMm release point (mm)
     * @param yMm release point (mm)
     */
    public void release(double rpe, double xMm, double yMm) {
        double a = amountMicroMolar(rpe);
        if (a != 0) {
            field.release(a, xMm, yMm, coupling.spreadSigmaMm());
        }
    }

    /**
     * Releases around a point at a given time.
     *
     * @param timeMs release time (ms), &gt;= the field's current time
     * @param rpe the error (dimensionless), finite
     * @param xMm release point (mm)
     * @param yMm release point (mm)
     */
    public void releaseAt(double timeMs, double rpe, double xMm, double yMm) {
        double a = amountMicroMolar(rpe);
        if (a != 0) {
            field.releaseAt(timeMs, a, xMm, yMm, coupling.spreadSigmaMm());
        }
    }
}
