package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the plain Hebbian rule with decay, \( dw/dt = \eta\, x_{post}\, x_{pre} - \gamma w
 * \) (Dayan &amp; Abbott 2001, Theoretical Neuroscience, eq. 8.3 with a decay term). For constant
 * activity the weight relaxes to \( w^* = \eta x_{post} x_{pre} / \gamma \) with time constant \(
 * 1/\gamma \).
 *
 * <p>The plain Hebbian rule has no literature parameter set; {@link #defaults()} is a slow-learning
 * choice for rates of a few Hz, documented as ours.
 *
 * @param eta learning rate (weight units per Hz² per ms for the rate form; per ms for the trace
 *     form), &gt;= 0 and finite
 * @param decayPerMs weight decay rate \( \gamma \) (1/ms), &gt;= 0 and finite
 */
public record HebbianParameters(double eta, double decayPerMs) {
    /** Validates both fields (NaN and infinities refused). */
    public HebbianParameters {
        Args.nonNegative("eta", eta, "weight units per Hz^2 per ms");
        Args.nonNegative("decayPerMs", decayPerMs, "1/ms");
    }

    /** eta = 1e-6, decay = 1e-4 per ms (our choice; 10 s decay time constant). */
    public static HebbianParameters defaults() {
        return new HebbianParameters(1e-6, 1e-4);
    }

    /** A copy with another learning rate. */
    public HebbianParameters withEta(double value) {
        return new HebbianParameters(value, decayPerMs);
    }

    /** A copy with another decay rate (1/ms). */
    public HebbianParameters withDecayPerMs(double value) {
        return new HebbianParameters(eta, value);
    }
}
