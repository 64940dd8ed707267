package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * How acetylcholine scales the afferent (external) drive of a population, \( g = \max(0,\ 1 + s
 * (c/c_{ref} - 1)) \): at the reference concentration the drive is unchanged; with sensitivity
 * {@code s} = 1 the gain is proportional to the concentration (no acetylcholine, no drive); {@code
 * s} = 0 switches the effect off. Cholinergic enhancement of afferent input follows Hasselmo's
 * account (Hasselmo 1999, Trends Cogn Sci 3:351; Hasselmo &amp; McGaughy 2004); the linear form and
 * the defaults are ours.
 *
 * @param referenceMicroMolar \( c_{ref} \), the concentration of unit gain (µM), &gt; 0 and finite
 * @param sensitivity {@code s} (dimensionless), &gt;= 0 and finite
 */
public record AchExcitabilityParameters(double referenceMicroMolar, double sensitivity) {
    /** Validates both fields (NaN and infinities refused). */
    public AchExcitabilityParameters {
        Args.positive("referenceMicroMolar", referenceMicroMolar, "µM");
        Args.nonNegative("sensitivity", sensitivity, "dimensionless");
    }

    /** Reference 1 µM, sensitivity 1 (gain proportional to the concentration); our choice. */
    public static AchExcitabilityParameters defaults() {
        return new AchExcitabilityParameters(1.0, 1.0);
    }

    /** A copy with another reference concentration (µM). */
    public AchExcitabilityParameters withReferenceMicroMolar(double value) {
        return new AchExcitabilityParameters(value, sensitivity);
    }

    /** A copy with another sensitivity. */
    public AchExcitabilityParameters withSensitivity(double value) {
        return new AchExcitabilityParameters(referenceMicroMolar, value);
    }

    /**
     * The gain at a concentration.
     *
     * @param concentrationMicroMolar the local concentration (µM)
     * @return \( g \) (dimensionless), &gt;= 0
     */
    public double gain(double concentrationMicroMolar) {
        return Math.max(
                0.0, 1.0 + sensitivity * (concentrationMicroMolar / referenceMicroMolar - 1));
    }
}
