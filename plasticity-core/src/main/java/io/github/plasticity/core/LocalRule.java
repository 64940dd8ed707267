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
        return new Rule(Args.notNull("name", name), Args.notNull("f", f), null, null, 0, 0);
    }

    /** A named local rule with its options; immutable. */
    final class Rule implements LearningRule {
        private final String name;
        private final LocalRule f;
        private final WeightBounds bounds;
        private final String modulator;
        private final double preTauMs;
        private final double postTauMs;

        private Rule(
                String name,
                LocalRule f,
                WeightBounds bounds,
                String modulator,
                double preTauMs,
                double postTauMs) {
            this.name = name;
            this.f = f;
            this.bounds = bounds;
            this.modulator = modulator;
            this.preTauMs = preTauMs;
            this.postTauMs = postTauMs;
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
            return new Rule(name, f, WeightBounds.hard(min, max), modulator, preTauMs, postTauMs);
        }

        /**
         * Passes a modulator's local concentration as {@code m}.
         *
         * @param modulatorName the modulator's name
         * @return a copy reading the modulator
         */
        public Rule modulatedBy(String modulatorName) {
            return new Rule(
                    name, f, bounds, Args.notNull("modulator", modulatorName), preTauMs, postTauMs);
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
                    Args.positive("postTauMs", postTau, "ms"));
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
            final float lo = wb.min();
            final float hi = wb.max();
            final boolean soft = wb.soft();
            final double dt = b.dtMs();
            final LocalRule fn = f;
            return (ctx, from, to) -> {
                for (int i = from; i < to; i++) {
                    float[] row = w[i];
                    int[] ix = idx[i];
                    float po = (float) post[i];
                    float mi = m == null ? 1f : (float) m[i];
                    float scale = (float) (dt * gain[i]);
                    if (scale == 0f) {
                        continue;
                    }
                    for (int k = 0; k < row.length; k++) {
                        float wk = row[k];
                        float dw = fn.dwPerMs(wk, (float) pre[ix[k]], po, mi) * scale;
                        row[k] = soft ? wb.apply(wk, dw) : Math.min(hi, Math.max(lo, wk + dw));
                    }
                }
            };
        }
    }
}
