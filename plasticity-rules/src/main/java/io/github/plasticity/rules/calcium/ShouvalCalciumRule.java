package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * The calcium-control rule of Shouval, Bear &amp; Cooper (2002) for spiking projections (equations
 * in {@link ShouvalParameters}): each synapse integrates its own NMDA calcium and moves its weight
 * towards Ω(Ca) at the calcium-dependent rate η(Ca), \( dW/dt = g\, \eta(Ca)(\Omega(Ca) - \lambda
 * W) \) ({@code g} the gate gain).
 *
 * <p><b>What a synapse sees.</b> Presynaptic spikes open its NMDA receptors (the most recent spike
 * drives the current, as in folmez/CaDP-MatLab) and add an EPSP of peak {@link
 * ShouvalParameters#epspPeakMv()} at the spine. The postsynaptic depolarisation is the membrane
 * potential of the postsynaptic unit when it is a {@link LifPopulation} ({@link
 * RuleBinding#postVoltage()}), otherwise the constant {@link ShouvalParameters#vRestMv()}, plus the
 * back-propagating action potential of its latest spike. So \( V_{ij} = V_i + \mathrm{BPAP}_i +
 * \mathrm{EPSP}_j \), and the NMDA current is \( g_j\, b\,P_0 G_{NMDA} B(V_{ij})(V_{ij} - V_r) \)
 * with the block factor {@code b} = {@link ShouvalParameters#nmdaBlock()}: with {@code b = 0} no
 * calcium enters, and neither LTP nor LTD can occur (the weight then only relaxes towards Ω(0)/λ =
 * 0.25 with τ(0) ≈ 2.8 h). With a LIF target, whose voltage already contains the EPSPs of its
 * inputs, set the EPSP peak to 0 unless a local spine EPSP is wanted on top.
 *
 * <p><b>Numerics.</b> Every step, after the step's spikes: the gating, EPSP and BPAP are evaluated
 * exactly at the end of the step; then forward Euler, \( Ca \leftarrow Ca + dt(I - Ca/\tau_{Ca}) \)
 * followed by \( W \leftarrow W + g\,dt\,\eta(Ca)(\Omega(Ca) - \lambda W) \) with the new calcium,
 * exactly as {@link ShouvalProtocol}; then the projection's bounds. Because η(0) is 1e-7 per ms, a
 * {@code float} weight would lose the slow changes to rounding, so the rule keeps each weight in
 * {@code double} (state {@code "weightExact"}) and writes its {@code float} value to the
 * projection; a weight changed by someone else (another rule, {@code setWeight}) is picked up.
 *
 * <p><b>State</b> (checkpointed): per synapse {@code "calcium"} (µM, float) and {@code
 * "weightExact"}; per presynaptic unit {@code "nmdaFast"}, {@code "nmdaSlow"} (open fractions),
 * {@code "epspDecay"}, {@code "epspRise"}; per postsynaptic unit {@code "lastSpikeMs"}, {@code
 * "previousSpikeMs"}, {@code "bpapMv"}. NMDA gating below 1e-12 is set to exactly 0 (receptors
 * closed), which changes calcium by less than 1e-12 µM and lets silent synapses skip the current.
 *
 * <p>Zero activity: calcium stays 0 and weights relax towards Ω(0)/λ with rate η(0) = 1e-4/s, so
 * weights at 0.25 do not change.
 */
public final class ShouvalCalciumRule implements LearningRule {
    /** Time of "no spike yet" (ms): far enough in the past for every kernel to vanish. */
    static final double NEVER_MS = -1e12;

    /** NMDA gating below this is treated as closed receptors. */
    static final double GATING_FLOOR = 1e-12;

    private final ShouvalParameters p;
    private final String name;

    private ShouvalCalciumRule(ShouvalParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = Args.notNull("name", name);
    }

    /**
     * The rule with these parameters.
     *
     * @param parameters the parameters
     * @return the rule, named {@code "shouval"}
     */
    public static ShouvalCalciumRule of(ShouvalParameters parameters) {
        return new ShouvalCalciumRule(parameters, "shouval");
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public ShouvalCalciumRule named(String newName) {
        return new ShouvalCalciumRule(p, newName);
    }

    /** The parameters. */
    public ShouvalParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        return new Kernel(p, b);
    }

    private static final class Kernel implements RuleKernel {
        private final ShouvalParameters p;
        private final float[][] w;
        private final int[][] idx;
        private final int[] rowStart;
        private final double[] gain;
        private final WeightBounds bounds;
        private final double lo;
        private final double hi;
        private final boolean soft;
        private final double dt;
        private final int[] preSpikes;
        private final int[] postSpikes;
        private final RuleBinding b;
        private final double[] voltage;
        private final float[][] calcium;
        private final double[] weightExact;
        private final double[] nmdaFast;
        private final double[] nmdaSlow;
        private final double[] epspDecay;
        private final double[] epspRise;
        private final double[] lastSpike;
        private final double[] previousSpike;
        private final double[] bpap;
        private final double decFast;
        private final double decSlow;
        private final double decEpspD;
        private final double decEpspR;
        private final double epspScale;
        private final double currentScale;

        Kernel(ShouvalParameters p, RuleBinding b) {
            this.p = p;
            this.b = b;
            this.w = b.weights();
            this.idx = b.preIndices();
            this.gain = b.learningRateGain();
            this.bounds = b.bounds();
            this.lo = bounds.min();
            this.hi = bounds.max();
            this.soft = bounds.soft();
            this.dt = b.dtMs();
            this.preSpikes = b.preSpikes();
            this.postSpikes = b.postSpikes();
            this.voltage = b.post() instanceof LifPopulation ? b.postVoltage() : null;
            this.rowStart = new int[w.length + 1];
            for (int i = 0; i < w.length; i++) {
                rowStart[i + 1] = Math.addExact(rowStart[i], w[i].length);
            }
            this.calcium = b.synapseState("calcium", 0f);
            this.weightExact = b.state("weightExact", rowStart[w.length], 0.0);
            for (int i = 0; i < w.length; i++) {
                for (int k = 0; k < w[i].length; k++) {
                    weightExact[rowStart[i] + k] = w[i][k];
                }
            }
            this.nmdaFast = b.preState("nmdaFast", 0.0);
            this.nmdaSlow = b.preState("nmdaSlow", 0.0);
            this.epspDecay = b.preState("epspDecay", 0.0);
            this.epspRise = b.preState("epspRise", 0.0);
            this.lastSpike = b.postState("lastSpikeMs", NEVER_MS);
            this.previousSpike = b.postState("previousSpikeMs", NEVER_MS);
            this.bpap = b.postState("bpapMv", 0.0);
            this.decFast = Math.exp(-dt / p.nmdaTauFastMs());
            this.decSlow = Math.exp(-dt / p.nmdaTauSlowMs());
            this.decEpspD = Math.exp(-dt / p.epspTauDecayMs());
            this.decEpspR = Math.exp(-dt / p.epspTauRiseMs());
            this.epspScale = p.epspPeakMv() / p.epspNorm();
            this.currentScale = p.nmdaBlock() * p.p0() * p.gNmda();
        }

        @Override
        public void beforeUpdate(StepContext ctx) {
            // Presynaptic kernels, evaluated at the end of the step. A spike of this step happened
            // at timeMs(), one step before endTimeMs().
            final int nPre = nmdaFast.length;
            for (int j = 0; j < nPre; j++) {
                double f = nmdaFast[j] * decFast;
                double s = nmdaSlow[j] * decSlow;
                if (f + s < GATING_FLOOR) {
                    f = 0;
                    s = 0;
                }
                nmdaFast[j] = f;
                nmdaSlow[j] = s;
                epspDecay[j] *= decEpspD;
                epspRise[j] *= decEpspR;
            }
            final int nPreSpikes = b.preSpikeCount();
            for (int k = 0; k < nPreSpikes; k++) {
                int j = preSpikes[k];
                // The most recent spike drives the NMDA current (folmez CaDP.m).
                nmdaFast[j] = p.nmdaFastFraction() * decFast;
                nmdaSlow[j] = p.nmdaSlowFraction() * decSlow;
                epspDecay[j] += decEpspD;
                epspRise[j] += decEpspR;
            }
            final double now = ctx.timeMs();
            final int nPostSpikes = b.postSpikeCount();
            for (int k = 0; k < nPostSpikes; k++) {
                int i = postSpikes[k];
                previousSpike[i] = lastSpike[i];
                lastSpike[i] = now;
            }
            final double end = ctx.endTimeMs();
            final double delay = p.bpapDelayMs();
            for (int i = 0; i < bpap.length; i++) {
                // The latest spike whose BPAP has arrived (a newer one may still be on its way).
                double since = end - lastSpike[i];
                if (!(since - delay > 0)) {
                    since = end - previousSpike[i];
                }
                bpap[i] = p.bpapMv(since);
            }
        }

        @Override
        public void update(StepContext ctx, int fromPost, int toPost) {
            final double tauCa = p.tauCaMs();
            final double lambda = p.lambda();
            final double vr = p.vReversalMv();
            final double mg = p.mgMm();
            final boolean localEpsp = epspScale != 0;
            for (int i = fromPost; i < toPost; i++) {
                final double g = gain[i];
                final double vRow = (voltage == null ? p.vRestMv() : voltage[i]) + bpap[i];
                final double rowCurrent = currentScale * MgBlock.unblocked(vRow, mg) * (vRow - vr);
                final float[] ca = calcium[i];
                final float[] row = w[i];
                final int[] ix = idx[i];
                final int base = rowStart[i];
                for (int k = 0; k < row.length; k++) {
                    final int j = ix[k];
                    final double gating = nmdaFast[j] + nmdaSlow[j];
                    double current = 0;
                    if (gating != 0) {
                        if (localEpsp) {
                            double v = vRow + epspScale * (epspDecay[j] - epspRise[j]);
                            current = gating * currentScale * MgBlock.unblocked(v, mg) * (v - vr);
                        } else {
                            current = gating * rowCurrent;
                        }
                    }
                    double c = ca[k];
                    c += dt * (current - c / tauCa);
                    ca[k] = (float) c;
                    double wk = weightExact[base + k];
                    if ((float) wk != row[k]) {
                        wk = row[k];
                    }
                    if (g != 0) {
                        double dw = g * dt * p.etaPerMs(c) * (p.omega(c) - lambda * wk);
                        wk = bounded(wk, dw);
                    }
                    weightExact[base + k] = wk;
                    row[k] = (float) wk;
                }
            }
        }

        private double bounded(double wk, double dw) {
            double x;
            if (soft) {
                double range = hi - lo;
                x = dw > 0 ? wk + dw * (hi - wk) / range : wk + dw * (wk - lo) / range;
            } else {
                x = wk + dw;
            }
            return Math.min(hi, Math.max(lo, x));
        }
    }
}
