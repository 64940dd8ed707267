package io.github.plasticity.bench;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.rules.Bcm;
import io.github.plasticity.rules.BcmParameters;
import io.github.plasticity.rules.EligibilityParameters;
import io.github.plasticity.rules.EligibilityTerm;
import io.github.plasticity.rules.EligibilityTraceRule;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import io.github.plasticity.rules.Oja;
import io.github.plasticity.rules.OjaParameters;
import io.github.plasticity.rules.ScalingParameters;
import io.github.plasticity.rules.SynapticScaling;
import io.github.plasticity.rules.TripletParameters;
import io.github.plasticity.rules.TripletStdp;
import io.github.plasticity.rules.calcium.ShouvalCalciumRule;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The benchmark workloads, built through the public API exactly as a user would build them, so that
 * the benchmarks and their unit tests measure and check the same networks.
 *
 * <p>Workload A/B of {@code PEER-WORKLOADS.md}: two rate populations with constant rates drawn
 * uniformly in [0, 1) Hz, all-to-all, initial weights uniform in [0, 0.5), and every step (dt = 0.1
 * ms) either (a) {@code w += ETA * post * pre} or (b) {@code w = clip(w (1 - DECAY) + ETA * post *
 * pre, 0, WMAX)}, with ETA and DECAY per step as in numpy and Brian2.
 */
public final class Workloads {
    /** Time step (ms), as in the Brian2 workloads. */
    public static final double DT_MS = 0.1;

    /** Hebbian increment per step and per Hz² (numpy and Brian2 {@code eta}). */
    public static final double ETA_PER_STEP = 1e-4;

    /** Weight decay per step (numpy and Brian2 {@code decay}). */
    public static final double DECAY_PER_STEP = 1e-3;

    /** Upper weight bound of the decay+clamp form (weight units). */
    public static final double WMAX = 1.0;

    /** Master seed of every benchmark network. */
    public static final long SEED = 20_001L;

    private Workloads() {}

    /** Which dense rate rule. */
    public enum DenseRule {
        /** (a) plain Hebbian, no decay, unbounded. */
        HEBB,
        /** (b) Hebbian with decay and hard bounds [0, WMAX]. */
        DECAY_CLAMP
    }

    /** The library's Hebbian rule in the rate form for workload (a) or (b). */
    public static Hebbian hebbian(DenseRule form) {
        double eta = ETA_PER_STEP / DT_MS;
        double decay = form == DenseRule.DECAY_CLAMP ? DECAY_PER_STEP / DT_MS : 0.0;
        return Hebbian.rate(new HebbianParameters(eta, decay));
    }

    /** The function of {@link #localHebbian}: \( dw/dt = \eta\, post\, pre - \gamma w \). */
    static LocalRule localHebbianFunction(DenseRule form) {
        final float eta = (float) (ETA_PER_STEP / DT_MS);
        final float decay = form == DenseRule.DECAY_CLAMP ? (float) (DECAY_PER_STEP / DT_MS) : 0f;
        return (w, pre, post, m) -> eta * post * pre - decay * w;
    }

    /**
     * The same update as {@link #hebbian} written as a user's {@link LocalRule}: \( dw/dt = \eta\,
     * post\, pre - \gamma w \).
     */
    public static LearningRule localHebbian(DenseRule form) {
        LocalRule.Rule r = LocalRule.named("local-hebbian", localHebbianFunction(form));
        return form == DenseRule.DECAY_CLAMP ? r.bounded(0.0, WMAX) : r;
    }

    /** Three other local-rule functions (distinct lambda classes). */
    static LocalRule[] otherLocalFunctions() {
        return new LocalRule[] {
            (w, pre, post, m) -> 1e-3f * pre * post,
            (w, pre, post, m) -> -1e-2f * w,
            (w, pre, post, m) -> 1e-3f * (pre - 0.5f) * (post - 0.5f)
        };
    }

    /**
     * Three other local rules (distinct lambda classes), run before the measured one as in a
     * program that uses several local rules: through one shared loop they would make its call to
     * the function megamorphic; the library gives each rule its own copy of the loop.
     */
    public static LearningRule[] otherLocalRules() {
        LocalRule[] f = otherLocalFunctions();
        LearningRule[] r = new LearningRule[f.length];
        for (int k = 0; k < f.length; k++) {
            r[k] = LocalRule.named("other-" + k, f[k]);
        }
        return r;
    }

    /** Rates uniform in [0, 1) Hz, drawn from the simulation's stream {@code key}. */
    static double[] uniformRates(Simulation sim, String key, int n) {
        UniformRandomProvider rng = sim.stream(key);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = rng.nextDouble();
        }
        return r;
    }

    /**
     * Dense rate workload: {@code n} pre and {@code n} post units with constant rates, all-to-all,
     * with {@code rule} attached (bounds [0, WMAX] for the decay+clamp form, none otherwise).
     *
     * @param n units per population
     * @param threads simulation threads
     * @param form which update (sets the bounds)
     * @param rule the rule to attach
     * @return the simulation, whose only projection carries the rule
     */
    public static Simulation denseRate(int n, int threads, DenseRule form, LearningRule rule) {
        Simulation sim = Simulation.builder().dtMs(DT_MS).seed(SEED).threads(threads).build();
        RateSource pre =
                sim.add(
                        RateSource.of(
                                "pre", n, RateFunction.perUnit(uniformRates(sim, "r/pre", n))));
        RateSource post =
                sim.add(
                        RateSource.of(
                                "post", n, RateFunction.perUnit(uniformRates(sim, "r/post", n))));
        Projection p =
                sim.connect(pre, post, Connectivity.allToAll(), WeightInit.uniform(0.0, 0.5));
        p.withBounds(
                form == DenseRule.DECAY_CLAMP
                        ? WeightBounds.hard(0.0, WMAX)
                        : WeightBounds.unbounded());
        p.withRule(rule);
        return sim;
    }

    /**
     * A rate network with transmission: {@code n} rate inputs (uniform in [0, 1) Hz) onto {@code n}
     * rate units (time constant 10 ms, threshold-linear with gain 1, threshold 0, at most 100 Hz),
     * all-to-all, weights uniform in [0, 0.001), hard bounds [0, WMAX], decay+clamp Hebbian.
     */
    public static Simulation rateNetwork(int n, int threads) {
        Simulation sim = Simulation.builder().dtMs(DT_MS).seed(SEED).threads(threads).build();
        RateSource pre =
                sim.add(
                        RateSource.of(
                                "pre", n, RateFunction.perUnit(uniformRates(sim, "r/pre", n))));
        RatePopulation post =
                sim.add(
                        RatePopulation.of(
                                "post",
                                n,
                                10.0,
                                TransferFunction.thresholdLinear(1.0, 0.0, 100.0)));
        sim.connect(pre, post, Connectivity.allToAll(), WeightInit.uniform(0.0, 0.001))
                .withBounds(WeightBounds.hard(0.0, WMAX))
                .withRule(hebbian(DenseRule.DECAY_CLAMP));
        return sim;
    }

    /** Poisson input rate of the spiking workloads (Hz), as in PEER-WORKLOADS.md C. */
    public static final double INPUT_RATE_HZ = 15.0;

    /** Connection probability of the sparse propagation workload. */
    public static final double SPARSE_P = 0.1;

    /**
     * Spike propagation: {@code n} Poisson inputs at {@link #INPUT_RATE_HZ} onto {@code n} LIF
     * units (Song, Miller &amp; Abbott 2000 parameters), all-to-all or with probability {@link
     * #SPARSE_P}, weights uniform in [0, 0.01) mV, no rule.
     */
    public static Simulation propagation(int n, int threads, boolean dense) {
        PoissonOntoLif net = PoissonOntoLif.of(n, threads);
        Simulation sim = net.sim();
        PoissonSource in = net.in();
        LifPopulation out = net.out();
        sim.connect(
                in,
                out,
                dense ? Connectivity.allToAll() : Connectivity.fixedProbability(SPARSE_P),
                WeightInit.uniform(0.0, 0.01));
        return sim;
    }

    /**
     * The populations of the spiking workloads in a new simulation: {@code n} Poisson inputs at
     * {@link #INPUT_RATE_HZ} ({@code "in"}) and {@code n} LIF units with the Song, Miller &amp;
     * Abbott 2000 parameters ({@code "out"}).
     */
    private record PoissonOntoLif(Simulation sim, PoissonSource in, LifPopulation out) {
        static PoissonOntoLif of(int n, int threads) {
            Simulation sim = Simulation.builder().dtMs(DT_MS).seed(SEED).threads(threads).build();
            PoissonSource in = sim.add(PoissonSource.of("in", n, INPUT_RATE_HZ));
            LifPopulation out =
                    sim.add(LifPopulation.of("out", n, LifParameters.songMillerAbbott2000()));
            return new PoissonOntoLif(sim, in, out);
        }
    }

    /** Upper weight bound of the network-step workload (mV). */
    public static final double NET_WMAX_MV = 0.5;

    /**
     * A full network step: {@code n} Poisson inputs at 15 Hz onto {@code n} LIF units, all-to-all,
     * weights uniform in [0, NET_WMAX_MV) with hard bounds [0, NET_WMAX_MV], and the library's
     * Hebbian rule in the spike-trace form (20 ms traces, eta 1e-4 mV per ms, decay 1e-4 per ms),
     * which updates every synapse every step. Mean drive 75 w mV, so the LIF units fire.
     */
    public static Simulation network(int n, int threads) {
        PoissonOntoLif net = PoissonOntoLif.of(n, threads);
        Simulation sim = net.sim();
        PoissonSource in = net.in();
        LifPopulation out = net.out();
        sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, NET_WMAX_MV))
                .withBounds(WeightBounds.hard(0.0, NET_WMAX_MV))
                .withRule(Hebbian.traces(new HebbianParameters(1e-4, 1e-4), 20.0, 20.0));
        return sim;
    }

    /** The rate rules of {@link RateRuleBenchmark}, each with its published defaults. */
    public enum RateRule {
        /** Oja's rule (Oja 1982), {@link OjaParameters#defaults()}. */
        OJA,
        /** BCM with a sliding threshold (Bienenstock, Cooper &amp; Munro 1982). */
        BCM
    }

    /**
     * Workload A's network (n rate inputs onto n rate units, rates uniform in [0, 1) Hz,
     * all-to-all, weights uniform in [0, 0.5), hard bounds [0, WMAX]) with another rate rule.
     */
    public static Simulation rateRule(RateRule rule, int n, int threads) {
        LearningRule r =
                rule == RateRule.OJA
                        ? Oja.of(OjaParameters.defaults())
                        : Bcm.of(BcmParameters.defaults());
        return denseRate(n, threads, DenseRule.DECAY_CLAMP, r);
    }

    /** The spiking rules of {@link SpikingRuleBenchmark}, each with its published defaults. */
    public enum SpikingRule {
        /** Multiplicative synaptic scaling toward 10 Hz (van Rossum, Bi &amp; Turrigiano 2000). */
        SCALING,
        /** Event-driven triplet STDP, all-to-all (Pfister &amp; Gerstner 2006, visual cortex). */
        TRIPLET_STDP,
        /**
         * Three-factor: pair-STDP eligibility traces turned into weight changes by dopamine
         * (Izhikevich 2007), weights written every step.
         */
        ELIGIBILITY,
        /**
         * The same three-factor rule with the integrated weight change written every 10 ms instead
         * of every step ({@link EligibilityParameters#updateIntervalMs()}): the same integral,
         * weights lagging by up to 10 ms.
         */
        ELIGIBILITY_EVERY_10_MS,
        /** Calcium control of LTP/LTD through NMDA receptors (Shouval, Bear &amp; Cooper 2002). */
        CALCIUM
    }

    /**
     * Tonic dopamine of the three-factor workload (µM): every step turns eligibility into change.
     */
    public static final double TONIC_DOPAMINE_UM = 0.01;

    /**
     * A spiking network with one plastic projection: {@code n} Poisson inputs at 15 Hz onto {@code
     * n} LIF units (Song, Miller &amp; Abbott 2000 parameters), all-to-all, weights uniform in [0,
     * wmax) with hard bounds [0, wmax], wmax = NET_WMAX_MV x 1000 / n (the same mean drive, so the
     * same firing, at every size), and the rule {@code rule}.
     */
    public static Simulation spikingRule(SpikingRule rule, int n, int threads) {
        PoissonOntoLif net = PoissonOntoLif.of(n, threads);
        Simulation sim = net.sim();
        PoissonSource in = net.in();
        LifPopulation out = net.out();
        LearningRule r;
        switch (rule) {
            case SCALING:
                r = SynapticScaling.of(ScalingParameters.vanRossum2000());
                break;
            case TRIPLET_STDP:
                r = TripletStdp.of(TripletParameters.visualCortexAllToAll());
                break;
            case ELIGIBILITY:
            case ELIGIBILITY_EVERY_10_MS:
                sim.add(GlobalModulator.of("dopamine", TONIC_DOPAMINE_UM, 200.0));
                EligibilityParameters e = EligibilityParameters.izhikevich2007();
                if (rule == SpikingRule.ELIGIBILITY_EVERY_10_MS) {
                    e =
                            new EligibilityParameters(
                                    e.eta(), e.tauEligibilityMs(), e.baselineMicroMolar(), 10.0);
                }
                r =
                        EligibilityTraceRule.of(
                                EligibilityTerm.PairStdp.izhikevich2007(), e, "dopamine");
                break;
            default:
                r = ShouvalCalciumRule.of(ShouvalParameters.shouvalBearCooper2002());
                break;
        }
        double wmax = NET_WMAX_MV * 1000.0 / n;
        sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, wmax))
                .withBounds(WeightBounds.hard(0.0, wmax))
                .withRule(r);
        return sim;
    }
}
