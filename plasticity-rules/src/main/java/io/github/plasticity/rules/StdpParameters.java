package io.github.plasticity.rules;

import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.internal.Args;

/**
 * Parameters of pair-based spike-timing-dependent plasticity with exponential traces ({@link
 * PairStdp}).
 *
 * <p>For an isolated pair with \( \Delta t = t_{post} - t_{pre} \) the weight changes by
 *
 * <p>\( \Delta w = a_+ w_{max} e^{-\Delta t/\tau_+} \) for \( \Delta t \ge 0 \) (potentiation),
 *
 * <p>\( \Delta w = -a_- w_{max} e^{\Delta t/\tau_-} \) for \( \Delta t &lt; 0 \) ({@link
 * WeightDependence#ADDITIVE} depression), or \( \Delta w = -a_- w\, e^{\Delta t/\tau_-} \) ({@link
 * WeightDependence#MULTIPLICATIVE} depression, van Rossum, Bi &amp; Turrigiano 2000).
 *
 * <p><b>Units of the amplitudes.</b> {@code aPlus} and, for additive depression, {@code aMinus} are
 * fractions of {@code wMax}, as in Song, Miller &amp; Abbott (2000), whose weights are conductances
 * in units of \( g_{max} \). The rule clips weights only to the projection's {@link
 * io.github.plasticity.core.WeightBounds}; Song et al. bound weights to \( [0, g_{max}] \), so
 * attach the rule to a projection with {@code WeightBounds.hard(0, wMax)} to reproduce them.
 * Keeping the bounds on the projection (one place, shared by every rule on it) lets a user widen
 * them, for example to measure drift without clipping, without changing the amplitudes.
 *
 * <p><b>Mapping to Brian2's STDP example</b> (after Song et al. 2000): its {@code dApre = 0.01 *
 * gmax} and {@code dApost = -1.05 * 0.01 * gmax} are {@code aPlus = 0.01}, {@code aMinus = 0.0105},
 * {@code wMax = gmax}; that example uses twice the amplitudes of {@link #songMillerAbbott2000()}.
 *
 * @param aPlus potentiation amplitude (fraction of {@code wMax} per pair at \( \Delta t = 0 \)),
 *     &gt;= 0 and finite
 * @param aMinus depression amplitude (fraction of {@code wMax} for additive, of the current weight
 *     for multiplicative depression, per pair at \( \Delta t = 0^- \)), &gt;= 0 and finite
 * @param tauPlusMs potentiation window time constant \( \tau_+ \) (ms), &gt; 0 and finite
 * @param tauMinusMs depression window time constant \( \tau_- \) (ms), &gt; 0 and finite
 * @param wMax the maximal weight \( g_{max} \), the unit of the amplitudes (weight units), &gt; 0
 *     and finite
 * @param weightDependence additive or multiplicative (van Rossum) depression
 * @param traceMode all-to-all ({@code x += 1} per spike) or nearest-spike ({@code x = 1} per spike)
 *     interaction
 */
public record StdpParameters(
        double aPlus,
        double aMinus,
        double tauPlusMs,
        double tauMinusMs,
        double wMax,
        WeightDependence weightDependence,
        TraceMode traceMode) {

    /** How the size of a depression step depends on the current weight. */
    public enum WeightDependence {
        /**
         * Additive (Song, Miller &amp; Abbott 2000): potentiation {@code +aPlus wMax x_pre},
         * depression {@code -aMinus wMax x_post}, independent of the weight; needs the projection's
         * hard bounds to keep weights finite, and makes synapses compete (bimodal weights).
         */
        ADDITIVE,
        /**
         * Additive potentiation, multiplicative depression (van Rossum, Bi &amp; Turrigiano 2000):
         * potentiation {@code +aPlus wMax x_pre}, depression {@code -aMinus w x_post}; weights
         * settle in a unimodal distribution without an upper bound.
         */
        MULTIPLICATIVE
    }

    /** Validates every field; NaN and infinities are refused. */
    public StdpParameters {
        Args.nonNegative("aPlus", aPlus, "fraction of wMax");
        Args.nonNegative("aMinus", aMinus, "fraction of wMax or of w");
        Args.positive("tauPlusMs", tauPlusMs, "ms");
        Args.positive("tauMinusMs", tauMinusMs, "ms");
        Args.positive("wMax", wMax, "weight units");
        Args.notNull("weightDependence", weightDependence);
        Args.notNull("traceMode", traceMode);
    }

    /**
     * Song, Miller &amp; Abbott (2000, Nat Neurosci 3:919): \( a_+ = 0.005 \), \( a_-/a_+ = 1.05 \)
     * (so \( a_- = 0.00525 \)), \( \tau_\pm = 20 \) ms, additive, all-to-all, amplitudes in units
     * of \( g_{max} \) ({@code wMax = 1}; set it to the projection's upper bound). Values as in the
     * Song &amp; Abbott (2001) defaults of the VH-Lab toolbox {@code stdp_apply} (SCIENCE.md §2.2).
     * The integral of the window, \( (a_+\tau_+ - a_-\tau_-) w_{max} = -0.005\, w_{max} \) ms, is
     * negative: uncorrelated firing depresses.
     *
     * @return the parameters
     */
    public static StdpParameters songMillerAbbott2000() {
        return new StdpParameters(
                0.005, 0.00525, 20.0, 20.0, 1.0, WeightDependence.ADDITIVE, TraceMode.ALL_TO_ALL);
    }

    /**
     * van Rossum, Bi &amp; Turrigiano (2000, J Neurosci 20:8812): additive potentiation \( c_p = 1
     * \) pS, multiplicative depression \( c_d = 0.003 \) (fraction of the weight), \( \tau_\pm = 20
     * \) ms, all-to-all, weights in pS ({@code wMax = 1} pS is only the unit of {@code aPlus}: the
     * model has no upper bound; give the projection a bound far above \( c_p/c_d \approx 333 \)
     * pS). The form (additive LTP, multiplicative LTD: NEST {@code mu_plus = 0, mu_minus = 1}) is
     * verified in the NEST documentation; the constants \( c_p, c_d, \tau \) are quoted in
     * SCIENCE.md §4.2 as unverified against the paper: check them before relying on the amplitudes.
     *
     * @return the parameters
     */
    public static StdpParameters vanRossum2000() {
        return new StdpParameters(
                1.0, 0.003, 20.0, 20.0, 1.0, WeightDependence.MULTIPLICATIVE, TraceMode.ALL_TO_ALL);
    }

    /**
     * The defaults of Brian2's documented STDP example ({@code examples/synapses/STDP.py}, adapted
     * from Song, Miller &amp; Abbott 2000): {@code dApre = 0.01 gmax}, {@code dApost = -1.05
     * dApre}, \( \tau_\pm = 20 \) ms, additive, all-to-all, with {@code wMax = gmax = 0.01}
     * (dimensionless conductance in units of the leak conductance).
     *
     * @return the parameters
     */
    public static StdpParameters brian2Example() {
        return new StdpParameters(
                0.01, 0.0105, 20.0, 20.0, 0.01, WeightDependence.ADDITIVE, TraceMode.ALL_TO_ALL);
    }

    /** The library default, {@link #songMillerAbbott2000()}. */
    public static StdpParameters defaults() {
        return songMillerAbbott2000();
    }

    /** A copy with another potentiation amplitude (fraction of wMax). */
    public StdpParameters withAPlus(double value) {
        return new StdpParameters(
                value, aMinus, tauPlusMs, tauMinusMs, wMax, weightDependence, traceMode);
    }

    /** A copy with another depression amplitude (fraction of wMax, or of w if multiplicative). */
    public StdpParameters withAMinus(double value) {
        return new StdpParameters(
                aPlus, value, tauPlusMs, tauMinusMs, wMax, weightDependence, traceMode);
    }

    /** A copy with another potentiation time constant (ms). */
    public StdpParameters withTauPlusMs(double value) {
        return new StdpParameters(
                aPlus, aMinus, value, tauMinusMs, wMax, weightDependence, traceMode);
    }

    /** A copy with another depression time constant (ms). */
    public StdpParameters withTauMinusMs(double value) {
        return new StdpParameters(
                aPlus, aMinus, tauPlusMs, value, wMax, weightDependence, traceMode);
    }

    /** A copy with another maximal weight, the unit of the amplitudes (weight units). */
    public StdpParameters withWMax(double value) {
        return new StdpParameters(
                aPlus, aMinus, tauPlusMs, tauMinusMs, value, weightDependence, traceMode);
    }

    /** A copy with another weight dependence. */
    public StdpParameters withWeightDependence(WeightDependence value) {
        return new StdpParameters(aPlus, aMinus, tauPlusMs, tauMinusMs, wMax, value, traceMode);
    }

    /** A copy with another spike interaction. */
    public StdpParameters withTraceMode(TraceMode value) {
        return new StdpParameters(
                aPlus, aMinus, tauPlusMs, tauMinusMs, wMax, weightDependence, value);
    }

    /**
     * The weight change of one isolated pre/post pair under additive dependence (closed form), the
     * STDP window: \( a_+ w_{max} e^{-\Delta t/\tau_+} \) for \( \Delta t \ge 0 \) (a pair in one
     * time step potentiates, as in Brian2), \( -a_- w_{max} e^{\Delta t/\tau_-} \) otherwise.
     *
     * @param deltaTMs \( t_{post} - t_{pre} \) (ms), finite
     * @return the change (weight units)
     */
    public double pairWindow(double deltaTMs) {
        Args.finite("deltaTMs", deltaTMs, "ms");
        return deltaTMs >= 0
                ? aPlus * wMax * Math.exp(-deltaTMs / tauPlusMs)
                : -aMinus * wMax * Math.exp(deltaTMs / tauMinusMs);
    }

    /**
     * The integral of the additive window, \( (a_+\tau_+ - a_-\tau_-) w_{max} \) (weight units
     * times ms). For independent Poisson trains at rates \( \nu_{pre}, \nu_{post} \) the mean drift
     * is \( \nu_{pre}\nu_{post} \) times this (Kempter, Gerstner &amp; van Hemmen 1999).
     *
     * @return the integral (weight units times ms)
     */
    public double windowIntegral() {
        return (aPlus * tauPlusMs - aMinus * tauMinusMs) * wMax;
    }
}
