package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the astrocyte-neuron lactate shuttle in {@link MetabolicSupply}: compartment
 * volumes, transporters, glutamate-driven astrocytic glycolysis, neuronal lactate oxidation and
 * initial state.
 *
 * <p><b>Sources of {@link #jolivet2015()}.</b> From Jolivet et al. (2015, PLoS Comput Biol
 * 11:e1004036), as translated from their MATLAB code in {@code
 * KingsleyUgochukwu/jolivet2015-python} ({@code parameters.py}, stabilised set of {@code
 * NewCoeffsStab.m}; initial state from {@code initstate.data}), secondary, listed in SCIENCE.md
 * §9.2: volume fractions, MCT and GLUT \( T_{max} \) and \( K_t \) (except astrocytic glucose
 * uptake from capillaries, below), arterial lactate and glucose, the hexokinase constant, the
 * maximal neuronal pyruvate entry into mitochondria, the total adenine nucleotide pool and the
 * initial concentrations. Fluxes are referred, as in that code, to the concentration of the
 * intracellular compartment they leave or enter (neuron or astrocyte), or of the extracellular
 * space for exchanges with capillaries; a flux \( v \) out of a compartment of volume \( V_1 \)
 * raises the concentration of a compartment of volume \( V_2 \) by \( v V_1/V_2 \).
 *
 * <p><b>Our choices and derivations</b> (no verified literature value):
 *
 * <ul>
 *   <li>{@code glutamatePerReleaseMilliMolar} \( = E/(31\, f R) = 4.50 \cdot 10^{-6} \) mM: one
 *       glucose is oxidised for every glutamate released and recycled (¹³C-MRS, Patel et al. 2014,
 *       PNAS, abstract; a relation going back to Sibson et al. 1998, from memory), with the Attwell
 *       &amp; Laughlin total \( E \) = 1.117 mM/s at \( f \) = 4 Hz, \( R \) = 2000 releases per
 *       spike ({@link EnergyCosts}) and 31 ATP per glucose (Attwell &amp; Laughlin's assumption,
 *       from memory). Fed through the shuttle (1 glutamate : 1 glucose : 2 lactate), it supplies 97
 *       % of \( E \) at 4 Hz.
 *   <li>{@code atpPerLactate} = 14.5 = (31 − 2)/2: the ATP of a fully oxidised glucose minus the 2
 *       of glycolysis (made in the astrocyte), shared by its two lactates.
 *   <li>{@code glutCapillaryAstrocyteTmaxPerS} = 0.25 mM/s instead of Jolivet's 0.0016: in this
 *       model astrocytes take up all the glucose of activity-dependent metabolism (Jolivet's
 *       neurons take up their own), 0.065 mM/s of astrocytic concentration at 4 Hz, which Jolivet's
 *       astrocytic transporters (0.147 from the extracellular space, 0.0016 from capillaries)
 *       cannot carry; through perivascular endfeet (GLUT1) they can.
 *   <li>{@code glycolysisTauMs} = 2000: glutamate taken up is processed by glycolysis with this
 *       time constant (astrocytic glycolysis follows neuronal activity with a delay of seconds,
 *       Jolivet et al. 2015).
 *   <li>{@code lactateOxidationKmMilliMolar} = 0.4: Jolivet's 0.04 mM for pyruvate entry into
 *       mitochondria times a lactate/pyruvate ratio of about 10 (LDH near equilibrium, not
 *       modelled).
 *   <li>{@code adpKmMilliMolar} = 0.05 (respiratory control by ADP = total − ATP), {@code
 *       atpaseKmMilliMolar} = 0.5 (consumption saturating in ATP, cf. Jolivet's pump \( K_m \) of
 *       0.5 mM, normalised so that the costs are charged in full at {@code initialAtpMilliMolar}).
 *   <li>{@code basalAtpSupplyPerS} = 0.1452 mM/s: neurons' own glucose oxidation covers their
 *       resting cost ({@link EnergyCosts#attwellLaughlin2001()}); activity-dependent energy comes
 *       from lactate, the strict reading of the shuttle hypothesis (Pellerin &amp; Magistretti
 *       1994), which is contested (e.g. Patel et al. 2014).
 * </ul>
 *
 * <p><b>Behaviour</b> (steady state after 120 s of constant activity, 2000 releases per spike,
 * {@link EnergyCosts#attwellLaughlin2001()}; measured with this implementation): neuronal ATP is
 * 2.16 mM at 2 Hz, 2.04 mM at 4 Hz, 1.56 mM at 6 Hz and 0.99 mM at 8 Hz, where astrocytic glucose
 * runs out (0.03 mM): the shuttle sustains ATP above 1.5 mM up to about 6 Hz. With astrocytic MCTs
 * blocked, blood lactate alone keeps it at 2.01 mM at 1.5 Hz but 1.22 mM at 2 Hz and 0.35 mM at 4
 * Hz, so the dependence of consolidation on the shuttle appears only when activity exceeds about 2
 * Hz.
 *
 * <p>Capillary lactate and glucose are held at their arterial values (blood is a reservoir; no
 * blood-flow dynamics). Astrocytic lactate has no product inhibition of glycolysis: with astrocytic
 * MCTs blocked it accumulates.
 *
 * @param neuronVolumeFraction neuronal volume fraction \( V_n \), in (0, 1]
 * @param astrocyteVolumeFraction astrocytic volume fraction \( V_g \), in (0, 1]
 * @param ecsVolumeFraction extracellular volume fraction \( V_e \), in (0, 1]
 * @param mctNeuronTmaxPerS neuronal MCT2 (ECS↔neuron) \( T_{max} \) (mM/s), &gt;= 0 and finite
 * @param mctNeuronKtMilliMolar neuronal MCT2 \( K_t \) (mM), &gt; 0 and finite
 * @param mctAstrocyteTmaxPerS astrocytic MCT1/4 (astrocyte↔ECS) \( T_{max} \) (mM/s), &gt;= 0
 * @param mctAstrocyteKtMilliMolar astrocytic MCT \( K_t \) (mM), &gt; 0 and finite
 * @param mctEcsCapillaryTmaxPerS ECS↔capillary lactate \( T_{max} \) (mM/s), &gt;= 0 and finite
 * @param mctEcsCapillaryKtMilliMolar ECS↔capillary \( K_t \) (mM), &gt; 0 and finite
 * @param mctAstrocyteCapillaryTmaxPerS astrocyte↔capillary lactate \( T_{max} \) (mM/s), &gt;= 0
 * @param mctAstrocyteCapillaryKtMilliMolar astrocyte↔capillary \( K_t \) (mM), &gt; 0 and finite
 * @param glutCapillaryEcsTmaxPerS capillary→ECS glucose \( T_{max} \) (mM/s), &gt;= 0 and finite
 * @param glutEcsAstrocyteTmaxPerS ECS→astrocyte glucose \( T_{max} \) (mM/s), &gt;= 0 and finite
 * @param glutCapillaryAstrocyteTmaxPerS capillary→astrocyte glucose \( T_{max} \) (mM/s), &gt;= 0
 * @param glutKtMilliMolar GLUT \( K_t \) (mM), &gt; 0 and finite
 * @param capillaryLactateMilliMolar capillary (arterial) lactate (mM), &gt;= 0 and finite
 * @param capillaryGlucoseMilliMolar capillary (arterial) glucose (mM), &gt;= 0 and finite
 * @param glutamatePerReleaseMilliMolar glutamate taken up by astrocytes per vesicle release (mM of
 *     one neuron's volume), &gt;= 0 and finite
 * @param glycolysisTauMs time constant of glutamate-driven glycolysis (ms), &gt; 0 and finite
 * @param hexokinaseKmMilliMolar glucose half-saturation of astrocytic glycolysis (mM), &gt; 0
 * @param atpPerLactate ATP per lactate oxidised in neurons, &gt; 0 and finite
 * @param lactateOxidationVmaxPerS maximal neuronal lactate oxidation (mM/s), &gt;= 0 and finite
 * @param lactateOxidationKmMilliMolar lactate half-saturation of oxidation (mM), &gt; 0 and finite
 * @param adpKmMilliMolar ADP half-saturation of oxidative ATP production (mM), &gt; 0 and finite
 * @param adenineNucleotideTotalMilliMolar ATP + ADP (mM), &gt; 0 and finite
 * @param atpaseKmMilliMolar ATP half-saturation of consumption (mM), &gt; 0 and finite
 * @param basalAtpSupplyPerS neuronal ATP production not from lactate, at full ADP drive (mM/s),
 *     &gt;= 0 and finite
 * @param initialAtpMilliMolar initial neuronal ATP (mM), in [0, adenineNucleotideTotal]
 * @param initialNeuronLactateMilliMolar initial neuronal lactate (mM), &gt;= 0 and finite
 * @param initialAstrocyteLactateMilliMolar initial astrocytic lactate (mM), &gt;= 0 and finite
 * @param initialEcsLactateMilliMolar initial extracellular lactate (mM), &gt;= 0 and finite
 * @param initialEcsGlucoseMilliMolar initial extracellular glucose (mM), &gt;= 0 and finite
 * @param initialAstrocyteGlucoseMilliMolar initial astrocytic glucose (mM), &gt;= 0 and finite
 */
public record ShuttleParameters(
        double neuronVolumeFraction,
        double astrocyteVolumeFraction,
        double ecsVolumeFraction,
        double mctNeuronTmaxPerS,
        double mctNeuronKtMilliMolar,
        double mctAstrocyteTmaxPerS,
        double mctAstrocyteKtMilliMolar,
        double mctEcsCapillaryTmaxPerS,
        double mctEcsCapillaryKtMilliMolar,
        double mctAstrocyteCapillaryTmaxPerS,
        double mctAstrocyteCapillaryKtMilliMolar,
        double glutCapillaryEcsTmaxPerS,
        double glutEcsAstrocyteTmaxPerS,
        double glutCapillaryAstrocyteTmaxPerS,
        double glutKtMilliMolar,
        double capillaryLactateMilliMolar,
        double capillaryGlucoseMilliMolar,
        double glutamatePerReleaseMilliMolar,
        double glycolysisTauMs,
        double hexokinaseKmMilliMolar,
        double atpPerLactate,
        double lactateOxidationVmaxPerS,
        double lactateOxidationKmMilliMolar,
        double adpKmMilliMolar,
        double adenineNucleotideTotalMilliMolar,
        double atpaseKmMilliMolar,
        double basalAtpSupplyPerS,
        double initialAtpMilliMolar,
        double initialNeuronLactateMilliMolar,
        double initialAstrocyteLactateMilliMolar,
        double initialEcsLactateMilliMolar,
        double initialEcsGlucoseMilliMolar,
        double initialAstrocyteGlucoseMilliMolar) {

    /** ATP per glucose fully oxidised assumed by Attwell &amp; Laughlin (2001) (from memory). */
    public static final double ATP_PER_GLUCOSE = 31.0;

    /** Validates every field (NaN and infinities refused). */
    public ShuttleParameters {
        Args.inRange("neuronVolumeFraction", neuronVolumeFraction, Double.MIN_VALUE, 1, "fraction");
        Args.inRange(
                "astrocyteVolumeFraction",
                astrocyteVolumeFraction,
                Double.MIN_VALUE,
                1,
                "fraction");
        Args.inRange("ecsVolumeFraction", ecsVolumeFraction, Double.MIN_VALUE, 1, "fraction");
        Args.nonNegative("mctNeuronTmaxPerS", mctNeuronTmaxPerS, "mM/s");
        Args.positive("mctNeuronKtMilliMolar", mctNeuronKtMilliMolar, "mM");
        Args.nonNegative("mctAstrocyteTmaxPerS", mctAstrocyteTmaxPerS, "mM/s");
        Args.positive("mctAstrocyteKtMilliMolar", mctAstrocyteKtMilliMolar, "mM");
        Args.nonNegative("mctEcsCapillaryTmaxPerS", mctEcsCapillaryTmaxPerS, "mM/s");
        Args.positive("mctEcsCapillaryKtMilliMolar", mctEcsCapillaryKtMilliMolar, "mM");
        Args.nonNegative("mctAstrocyteCapillaryTmaxPerS", mctAstrocyteCapillaryTmaxPerS, "mM/s");
        Args.positive("mctAstrocyteCapillaryKtMilliMolar", mctAstrocyteCapillaryKtMilliMolar, "mM");
        Args.nonNegative("glutCapillaryEcsTmaxPerS", glutCapillaryEcsTmaxPerS, "mM/s");
        Args.nonNegative("glutEcsAstrocyteTmaxPerS", glutEcsAstrocyteTmaxPerS, "mM/s");
        Args.nonNegative("glutCapillaryAstrocyteTmaxPerS", glutCapillaryAstrocyteTmaxPerS, "mM/s");
        Args.positive("glutKtMilliMolar", glutKtMilliMolar, "mM");
        Args.nonNegative("capillaryLactateMilliMolar", capillaryLactateMilliMolar, "mM");
        Args.nonNegative("capillaryGlucoseMilliMolar", capillaryGlucoseMilliMolar, "mM");
        Args.nonNegative("glutamatePerReleaseMilliMolar", glutamatePerReleaseMilliMolar, "mM");
        Args.positive("glycolysisTauMs", glycolysisTauMs, "ms");
        Args.positive("hexokinaseKmMilliMolar", hexokinaseKmMilliMolar, "mM");
        Args.positive("atpPerLactate", atpPerLactate, "ATP per lactate");
        Args.nonNegative("lactateOxidationVmaxPerS", lactateOxidationVmaxPerS, "mM/s");
        Args.positive("lactateOxidationKmMilliMolar", lactateOxidationKmMilliMolar, "mM");
        Args.positive("adpKmMilliMolar", adpKmMilliMolar, "mM");
        Args.positive("adenineNucleotideTotalMilliMolar", adenineNucleotideTotalMilliMolar, "mM");
        Args.positive("atpaseKmMilliMolar", atpaseKmMilliMolar, "mM");
        Args.nonNegative("basalAtpSupplyPerS", basalAtpSupplyPerS, "mM/s");
        Args.inRange(
                "initialAtpMilliMolar",
                initialAtpMilliMolar,
                0,
                adenineNucleotideTotalMilliMolar,
                "mM");
        Args.nonNegative("initialNeuronLactateMilliMolar", initialNeuronLactateMilliMolar, "mM");
        Args.nonNegative(
                "initialAstrocyteLactateMilliMolar", initialAstrocyteLactateMilliMolar, "mM");
        Args.nonNegative("initialEcsLactateMilliMolar", initialEcsLactateMilliMolar, "mM");
        Args.nonNegative("initialEcsGlucoseMilliMolar", initialEcsGlucoseMilliMolar, "mM");
        Args.nonNegative(
                "initialAstrocyteGlucoseMilliMolar", initialAstrocyteGlucoseMilliMolar, "mM");
    }

    /**
     * Jolivet et al. (2015) transport and volumes with the derived and chosen values listed in the
     * class documentation.
     *
     * @return the parameters
     */
    public static ShuttleParameters jolivet2015() {
        double e = EnergyCosts.TOTAL_AT_4_HZ_MILLIMOLAR_PER_S;
        double gluPerRelease =
                e
                        / (ATP_PER_GLUCOSE
                                * EnergyCosts.REFERENCE_RATE_HZ
                                * EnergyCosts.RELEASES_PER_SPIKE);
        return new ShuttleParameters(
                0.45,
                0.25,
                0.2,
                24.3,
                0.74,
                106.1,
                3.5,
                0.25,
                1.0,
                2.59e-3,
                1.0,
                0.239,
                0.147,
                0.25,
                8.0,
                0.506,
                4.75,
                gluPerRelease,
                2000.0,
                0.05,
                (ATP_PER_GLUCOSE - 2.0) / 2.0,
                0.1303,
                0.4,
                0.05,
                2.212,
                0.5,
                EnergyCosts.attwellLaughlin2001().restingMilliMolarPerS(),
                2.197,
                0.598,
                0.600,
                0.599,
                2.48,
                1.19);
    }

    /** \( V_g / V_n \), astrocytic volume per unit of neuronal volume. */
    public double astrocytePerNeuronVolume() {
        return astrocyteVolumeFraction / neuronVolumeFraction;
    }

    /** \( V_e / V_n \), extracellular volume per unit of neuronal volume. */
    public double ecsPerNeuronVolume() {
        return ecsVolumeFraction / neuronVolumeFraction;
    }

    /**
     * A copy with other initial lactate concentrations.
     *
     * @param neuron neuronal lactate (mM), &gt;= 0 and finite
     * @param astrocyte astrocytic lactate (mM), &gt;= 0 and finite
     * @param ecs extracellular lactate (mM), &gt;= 0 and finite
     * @return the copy
     */
    public ShuttleParameters withInitialLactate(double neuron, double astrocyte, double ecs) {
        return copy(
                capillaryLactateMilliMolar,
                glutamatePerReleaseMilliMolar,
                glutCapillaryAstrocyteTmaxPerS,
                basalAtpSupplyPerS,
                neuron,
                astrocyte,
                ecs);
    }

    /**
     * A copy with another capillary lactate concentration.
     *
     * @param value mM, &gt;= 0 and finite
     * @return the copy
     */
    public ShuttleParameters withCapillaryLactateMilliMolar(double value) {
        return copy(
                value,
                glutamatePerReleaseMilliMolar,
                glutCapillaryAstrocyteTmaxPerS,
                basalAtpSupplyPerS,
                initialNeuronLactateMilliMolar,
                initialAstrocyteLactateMilliMolar,
                initialEcsLactateMilliMolar);
    }

    /**
     * A copy with another glutamate uptake per release.
     *
     * @param value mM of one neuron's volume, &gt;= 0 and finite
     * @return the copy
     */
    public ShuttleParameters withGlutamatePerReleaseMilliMolar(double value) {
        return copy(
                capillaryLactateMilliMolar,
                value,
                glutCapillaryAstrocyteTmaxPerS,
                basalAtpSupplyPerS,
                initialNeuronLactateMilliMolar,
                initialAstrocyteLactateMilliMolar,
                initialEcsLactateMilliMolar);
    }

    /**
     * A copy with another astrocytic glucose uptake from capillaries.
     *
     * @param value mM/s, &gt;= 0 and finite
     * @return the copy
     */
    public ShuttleParameters withGlutCapillaryAstrocyteTmaxPerS(double value) {
        return copy(
                capillaryLactateMilliMolar,
                glutamatePerReleaseMilliMolar,
                value,
                basalAtpSupplyPerS,
                initialNeuronLactateMilliMolar,
                initialAstrocyteLactateMilliMolar,
                initialEcsLactateMilliMolar);
    }

    /**
     * A copy with another basal (non-lactate) neuronal ATP supply.
     *
     * @param value mM/s, &gt;= 0 and finite
     * @return the copy
     */
    public ShuttleParameters withBasalAtpSupplyPerS(double value) {
        return copy(
                capillaryLactateMilliMolar,
                glutamatePerReleaseMilliMolar,
                glutCapillaryAstrocyteTmaxPerS,
                value,
                initialNeuronLactateMilliMolar,
                initialAstrocyteLactateMilliMolar,
                initialEcsLactateMilliMolar);
    }

    private ShuttleParameters copy(
            double capLac,
            double gluPerRelease,
            double glutCg,
            double basal,
            double lacN,
            double lacG,
            double lacE) {
        return new ShuttleParameters(
                neuronVolumeFraction,
                astrocyteVolumeFraction,
                ecsVolumeFraction,
                mctNeuronTmaxPerS,
                mctNeuronKtMilliMolar,
                mctAstrocyteTmaxPerS,
                mctAstrocyteKtMilliMolar,
                mctEcsCapillaryTmaxPerS,
                mctEcsCapillaryKtMilliMolar,
                mctAstrocyteCapillaryTmaxPerS,
                mctAstrocyteCapillaryKtMilliMolar,
                glutCapillaryEcsTmaxPerS,
                glutEcsAstrocyteTmaxPerS,
                glutCg,
                glutKtMilliMolar,
                capLac,
                capillaryGlucoseMilliMolar,
                gluPerRelease,
                glycolysisTauMs,
                hexokinaseKmMilliMolar,
                atpPerLactate,
                lactateOxidationVmaxPerS,
                lactateOxidationKmMilliMolar,
                adpKmMilliMolar,
                adenineNucleotideTotalMilliMolar,
                atpaseKmMilliMolar,
                basal,
                initialAtpMilliMolar,
                lacN,
                lacG,
                lacE,
                initialEcsGlucoseMilliMolar,
                initialAstrocyteGlucoseMilliMolar);
    }
}
