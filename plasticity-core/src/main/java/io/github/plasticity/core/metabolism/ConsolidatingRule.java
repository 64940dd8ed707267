package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import java.util.Arrays;

/**
 * A two-component synapse around any learning rule: what the wrapped rule changes goes into an
 * early, transient component that decays, and only potentiation captured while a capture gate is
 * open (for example enough ATP, {@link #withEnergy}) becomes lasting weight. A reduced form of
 * synaptic tagging and capture (Frey &amp; Morris 1997, Nature 385:533; Clopath et al. 2008, PLoS
 * Comput Biol 4:e1000248): the early component plays the tag, capture needs the resource.
 *
 * <p>Model, per synapse, with \( w = l + e \) (\( l \) late, \( e \) early) and the capture gate \(
 * g_i \in [0, 1] \) of the postsynaptic unit:
 *
 * <p>\[ \dot e = \Delta_{rule} - \frac{e}{\tau_e} - k g_i\, [e]_+, \qquad \dot l = k g_i\, [e]_+,
 * \]
 *
 * <p>where \( \Delta_{rule} \) is the wrapped rule's change. Each step the rule runs first; its
 * change joins the early component (kept within the bounds, \( w_{min} \le l + e \le w_{max} \));
 * then the linear decay and capture are solved exactly over the step with the gate held constant:
 * \( e \leftarrow e\, e^{-\lambda \Delta t} \), \( l \leftarrow l + e\, (k g/\lambda)(1 -
 * e^{-\lambda \Delta t}) \), \( \lambda = k g + 1/\tau_e \) (for \( e &gt; 0 \); depression is not
 * consolidated and decays back). With the gate open a fraction \( k/(k + 1/\tau_e) \) of an early
 * potentiation becomes lasting; with the gate closed it all decays. Weights are then clipped into
 * the projection's bounds. The initial weights (at the first step) are lasting.
 *
 * <p>Energy: Suzuki et al. (2011, Cell 144:810) showed that astrocytic lactate is needed for the
 * maintenance of LTP and long-term memory but not for their induction or for short-term memory:
 * {@link #withEnergy} opens the gate only where the postsynaptic ATP is above a threshold and
 * charges the supply {@link EnergyCosts#perUnitPlasticityMilliMolar()} per unit of captured weight.
 *
 * <p>State (from the binding, checkpointed): {@code consolidation.late}, {@code
 * consolidation.early} (per synapse), {@code consolidation.captureGain} (per post unit), {@code
 * consolidation.ready}. Kernels are safe for concurrent disjoint post ranges.
 */
public final class ConsolidatingRule implements LearningRule {
    private final LearningRule inner;
    private final ConsolidationParameters parameters;
    private final Gate captureGate;
    private final MetabolicSupply supply;
    private final String name;

    private ConsolidatingRule(
            LearningRule inner,
            ConsolidationParameters parameters,
            Gate captureGate,
            MetabolicSupply supply,
            String name) {
        this.inner = inner;
        this.parameters = parameters;
        this.captureGate = captureGate;
        this.supply = supply;
        this.name = name;
    }

    /**
     * Wraps a rule; the capture gate is always open until set.
     *
     * @param inner the rule whose changes are consolidated
     * @param parameters early decay and capture rate
     * @return the rule, named like {@code inner}
     */
    public static ConsolidatingRule of(LearningRule inner, ConsolidationParameters parameters) {
        Args.notNull("inner", inner);
        Args.notNull("parameters", parameters);
        return new ConsolidatingRule(inner, parameters, null, null, inner.name());
    }

    /**
     * A copy whose capture is gated by {@code gate} (per postsynaptic unit, gain in [0, 1]).
     *
     * @param gate the capture gate
     * @return the copy
     */
    public ConsolidatingRule withCaptureGate(Gate gate) {
        return new ConsolidatingRule(inner, parameters, Args.notNull("gate", gate), supply, name);
    }

    /**
     * A copy whose capture needs ATP: the gate is {@link EnergyGate#threshold(MetabolicSupply,
     * double)}, and captured weight is charged to the postsynaptic neuron's ATP.
     *
     * @param energy the metabolic supply tracking the postsynaptic population
     * @param thresholdMilliMolar ATP needed for capture (mM), &gt;= 0 and finite
     * @return the copy
     */
    public ConsolidatingRule withEnergy(MetabolicSupply energy, double thresholdMilliMolar) {
        return new ConsolidatingRule(
                inner,
                parameters,
                EnergyGate.threshold(Args.notNull("energy", energy), thresholdMilliMolar),
                energy,
                name);
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the copy
     */
    public ConsolidatingRule named(String newName) {
        return new ConsolidatingRule(
                inner, parameters, captureGate, supply, Args.notNull("name", newName));
    }

    /** The wrapped rule. */
    public LearningRule inner() {
        return inner;
    }

    /** The parameters. */
    public ConsolidationParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        final float[][] w = b.weights();
        final float[][] late = b.synapseState("consolidation.late", 0f);
        final float[][] early = b.synapseState("consolidation.early", 0f);
        final double[] gain = b.postState("consolidation.captureGain", 1.0);
        final double[] ready = b.state("consolidation.ready", 1, 0.0);
        final Gate.Kernel gate = captureGate == null ? null : captureGate.bind(b);
        final double[] sink = supply == null ? null : supply.plasticityCostSink(b.post());
        final double cost = supply == null ? 0.0 : supply.costs().perUnitPlasticityMilliMolar();
        final RuleKernel kernel = inner.bind(b);
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final double dt = b.dtMs();
        final double k = parameters.captureRatePerMs();
        final double invTau = 1.0 / parameters.tauEarlyMs();
        final float decayOnly = (float) Math.exp(-dt * invTau);
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                if (ready[0] == 0.0) {
                    for (int i = 0; i < w.length; i++) {
                        System.arraycopy(w[i], 0, late[i], 0, w[i].length);
                        Arrays.fill(early[i], 0f);
                    }
                    ready[0] = 1.0;
                }
                Arrays.fill(gain, 1.0);
                if (gate != null) {
                    gate.multiply(ctx, gain);
                }
                kernel.beforeUpdate(ctx);
            }

            @Override
            public void update(StepContext ctx, int fromPost, int toPost) {
                kernel.update(ctx, fromPost, toPost);
                for (int i = fromPost; i < toPost; i++) {
                    final double kg = k * Math.max(0.0, Math.min(1.0, gain[i]));
                    final float keep;
                    final float captureFraction;
                    if (kg > 0) {
                        double lambda = kg + invTau;
                        double kp = Math.exp(-lambda * dt);
                        keep = (float) kp;
                        captureFraction = (float) (kg / lambda * (1.0 - kp));
                    } else {
                        keep = decayOnly;
                        captureFraction = 0f;
                    }
                    final float[] row = w[i];
                    final float[] lt = late[i];
                    final float[] er = early[i];
                    double captured = 0;
                    for (int s = 0; s < row.length; s++) {
                        float l = lt[s];
                        // The weight written last step is recomputed from the stored components
                        // (same float operations, same value), so the wrapped rule's change is
                        // exact and the early component keeps its own precision: decaying it
                        // through w - l would stall once its per-step change fell below half an
                        // ulp of w.
                        float e = er[s] + (row[s] - wb.clip(l + er[s]));
                        e = Math.max(lo - l, Math.min(hi - l, e));
                        if (e > 0f && captureFraction > 0f) {
                            float c = e * captureFraction;
                            l += c;
                            captured += c;
                            e *= keep;
                        } else {
                            e *= decayOnly;
                        }
                        lt[s] = l;
                        er[s] = e;
                        row[s] = wb.clip(l + e);
                    }
                    if (sink != null && captured > 0) {
                        sink[i] += cost * captured;
                    }
                }
            }
        };
    }
}
