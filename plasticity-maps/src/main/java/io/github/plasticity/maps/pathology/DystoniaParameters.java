package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.internal.Args;

/**
 * A digit-training protocol for {@link DystoniaTraining}: which digits are stimulated together, how
 * strong the Hebbian (BCM) plasticity of the afferent (receptive-field) weights is, and whether
 * homeostasis works.
 *
 * <p>Each trial the afferents of the stimulated digits fire at {@code stimulusRateHz} for {@code
 * trialMs}, then all afferents are silent for {@code gapMs}. Synchronous training stimulates all
 * digits at once (the simultaneous multi-digit grip of Byl, Merzenich &amp; Jenkins 1996);
 * asynchronous training one digit per trial, chosen uniformly at random. The afferent weights learn
 * with BCM (\( dw/dt = \eta x y (y - \theta) \), {@code Bcm} of plasticity-rules) with either a
 * sliding threshold \( \tau_\theta d\theta/dt = y^2/y_0 - \theta \) (homeostatic metaplasticity
 * intact) or a fixed one (failed, Quartarone et al. 2003), optionally with multiplicative synaptic
 * scaling towards {@code y0Hz} (van Rossum, Bi &amp; Turrigiano 2000, accelerated: time constants
 * here are seconds, not hours, so that scaling acts within the short protocol). Weights are bounded
 * to [0, {@code maxWeightFactor} G_aff].
 *
 * @param synchronous all digits per trial (true) or one random digit (false)
 * @param bcmEta BCM learning rate \( \eta \) (per Hz³ per ms), &gt;= 0 and finite
 * @param slidingThreshold whether the BCM threshold slides
 * @param scaling whether synaptic scaling acts on the afferent weights
 * @param theta0Hz BCM threshold at the start (the fixed threshold when not sliding) (Hz), &gt;= 0
 * @param y0Hz BCM set point \( y_0 \) and scaling goal rate (Hz), &gt; 0
 * @param tauThetaMs BCM threshold time constant (ms), &gt; 0
 * @param trials number of training trials, &gt;= 1
 * @param trialMs stimulus duration per trial (ms), &gt; 0
 * @param gapMs silence after each trial (ms), &gt;= 0
 * @param stimulusRateHz afferent rate of a stimulated digit (Hz), &gt; 0
 * @param maxWeightFactor upper weight bound as a multiple of the network's afferent gain, &gt; 0
 */
public record DystoniaParameters(
        boolean synchronous,
        double bcmEta,
        boolean slidingThreshold,
        boolean scaling,
        double theta0Hz,
        double y0Hz,
        double tauThetaMs,
        int trials,
        double trialMs,
        double gapMs,
        double stimulusRateHz,
        double maxWeightFactor) {
    /** Set point and initial threshold of the defaults: 20 Hz x 50 ms / 70 ms (Hz). */
    public static final double Y0_HZ = 20.0 * 50.0 / 70.0;

    /** Validates every field (NaN and infinities refused). */
    public DystoniaParameters {
        Args.nonNegative("bcmEta", bcmEta, "per Hz^3 per ms");
        Args.nonNegative("theta0Hz", theta0Hz, "Hz");
        Args.positive("y0Hz", y0Hz, "Hz");
        Args.positive("tauThetaMs", tauThetaMs, "ms");
        Args.atLeast("trials", trials, 1);
        Args.positive("trialMs", trialMs, "ms");
        Args.nonNegative("gapMs", gapMs, "ms");
        Args.positive("stimulusRateHz", stimulusRateHz, "Hz");
        Args.positive("maxWeightFactor", maxWeightFactor, "multiples of the afferent gain");
    }

    /**
     * The healthy condition (ours): asynchronous single-digit training, BCM learning rate 1e-8 per
     * Hz³ per ms, sliding threshold (\( \tau_\theta = 100 \) ms) starting at its steady state,
     * scaling on, 200 trials of 50 ms stimulation at 20 Hz with 20 ms gaps, weights up to 1.5
     * G_aff. With the default map network a stimulated site fires at about 20 Hz.
     *
     * <p><b>Set point.</b> \( \theta_0 = y_0 = r T_{on} / (T_{on} + T_{off}) = 20 \cdot 50/70 =
     * 14.3 \) Hz, the time-averaged rate of a site stimulated in every trial. Then the
     * synchronously trained map starts at the homeostatic equilibrium: the BCM fixed point \( y =
     * \theta = \langle y^2 \rangle / y_0 \) is \( y = y_0 (T_{on} + T_{off})/T_{on} = r \), the
     * rate it already has, and scaling's goal (the time-averaged rate, gaps included) is the rate
     * it already has, so any change is learning, not a set-point mismatch. (With \( y_0 = r = 20 \)
     * Hz the equilibrium is 28 Hz and the intact map drifts by a common increment of all afferents,
     * measured overflow 0.35 instead of 0.05.) When homeostasis fails the threshold stays at this
     * pre-training value.
     *
     * <p><b>Time scales.</b> BCM regulates only when its threshold is faster than the weights
     * (Udeigwe, Munro &amp; Ermentrout 2017, J Math Neurosci 7:2; Cooper, Intrator, Blais &amp;
     * Shouval 2004, <i>Theory of Cortical Plasticity</i>): a weight change that raises {@code y}
     * must raise \( \theta \) before it has run away, and \( \theta \) must average over the
     * stimulus-gap cycle (70 ms) rather than follow each trial. Linearised at \( y = \theta \), the
     * summed afferent weight of a synchronously driven site relaxes with rate \( k \approx 5 \eta
     * r^2 y \) (five digits at rate {@code r}, site gain 1), i.e. \( 1/k \approx \) 2.5 ms for \(
     * \eta = 10^{-5} \) (faster than the sites' 10 ms membrane time constant and the threshold: the
     * slide overshoots and the weights collapse), 250 ms for \( 10^{-7} \) (the excessive rate of
     * {@link #dystonic()}) and 2.5 s for \( 10^{-8} \) (this one). Measured on the default 10 x 4
     * sheet with homeostasis intact, synchronous training keeps the map segregated for \( \eta \le
     * 3 \cdot 10^{-7} \) and loses it (all afferent weights driven to 0) for \( \eta \ge 10^{-6}
     * \).
     *
     * @return the parameters
     */
    public static DystoniaParameters healthy() {
        return new DystoniaParameters(
                false, 1e-8, true, true, Y0_HZ, Y0_HZ, 100.0, 200, 50.0, 20.0, 20.0, 1.5);
    }

    /**
     * The dystonic condition (ours): synchronous all-digit training, learning rate 10 times the
     * healthy one ("excessive Hebbian gain", after the enhanced associative plasticity of
     * Quartarone et al. 2003), threshold fixed at its pre-training value 14.3 Hz, no scaling;
     * otherwise as {@link #healthy()}. Synchronous stimulation drives each site above the fixed
     * threshold (all digits' sites active at once add lateral excitation), so without the slide
     * every co-active afferent grows.
     *
     * @return the parameters
     */
    public static DystoniaParameters dystonic() {
        return healthy().withSynchronous(true).withBcmEta(1e-7).withHomeostasis(false);
    }

    /**
     * The control of {@link #dystonic()}: the same synchronous training with the same excessive
     * learning rate, but homeostasis intact (sliding threshold and scaling on).
     *
     * @return the parameters
     */
    public static DystoniaParameters synchronousIntact() {
        return dystonic().withHomeostasis(true);
    }

    /** A copy with synchronous (true) or asynchronous training. */
    public DystoniaParameters withSynchronous(boolean value) {
        return new DystoniaParameters(
                value,
                bcmEta,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with another BCM learning rate (per Hz³ per ms). */
    public DystoniaParameters withBcmEta(double value) {
        return new DystoniaParameters(
                synchronous,
                value,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with homeostasis intact (sliding threshold and scaling) or failed (neither). */
    public DystoniaParameters withHomeostasis(boolean intact) {
        return new DystoniaParameters(
                synchronous,
                bcmEta,
                intact,
                intact,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                trials,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }

    /** A copy with another number of trials. */
    public DystoniaParameters withTrials(int value) {
        return new DystoniaParameters(
                synchronous,
                bcmEta,
                slidingThreshold,
                scaling,
                theta0Hz,
                y0Hz,
                tauThetaMs,
                value,
                trialMs,
                gapMs,
                stimulusRateHz,
                maxWeightFactor);
    }
}
