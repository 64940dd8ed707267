package io.github.plasticity.rules;

import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the triplet STDP rule of Pfister &amp; Gerstner (2006, J Neurosci 26:9673), see
 * {@link TripletStdp}:
 *
 * <p>\( dr_1/dt = -r_1/\tau_+ \), \( dr_2/dt = -r_2/\tau_x \) (presynaptic), \( do_1/dt =
 * -o_1/\tau_- \), \( do_2/dt = -o_2/\tau_y \) (postsynaptic); on a presynaptic spike \( w
 * \leftarrow w - o_1 (A_2^- + A_3^- r_2) \), on a postsynaptic spike \( w \leftarrow w + r_1 (A_2^+
 * + A_3^+ o_2) \), with \( r_2 \) and \( o_2 \) read before their own increment.
 *
 * <p><b>Units.</b> The amplitudes are in weight units per interaction. Pfister &amp; Gerstner fit
 * weight changes relative to the initial weight, so their values apply to weights normalised to 1
 * before the protocol: then \( \Delta w \) is the relative change reported by experiments.
 *
 * @param a2Plus pair potentiation amplitude \( A_2^+ \) (weight units), &gt;= 0 and finite
 * @param a3Plus triplet potentiation amplitude \( A_3^+ \) (weight units), &gt;= 0 and finite
 * @param a2Minus pair depression amplitude \( A_2^- \) (weight units), &gt;= 0 and finite
 * @param a3Minus triplet depression amplitude \( A_3^- \) (weight units), &gt;= 0 and finite
 * @param tauPlusMs time constant of \( r_1 \) (ms), &gt; 0 and finite
 * @param tauMinusMs time constant of \( o_1 \) (ms), &gt; 0 and finite
 * @param tauXMs time constant of \( r_2 \) (ms), &gt; 0 and finite
 * @param tauYMs time constant of \( o_2 \) (ms), &gt; 0 and finite
 * @param traceMode all-to-all ({@code +1} per spike) or nearest-spike (reset to 1) interaction, for
 *     all four traces
 */
public record TripletParameters(
        double a2Plus,
        double a3Plus,
        double a2Minus,
        double a3Minus,
        double tauPlusMs,
        double tauMinusMs,
        double tauXMs,
        double tauYMs,
        TraceMode traceMode) {

    /** Validates every field; NaN and infinities are refused. */
    public TripletParameters {
        Args.nonNegative("a2Plus", a2Plus, "weight units");
        Args.nonNegative("a3Plus", a3Plus, "weight units");
        Args.nonNegative("a2Minus", a2Minus, "weight units");
        Args.nonNegative("a3Minus", a3Minus, "weight units");
        Args.positive("tauPlusMs", tauPlusMs, "ms");
        Args.positive("tauMinusMs", tauMinusMs, "ms");
        Args.positive("tauXMs", tauXMs, "ms");
        Args.positive("tauYMs", tauYMs, "ms");
        Args.notNull("traceMode", traceMode);
    }

    /**
     * Pfister &amp; Gerstner (2006), visual cortex data (Sjöström, Turrigiano &amp; Nelson 2001),
     * all-to-all, minimal model: \( A_2^+ = 5 \cdot 10^{-10} \), \( A_3^+ = 6.2 \cdot 10^{-3} \),
     * \( A_2^- = 7 \cdot 10^{-3} \), \( A_3^- = 2.3 \cdot 10^{-4} \), \( \tau_+ = 16.8 \), \(
     * \tau_- = 33.7 \), \( \tau_x = 101 \), \( \tau_y = 125 \) ms (SCIENCE.md §2.2, identical in
     * several independent public codes).
     *
     * @return the parameters
     */
    public static TripletParameters visualCortexAllToAll() {
        return new TripletParameters(
                5e-10, 6.2e-3, 7e-3, 2.3e-4, 16.8, 33.7, 101.0, 125.0, TraceMode.ALL_TO_ALL);
    }

    /**
     * Pfister &amp; Gerstner (2006), fit to data from hippocampal cultures, all-to-all: \( A_2^+ =
     * 6.1 \cdot 10^{-3} \), \( A_3^+ = 6.7 \cdot 10^{-3} \), \( A_2^- = 1.6 \cdot 10^{-3} \), \(
     * A_3^- = 1.4 \cdot 10^{-3} \), \( \tau_+ = 16.8 \), \( \tau_- = 33.7 \), \( \tau_x = 946 \),
     * \( \tau_y = 27 \) ms (SCIENCE.md §2.2, from a commented public parameter file).
     *
     * @return the parameters
     */
    public static TripletParameters hippocampalCultureAllToAll() {
        return new TripletParameters(
                6.1e-3, 6.7e-3, 1.6e-3, 1.4e-3, 16.8, 33.7, 946.0, 27.0, TraceMode.ALL_TO_ALL);
    }

    /**
     * The defaults of NESTML's {@code stdp_triplet_nn} model ("nearest-neighbour"): \( A_2^+ = 7.5
     * \cdot 10^{-10} \), \( A_3^+ = 9.3 \cdot 10^{-3} \), \( A_2^- = 7 \cdot 10^{-3} \), \( A_3^- =
     * 2.3 \cdot 10^{-4} \), \( \tau_+ = 16.8 \), \( \tau_- = 33.7 \), \( \tau_x = 101 \), \( \tau_y
     * = 125 \) ms, with nearest-spike traces (reset to 1). Whether these are the nearest-spike row
     * of Pfister &amp; Gerstner's Table 4 is unverified, and NESTML's own model increments its
     * traces; with reset-to-1 traces these values do not give the high-frequency potentiation of
     * the Sjöström data (see the {@code triplet-sjostrom} experiment).
     *
     * @return the parameters
     */
    public static TripletParameters nestmlNearestSpike() {
        return new TripletParameters(
                7.5e-10, 9.3e-3, 7e-3, 2.3e-4, 16.8, 33.7, 101.0, 125.0, TraceMode.NEAREST);
    }

    /** The library default, {@link #visualCortexAllToAll()}. */
    public static TripletParameters defaults() {
        return visualCortexAllToAll();
    }

    /** A copy with another pair potentiation amplitude (weight units). */
    public TripletParameters withA2Plus(double value) {
        return new TripletParameters(
                value, a3Plus, a2Minus, a3Minus, tauPlusMs, tauMinusMs, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another triplet potentiation amplitude (weight units). */
    public TripletParameters withA3Plus(double value) {
        return new TripletParameters(
                a2Plus, value, a2Minus, a3Minus, tauPlusMs, tauMinusMs, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another pair depression amplitude (weight units). */
    public TripletParameters withA2Minus(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, value, a3Minus, tauPlusMs, tauMinusMs, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another triplet depression amplitude (weight units). */
    public TripletParameters withA3Minus(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, value, tauPlusMs, tauMinusMs, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another time constant of \( r_1 \) (ms). */
    public TripletParameters withTauPlusMs(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, a3Minus, value, tauMinusMs, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another time constant of \( o_1 \) (ms). */
    public TripletParameters withTauMinusMs(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, a3Minus, tauPlusMs, value, tauXMs, tauYMs, traceMode);
    }

    /** A copy with another time constant of \( r_2 \) (ms). */
    public TripletParameters withTauXMs(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, a3Minus, tauPlusMs, tauMinusMs, value, tauYMs, traceMode);
    }

    /** A copy with another time constant of \( o_2 \) (ms). */
    public TripletParameters withTauYMs(double value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, a3Minus, tauPlusMs, tauMinusMs, tauXMs, value, traceMode);
    }

    /** A copy with another spike interaction. */
    public TripletParameters withTraceMode(TraceMode value) {
        return new TripletParameters(
                a2Plus, a3Plus, a2Minus, a3Minus, tauPlusMs, tauMinusMs, tauXMs, tauYMs, value);
    }
}
