package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * A learning rule written as a per-synapse function, applied by the library in a tight loop over
 * all synapses every step: \( dw/dt = f(w, pre, post, m) \), integrated with forward Euler, \( w
 * \leftarrow w + f \cdot dt \cdot g \), then bounded ({@code g} is the gate gain).
 *
 * <p>{@code pre} and {@code post} are the units' rates (Hz) by default, or their spike traces with
 * {@link Rule#readingTraces}; {@code m} is a modulator's local concentration at the postsynaptic
 * unit (µM) with {@link Rule#modulatedBy}, otherwise 1.
 *
 * <pre>{@code
 * LocalRule covariance = (w, pre, post, m) -> 1e-3f * (pre - 5f) * (post - 5f);
 * syn.withRule(LocalRule.named("covariance", covariance).bounded(0.0, 1.0));
 * }</pre>
 *
 * <p>Speed: each bound rule runs its own copy of the loop (a hidden class defined from the loop's
 * bytecode when the rule binds), so the JIT inlines the function into the loop however many local
 * rules the program uses; the presynaptic activity is converted to float once per step. A local
 * rule then runs about as fast as a built-in rule with the same arithmetic (plasticity-bench {@code
 * LocalRuleBenchmark}). Where hidden classes cannot be defined, a shared loop gives the same
 * results, slower once several local rules run in one JVM. The function is called once per synapse
 * and step, row by row, from several threads at once on disjoint rows if the simulation has more
 * than one thread: it should be a pure function of its arguments.
 */
@FunctionalInterface
public interface LocalRule {
    /**
     * The rate of change of one weight.
     *
     * @param w the weight (weight units)
     * @param pre presynaptic activity (Hz, or trace value)
     * @param post postsynaptic activity (Hz, or trace value)
     * @param m modulator concentration at the postsynaptic unit (µM), or 1
     * @return \( dw/dt \) (weight units per ms)
     */
    float dwPerMs(float w, float pre, float post, float m);

    /**
     * Names a local rule, making it a {@link LearningRule}.
     *
     * @param name rule name
     * @param f the function
     * @return the rule, unbounded beyond the projection's own bounds
     */
    static Rule named(String name, LocalRule f) {
        return new Rule(Args.notNull("name", name), Args.notNull("f", f), null, null, 0, 0, true);
    }

    /** A named local rule with its options; immutable. */
    final class Rule implements LearningRule {
        private final String name;
        private final LocalRule f;
        private final WeightBounds bounds;
        private final String modulator;
        private final double preTauMs;
        private final double postTauMs;
        private final boolean specialise;

        private Rule(
                String name,
                LocalRule f,
                WeightBounds bounds,
                String modulator,
                double preTauMs,
                double postTauMs,
                boolean specialise) {
            this.name = name;
            this.f = f;
            this.bounds = bounds;
            this.modulator = modulator;
            this.preTauMs = preTauMs;
            this.postTauMs = postTauMs;
            this.specialise = specialise;
        }

        /**
         * Clips weights into {@code [min, max]} after each update (instead of the projection's
         * bounds).
         *
         * @param min lower bound (weight units)
         * @param max upper bound (weight units), &gt; min
         * @return a copy with bounds
         */
        public Rule bounded(double min, double max) {
            return new Rule(
                    name,
                    f,
                    WeightBounds.hard(min, max),
                    modulator,
                    preTauMs,
                    postTauMs,
                    specialise);
        }

        /**
         * Passes a modulator's local concentration as {@code m}.
         *
         * @param modulatorName the modulator's name
         * @return a copy reading the modulator
         */
        public Rule modulatedBy(String modulatorName) {
            return new Rule(
                    name,
                    f,
                    bounds,
                    Args.notNull("modulator", modulatorName),
                    preTauMs,
                    postTauMs,
                    specialise);
        }

        /**
         * Passes all-to-all spike traces instead of rates as {@code pre} and {@code post}.
         *
         * @param preTau presynaptic trace time constant (ms), &gt; 0 and finite
         * @param postTau postsynaptic trace time constant (ms), &gt; 0 and finite
         * @return a copy reading traces
         */
        public Rule readingTraces(double preTau, double postTau) {
            return new Rule(
                    name,
                    f,
                    bounds,
                    modulator,
                    Args.positive("preTauMs", preTau, "ms"),
                    Args.positive("postTauMs", postTau, "ms"),
                    specialise);
        }

        /**
         * A copy that always runs the shared loop (the fallback used when a per-rule copy cannot be
         * defined); for tests comparing the two.
         */
        Rule withSharedLoop() {
            return new Rule(name, f, bounds, modulator, preTauMs, postTauMs, false);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public RuleKernel bind(RuleBinding b) {
            final float[][] w = b.weights();
            final int[][] idx = b.preIndices();
            final double[] pre =
                    preTauMs > 0
                            ? b.preTrace(preTauMs, TraceMode.ALL_TO_ALL).values()
                            : b.preRates();
            final double[] post =
                    postTauMs > 0
                            ? b.postTrace(postTauMs, TraceMode.ALL_TO_ALL).values()
                            : b.postRates();
            final double[] m = modulator == null ? null : b.modulatorAtPost(modulator);
            final double[] gain = b.learningRateGain();
            final WeightBounds wb = bounds != null ? bounds : b.bounds();
            return LocalRuleLoops.create(
                    specialise, f, w, idx, b.isDense(), pre, post, m, gain, wb, b.dtMs());
        }
    }
}
