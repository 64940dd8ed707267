package io.github.plasticity.core.metabolism;

/**
 * Cumulative bookkeeping of the lactate shuttle since the supply was attached, summed over all
 * domains. Amounts are in mM·neuron volume (a concentration times the cytosolic volume of one
 * neuron), so quantities in neurons, astrocytes and extracellular space add up.
 *
 * <p>Balances, zero up to floating-point round-off: lactate \( \Delta L = L_{glyc} + L_{cap} +
 * L_{exo} - L_{ox} \); glucose \( \Delta G = G_{cap} + G_{exo} - G_{glyc} \); glutamate \( \Delta
 * Glu = Glu_{up} - Glu_{proc} \); carbon \( 3 \Delta L + 6 \Delta G \) = carbon in − carbon out.
 * Stoichiometry of glycolysis: glucose consumed = glutamate processed, lactate produced = 2 ×
 * glucose consumed, astrocytic ATP made (2 per glucose) = ATP spent (1 on the Na⁺/K⁺ pump for the
 * co-transported Na⁺, 1 on glutamine synthetase, per glutamate).
 *
 * @param glutamateTakenUp glutamate taken up by astrocytes
 * @param glutamateProcessed glutamate processed (with one glucose each)
 * @param glucoseConsumed glucose consumed by astrocytic glycolysis
 * @param lactateProduced lactate produced by astrocytic glycolysis
 * @param astrocyteAtpMade ATP made by astrocytic glycolysis
 * @param astrocyteAtpSpent ATP spent on glutamate uptake and recycling in astrocytes
 * @param lactateOxidised lactate oxidised by neurons
 * @param neuronAtpFromLactate neuronal ATP made from lactate
 * @param neuronAtpBasal neuronal ATP made by the basal (non-lactate) supply
 * @param lactateFromCapillaries net lactate entering from capillaries (negative: export to blood)
 * @param glucoseFromCapillaries net glucose entering from capillaries
 * @param exogenousLactate lactate infused
 * @param exogenousGlucose glucose infused
 * @param lactateAstrocyteToEcs net lactate exported by astrocytes into the extracellular space
 * @param lactateEcsToNeurons net lactate imported by neurons from the extracellular space
 * @param lactatePool lactate now in neurons, astrocytes and extracellular space
 * @param glucosePool glucose now in astrocytes and extracellular space
 * @param glutamatePool glutamate now awaiting processing in astrocytes
 * @param initialLactatePool lactate at attachment
 * @param initialGlucosePool glucose at attachment
 * @param initialGlutamatePool glutamate at attachment
 */
public record ShuttleLedger(
        double glutamateTakenUp,
        double glutamateProcessed,
        double glucoseConsumed,
        double lactateProduced,
        double astrocyteAtpMade,
        double astrocyteAtpSpent,
        double lactateOxidised,
        double neuronAtpFromLactate,
        double neuronAtpBasal,
        double lactateFromCapillaries,
        double glucoseFromCapillaries,
        double exogenousLactate,
        double exogenousGlucose,
        double lactateAstrocyteToEcs,
        double lactateEcsToNeurons,
        double lactatePool,
        double glucosePool,
        double glutamatePool,
        double initialLactatePool,
        double initialGlucosePool,
        double initialGlutamatePool) {

    /** Lactate pool change minus net lactate inflow (should be 0 up to round-off). */
    public double lactateResidual() {
        return (lactatePool - initialLactatePool)
                - (lactateProduced + lactateFromCapillaries + exogenousLactate - lactateOxidised);
    }

    /** Glucose pool change minus net glucose inflow (should be 0 up to round-off). */
    public double glucoseResidual() {
        return (glucosePool - initialGlucosePool)
                - (glucoseFromCapillaries + exogenousGlucose - glucoseConsumed);
    }

    /** Glutamate pool change minus uptake plus processing (should be 0 up to round-off). */
    public double glutamateResidual() {
        return (glutamatePool - initialGlutamatePool) - (glutamateTakenUp - glutamateProcessed);
    }

    /**
     * Carbon residual, \( 3 r_{lactate} + 6 r_{glucose} \) (mM·neuron volume of carbon atoms; 0 up
     * to round-off).
     */
    public double carbonResidual() {
        return 3 * lactateResidual() + 6 * glucoseResidual();
    }
}
