package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.internal.Args;

/**
 * The voltage-dependent Mg²⁺ block of NMDA receptors, in the empirical form fitted by Jahr &amp;
 * Stevens (1990, J Neurosci 10:3178) and used by practically every NMDA model since (Shouval, Bear
 * &amp; Cooper 2002; Brunel &amp; Wang 2001):
 *
 * <p>\( B(V) = 1 / (1 + e^{-0.062 V} [\mathrm{Mg}^{2+}]_o / 3.57) \), V in mV, [Mg²⁺] in mM.
 *
 * <p>B is the fraction of NMDA receptor conductance not blocked by magnesium. It rises steeply with
 * depolarisation (0.060 at -65 mV, 0.508 at -20 mV with 1 mM Mg²⁺), which makes NMDA receptors
 * coincidence detectors: glutamate opens them, but calcium flows only when the postsynaptic
 * membrane is depolarised at the same time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mgMm extracellular magnesium concentration [Mg²⁺]o (mM), &gt;= 0 and finite; 1 mM in Jahr
 *     &amp; Stevens (1990) and Shouval et al. (2002)
 */
public record MgBlock(double mgMm) {
    /** Voltage sensitivity of the block (1/mV): 0.062 (Jahr &amp; Stevens 1990). */
    public static final double VOLTAGE_SENSITIVITY_PER_MV = 0.062;

    /** Magnesium concentration at which half the receptors are blocked at 0 mV (mM): 3.57. */
    public static final double HALF_BLOCK_MM = 3.57;

    /** Validates {@code mgMm} (NaN and infinities refused). */
    public MgBlock {
        Args.nonNegative("mgMm", mgMm, "mM");
    }

    /**
     * The physiological default: 1 mM extracellular Mg²⁺ (Jahr &amp; Stevens 1990; Shouval et al.
     * 2002).
     *
     * @return the block
     */
    public static MgBlock jahrStevens1990() {
        return new MgBlock(1.0);
    }

    /**
     * A copy with another magnesium concentration.
     *
     * @param value [Mg²⁺]o (mM), &gt;= 0 and finite
     * @return the copy
     */
    public MgBlock withMgMm(double value) {
        return new MgBlock(value);
    }

    /**
     * The unblocked fraction at membrane potential {@code vMv}: \( 1/(1 + e^{-0.062 V}
     * [\mathrm{Mg}]/3.57) \). Returns a value in (0, 1]; 1 without magnesium. NaN gives NaN.
     *
     * @param vMv membrane potential (mV)
     * @return the unblocked fraction (dimensionless)
     */
    public double unblocked(double vMv) {
        return unblocked(vMv, mgMm);
    }

    /**
     * The unblocked fraction for a given magnesium concentration (see {@link #unblocked(double)}).
     *
     * @param vMv membrane potential (mV)
     * @param mgMm [Mg²⁺]o (mM)
     * @return the unblocked fraction (dimensionless)
     */
    public static double unblocked(double vMv, double mgMm) {
        return 1.0 / (1.0 + Math.exp(-VOLTAGE_SENSITIVITY_PER_MV * vMv) * (mgMm / HALF_BLOCK_MM));
    }

    /**
     * The ratio of NMDA calcium influx at potential {@code vMv} to that at {@code vRefMv}, for the
     * same glutamate binding: \( B(V)(V - V_r) / (B(V_{ref})(V_{ref} - V_r)) \), {@code V_r} being
     * the calcium reversal potential. This is the coincidence-detection gain of depolarisation.
     *
     * @param vMv membrane potential (mV)
     * @param vRefMv reference potential (mV), such as the resting potential
     * @param reversalMv calcium reversal potential (mV), 130 in Shouval et al. (2002)
     * @return the influx ratio (dimensionless)
     */
    public double influxRatio(double vMv, double vRefMv, double reversalMv) {
        return unblocked(vMv) * (vMv - reversalMv) / (unblocked(vRefMv) * (vRefMv - reversalMv));
    }
}
