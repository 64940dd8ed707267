package io.github.plasticity.core.modulation;

import io.github.plasticity.core.internal.Args;

/**
 * How a reward prediction error \( \delta \) (dimensionless, reward units) becomes dopamine release
 * in {@link DopamineFromRpe}: a phasic burst \( a = b_+ \delta \) for \( \delta &gt; 0 \), a dip \(
 * a = -\min(b_- |\delta|,\ c_0) \) for \( \delta &lt; 0 \), bounded by the tonic baseline \( c_0 \)
 * of the field (a pause in firing can at most remove the tonic level). The asymmetry mirrors the
 * limited range with which dopamine neurons code negative errors by pausing from a low baseline
 * rate (Bayer &amp; Glimcher 2005, Neuron 47:129).
 *
 * @param burstMicroMolarPerUnitRpe release per unit of positive error \( b_+ \) (µM), &gt;= 0 and
 *     finite
 * @param dipMicroMolarPerUnitRpe removal per unit of negative error \( b_- \) (µM), &gt;= 0 and
 *     finite
 * @param spreadSigmaMm footprint of local releases, standard deviation (mm), &gt; 0 and finite
 */
public record RpeCoupling(
        double burstMicroMolarPerUnitRpe, double dipMicroMolarPerUnitRpe, double spreadSigmaMm) {
    /** Validates the fields (NaN and infinities refused). */
    public RpeCoupling {
        Args.nonNegative("burstMicroMolarPerUnitRpe", burstMicroMolarPerUnitRpe, "µM");
        Args.nonNegative("dipMicroMolarPerUnitRpe", dipMicroMolarPerUnitRpe, "µM");
        Args.positive("spreadSigmaMm", spreadSigmaMm, "mm");
    }

    /**
     * Our choice, no literature parameter set: a unit error releases 0.5 µM (phasic dopamine
     * transients measured by voltammetry are of the order of 0.1–1 µM, not verified here); a unit
     * negative error removes 0.09 µM, the tonic level of {@link FieldParameters#dopamine()}, so \(
     * \delta = -1 \) silences release; local releases spread with \( \sigma \) = 0.2 mm.
     *
     * @return the coupling
     */
    public static RpeCoupling defaults() {
        return new RpeCoupling(0.5, 0.09, 0.2);
    }

    /**
     * A copy with another burst gain.
     *
     * @param value µM per unit error, &gt;= 0 and finite
     * @return the copy
     */
    public RpeCoupling withBurstMicroMolarPerUnitRpe(double value) {
        return new RpeCoupling(value, dipMicroMolarPerUnitRpe, spreadSigmaMm);
    }

    /**
     * A copy with another dip gain.
     *
     * @param value µM per unit error, &gt;= 0 and finite
     * @return the copy
     */
    public RpeCoupling withDipMicroMolarPerUnitRpe(double value) {
        return new RpeCoupling(burstMicroMolarPerUnitRpe, value, spreadSigmaMm);
    }

    /**
     * A copy with another footprint.
     *
     * @param value standard deviation (mm), &gt; 0 and finite
     * @return the copy
     */
    public RpeCoupling withSpreadSigmaMm(double value) {
        return new RpeCoupling(burstMicroMolarPerUnitRpe, dipMicroMolarPerUnitRpe, value);
    }
}
