package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.internal.Args;

/**
 * Experimental manipulations of the lactate shuttle, as in Suzuki et al. (2011, Cell 144:810):
 * knock-down of astrocytic MCT1/MCT4 (no lactate leaves astrocytes), of neuronal MCT2 (no lactate
 * enters neurons), and infusion of L-lactate or glucose into the extracellular space.
 *
 * @param astrocyteMctBlocked whether astrocytic MCTs carry no flux (\( T_{max} = 0 \))
 * @param neuronMctBlocked whether neuronal MCTs carry no flux
 * @param exogenousLactateMilliMolarPerS lactate infused into the extracellular space (mM/s of
 *     extracellular concentration), &gt;= 0 and finite
 * @param exogenousGlucoseMilliMolarPerS glucose infused into the extracellular space (mM/s), &gt;=
 *     0 and finite
 */
public record Interventions(
        boolean astrocyteMctBlocked,
        boolean neuronMctBlocked,
        double exogenousLactateMilliMolarPerS,
        double exogenousGlucoseMilliMolarPerS) {
    /** Validates the rates (NaN and infinities refused). */
    public Interventions {
        Args.nonNegative("exogenousLactateMilliMolarPerS", exogenousLactateMilliMolarPerS, "mM/s");
        Args.nonNegative("exogenousGlucoseMilliMolarPerS", exogenousGlucoseMilliMolarPerS, "mM/s");
    }

    /** No manipulation. */
    public static Interventions none() {
        return new Interventions(false, false, 0.0, 0.0);
    }

    /**
     * A copy with astrocytic MCTs blocked or not.
     *
     * @param blocked whether blocked
     * @return the copy
     */
    public Interventions withAstrocyteMctBlocked(boolean blocked) {
        return new Interventions(
                blocked,
                neuronMctBlocked,
                exogenousLactateMilliMolarPerS,
                exogenousGlucoseMilliMolarPerS);
    }

    /**
     * A copy with neuronal MCTs blocked or not.
     *
     * @param blocked whether blocked
     * @return the copy
     */
    public Interventions withNeuronMctBlocked(boolean blocked) {
        return new Interventions(
                astrocyteMctBlocked,
                blocked,
                exogenousLactateMilliMolarPerS,
                exogenousGlucoseMilliMolarPerS);
    }

    /**
     * A copy with another lactate infusion.
     *
     * @param rate mM/s of extracellular concentration, &gt;= 0 and finite
     * @return the copy
     */
    public Interventions withExogenousLactateMilliMolarPerS(double rate) {
        return new Interventions(
                astrocyteMctBlocked, neuronMctBlocked, rate, exogenousGlucoseMilliMolarPerS);
    }

    /**
     * A copy with another glucose infusion.
     *
     * @param rate mM/s of extracellular concentration, &gt;= 0 and finite
     * @return the copy
     */
    public Interventions withExogenousGlucoseMilliMolarPerS(double rate) {
        return new Interventions(
                astrocyteMctBlocked, neuronMctBlocked, exogenousLactateMilliMolarPerS, rate);
    }
}
