package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.Gate;
import io.github.plasticity.core.internal.Args;

/**
 * Gates on a rule's learning rate that read the ATP of each postsynaptic unit from a {@link
 * MetabolicSupply}: plasticity that lacks energy does not happen. The postsynaptic population must
 * be tracked by the supply.
 */
public final class EnergyGate {
    private EnergyGate() {}

    /**
     * Gain 1 where the postsynaptic unit's ATP is at least {@code thresholdMilliMolar}, 0
     * elsewhere.
     *
     * @param supply the metabolic supply
     * @param thresholdMilliMolar ATP threshold (mM), &gt;= 0 and finite
     * @return the gate
     */
    public static Gate threshold(MetabolicSupply supply, double thresholdMilliMolar) {
        Args.notNull("supply", supply);
        Args.nonNegative("thresholdMilliMolar", thresholdMilliMolar, "mM");
        return b -> {
            final double[] atp = supply.liveAtp(b.post());
            return (ctx, g) -> {
                for (int i = 0; i < g.length; i++) {
                    if (!(atp[i] >= thresholdMilliMolar)) {
                        g[i] = 0.0;
                    }
                }
            };
        };
    }

    /**
     * Gain \( A^n / (A^n + K^n) \) of the postsynaptic unit's ATP \( A \).
     *
     * @param supply the metabolic supply
     * @param halfMilliMolar half-activation \( K \) (mM), &gt; 0 and finite
     * @param hill Hill coefficient \( n \), &gt; 0 and finite
     * @return the gate
     */
    public static Gate hill(MetabolicSupply supply, double halfMilliMolar, double hill) {
        Args.notNull("supply", supply);
        Args.positive("halfMilliMolar", halfMilliMolar, "mM");
        Args.positive("hill", hill, "dimensionless");
        final double kn = Math.pow(halfMilliMolar, hill);
        return b -> {
            final double[] atp = supply.liveAtp(b.post());
            return (ctx, g) -> {
                for (int i = 0; i < g.length; i++) {
                    double an = Math.pow(Math.max(0.0, atp[i]), hill);
                    g[i] *= an / (an + kn);
                }
            };
        };
    }
}
