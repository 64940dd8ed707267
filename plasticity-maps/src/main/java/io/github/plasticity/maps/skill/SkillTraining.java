package io.github.plasticity.maps.skill;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.VirtualIcms;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.rules.BaselineParameters;
import io.github.plasticity.rules.DopamineRelease;
import io.github.plasticity.rules.EligibilityParameters;
import io.github.plasticity.rules.EligibilityTerm;
import io.github.plasticity.rules.EligibilityTraceRule;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import io.github.plasticity.rules.RewardBaseline;
import io.github.plasticity.rules.RpeHook;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Skill learning of an ordered sequence of effector activations on a {@link MapNetwork}, with the
 * library's three-factor rule (Plautz, Milliken &amp; Nudo 2000; Kleim et al. 2004; SCIENCE.md
 * C7.2). Equations and parameters: {@link SkillParameters}.
 *
 * <p><b>Network.</b> A map network on the sheet with the orderly layout written into its afferent
 * and output weights; a cue source (one unit per sequence position, named {@code cue}) onto the
 * sites through {@code map.cue} (dense, random small weights); a facilitation projection {@code
 * map.facilitation} from the sites onto the effectors, parallel to the output (corticospinal)
 * weights and starting at 0. Dopamine ({@value #DOPAMINE}, baseline 0) and acetylcholine ({@value
 * #ACETYLCHOLINE}, constant) are global modulators. The cue and output weights carry an {@link
 * EligibilityTraceRule} with a rate Hebbian term read by dopamine; the facilitation carries {@link
 * Hebbian#rate} with decay. Every rule is gated by {@link Gate#proportionalTo} acetylcholine at 1
 * µM. The reward-prediction error comes from an {@link RpeHook#baseline} (a {@link RewardBaseline})
 * and is released as dopamine by a {@link DopamineRelease}.
 *
 * <p><b>Conditions</b> (same movements, same effectors, same number). <i>Skill</i>: the network
 * chooses the effector from the cue (softmax of the effector rates at the end of planning); the
 * chosen effector is executed; reward 1 when it is the sequence's effector at that position, else
 * 0. <i>Repetition</i>: yoked to a skill run, it executes exactly the effectors that the skill
 * network executed, movement by movement, with the same cues, and every movement is rewarded (the
 * large well of Plautz et al. 2000: no movement can fail). Its reward is therefore uninformative:
 * the baseline learns to expect it and the prediction error vanishes within about {@code
 * 1/baselineBeta} movements of the first day. Only the facilitation then remains, and it decays
 * between sessions.
 *
 * <p><b>Read-outs.</b> Maps by virtual ICMS ({@link VirtualIcms}) of the effective corticospinal
 * weights, output plus facilitation (the facilitation is added into the output weights for the
 * mapping and removed afterwards, exactly: the floats are restored). Performance is the expected
 * accuracy of the sequence: the mean over positions of the softmax probability of the correct
 * effector, measured in a copy of the network without plasticity (planning window, cue only).
 *
 * <p>Nothing in the model sets when the map changes: the lag between performance and map, if any,
 * is measured. Not thread-safe.
 */
public final class SkillTraining implements AutoCloseable {
    /** Name of the dopamine modulator. */
    public static final String DOPAMINE = "dopamine";

    /** Name of the acetylcholine modulator. */
    public static final String ACETYLCHOLINE = "acetylcholine";

    /** Time step (ms): a fifth of the units' 10 ms time constant. */
    public static final double DT_MS = 2.0;

    /** External input that holds the effector units of the movements not made at rest. */
    private static final double SILENT = -1e6;

    private final SkillParameters p;
    private final Simulation sim;
    private final MapNetwork network;
    private final Projection cueWeights;
    private final Projection facilitation;
    private final int[] target;
    private final double[] cueRates;
    private final double[] afferentRates;
    private final double[] command;
    private final double[] noCommand;
    private final UniformRandomProvider rng;
    private final boolean skill;
    private final int[] yoked;
    private final int[] executed;
    private final double[] pendingOutcome = {Double.NaN};
    private final RpeHook rpe;
    private final double[] logits;
    private int movements;
    private int rewarded;

    private SkillTraining(
            CorticalSheet sheet, BodyModel body, SkillParameters p, long seed, int[] yoked) {
        this.p = Args.notNull("parameters", p);
        this.skill = yoked == null;
        this.yoked = yoked;
        int m = body.size();
        int len = p.sequence().size();
        this.target = new int[len];
        for (int k = 0; k < len; k++) {
            target[k] = body.indexOf(p.sequence().get(k));
        }
        this.sim = Simulation.builder().dtMs(DT_MS).seed(seed).threads(1).build();
        final double ach = p.achMicroMolar();
        sim.add(GlobalModulator.ofFunction(ACETYLCHOLINE, t -> ach));
        GlobalModulator da = sim.add(GlobalModulator.of(DOPAMINE, 0.0, p.dopamineTauMs()));
        this.network = MapNetwork.create(sim, "map", sheet, body, p.network());
        network.encode(layout(sheet, body, p.layoutBlurMm()));
        this.cueRates = new double[len];
        final double[] cr = cueRates;
        RateSource cue = RateSource.of("cue", len, (unit, t) -> cr[unit]);
        double[] cx = new double[len];
        double[] cy = new double[len];
        for (int k = 0; k < len; k++) {
            cx[k] = -3.0;
            cy[k] = k * sheet.spacingMm();
        }
        cue.withPositions(cx, cy);
        sim.add(cue);
        this.cueWeights =
                sim.connect(
                        "map.cue",
                        cue,
                        network.sites(),
                        Connectivity.allToAll(),
                        WeightInit.uniform(0.0, p.cueInitialMax()));
        this.facilitation =
                sim.connect(
                        "map.facilitation",
                        network.sites(),
                        network.effectors(),
                        Connectivity.allToAll(),
                        WeightInit.constant(0.0));
        Gate gate = Gate.proportionalTo(ACETYLCHOLINE, 1.0);
        EligibilityTerm term = new EligibilityTerm.RateHebbian(p.eligibilityGain());
        EligibilityParameters base = new EligibilityParameters(0.0, p.tauEligibilityMs(), 0.0, 0.0);
        cueWeights
                .withBounds(WeightBounds.hard(0.0, p.cueMax()))
                .withRule(EligibilityTraceRule.of(term, base.withEta(p.cueEta()), DOPAMINE), gate);
        network.output()
                .withBounds(WeightBounds.hard(0.0, p.outputMax()))
                .withRule(
                        EligibilityTraceRule.of(term, base.withEta(p.outputEta()), DOPAMINE), gate);
        facilitation
                .withBounds(WeightBounds.hard(0.0, p.facilitationMax()))
                .withRule(
                        Hebbian.rate(
                                new HebbianParameters(
                                        p.facilitationEta(), 1.0 / p.facilitationTauMs())),
                        gate);
        final double[] pending = pendingOutcome;
        this.rpe =
                RpeHook.baseline(
                        RewardBaseline.of(new BaselineParameters(p.baselineBeta(), 0.0)),
                        ctx -> {
                            double r = pending[0];
                            pending[0] = Double.NaN;
                            return r;
                        },
                        DopamineRelease.of(da, p.dopamineGain()));
        sim.addPhaseHook(Simulation.Phase.AFTER_PLASTICITY, "rpe", rpe);
        this.afferentRates = new double[m];
        this.command = new double[m];
        this.noCommand = new double[m];
        this.logits = new double[m];
        this.rng = sim.stream("choice");
        this.executed = new int[p.days() * p.movementsPerDay()];
    }

    /**
     * The initial layout: the orderly layout of {@link SomatotopicLayout#orderly}, each site's
     * effector strengths blurred by a Gaussian of width {@code blurMm} over the sites and
     * normalised to sum 1 per site (responses: effectors within half of the site's strongest).
     *
     * @param sheet the sheet
     * @param body the body
     * @param blurMm \( \sigma \) (mm), &gt;= 0 (0: the one-hot layout)
     * @return the layout
     */
    public static MotorMap layout(CorticalSheet sheet, BodyModel body, double blurMm) {
        MotorMap orderly = SomatotopicLayout.orderly(sheet, body);
        if (!(blurMm > 0)) {
            return orderly;
        }
        int n = sheet.siteCount();
        double[][] s = new double[n][body.size()];
        double twoS2 = 2 * blurMm * blurMm;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double d = sheet.distanceMm(i, j);
                double g = Math.exp(-d * d / twoS2);
                s[i][orderly.dominant(j)] += g;
                sum += g;
            }
            for (int e = 0; e < s[i].length; e++) {
                s[i][e] /= sum;
            }
        }
        return MotorMap.relative(sheet, body, s, 0.5);
    }

    /**
     * A skill-trained network: reward when the chosen effector is the sequence's.
     *
     * @param sheet the sheet
     * @param body the body (must contain the sequence's effectors)
     * @param parameters the parameters
     * @param seed seed (initial cue weights, choices)
     * @return the training
     */
    public static SkillTraining skill(
            CorticalSheet sheet, BodyModel body, SkillParameters parameters, long seed) {
        return new SkillTraining(sheet, body, parameters, seed, null);
    }

    /**
     * A repetition network yoked to a skill run: the same executed effectors, movement by movement,
     * every movement rewarded.
     *
     * @param sheet the sheet
     * @param body the body
     * @param parameters the parameters (same as the skill run's)
     * @param seed seed (initial cue weights)
     * @param executedEffectors the effectors the skill run executed ({@link #executedEffectors()})
     * @return the training
     */
    public static SkillTraining repetition(
            CorticalSheet sheet,
            BodyModel body,
            SkillParameters parameters,
            long seed,
            int[] executedEffectors) {
        Args.notNull("executedEffectors", executedEffectors);
        return new SkillTraining(sheet, body, parameters, seed, executedEffectors.clone());
    }

    /** The map network (read its weights; do not attach further rules). */
    public MapNetwork network() {
        return network;
    }

    /** The cue weights (post = site, pre = sequence position). */
    public Projection cueWeights() {
        return cueWeights;
    }

    /** The facilitation weights (post = effector, pre = site). */
    public Projection facilitation() {
        return facilitation;
    }

    /** Model time (ms). */
    public double timeMs() {
        return sim.timeMs();
    }

    /** Movements made so far. */
    public int movements() {
        return movements;
    }

    /** Rewarded movements so far. */
    public int rewarded() {
        return rewarded;
    }

    /** The last reward-prediction error (reward units). */
    public double lastPredictionError() {
        return rpe.lastDelta();
    }

    /** The effectors executed so far, in order (a new array). */
    public int[] executedEffectors() {
        return Arrays.copyOf(executed, movements);
    }

    /**
     * Runs one session of {@code movementsPerDay} movements.
     *
     * @return the fraction of movements rewarded in the session
     */
    public double session() {
        int len = target.length;
        long plan = Math.round(p.planMs() / DT_MS);
        long exec = Math.round(p.executeMs() / DT_MS);
        long pause = Math.round(p.interMovementMs() / DT_MS);
        int before = rewarded;
        for (int k = 0; k < p.movementsPerDay(); k++) {
            if (movements >= executed.length) {
                throw new IllegalStateException("all " + p.days() + " sessions have been run");
            }
            int pos = movements % len;
            Arrays.fill(cueRates, 0.0);
            cueRates[pos] = p.cueRateHz();
            Arrays.fill(afferentRates, 0.0);
            network.setAfferentRatesHz(afferentRates);
            network.effectors().setExternalInput(noCommand);
            sim.steps(plan);
            int chosen;
            double reward;
            if (skill) {
                chosen = choose();
                reward = chosen == target[pos] ? 1.0 : 0.0;
            } else {
                chosen = yoked[movements];
                reward = 1.0;
            }
            afferentRates[chosen] = p.useRateHz();
            network.setAfferentRatesHz(afferentRates);
            Arrays.fill(command, SILENT);
            command[chosen] = p.commandHz();
            network.effectors().setExternalInput(command);
            sim.steps(Math.max(0, exec - 1));
            pendingOutcome[0] = reward;
            sim.step();
            executed[movements] = chosen;
            movements++;
            if (reward > 0) {
                rewarded++;
            }
            Arrays.fill(cueRates, 0.0);
            Arrays.fill(afferentRates, 0.0);
            network.setAfferentRatesHz(afferentRates);
            network.effectors().setExternalInput(noCommand);
            sim.steps(pause);
        }
        return (rewarded - before) / (double) p.movementsPerDay();
    }

    /** Runs the rest of a day (all inputs off, {@code restBetweenSessionsMs}). */
    public void rest() {
        Arrays.fill(cueRates, 0.0);
        Arrays.fill(afferentRates, 0.0);
        network.setAfferentRatesHz(afferentRates);
        network.effectors().setExternalInput(noCommand);
        sim.steps(Math.round(p.restBetweenSessionsMs() / DT_MS));
    }

    private int choose() {
        int m = logits.length;
        for (int e = 0; e < m; e++) {
            logits[e] = network.effectors().rateHz(e);
        }
        softmax(logits, p.choiceSharpness());
        double u = rng.nextDouble();
        for (int e = 0; e < m; e++) {
            u -= logits[e];
            if (u < 0) {
                return e;
            }
        }
        return m - 1;
    }

    /**
     * Replaces rates by choice probabilities \( e^{\beta m_e / \max m} / \sum_f e^{\beta m_f / \max
     * m} \) (uniform when all rates are 0).
     */
    private static void softmax(double[] v, double beta) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        double scale = max > 0 ? beta / max : 0.0;
        double sum = 0;
        for (int e = 0; e < v.length; e++) {
            v[e] = Math.exp(scale * (v[e] - max));
            sum += v[e];
        }
        for (int e = 0; e < v.length; e++) {
            v[e] /= sum;
        }
    }

    /**
     * Expected accuracy of the sequence now: the mean over positions of the softmax probability of
     * the correct effector after the planning window, in a copy of the network without plasticity
     * (the live network is not touched). Uses the effective corticospinal weights (output plus
     * facilitation).
     *
     * @return accuracy in [0, 1]
     */
    public double performance() {
        double[][] m = plannedRatesHz();
        double acc = 0;
        for (int k = 0; k < target.length; k++) {
            softmax(m[k], p.choiceSharpness());
            acc += m[k][target[k]];
        }
        return acc / target.length;
    }

    /**
     * Effector rates at the end of the planning window for each cue, in a copy of the network
     * without plasticity.
     *
     * @return {@code rates[position][effector]} (Hz)
     */
    public double[][] plannedRatesHz() {
        int len = target.length;
        int m = network.body().size();
        int n = network.sheet().siteCount();
        double[][] out = new double[len][m];
        try (Simulation probeSim = Simulation.builder().dtMs(DT_MS).seed(sim.seed()).build()) {
            MapNetwork probe =
                    MapNetwork.create(
                            probeSim, "probe", network.sheet(), network.body(), p.network());
            final double[] rates = new double[len];
            RateSource cue = RateSource.of("cue", len, (unit, t) -> rates[unit]);
            probeSim.add(cue);
            Projection probeCue =
                    probeSim.connect(
                            "probe.cue",
                            cue,
                            probe.sites(),
                            Connectivity.allToAll(),
                            WeightInit.constant(0.0));
            copy(network.afferent(), probe.afferent(), null);
            copy(network.lateralExcitation(), probe.lateralExcitation(), null);
            copy(network.lateralInhibition(), probe.lateralInhibition(), null);
            copy(network.output(), probe.output(), facilitation);
            copy(cueWeights, probeCue, null);
            long plan = Math.round(p.planMs() / DT_MS);
            for (int k = 0; k < len; k++) {
                for (int i = 0; i < n; i++) {
                    probe.sites().setRate(i, 0.0);
                }
                for (int e = 0; e < m; e++) {
                    probe.effectors().setRate(e, 0.0);
                }
                // one step clamped below threshold clears the input queued for the next step
                double[] clampS = new double[n];
                Arrays.fill(clampS, -1e12);
                double[] clampE = new double[m];
                Arrays.fill(clampE, -1e12);
                Arrays.fill(rates, 0.0);
                probe.sites().setExternalInput(clampS);
                probe.effectors().setExternalInput(clampE);
                probeSim.step();
                probe.sites().setExternalInput(new double[n]);
                probe.effectors().setExternalInput(new double[m]);
                rates[k] = p.cueRateHz();
                probeSim.steps(plan);
                for (int e = 0; e < m; e++) {
                    out[k][e] = probe.effectors().rateHz(e);
                }
            }
        }
        return out;
    }

    private static void copy(Projection from, Projection to, Projection plus) {
        int posts = from.post().size();
        for (int i = 0; i < posts; i++) {
            int[] pre = from.preIndicesCopy(i);
            float[] w = from.rowCopy(i);
            float[] add = plus == null ? null : plus.rowCopy(i);
            for (int k = 0; k < pre.length; k++) {
                to.setWeight(i, pre[k], add == null ? w[k] : (double) w[k] + add[k]);
            }
        }
    }

    /**
     * Maps the network by virtual ICMS of the effective corticospinal weights (output plus
     * facilitation), copied into a separate network without plasticity; the live network is not
     * touched.
     *
     * @param icms the protocol
     * @return the map
     */
    public MotorMap icms(IcmsParameters icms) {
        Args.notNull("icms", icms);
        try (Simulation viewSim = Simulation.builder().dtMs(DT_MS).seed(sim.seed()).build()) {
            MapNetwork view =
                    MapNetwork.create(
                            viewSim, "view", network.sheet(), network.body(), p.network());
            copy(network.afferent(), view.afferent(), null);
            copy(network.lateralExcitation(), view.lateralExcitation(), null);
            copy(network.lateralInhibition(), view.lateralInhibition(), null);
            copy(network.output(), view.output(), facilitation);
            return VirtualIcms.map(view, icms);
        }
    }

    @Override
    public void close() {
        sim.close();
    }
}
