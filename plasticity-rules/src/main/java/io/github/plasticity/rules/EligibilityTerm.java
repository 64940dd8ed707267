package io.github.plasticity.rules;

import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.internal.Args;

/**
 * The Hebbian term \( H(pre, post) \) that charges the eligibility trace of an {@link
 * EligibilityTraceRule}: a spike-pair (STDP-like) term read from spike traces, or a rate term.
 *
 * <p>The set is closed because the kernel specialises its loop for each kind (one shared loop over
 * user lambdas would be megamorphic); for another kind write a {@link
 * io.github.plasticity.core.LearningRule} directly.
 */
public sealed interface EligibilityTerm
        permits EligibilityTerm.PairStdp, EligibilityTerm.RateHebbian {

    /**
     * Pair-based STDP into the eligibility trace, event-driven: a postsynaptic spike adds \( A_+
     * x_j \) to the eligibility of each incoming synapse (\( x_j \) the presynaptic trace, time
     * constant \( \tau_+ \)); a presynaptic spike adds \( -A_- y_i \) (\( y_i \) the postsynaptic
     * trace, time constant \( \tau_- \)). Traces are 1 per spike ({@link TraceMode#NEAREST}: set to
     * 1; {@link TraceMode#ALL_TO_ALL}: incremented by 1). A pre and a post spike in the same step
     * count as pre-before-post (the presynaptic pathway is processed first, as in Brian2), or, with
     * {@code sameStepDepresses}, as post-before-pre: LTP reads the presynaptic trace before this
     * step's spikes and LTD the postsynaptic trace after them, as in Izhikevich's daspnet.m (where
     * a spike reaches its target 1 ms later, so same-millisecond spikes are not causal).
     *
     * @param aPlus potentiation amplitude \( A_+ \) (eligibility units), &gt;= 0 and finite
     * @param aMinus depression amplitude \( A_- \) (eligibility units, a magnitude), &gt;= 0 and
     *     finite
     * @param tauPlusMs presynaptic trace time constant \( \tau_+ \) (ms), &gt; 0 and finite
     * @param tauMinusMs postsynaptic trace time constant \( \tau_- \) (ms), &gt; 0 and finite
     * @param mode spike interaction of the traces
     * @param sameStepDepresses whether a pre and a post spike in the same step depress (daspnet)
     *     rather than potentiate (Brian2)
     */
    record PairStdp(
            double aPlus,
            double aMinus,
            double tauPlusMs,
            double tauMinusMs,
            TraceMode mode,
            boolean sameStepDepresses)
            implements EligibilityTerm {
        /** Validates every field (NaN and infinities refused). */
        public PairStdp {
            Args.nonNegative("aPlus", aPlus, "eligibility units");
            Args.nonNegative("aMinus", aMinus, "eligibility units");
            Args.positive("tauPlusMs", tauPlusMs, "ms");
            Args.positive("tauMinusMs", tauMinusMs, "ms");
            Args.notNull("mode", mode);
        }

        /**
         * A pair term in which same-step spikes count as pre-before-post (Brian2's convention).
         *
         * @param aPlus potentiation amplitude (eligibility units), &gt;= 0 and finite
         * @param aMinus depression amplitude, a magnitude (eligibility units), &gt;= 0 and finite
         * @param tauPlusMs presynaptic trace time constant (ms), &gt; 0 and finite
         * @param tauMinusMs postsynaptic trace time constant (ms), &gt; 0 and finite
         * @param mode spike interaction of the traces
         */
        public PairStdp(
                double aPlus, double aMinus, double tauPlusMs, double tauMinusMs, TraceMode mode) {
            this(aPlus, aMinus, tauPlusMs, tauMinusMs, mode, false);
        }

        /**
         * Izhikevich (2007, {@code daspnet.m}): traces set to 0.1 on a spike and multiplied by 0.95
         * every ms, so \( A_+ = 0.1 \), \( \tau_\pm = -1/\ln 0.95 = 19.5 \) ms, nearest-spike; LTD
         * is 1.5 times the trace, \( A_- = 0.15 \); same-millisecond spikes depress.
         *
         * @return the term
         */
        public static PairStdp izhikevich2007() {
            double tau = -1.0 / Math.log(0.95);
            return new PairStdp(0.1, 0.15, tau, tau, TraceMode.NEAREST, true);
        }
    }

    /**
     * A rate Hebbian term, \( H = k\, r_{pre}\, r_{post} \), rates in Hz (for spiking units their
     * low-pass estimates).
     *
     * @param kPerHz2PerMs gain \( k \) (eligibility units per Hz² per ms), &gt;= 0 and finite
     */
    record RateHebbian(double kPerHz2PerMs) implements EligibilityTerm {
        /** Validates the gain (NaN and infinities refused). */
        public RateHebbian {
            Args.nonNegative("kPerHz2PerMs", kPerHz2PerMs, "eligibility units per Hz^2 per ms");
        }
    }
}
