package io.github.plasticity.maps.consolidation;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.rules.calcium.ShouvalCalciumRule;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import java.util.function.DoubleUnaryOperator;

/**
 * The calcium-control rule of Shouval, Bear &amp; Cooper (2002) in mean-field form, for projections
 * between rate units (such as the output weights of a {@link io.github.plasticity.maps.MapNetwork},
 * whose units do not spike and so never drive {@link ShouvalCalciumRule}). Every function of the
 * model (Ω, η, the NMDA current with its Mg²⁺ block and its {@link ShouvalParameters#nmdaBlock()}
 * factor, the BPAP and EPSP kernels) is taken from {@link ShouvalParameters}; only the spike trains
 * are replaced by their averages.
 *
 * <p><b>Mean field.</b> The presynaptic unit {@code j} and the postsynaptic unit {@code i} are read
 * as Poisson trains at their rates \( r_j, r_i \) (Hz). With NMDA gating reset by the most recent
 * spike (as in {@link ShouvalCalciumRule}) and exponential inter-spike intervals, the mean open
 * fraction is \( \bar g(r) = I_f \frac{r\tau_f}{1 + r\tau_f} + I_s \frac{r\tau_s}{1 + r\tau_s} \).
 * The mean depolarisation at the spine is \( V_{ij} = V_{rest} + r_i \int \mathrm{BPAP} + r_j \int
 * \mathrm{EPSP} \), with \( \int \mathrm{BPAP} = V_{bp}(f\tau_{bf} + (1-f)\tau_{bs}) \) and \( \int
 * \mathrm{EPSP} = (s/n)(\tau_d - \tau_r) \) (mV·ms). Calcium relaxes towards the mean current, \(
 * \tau_{Ca}\, d[Ca]_{ij}/dt = \tau_{Ca}\, \bar g(r_j)\, b_{NMDA} P_0 G_{NMDA} B(V_{ij})(V_{ij} -
 * V_r) - [Ca]_{ij} \) (solved exactly over each step for the step's rates), and the efficacy \( u =
 * w / s_w \) follows \( du/dt = \gamma\, g\, \eta(Ca)(\Omega(Ca) - \lambda u) \) (forward Euler),
 * {@code g} the gate gain, \( \gamma \) the rate factor and \( s_w \) the weight scale; the weight
 * is then clipped into the projection's bounds. The approximation ignores the correlations between
 * spikes and the nonlinearity of the Mg²⁺ block over the fluctuations of {@code V}: it keeps the
 * rule's calcium thresholds (low calcium: no change; moderate: LTD; high: LTP) as functions of the
 * rates, the BCM-like behaviour of the rule (Shouval et al. 2002).
 *
 * <p>With {@code nmdaBlock = 0} (or a {@link #withNmdaBlockSchedule schedule} at 0) no calcium
 * enters. The rule would then relax the efficacy towards \( \Omega(0)/\lambda \) at \(
 * \gamma\eta(0) \) (1e-7/ms for the published set): per step far below the {@code float} resolution
 * of a weight, so synapses whose calcium is below {@link #CALCIUM_FLOOR_UM} are not updated at all,
 * and a fully blocked or silent synapse keeps its weight.
 *
 * <p>State (checkpointed): per synapse {@code "calcium"} (µM). Kernels write only rows in their
 * post range.
 */
public final class MeanFieldCalciumRule implements LearningRule {
    /**
     * Calcium below this (µM) is set to exactly 0 and the synapse is not updated: there \( \eta(Ca)
     * \le 10^{-7} \)/ms for the published set, so the change per step is far below the {@code
     * float} resolution of a weight.
     */
    public static final double CALCIUM_FLOOR_UM = 1e-6;

    private final ShouvalParameters p;
    private final double weightScale;
    private final double rateFactor;
    private final DoubleUnaryOperator blockSchedule;
    private final String name;

    private MeanFieldCalciumRule(
            ShouvalParameters p,
            double weightScale,
            double rateFactor,
            DoubleUnaryOperator blockSchedule,
            String name) {
        this.p = Args.notNull("parameters", p);
        this.weightScale = Args.positive("weightScale", weightScale, "weight units");
        this.rateFactor = Args.nonNegative("rateFactor", rateFactor, "dimensionless");
        this.blockSchedule = blockSchedule;
        this.name = Args.notNull("name", name);
    }

    /**
     * The rule.
     *
     * @param parameters the calcium-control parameters (their {@code nmdaBlock} applies)
     * @param weightScale weight of an efficacy of 1 (weight units), &gt; 0 and finite
     * @param rateFactor \( \gamma \), multiplying the learning rate η(Ca) (dimensionless), &gt;= 0
     *     and finite; 1 is the published rate
     * @return the rule, named {@code "calcium"}
     */
    public static MeanFieldCalciumRule of(
            ShouvalParameters parameters, double weightScale, double rateFactor) {
        return new MeanFieldCalciumRule(parameters, weightScale, rateFactor, null, "calcium");
    }

    /**
     * A copy whose NMDA current is further multiplied by a time course, for a drug applied during
     * part of a protocol (such as an NMDA-receptor antagonist during training only): the current is
     * \( b_{NMDA}\, \beta(t) \) times the unblocked one, \( \beta(t) \) read at the start of every
     * step.
     *
     * @param fractionLeft \( \beta(t) \), fraction of NMDA current left (dimensionless, in [0, 1])
     *     as a function of model time (ms); a value outside [0, 1] or NaN throws when it is read
     * @return the copy
     */
    public MeanFieldCalciumRule withNmdaBlockSchedule(DoubleUnaryOperator fractionLeft) {
        return new MeanFieldCalciumRule(
                p, weightScale, rateFactor, Args.notNull("fractionLeft", fractionLeft), name);
    }

    /** The calcium-control parameters. */
    public ShouvalParameters parameters() {
        return p;
    }

    /** Weight of an efficacy of 1 (weight units). */
    public double weightScale() {
        return weightScale;
    }

    /** The factor \( \gamma \) on the learning rate (dimensionless). */
    public double rateFactor() {
        return rateFactor;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Mean NMDA open fraction for Poisson presynaptic spikes at {@code rateHz}, the gating being
     * reset by the most recent spike: \( I_f \frac{r\tau_f}{1 + r\tau_f} + I_s \frac{r\tau_s}{1 +
     * r\tau_s} \).
     *
     * @param p the parameters
     * @param rateHz presynaptic rate (Hz), &gt;= 0
     * @return the mean open fraction (dimensionless)
     */
    public static double meanGating(ShouvalParameters p, double rateHz) {
        double xf = rateHz * p.nmdaTauFastMs() / 1000.0;
        double xs = rateHz * p.nmdaTauSlowMs() / 1000.0;
        return p.nmdaFastFraction() * xf / (1 + xf) + p.nmdaSlowFraction() * xs / (1 + xs);
    }

    /**
     * Integral of the BPAP and after-depolarisation of one postsynaptic spike (mV·ms).
     *
     * @param p the parameters
     * @return \( V_{bp}(f\tau_{bf} + (1-f)\tau_{bs}) \)
     */
    public static double bpapIntegralMvMs(ShouvalParameters p) {
        return p.bpapPeakMv()
                * (p.bpapFastFraction() * p.bpapTauFastMs()
                        + (1 - p.bpapFastFraction()) * p.bpapTauSlowMs());
    }

    /**
     * Integral of the spine EPSP of one presynaptic spike (mV·ms).
     *
     * @param p the parameters
     * @return \( (s/n)(\tau_d - \tau_r) \)
     */
    public static double epspIntegralMvMs(ShouvalParameters p) {
        return p.epspPeakMv() / p.epspNorm() * (p.epspTauDecayMs() - p.epspTauRiseMs());
    }

    /**
     * The steady-state calcium of a synapse at constant rates (µM): \( \tau_{Ca}\, \bar g(r_j)\,
     * b_{NMDA} P_0 G_{NMDA} B(V)(V - V_r) \) with the mean depolarisation {@code V} above.
     *
     * @param p the parameters
     * @param preHz presynaptic rate (Hz), &gt;= 0
     * @param postHz postsynaptic rate (Hz), &gt;= 0
     * @return the calcium (µM)
     */
    public static double steadyCalciumUm(ShouvalParameters p, double preHz, double postHz) {
        double v =
                p.vRestMv()
                        + postHz / 1000.0 * bpapIntegralMvMs(p)
                        + preHz / 1000.0 * epspIntegralMvMs(p);
        return p.tauCaMs() * meanGating(p, preHz) * p.nmdaCurrentPerGating(v);
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        final float[][] w = b.weights();
        final int[][] idx = b.preIndices();
        final double[] gain = b.learningRateGain();
        final double[] pre = b.preRates();
        final double[] post = b.postRates();
        final float[][] calcium = b.synapseState("calcium", 0f);
        final double lo = b.bounds().min();
        final double hi = b.bounds().max();
        final double dt = b.dtMs();
        final double relax = Math.exp(-dt / p.tauCaMs());
        final double bpap = bpapIntegralMvMs(p) / 1000.0;
        final double epsp = epspIntegralMvMs(p) / 1000.0;
        final double tauCa = p.tauCaMs();
        final double lambda = p.lambda();
        final double[] gating = new double[pre.length];
        return new RuleKernel() {
            @Override
            public void beforeUpdate(StepContext ctx) {
                double beta = 1.0;
                if (blockSchedule != null) {
                    beta =
                            Args.inRange(
                                    "NMDA fraction left at " + ctx.timeMs() + " ms",
                                    blockSchedule.applyAsDouble(ctx.timeMs()),
                                    0.0,
                                    1.0,
                                    "dimensionless");
                }
                for (int j = 0; j < pre.length; j++) {
                    gating[j] = beta * meanGating(p, Math.max(0.0, pre[j]));
                }
            }

            @Override
            public void update(StepContext ctx, int fromPost, int toPost) {
                for (int i = fromPost; i < toPost; i++) {
                    final double h = rateFactor * gain[i] * dt;
                    final double vRow = p.vRestMv() + Math.max(0.0, post[i]) * bpap;
                    final float[] row = w[i];
                    final float[] ca = calcium[i];
                    final int[] ix = idx[i];
                    for (int k = 0; k < row.length; k++) {
                        final int j = ix[k];
                        double target = 0;
                        if (gating[j] != 0) {
                            double v = vRow + Math.max(0.0, pre[j]) * epsp;
                            target = tauCa * gating[j] * p.nmdaCurrentPerGating(v);
                        }
                        double c = target + (ca[k] - target) * relax;
                        if (c < CALCIUM_FLOOR_UM) {
                            c = 0;
                        }
                        ca[k] = (float) c;
                        if (h != 0 && c != 0) {
                            double u = row[k] / weightScale;
                            u += h * p.etaPerMs(c) * (p.omega(c) - lambda * u);
                            row[k] = (float) Math.min(hi, Math.max(lo, u * weightScale));
                        }
                    }
                }
            }
        };
    }
}
