package io.github.plasticity.core;

/**
 * A learning rule: the main extension point of the library.
 *
 * <p>A rule is a description (parameters, immutable, reusable). Binding it to one projection yields
 * a {@link RuleKernel} that owns no arrays of its own: at binding it declares what it reads (rates,
 * spike traces, voltage, modulators) and the extra per-synapse or per-neuron state it needs through
 * the {@link RuleBinding}, which allocates that state as arrays the projection owns (so checkpoints
 * and monitors see it). Each step the kernel updates the weights in bulk.
 *
 * <p>Several rules on one projection run in the order they were attached. The learning rate of
 * every rule is multiplied by a per-postsynaptic-unit gain, {@link RuleBinding#learningRateGain()},
 * which {@link Gate}s fill (neuromodulator or energy gating).
 *
 * <p>For a per-synapse function of weight, pre, post and modulator, use {@link LocalRule}.
 *
 * @implSpec {@link #bind} must be side-effect free except through the binding, and the returned
 *     kernel must keep every value that changes during a run in arrays obtained from the binding.
 */
public interface LearningRule {
    /** A short name, unique among the rules of one projection (keys state and monitors). */
    String name();

    /**
     * Binds this rule to a projection.
     *
     * @param binding access to the projection, its populations, traces, state and modulators
     * @return the kernel that updates the weights each step
     */
    RuleKernel bind(RuleBinding binding);

    /**
     * This rule with its learning rate multiplied by {@code gate}.
     *
     * @param gate the gate
     * @return a rule that binds this one and adds the gate
     */
    default LearningRule gatedBy(Gate gate) {
        LearningRule self = this;
        return new LearningRule() {
            @Override
            public String name() {
                return self.name();
            }

            @Override
            public RuleKernel bind(RuleBinding binding) {
                binding.addGate(gate);
                return self.bind(binding);
            }
        };
    }
}
