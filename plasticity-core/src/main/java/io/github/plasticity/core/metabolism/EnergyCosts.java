package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.internal.Args;

/**
 * ATP cost constants of signalling, per neuron, as concentrations in the neuron's cytosol (mM):
 * consumption \( C = c_{rest} + c_{AP}\, \dot n_{spikes} + c_{post}\, \dot n_{in} + c_{pre}\, \dot
 * n_{out} + c_{plast}\, \dot w_{cons} \), where \( \dot n_{in} \) counts vesicle releases onto the
 * neuron, \( \dot n_{out} \) releases by it, and \( \dot w_{cons} \) consolidated weight. Glutamate
 * recycling \( c_{rec} \) per release onto the neuron is paid by astrocytes.
 *
 * <p><b>Derivation of the defaults.</b> Attwell &amp; Laughlin (2001, JCBFM 21:1133, abstract)
 * divide signalling energy in rodent grey matter into action potentials 47 %, postsynaptic effects
 * of glutamate 34 %, resting potentials 13 % and glutamate recycling 3 %; we give the remaining 3 %
 * to presynaptic Ca²⁺ and vesicle cycling (from memory of their budget, not verified here). Their
 * total at a mean rate of 4 Hz is \( 3.29 \cdot 10^9 \) ATP/s per neuron, with \( 9.2 \cdot 10^7 \)
 * neurons per cm³ (their p. 1139 as quoted by BioNumbers, ID 108672). Neurons fill a volume
 * fraction of 0.45 (Jolivet et al. 2015), so one neuron's cytosol is \( 0.45 / 9.2 \cdot 10^7\
 * \text{cm}^3 = 4.89 \cdot 10^{-12} \) L and the total is \( E = 3.29 \cdot 10^9 / (N_A \cdot 4.89
 * \cdot 10^{-12}\ \text{L}) = 1.117 \) mM/s. Each action potential releases a vesicle at \( R = \)
 * 2000 synapses (their 8000 synapses per neuron at release probability 0.25; from memory, not
 * verified: the partition at 4 Hz does not depend on \( R \) as long as a model's releases per
 * spike equal it). Then, at rate \( f \) = 4 Hz: \( c_{AP} = 0.47 E/f \), \( c_{rest} = 0.13 E \),
 * \( c_{post} = 0.34 E/(f R) \), \( c_{pre} = c_{rec} = 0.03 E/(f R) \). A network at 4 Hz with \(
 * R \) releases per spike reproduces 47/34/13/3/3 % exactly in expectation.
 *
 * <p>{@link #howarth2012()} takes the updated cortical shares of Howarth, Gleeson &amp; Attwell
 * (2012, JCBFM 32:1222, abstract: postsynaptic receptors 50 %, action potentials 21 %, resting
 * potentials 20 %, presynaptic release 5 %, transmitter recycling 4 %) with the same \( E \), \( f
 * \) and \( R \) (our normalisation; the absolute total and rate of that budget are not verified
 * here). Neither budget has a plasticity cost: {@code perUnitPlasticityMilliMolar} defaults to 0
 * and must be set in the model's weight units.
 *
 * @param restingMilliMolarPerS resting-potential cost \( c_{rest} \) (mM/s), &gt;= 0 and finite
 * @param perSpikeMilliMolar cost of one action potential \( c_{AP} \) (mM), &gt;= 0 and finite
 * @param perReleasePostMilliMolar postsynaptic cost of one vesicle release onto the neuron \(
 *     c_{post} \) (mM), &gt;= 0 and finite
 * @param perReleasePreMilliMolar presynaptic cost of one release by the neuron \( c_{pre} \) (mM),
 *     &gt;= 0 and finite
 * @param perReleaseRecyclingMilliMolar astrocytic glutamate-recycling cost of one release \(
 *     c_{rec} \) (mM of neuronal volume equivalent), &gt;= 0 and finite
 * @param perUnitPlasticityMilliMolar cost of consolidating one unit of weight \( c_{plast} \) (mM
 *     per weight unit), &gt;= 0 and finite
 */
public record EnergyCosts(
        double restingMilliMolarPerS,
        double perSpikeMilliMolar,
        double perReleasePostMilliMolar,
        double perReleasePreMilliMolar,
        double perReleaseRecyclingMilliMolar,
        double perUnitPlasticityMilliMolar) {

    /** Avogadro's number (1/mol), exact (SI 2019). */
    public static final double AVOGADRO = 6.02214076e23;

    /** Attwell &amp; Laughlin (2001): total signalling ATP per neuron at 4 Hz (ATP/s). */
    public static final double ATTWELL_LAUGHLIN_ATP_PER_S_AT_4_HZ = 3.29e9;

    /** Attwell &amp; Laughlin (2001): neurons per cm³ of neocortex. */
    public static final double NEURONS_PER_CM3 = 9.2e7;

    /** The mean rate of the Attwell &amp; Laughlin budget (Hz). */
    public static final double REFERENCE_RATE_HZ = 4.0;

    /** Vesicle releases per action potential in that budget (8000 synapses, p = 0.25). */
    public static final double RELEASES_PER_SPIKE = 2000.0;

    /** Cytosolic volume of one neuron, 0.45 / 9.2e7 cm³ (L). */
    public static final double NEURON_VOLUME_LITRES = 0.45 / NEURONS_PER_CM3 * 1e-3;

    /** The Attwell &amp; Laughlin total at 4 Hz as a concentration rate, \( E \) (mM/s). */
    public static final double TOTAL_AT_4_HZ_MILLIMOLAR_PER_S =
            ATTWELL_LAUGHLIN_ATP_PER_S_AT_4_HZ / (AVOGADRO * NEURON_VOLUME_LITRES) * 1e3;

    /** Validates the fields (NaN and infinities refused). */
    public EnergyCosts {
        Args.nonNegative("restingMilliMolarPerS", restingMilliMolarPerS, "mM/s");
        Args.nonNegative("perSpikeMilliMolar", perSpikeMilliMolar, "mM");
        Args.nonNegative("perReleasePostMilliMolar", perReleasePostMilliMolar, "mM");
        Args.nonNegative("perReleasePreMilliMolar", perReleasePreMilliMolar, "mM");
        Args.nonNegative("perReleaseRecyclingMilliMolar", perReleaseRecyclingMilliMolar, "mM");
        Args.nonNegative("perUnitPlasticityMilliMolar", perUnitPlasticityMilliMolar, "mM");
    }

    /**
     * Costs whose partition at mean rate {@code rateHz} and {@code releasesPerSpike} releases per
     * spike is the given one, with total {@code totalMilliMolarPerS}: \( c_{AP} = s_{AP} E/f \), \(
     * c_{rest} = s_{rest} E \), \( c_{post,pre,rec} = s_{post,pre,rec} E/(f R) \).
     *
     * @param totalMilliMolarPerS total signalling consumption \( E \) (mM/s), &gt; 0 and finite
     * @param rateHz mean rate \( f \) (Hz), &gt; 0 and finite
     * @param releasesPerSpike releases per spike \( R \), &gt; 0 and finite
     * @param apShare action potential share, in [0, 1]
     * @param postShare postsynaptic share, in [0, 1]
     * @param restShare resting share, in [0, 1]
     * @param preShare presynaptic share, in [0, 1]
     * @param recyclingShare recycling share, in [0, 1]; the five shares sum to 1 (within 1e-9)
     * @return the costs, with no plasticity cost
     */
    public static EnergyCosts fromBudget(
            double totalMilliMolarPerS,
            double rateHz,
            double releasesPerSpike,
            double apShare,
            double postShare,
            double restShare,
            double preShare,
            double recyclingShare) {
        Args.positive("totalMilliMolarPerS", totalMilliMolarPerS, "mM/s");
        Args.positive("rateHz", rateHz, "Hz");
        Args.positive("releasesPerSpike", releasesPerSpike, "releases");
        Args.inRange("apShare", apShare, 0, 1, "fraction");
        Args.inRange("postShare", postShare, 0, 1, "fraction");
        Args.inRange("restShare", restShare, 0, 1, "fraction");
        Args.inRange("preShare", preShare, 0, 1, "fraction");
        Args.inRange("recyclingShare", recyclingShare, 0, 1, "fraction");
        double sum = apShare + postShare + restShare + preShare + recyclingShare;
        if (!(Math.abs(sum - 1.0) <= 1e-9)) {
            throw new IllegalArgumentException("shares must sum to 1 (fraction): " + sum);
        }
        double e = totalMilliMolarPerS;
        double perRelease = e / (rateHz * releasesPerSpike);
        return new EnergyCosts(
                restShare * e,
                apShare * e / rateHz,
                postShare * perRelease,
                preShare * perRelease,
                recyclingShare * perRelease,
                0.0);
    }

    /**
     * Attwell &amp; Laughlin (2001): action potentials 47 %, postsynaptic 34 %, resting 13 %,
     * recycling 3 %, presynaptic 3 % (the remainder) of \( E = 1.117 \) mM/s at 4 Hz with 2000
     * releases per spike: \( c_{AP} = 0.1312 \) mM, \( c_{rest} = 0.1452 \) mM/s, \( c_{post} =
     * 4.747 \cdot 10^{-5} \) mM, \( c_{pre} = c_{rec} = 4.189 \cdot 10^{-6} \) mM per release.
     *
     * @return the costs
     */
    public static EnergyCosts attwellLaughlin2001() {
        return fromBudget(
                TOTAL_AT_4_HZ_MILLIMOLAR_PER_S,
                REFERENCE_RATE_HZ,
                RELEASES_PER_SPIKE,
                0.47,
                0.34,
                0.13,
                0.03,
                0.03);
    }

    /**
     * Howarth, Gleeson &amp; Attwell (2012): postsynaptic 50 %, action potentials 21 %, resting 20
     * %, presynaptic 5 %, recycling 4 %, normalised to the same total, rate and releases per spike
     * as {@link #attwellLaughlin2001()} (our normalisation).
     *
     * @return the costs
     */
    public static EnergyCosts howarth2012() {
        return fromBudget(
                TOTAL_AT_4_HZ_MILLIMOLAR_PER_S,
                REFERENCE_RATE_HZ,
                RELEASES_PER_SPIKE,
                0.21,
                0.50,
                0.20,
                0.05,
                0.04);
    }

    /**
     * The expected consumption of a neuron firing at {@code rateHz} that receives and makes {@code
     * releasesPerSpike} releases per spike (a homogeneous network), including recycling (mM/s).
     *
     * @param rateHz mean rate (Hz), &gt;= 0 and finite
     * @param releasesPerSpike releases per spike, &gt;= 0 and finite
     * @return the total (mM/s)
     */
    public double totalMilliMolarPerS(double rateHz, double releasesPerSpike) {
        double[] s = componentsMilliMolarPerS(rateHz, releasesPerSpike);
        double t = 0;
        for (double v : s) {
            t += v;
        }
        return t;
    }

    /**
     * The expected consumption per {@link EnergyCategory} (in enum order) of a neuron firing at
     * {@code rateHz} in a homogeneous network with {@code releasesPerSpike} releases per spike
     * (mM/s); plasticity is 0.
     *
     * @param rateHz mean rate (Hz), &gt;= 0 and finite
     * @param releasesPerSpike releases per spike, &gt;= 0 and finite
     * @return consumption per category (mM/s)
     */
    public double[] componentsMilliMolarPerS(double rateHz, double releasesPerSpike) {
        Args.nonNegative("rateHz", rateHz, "Hz");
        Args.nonNegative("releasesPerSpike", releasesPerSpike, "releases");
        double releases = rateHz * releasesPerSpike;
        double[] c = new double[EnergyCategory.values().length];
        c[EnergyCategory.ACTION_POTENTIALS.ordinal()] = perSpikeMilliMolar * rateHz;
        c[EnergyCategory.POSTSYNAPTIC.ordinal()] = perReleasePostMilliMolar * releases;
        c[EnergyCategory.RESTING.ordinal()] = restingMilliMolarPerS;
        c[EnergyCategory.PRESYNAPTIC.ordinal()] = perReleasePreMilliMolar * releases;
        c[EnergyCategory.RECYCLING.ordinal()] = perReleaseRecyclingMilliMolar * releases;
        return c;
    }

    /**
     * A copy with another plasticity cost.
     *
     * @param value mM per unit of consolidated weight, &gt;= 0 and finite
     * @return the copy
     */
    public EnergyCosts withPerUnitPlasticityMilliMolar(double value) {
        return new EnergyCosts(
                restingMilliMolarPerS,
                perSpikeMilliMolar,
                perReleasePostMilliMolar,
                perReleasePreMilliMolar,
                perReleaseRecyclingMilliMolar,
                value);
    }

    /**
     * A copy with another resting cost.
     *
     * @param value mM/s, &gt;= 0 and finite
     * @return the copy
     */
    public EnergyCosts withRestingMilliMolarPerS(double value) {
        return new EnergyCosts(
                value,
                perSpikeMilliMolar,
                perReleasePostMilliMolar,
                perReleasePreMilliMolar,
                perReleaseRecyclingMilliMolar,
                perUnitPlasticityMilliMolar);
    }

    /**
     * A copy with another action potential cost.
     *
     * @param value mM per spike, &gt;= 0 and finite
     * @return the copy
     */
    public EnergyCosts withPerSpikeMilliMolar(double value) {
        return new EnergyCosts(
                restingMilliMolarPerS,
                value,
                perReleasePostMilliMolar,
                perReleasePreMilliMolar,
                perReleaseRecyclingMilliMolar,
                perUnitPlasticityMilliMolar);
    }
}
