package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.internal.Args;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The calcium-based plasticity rule of Graupner &amp; Brunel (2012) for spiking projections
 * (equations in {@link GraupnerBrunelParameters}): every synapse has a bistable efficacy \( \rho
 * \), driven up while its calcium exceeds \( \theta_p \) and down while it exceeds \( \theta_d \),
 * with noise while calcium is above either threshold.
 *
 * <p><b>Calcium.</b> A presynaptic spike raises the calcium of its synapses by \( b_{NMDA} C_{pre}
 * \) after the delay {@code D} (rounded to whole steps), a postsynaptic spike by \( C_{post} \);
 * calcium decays with \( \tau_{Ca} \). Since the model's calcium is linear, \( c_{ij} = a_j + p_i
 * \) with a presynaptic part {@code a_j} and a postsynaptic part {@code p_i}: the rule keeps these
 * two per unit, which is exact and costs no memory per synapse. The NMDA block factor scales only
 * the presynaptic (NMDA-receptor) calcium, as in the model, where postsynaptic calcium enters
 * through voltage-gated channels: with {@code nmdaBlock = 0} pairings lose the calcium that makes
 * them potentiate or depress. Whether postsynaptic spikes alone then cause plasticity depends on
 * the set: with \( C_{post} &lt; \theta_d \) (DPD, D, hippocampal slices) they cannot at low rates;
 * the DP and P sets were tuned so that \( \gamma_d \ln(C_{post}/\theta_d) = \gamma_p
 * \ln(C_{post}/\theta_p) \), so that postsynaptic spikes alone give \( \bar\rho = \rho_* \) and no
 * change on average (individual synapses still switch both ways by noise); with the cortical-slice
 * set, whose \( \theta_d &lt; C_{post} &lt; \theta_p \), postsynaptic spikes alone depress.
 *
 * <p><b>Efficacy.</b> Each step, with \( c_0 \) the calcium at the start of the step after its
 * jumps, calcium decays exactly within the step, so the time it spends above a threshold \( \theta
 * \) is exactly \( \min(dt, \tau_{Ca}\ln(c_0/\theta)) \); with the fractions \( f_d, f_p \) of the
 * step above \( \theta_d, \theta_p \), Euler-Maruyama gives \( \rho \leftarrow \rho + (g\,dt/\tau)
 * [-\rho(1-\rho)(\rho_*-\rho) + \gamma_p(1-\rho)f_p - \gamma_d\rho f_d] + \sigma\sqrt{g\,dt\,(f_d +
 * f_p)/\tau}\;\xi \), \( \xi \) standard Gaussian from {@link RuleBinding#rng()} ({@code g} is the
 * gate gain, which thus speeds up or slows down the efficacy's clock). \( \rho \) is kept in {@code
 * double} (its drift per step is below {@code float} resolution).
 *
 * <p><b>Weight.</b> The rule owns the weights: each step it sets \( w = w_{down} + \rho(w_{up} -
 * w_{down}) \), clipped to the projection's bounds, so a synapse weighs \( w_{down} \) DOWN and \(
 * w_{up} \) UP; by default \( w_{up} = 1 \) and \( w_{down} = 1/b \) (the model's \( w_1/w_0 = b
 * \)). At binding, \( \rho \) is initialised from the weights, \( \rho_0 = (w - w_{down})/(w_{up} -
 * w_{down}) \). Changes made to the weights by other rules are overwritten.
 *
 * <p><b>Randomness and threads.</b> Gaussian numbers are drawn serially in {@link
 * RuleKernel#beforeUpdate} for the synapses above threshold, in synapse order, into a scratch
 * buffer that the parallel row updates read; so runs are bit-identical for a seed whatever the
 * number of threads.
 *
 * <p><b>State</b> (checkpointed): {@code "rho"} (per synapse, in synapse order), {@code
 * "preCalcium"} and {@code "postCalcium"} (calcium parts at the start of the current step, after
 * its jumps), {@code "arrivals"} and {@code "arrivalCounts"} (presynaptic spikes whose calcium is
 * still on its way), {@code "rng"}.
 */
public final class GraupnerBrunelRule implements LearningRule {
    private final GraupnerBrunelParameters p;
    private final double downWeight;
    private final double upWeight;
    private final String name;

    private GraupnerBrunelRule(
            GraupnerBrunelParameters p, double downWeight, double upWeight, String name) {
        this.p = Args.notNull("parameters", p);
        Args.ordered("downWeight", downWeight, "upWeight", upWeight, "weight units");
        this.downWeight = downWeight;
        this.upWeight = upWeight;
        this.name = Args.notNull("name", name);
    }

    /**
     * The rule with weights 1/b (DOWN) and 1 (UP).
     *
     * @param parameters the parameters
     * @return the rule, named {@code "graupner-brunel"}
     */
    public static GraupnerBrunelRule of(GraupnerBrunelParameters parameters) {
        Args.notNull("parameters", parameters);
        return new GraupnerBrunelRule(parameters, 1.0 / parameters.b(), 1.0, "graupner-brunel");
    }

    /**
     * A copy with other weights of the two states.
     *
     * @param down weight of a DOWN synapse, \( \rho = 0 \) (weight units), finite
     * @param up weight of an UP synapse, \( \rho = 1 \) (weight units), finite and &gt; down
     * @return the copy
     */
    public GraupnerBrunelRule withStateWeights(double down, double up) {
        return new GraupnerBrunelRule(p, down, up, name);
    }

    /**
     * A copy under another name (to attach two such rules to one projection).
     *
     * @param newName the name
     * @return the renamed rule
     */
    public GraupnerBrunelRule named(String newName) {
        return new GraupnerBrunelRule(p, downWeight, upWeight, newName);
    }

    /** The parameters. */
    public GraupnerBrunelParameters parameters() {
        return p;
    }

    /** Weight of a DOWN synapse (weight units). */
    public double downWeight() {
        return downWeight;
    }

    /** Weight of an UP synapse (weight units). */
    public double upWeight() {
        return upWeight;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        return new Kernel(this, b);
    }

    private static final class Kernel implements RuleKernel {
        private final GraupnerBrunelParameters p;
        private final RuleBinding b;
        private final float[][] w;
        private final int[][] idx;
        private final int[] rowStart;
        private final double[] gain;
        private final float lo;
        private final float hi;
        private final double down;
        private final double span;
        private final double dt;
        private final int[] preSpikes;
        private final int[] postSpikes;
        private final double[] rho;
        private final double[] preCa;
        private final double[] postCa;
        private final double[] arrivals;
        private final double[] arrivalCounts;
        private final int delaySteps;
        private final int nPre;
        private final double decay;
        private final double preJump;
        private final double postJump;
        private final double thetaMin;
        private final float[][] noise;
        private final ContinuousSampler gauss;

        Kernel(GraupnerBrunelRule r, RuleBinding b) {
            this.p = r.p;
            this.b = b;
            this.w = b.weights();
            this.idx = b.preIndices();
            this.gain = b.learningRateGain();
            this.lo = b.bounds().min();
            this.hi = b.bounds().max();
            this.down = r.downWeight;
            this.span = r.upWeight - r.downWeight;
            this.dt = b.dtMs();
            this.preSpikes = b.preSpikes();
            this.postSpikes = b.postSpikes();
            this.rowStart = new int[w.length + 1];
            for (int i = 0; i < w.length; i++) {
                rowStart[i + 1] = Math.addExact(rowStart[i], w[i].length);
            }
            this.rho = b.state("rho", rowStart[w.length], 0.0);
            for (int i = 0; i < w.length; i++) {
                for (int k = 0; k < w[i].length; k++) {
                    rho[rowStart[i] + k] = (w[i][k] - down) / span;
                }
            }
            this.preCa = b.preState("preCalcium", 0.0);
            this.postCa = b.postState("postCalcium", 0.0);
            this.nPre = preCa.length;
            // The delay is rounded to whole steps (13.7 ms / 0.1 ms is 136.99999999999997: 137).
            this.delaySteps = (int) Math.round(p.delayMs() / dt);
            int slots = delaySteps + 1;
            this.arrivals = b.state("arrivals", Math.multiplyExact(slots, nPre), 0.0);
            this.arrivalCounts = b.state("arrivalCounts", slots, 0.0);
            this.decay = Math.exp(-dt / p.tauCaMs());
            this.preJump = p.effectiveCPre();
            this.postJump = p.cPost();
            this.thetaMin = Math.min(p.thetaD(), p.thetaP());
            if (p.sigma() > 0) {
                this.gauss = ZigguratSampler.NormalizedGaussian.of(b.rng());
                this.noise = new float[w.length][];
                for (int i = 0; i < w.length; i++) {
                    noise[i] = new float[w[i].length];
                }
            } else {
                this.gauss = null;
                this.noise = null;
            }
        }

        @Override
        public void beforeUpdate(StepContext ctx) {
            // Calcium parts at the start of this step, after this step's jumps.
            for (int j = 0; j < nPre; j++) {
                preCa[j] *= decay;
            }
            final int slots = delaySteps + 1;
            final long step = ctx.step();
            final int write = (int) (step % slots);
            final int nSpikes = b.preSpikeCount();
            // Record this step's presynaptic spikes, then release those sent delaySteps ago (with
            // no delay, the ones just recorded).
            int base = write * nPre;
            for (int k = 0; k < nSpikes; k++) {
                arrivals[base + k] = preSpikes[k];
            }
            arrivalCounts[write] = nSpikes;
            final int read = (int) ((step - delaySteps) % slots + slots) % slots;
            if (step >= delaySteps) {
                int rbase = read * nPre;
                int count = (int) arrivalCounts[read];
                for (int k = 0; k < count; k++) {
                    preCa[(int) arrivals[rbase + k]] += preJump;
                }
            }
            for (int i = 0; i < postCa.length; i++) {
                postCa[i] *= decay;
            }
            final int nPost = b.postSpikeCount();
            for (int k = 0; k < nPost; k++) {
                postCa[postSpikes[k]] += postJump;
            }
            if (noise == null) {
                return;
            }
            double maxPre = 0;
            for (int j = 0; j < nPre; j++) {
                maxPre = Math.max(maxPre, preCa[j]);
            }
            for (int i = 0; i < w.length; i++) {
                final double pc = postCa[i];
                if (!(pc + maxPre > thetaMin)) {
                    continue;
                }
                final int[] ix = idx[i];
                final float[] nz = noise[i];
                for (int k = 0; k < ix.length; k++) {
                    if (preCa[ix[k]] + pc > thetaMin) {
                        nz[k] = (float) gauss.sample();
                    }
                }
            }
        }

        @Override
        public void update(StepContext ctx, int fromPost, int toPost) {
            final double tauCa = p.tauCaMs();
            final double thetaD = p.thetaD();
            final double thetaP = p.thetaP();
            final double gammaD = p.gammaD();
            final double gammaP = p.gammaP();
            final double rhoStar = p.rhoStar();
            final double sigma = p.sigma();
            final double rate = dt / p.tauMs();
            for (int i = fromPost; i < toPost; i++) {
                final double g = gain[i];
                if (g == 0) {
                    continue;
                }
                final double h = g * rate;
                final double pc = postCa[i];
                final float[] row = w[i];
                final int[] ix = idx[i];
                final float[] nz = noise == null ? null : noise[i];
                final int base = rowStart[i];
                for (int k = 0; k < row.length; k++) {
                    final double c0 = preCa[ix[k]] + pc;
                    double r = rho[base + k];
                    double drift = -r * (1 - r) * (rhoStar - r);
                    double dr;
                    if (c0 > thetaMin) {
                        double fd = c0 > thetaD ? fractionAbove(c0, thetaD, tauCa) : 0;
                        double fp = c0 > thetaP ? fractionAbove(c0, thetaP, tauCa) : 0;
                        drift += gammaP * (1 - r) * fp - gammaD * r * fd;
                        dr = h * drift;
                        if (nz != null) {
                            dr += sigma * Math.sqrt(h * (fd + fp)) * nz[k];
                        }
                    } else {
                        dr = h * drift;
                    }
                    r += dr;
                    rho[base + k] = r;
                    float wk = (float) (down + r * span);
                    row[k] = wk < lo ? lo : (wk > hi ? hi : wk);
                }
            }
        }

        /** Fraction of the step that calcium, decaying from {@code c0}, spends above theta. */
        private double fractionAbove(double c0, double theta, double tauCa) {
            double t = tauCa * Math.log(c0 / theta);
            return t >= dt ? 1.0 : t / dt;
        }
    }
}
