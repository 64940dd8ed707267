package io.github.plasticity.maps.learning;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.rules.NormalizationParameters;
import io.github.plasticity.rules.ScalingParameters;

/**
 * Parameters of {@link MapLearning}: the map network, the use bouts that drive it, and its
 * plasticity.
 *
 * <p><b>Use.</b> Time is divided into bouts of {@code boutMs}; in each bout one effector {@code e}
 * is used: its afferent unit fires at {@code useRateHz} and its effector unit receives the motor
 * command {@code commandHz} as external input; all other afferents are silent. Each bout is
 * followed by {@code restMs} with no input at all.
 *
 * <p><b>Plasticity.</b> Afferent weights \( A_{ie} \) (effector afferent {@code e} onto site {@code
 * i}) and output weights \( W_{ei} \) (site {@code i} onto effector {@code e}) follow the rate
 * Hebbian rule with decay, \( dw/dt = g_{ACh} (\eta x_{post} x_{pre} - \gamma w) \), clipped to
 * {@code [0, max]}; the afferent weights are also scaled multiplicatively by homeostatic synaptic
 * scaling (van Rossum, Bi &amp; Turrigiano 2000) towards the set-point rate of each site. The
 * Hebbian rate is multiplied by the acetylcholine gate \( g_{ACh} = [ACh] / 1\ \mu M \). After
 * these, each step, the afferent weights are normalised presynaptically (every afferent keeps its
 * total \( \sum_i A_{ie} \), {@link io.github.plasticity.rules.PresynapticNormalization}) and the
 * output weights postsynaptically (every effector keeps its total corticospinal weight \( \sum_i
 * W_{ei} \), {@link io.github.plasticity.rules.PostsynapticNormalization}), both with {@code
 * normalization}.
 *
 * <p>None of these values is from the literature: the network has no published parameter set, and
 * the learning rates are chosen so that a map reorganises within a few simulated minutes (time is
 * compressed: see {@link MapLearning}).
 *
 * @param network the map network (its encoding gains set the initial weights)
 * @param boutMs duration of one use bout (ms), &gt; 0 and finite
 * @param restMs rest after each bout, all afferents and commands silent (ms), &gt;= 0 and finite
 * @param useRateHz afferent rate of the used effector (Hz), &gt;= 0 and finite
 * @param commandHz motor command to the used effector unit (Hz, external input), &gt;= 0 and finite
 * @param afferentEta Hebbian rate of the afferent weights (weight units per Hz² per ms), &gt;= 0
 *     and finite
 * @param afferentDecayPerMs Hebbian decay of the afferent weights (1/ms), &gt;= 0 and finite
 * @param afferentMax upper bound of the afferent weights (weight units), &gt; 0 and finite
 * @param outputEta Hebbian rate of the output weights (weight units per Hz² per ms), &gt;= 0 and
 *     finite
 * @param outputDecayPerMs Hebbian decay of the output weights (1/ms), &gt;= 0 and finite
 * @param outputMax upper bound of the output weights (weight units), &gt; 0 and finite
 * @param scaling homeostatic scaling of the afferent weights (its goal is the set-point rate)
 * @param normalization form and speed of both weight normalisations
 */
public record MapLearningParameters(
        MapNetworkParameters network,
        double boutMs,
        double restMs,
        double useRateHz,
        double commandHz,
        double afferentEta,
        double afferentDecayPerMs,
        double afferentMax,
        double outputEta,
        double outputDecayPerMs,
        double outputMax,
        ScalingParameters scaling,
        NormalizationParameters normalization) {
    /** Validates every field (NaN and infinities refused). */
    public MapLearningParameters {
        Args.notNull("network", network);
        Args.positive("boutMs", boutMs, "ms");
        Args.nonNegative("restMs", restMs, "ms");
        Args.nonNegative("useRateHz", useRateHz, "Hz");
        Args.nonNegative("commandHz", commandHz, "Hz");
        Args.nonNegative("afferentEta", afferentEta, "weight units per Hz^2 per ms");
        Args.nonNegative("afferentDecayPerMs", afferentDecayPerMs, "1/ms");
        Args.positive("afferentMax", afferentMax, "weight units");
        Args.nonNegative("outputEta", outputEta, "weight units per Hz^2 per ms");
        Args.nonNegative("outputDecayPerMs", outputDecayPerMs, "1/ms");
        Args.positive("outputMax", outputMax, "weight units");
        Args.notNull("scaling", scaling);
        Args.notNull("normalization", normalization);
    }

    /**
     * Our defaults (no literature set exists): {@link MapNetworkParameters#defaults()} with output
     * encoding gain 0.01; bouts of 100 ms at 20 Hz afferent rate and 20 Hz command, each followed
     * by 50 ms of rest (5 site time constants, so one bout's activity has decayed before the next
     * afferent starts and Hebbian learning does not bind consecutive effectors); afferent Hebbian
     * \( \eta = 1.8 \times 10^{-6} \), no decay, bound 2; output Hebbian \( \eta = 1.6 \times
     * 10^{-8} \), \( \gamma = 1.5 \times 10^{-4} \)/ms, bound 0.05 (the decay is uniform along an
     * effector's row, so the postsynaptic normalisation cancels it); scaling with a 2 s sensor, \(
     * \beta = 5 \times 10^{-4} \)/(ms·Hz), \( \gamma = 0 \), set point 3.08 Hz, the mean site rate
     * of the encoded map under natural use (measured; with the normalisations the mean rate is
     * fixed by the afferent totals, so a set point away from it would make scaling and
     * normalisation pull against each other); multiplicative normalisation enforced every step
     * ({@link NormalizationParameters#vonDerMalsburg1973()}).
     *
     * @return the parameters
     */
    public static MapLearningParameters defaults() {
        return new MapLearningParameters(
                MapNetworkParameters.defaults().withEncodingGains(1.0, 0.01),
                100.0,
                50.0,
                20.0,
                20.0,
                1.8e-6,
                0.0,
                2.0,
                1.6e-8,
                1.5e-4,
                0.05,
                new ScalingParameters(2000.0, 5e-4, 0.0, 3.08),
                NormalizationParameters.vonDerMalsburg1973());
    }

    /** A copy with another Hebbian rate and decay of the output weights. */
    public MapLearningParameters withOutputHebbian(double eta, double decayPerMs) {
        return new MapLearningParameters(
                network,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                afferentEta,
                afferentDecayPerMs,
                afferentMax,
                eta,
                decayPerMs,
                outputMax,
                scaling,
                normalization);
    }

    /** A copy with another Hebbian rate and decay of the afferent weights. */
    public MapLearningParameters withAfferentHebbian(double eta, double decayPerMs) {
        return new MapLearningParameters(
                network,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                eta,
                decayPerMs,
                afferentMax,
                outputEta,
                outputDecayPerMs,
                outputMax,
                scaling,
                normalization);
    }

    /** A copy with another rest between bouts (ms). */
    public MapLearningParameters withRestMs(double value) {
        return new MapLearningParameters(
                network,
                boutMs,
                value,
                useRateHz,
                commandHz,
                afferentEta,
                afferentDecayPerMs,
                afferentMax,
                outputEta,
                outputDecayPerMs,
                outputMax,
                scaling,
                normalization);
    }

    /** A copy with another weight normalisation (of both projections). */
    public MapLearningParameters withNormalization(NormalizationParameters value) {
        return new MapLearningParameters(
                network,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                afferentEta,
                afferentDecayPerMs,
                afferentMax,
                outputEta,
                outputDecayPerMs,
                outputMax,
                scaling,
                value);
    }

    /** A copy with other scaling parameters. */
    public MapLearningParameters withScaling(ScalingParameters value) {
        return new MapLearningParameters(
                network,
                boutMs,
                restMs,
                useRateHz,
                commandHz,
                afferentEta,
                afferentDecayPerMs,
                afferentMax,
                outputEta,
                outputDecayPerMs,
                outputMax,
                value,
                normalization);
    }
}
