package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * Scales a rule's learning rate per postsynaptic unit, each step: neuromodulator gating
 * (acetylcholine as attention gate), energy gating, or any user condition.
 *
 * <p>Before a rule's update the projection sets its gain array to 1 and lets every gate of the rule
 * multiply into it, in attachment order.
 */
@FunctionalInterface
public interface Gate {
    /** A gate bound to one rule of one projection. */
    @FunctionalInterface
    interface Kernel {
        /**
         * Multiplies the gain of each postsynaptic unit.
         *
         * @param ctx the step
         * @param gain gain per postsynaptic unit, multiplied in place (dimensionless)
         */
        void multiply(StepContext ctx, double[] gain);
    }

    /**
     * Binds the gate.
     *
     * @param binding the binding of the gated rule
     * @return the bound gate
     */
    Kernel bind(RuleBinding binding);

    /**
     * A constant gain.
     *
     * @param gain gain (dimensionless), &gt;= 0 and finite
     * @return the gate
     */
    static Gate constant(double gain) {
        Args.nonNegative("gain", gain, "dimensionless");
        return b ->
                (ctx, g) -> {
                    for (int i = 0; i < g.length; i++) {
                        g[i] *= gain;
                    }
                };
    }

    /**
     * Gain proportional to a modulator's local concentration at each postsynaptic unit, \( g = c /
     * c_{ref} \) (acetylcholine as a gain on plasticity).
     *
     * @param modulator name of the modulator
     * @param referenceMicroMolar concentration at which the gain is 1 (µM), &gt; 0 and finite
     * @return the gate
     */
    static Gate proportionalTo(String modulator, double referenceMicroMolar) {
        Args.notNull("modulator", modulator);
        Args.positive("referenceMicroMolar", referenceMicroMolar, "µM");
        return b -> {
            double[] c = b.modulatorAtPost(modulator);
            return (ctx, g) -> {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= Math.max(0.0, c[i]) / referenceMicroMolar;
                }
            };
        };
    }

    /**
     * Gain 1 where a modulator's local concentration is at least {@code thresholdMicroMolar}, 0
     * elsewhere.
     *
     * @param modulator name of the modulator
     * @param thresholdMicroMolar threshold (µM), &gt;= 0 and finite
     * @return the gate
     */
    static Gate threshold(String modulator, double thresholdMicroMolar) {
        Args.notNull("modulator", modulator);
        Args.nonNegative("thresholdMicroMolar", thresholdMicroMolar, "µM");
        return b -> {
            double[] c = b.modulatorAtPost(modulator);
            return (ctx, g) -> {
                for (int i = 0; i < g.length; i++) {
                    if (!(c[i] >= thresholdMicroMolar)) {
                        g[i] = 0.0;
                    }
                }
            };
        };
    }
}
