package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.internal.Args;

/**
 * The general three-factor rule (Frémaux &amp; Gerstner 2016, Front Neural Circuits 9:85): a
 * Hebbian term charges a per-synapse eligibility trace, which a neuromodulator converts into a
 * weight change,
 *
 * <p>\( de_{ij}/dt = -e_{ij}/\tau_e + H(pre_j, post_i) \), \( dw_{ij}/dt = \eta\, g_i\, M_i(t)\,
 * e_{ij}(t) \), \( M_i = c_i - c_{base} \),
 *
 * <p>then the projection's bounds. {@code H} is an {@link EligibilityTerm} (spike pairs from
 * traces, or a rate product); \( c_i \) is the concentration of the named modulator at the
 * postsynaptic unit, read through {@link RuleBinding#modulatorAtPost}: a {@link
 * io.github.plasticity.core.GlobalModulator} (the same value everywhere) or a spatial field,
 * without change to the rule. \( g_i \) is the gate gain ({@link RuleBinding#learningRateGain()}:
 * an acetylcholine gate, for example).
 *
 * <p>Numerics (see the kernel notes): events at the start of the step, the weight integral by the
 * trapezoidal rule with the trace decaying exactly, first-order error \( \approx dt/(2\tau) \) at a
 * release (0.3 % at {@code dt} = 1 ms for \( \tau_c \) = 1 s, \( \tau_d \) = 0.2 s). With {@link
 * EligibilityParameters#updateIntervalMs()} &gt; 0 the same integral is written every interval
 * instead of every step (less work per synapse, weights lag by up to one interval). Rule state:
 * {@code "eligibility"} (float per synapse; the eligibility at every interval end), {@code
 * "weightResidual"} (float per synapse: rounding residual and pending change), {@code
 * "modulatorPrevious"} and {@code "intervalIntegral"} (per postsynaptic unit). The modulator must
 * be added to the simulation before the rule is attached. With no spikes (pair term) or zero rates
 * (rate term) the eligibility stays 0 and weights do not change.
 */
public final class EligibilityTraceRule implements LearningRule {
    private final EligibilityTerm term;
    private final EligibilityParameters p;
    private final String modulator;
    private final String name;

    private EligibilityTraceRule(
            EligibilityTerm term, EligibilityParameters p, String modulator, String name) {
        this.term = Args.notNull("term", term);
        this.p = Args.notNull("parameters", p);
        this.modulator = Args.notNull("modulator", modulator);
        this.name = Args.notNull("name", name);
    }

    /**
     * A rule named {@code "eligibility"}.
     *
     * @param term the Hebbian term {@code H}
     * @param parameters learning rate, eligibility time constant, modulator baseline
     * @param modulator name of the modulator that supplies the third factor (such as {@code
     *     "dopamine"})
     * @return the rule
     */
    public static EligibilityTraceRule of(
            EligibilityTerm term, EligibilityParameters parameters, String modulator) {
        return new EligibilityTraceRule(term, parameters, modulator, "eligibility");
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public EligibilityTraceRule named(String newName) {
        return new EligibilityTraceRule(term, p, modulator, newName);
    }

    /** The Hebbian term. */
    public EligibilityTerm term() {
        return term;
    }

    /** The parameters. */
    public EligibilityParameters parameters() {
        return p;
    }

    /** The name of the modulator read as third factor. */
    public String modulator() {
        return modulator;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        return new EligibilityKernel(
                b,
                term,
                p.eta(),
                p.tauEligibilityMs(),
                modulator,
                -p.baselineMicroMolar(),
                b.bounds(),
                p.updateIntervalMs());
    }
}
