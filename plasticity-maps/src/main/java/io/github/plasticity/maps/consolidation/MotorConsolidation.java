package io.github.plasticity.maps.consolidation;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.metabolism.ConsolidatingRule;
import io.github.plasticity.core.metabolism.ConsolidationParameters;
import io.github.plasticity.core.metabolism.Interventions;
import io.github.plasticity.core.metabolism.MetabolicSupply;
import io.github.plasticity.core.metabolism.ShuttleParameters;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.maps.adaptation.TwoStateParameters;
import io.github.plasticity.maps.learning.EvokedDirection;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import java.util.Arrays;

/**
 * A motor task learnt by a {@link MapNetwork} over a training session, consolidated over a break
 * ("overnight") and tested the next day: the protocol in which blocking M1 NMDA receptors during
 * training, or the astrocyte-neuron lactate shuttle, spares within-session improvement but
 * abolishes next-day retention.
 *
 * <p><b>Task.</b> A cue (every afferent of the map firing at {@code cueHz}) must evoke a target
 * movement, {@code targetHz[e]} on effector {@code e} (the body of {@link EvokedDirection#thumb()};
 * by default strong flexion, weak extension). The map starts with every output synapse at the same
 * efficacy, so the cue evokes a weak, unselective movement. The error of a movement {@code m} is \(
 * E = \lVert \mathrm{target} - m \rVert \) (Hz); performance is \( E/E_0 \), \( E_0 \) being the
 * error at the pre-test.
 *
 * <p><b>Two processes.</b> (1) M1, slow and NMDA-dependent: the map's output (corticospinal)
 * weights learn with the calcium-control rule in mean-field form ({@link MeanFieldCalciumRule},
 * Shouval, Bear &amp; Cooper 2002), wrapped in {@link ConsolidatingRule}: every change is early
 * (decaying with \( \tau_e \)) until captured into lasting weight at rate {@code k}, capture
 * needing the postsynaptic ATP at or above {@code atpThresholdMilliMolar} ({@link
 * ConsolidatingRule#withEnergy}); ATP is made from the lactate the astrocyte-neuron shuttle
 * delivers in response to glutamate release ({@link MetabolicSupply}; Pellerin &amp; Magistretti
 * 1994; Suzuki et al. 2011). The effector units are the tracked neurons; glutamate reaches them
 * through the output synapses and through a background of {@code sheet.siteCount()} non-plastic
 * inputs firing at {@code backgroundHz} at all times (projection {@code m1.background.load}, weight
 * 0: modelled only for its release of glutamate, the metabolic load that the shuttle serves). (2) A
 * fast process outside M1 (standing for cerebellar and other non-M1 adaptation), not dependent on
 * M1 NMDA receptors: the fast state of the two-state model (Smith, Ghazizadeh &amp; Shadmehr 2006),
 * a drive \( u \) to the effector units updated after every trial with the published \( A_f, B_f
 * \), \( u \leftarrow A_f u + B_f (\mathrm{target} - m) \), and decaying as \( A_f^{t/T} \) between
 * trials and over the break ({@code T} = {@code trialMs + itiMs}).
 *
 * <p><b>Trial.</b> During the cue ({@code trialMs}) the target movement is practised: the effector
 * units receive the motor command that, added to M1's output, makes the target movement (command =
 * target minus M1's output at the start of the trial), so the output synapses of the cue-driven
 * sites see the practised movement, as in use-dependent plasticity (Classen et al. 1998; Bütefisch
 * et al. 2000): onto the strongly driven effector calcium is high (LTP), onto the weakly driven one
 * it stays below the LTD threshold. At the end of the cue the movement the network would make to
 * the cue without the command is read from its state, \( m_e = \max(0, \sum_i W_{ei} r_i + u_e) \),
 * \( r_i \) the site rates at that moment (the steady state of the threshold-linear effector units,
 * which do not feed back onto the sites); the fast process learns from its error; then {@code
 * itiMs} of silence. The pre-test, the post-test and the next-day test are real presentations of
 * the cue without command (effector input {@code u} only), the movement read from the effector
 * units at the end of the cue.
 *
 * <p><b>Schedule.</b> Pre-test; {@code sessionTrials} trials; post-test; a break of {@code nightMs}
 * without cue; next-day test; {@code day2Trials} trials. Within-session improvement is \( 1 -
 * E_{post}/E_0 \); retention is the fraction of it present at the next-day test, \( (E_0 -
 * E_{test})/(E_0 - E_{post}) \). The NMDA block of an {@link Arm} lasts from the pre-test to the
 * post-test; a shuttle manipulation lasts through the break, and from the pre-test on when {@link
 * Arm#shuttleFromTraining()}.
 *
 * <p><b>Outcome with the defaults (measured).</b> Neither the M1 rule nor the units read ATP, so
 * improvement is the same with and without the shuttle (a limitation: with the shuttle blocked from
 * training on, ATP falls to about 0.2 mM during practice without any effect on the movement).
 * Practice lowers the effector units' ATP below the capture threshold (0.8-1.2 mM against 2.0), so
 * capture happens in the break, once ATP has recovered (2.2 mM); with the shuttle blocked ATP
 * settles near 1.2 mM and the early changes decay uncaptured. With NMDA receptors blocked no
 * calcium enters the output synapses, M1 does not change, and the improvement is the fast process's
 * asymptote, \( B_f/(1 - A_f + B_f) = 3/11 \) of the error, all of which decays by the next day.
 *
 * <p><b>Time compression.</b> Metabolism, calcium and the network run in real time (ms); learning
 * and consolidation are compressed. The defaults' session is 60 trials of 0.5 s (30 s standing for
 * a session of some 15-30 min); the break, 400 s, stands for a night; \( \tau_e \) = 100 s instead
 * of 1-3 h and \( 1/k \) = 50 s instead of about 30 min (captured fraction \( k/(k + 1/\tau_e) =
 * 2/3 \)); the calcium rule's learning rate is multiplied by {@code rateFactor}. The neurons'
 * lactate and ATP reserves are not compressed: they last about 45 s of model time once the shuttle
 * is blocked, a sizeable part of the compressed consolidation window, which is why {@link
 * Arm#shuttleBlocked()} is in place from training on (as Suzuki et al.'s knock-downs and
 * pre-training injections were) and {@link Arm#shuttleBlockedAfterTraining()}, blocking in the
 * break only, spares part of the retention.
 *
 * <p>None of the task and network values is from the literature; the fast process's \( A_f, B_f \),
 * the calcium rule's functions and the shuttle's parameters are. The model is deterministic: the
 * seed only names the run.
 *
 * @param sheet the sheet (every site receives every afferent)
 * @param network the map network's parameters (its lateral interactions and time constants)
 * @param calcium the calcium-control rule's parameters (its {@code nmdaBlock} is the intact value)
 * @param weightScale output weight of an efficacy of 1 (weight units), &gt; 0 and finite
 * @param rateFactor factor on the calcium rule's learning rate (dimensionless), &gt;= 0 and finite
 * @param initialEfficacy efficacy of every output synapse at the start (dimensionless), in [0, 1]
 * @param afferentWeight weight of every afferent onto every site (weight units), &gt;= 0 and finite
 * @param cueHz afferent rate of the cue (Hz), &gt; 0 and finite
 * @param targetHz target movement, one rate per effector (Hz), each &gt;= 0 and finite
 * @param trialMs duration of the cue in a trial (ms), &gt; 0 and finite
 * @param itiMs inter-trial interval (ms), &gt;= 0 and finite
 * @param sessionTrials trials in the training session, &gt;= 1
 * @param nightMs the break between the post-test and the next-day test (ms), &gt; 0 and finite
 * @param backgroundHz rate of the background inputs onto the effector units (Hz), &gt;= 0 and
 *     finite
 * @param day2Trials trials after the next-day test, &gt;= 0
 * @param fast the fast process: {@code aFast} and {@code bFast} are used (per trial)
 * @param consolidation early decay and capture of the output synapses
 * @param atpThresholdMilliMolar postsynaptic ATP needed for capture (mM), &gt;= 0 and finite
 * @param releasesPerTransmission vesicle releases per presynaptic spike at each output and
 *     background synapse, &gt; 0 and finite (sets the effector units' energy demand)
 * @param shuttle the lactate shuttle
 */
public record MotorConsolidation(
        CorticalSheet sheet,
        MapNetworkParameters network,
        ShouvalParameters calcium,
        double weightScale,
        double rateFactor,
        double initialEfficacy,
        double afferentWeight,
        double cueHz,
        double[] targetHz,
        double trialMs,
        double itiMs,
        int sessionTrials,
        double nightMs,
        double backgroundHz,
        int day2Trials,
        TwoStateParameters fast,
        ConsolidationParameters consolidation,
        double atpThresholdMilliMolar,
        double releasesPerTransmission,
        ShuttleParameters shuttle) {

    /** Time step of the simulation (ms). */
    public static final double DT_MS = 2.0;

    /** Validates every field (NaN and infinities refused). */
    public MotorConsolidation {
        Args.notNull("sheet", sheet);
        Args.notNull("network", network);
        Args.notNull("calcium", calcium);
        Args.positive("weightScale", weightScale, "weight units");
        Args.nonNegative("rateFactor", rateFactor, "dimensionless");
        Args.inRange("initialEfficacy", initialEfficacy, 0.0, 1.0, "dimensionless");
        Args.nonNegative("afferentWeight", afferentWeight, "weight units");
        Args.positive("cueHz", cueHz, "Hz");
        Args.notNull("targetHz", targetHz);
        targetHz = targetHz.clone();
        if (targetHz.length == 0) {
            throw new IllegalArgumentException("targetHz needs one rate per effector (Hz): none");
        }
        for (int e = 0; e < targetHz.length; e++) {
            Args.nonNegative("targetHz[" + e + "]", targetHz[e], "Hz");
        }
        Args.positive("trialMs", trialMs, "ms");
        Args.nonNegative("itiMs", itiMs, "ms");
        Args.atLeast("sessionTrials", sessionTrials, 1);
        Args.positive("nightMs", nightMs, "ms");
        Args.nonNegative("backgroundHz", backgroundHz, "Hz");
        Args.atLeast("day2Trials", day2Trials, 0);
        Args.notNull("fast", fast);
        Args.notNull("consolidation", consolidation);
        Args.nonNegative("atpThresholdMilliMolar", atpThresholdMilliMolar, "mM");
        Args.positive("releasesPerTransmission", releasesPerTransmission, "releases");
        Args.notNull("shuttle", shuttle);
    }

    /** The target movement (Hz per effector, a copy). */
    @Override
    public double[] targetHz() {
        return targetHz.clone();
    }

    /**
     * Our defaults (see the class documentation for what is from the literature): a 4 x 3 sheet at
     * 0.25 mm, {@link MapNetworkParameters#defaults()}; {@link
     * ShouvalParameters#shouvalBearCooper2002()} with rate factor 0.1; weight scale 0.2 and initial
     * efficacy 0.25 (\( \Omega(0) \), the rule's resting fixed point), so that the cue (8 Hz,
     * afferent weight 0.5, sites at about 8 Hz) evokes about 4.8 Hz on each effector at first and
     * about 18 Hz on a fully potentiated one; target 4 Hz extension, 18 Hz flexion; trials of 400
     * ms cue and 100 ms interval; 60 session trials; break 400 s; 20 day-2 trials; \( A_f, B_f \)
     * of {@link TwoStateParameters#smithGhazizadehShadmehr2006()}; \( \tau_e \) = 100 s, \( 1/k \)
     * = 50 s; capture at ATP &gt;= 2.0 mM; background 8 Hz; 100 releases per transmission; {@link
     * ShuttleParameters#jolivet2015()}.
     *
     * @return the protocol
     */
    public static MotorConsolidation defaults() {
        return new MotorConsolidation(
                CorticalSheet.rectangle(4, 3, 0.25),
                MapNetworkParameters.defaults(),
                ShouvalParameters.shouvalBearCooper2002(),
                0.2,
                0.1,
                0.25,
                0.5,
                8.0,
                new double[] {4.0, 18.0},
                400.0,
                100.0,
                60,
                400_000.0,
                8.0,
                20,
                TwoStateParameters.smithGhazizadehShadmehr2006(),
                new ConsolidationParameters(100_000.0, 1.0 / 50_000.0),
                2.0,
                100.0,
                ShuttleParameters.jolivet2015());
    }

    /** The body: {@link EvokedDirection#thumb()} (extension, flexion). */
    public static BodyModel body() {
        return EvokedDirection.thumb();
    }

    /**
     * A copy with other numbers of trials.
     *
     * @param session session trials, &gt;= 1
     * @param day2 day-2 trials, &gt;= 0
     * @return the copy
     */
    public MotorConsolidation withTrials(int session, int day2) {
        return new MotorConsolidation(
                sheet,
                network,
                calcium,
                weightScale,
                rateFactor,
                initialEfficacy,
                afferentWeight,
                cueHz,
                targetHz,
                trialMs,
                itiMs,
                session,
                nightMs,
                backgroundHz,
                day2,
                fast,
                consolidation,
                atpThresholdMilliMolar,
                releasesPerTransmission,
                shuttle);
    }

    /**
     * A copy with another break.
     *
     * @param ms the break (ms), &gt; 0 and finite
     * @return the copy
     */
    public MotorConsolidation withNightMs(double ms) {
        return new MotorConsolidation(
                sheet,
                network,
                calcium,
                weightScale,
                rateFactor,
                initialEfficacy,
                afferentWeight,
                cueHz,
                targetHz,
                trialMs,
                itiMs,
                sessionTrials,
                ms,
                backgroundHz,
                day2Trials,
                fast,
                consolidation,
                atpThresholdMilliMolar,
                releasesPerTransmission,
                shuttle);
    }

    /**
     * A copy with another sheet.
     *
     * @param value the sheet
     * @return the copy
     */
    public MotorConsolidation withSheet(CorticalSheet value) {
        return new MotorConsolidation(
                value,
                network,
                calcium,
                weightScale,
                rateFactor,
                initialEfficacy,
                afferentWeight,
                cueHz,
                targetHz,
                trialMs,
                itiMs,
                sessionTrials,
                nightMs,
                backgroundHz,
                day2Trials,
                fast,
                consolidation,
                atpThresholdMilliMolar,
                releasesPerTransmission,
                shuttle);
    }

    /**
     * A copy with another factor on the calcium rule's learning rate.
     *
     * @param value dimensionless, &gt;= 0 and finite
     * @return the copy
     */
    public MotorConsolidation withRateFactor(double value) {
        return new MotorConsolidation(
                sheet,
                network,
                calcium,
                weightScale,
                value,
                initialEfficacy,
                afferentWeight,
                cueHz,
                targetHz,
                trialMs,
                itiMs,
                sessionTrials,
                nightMs,
                backgroundHz,
                day2Trials,
                fast,
                consolidation,
                atpThresholdMilliMolar,
                releasesPerTransmission,
                shuttle);
    }

    /**
     * An experimental condition.
     *
     * @param name label
     * @param trainingNmdaFraction fraction of M1 NMDA current left from the pre-test to the
     *     post-test (dimensionless), in [0, 1]: 1 intact, 0 fully blocked (an NMDA antagonist
     *     during training)
     * @param shuttle manipulation of the lactate shuttle
     * @param shuttleFromTraining true: the manipulation is in place from the pre-test through the
     *     break (as Suzuki et al.'s knock-downs and pre-training injections); false: during the
     *     break only
     */
    public record Arm(
            String name,
            double trainingNmdaFraction,
            Interventions shuttle,
            boolean shuttleFromTraining) {
        /** Validates the fields. */
        public Arm {
            Args.notNull("name", name);
            Args.inRange("trainingNmdaFraction", trainingNmdaFraction, 0.0, 1.0, "dimensionless");
            Args.notNull("shuttle", shuttle);
        }

        /** No manipulation. */
        public static Arm control() {
            return new Arm("control", 1.0, Interventions.none(), false);
        }

        /** M1 NMDA receptors fully blocked during training (nothing during the break). */
        public static Arm nmdaBlockedDuringTraining() {
            return new Arm("NMDA blocked during training", 0.0, Interventions.none(), false);
        }

        /**
         * Astrocytic MCT1/4 blocked from the pre-test through the break (Suzuki et al. 2011
         * knock-down): the reserves of lactate and ATP are spent by the end of training, so no
         * capture can happen in the break.
         */
        public static Arm shuttleBlocked() {
            return new Arm(
                    "shuttle blocked",
                    1.0,
                    Interventions.none().withAstrocyteMctBlocked(true),
                    true);
        }

        /**
         * Astrocytic MCT1/4 blocked during the break only. In compressed time the neurons' lactate
         * and ATP reserves last a sizeable part of the consolidation window (about 45 s of model
         * time with the defaults), so capture proceeds until they run out.
         */
        public static Arm shuttleBlockedAfterTraining() {
            return new Arm(
                    "shuttle blocked after training",
                    1.0,
                    Interventions.none().withAstrocyteMctBlocked(true),
                    false);
        }

        /**
         * {@link #shuttleBlocked()} with L-lactate infused.
         *
         * @param milliMolarPerS infusion into the extracellular space (mM/s), &gt;= 0 and finite
         * @return the arm
         */
        public static Arm shuttleBlockedWithLactate(double milliMolarPerS) {
            return new Arm(
                    "shuttle blocked + lactate",
                    1.0,
                    Interventions.none()
                            .withAstrocyteMctBlocked(true)
                            .withExogenousLactateMilliMolarPerS(milliMolarPerS),
                    true);
        }

        /**
         * {@link #shuttleBlocked()} with glucose infused.
         *
         * @param milliMolarPerS infusion into the extracellular space (mM/s), &gt;= 0 and finite
         * @return the arm
         */
        public static Arm shuttleBlockedWithGlucose(double milliMolarPerS) {
            return new Arm(
                    "shuttle blocked + glucose",
                    1.0,
                    Interventions.none()
                            .withAstrocyteMctBlocked(true)
                            .withExogenousGlucoseMilliMolarPerS(milliMolarPerS),
                    true);
        }
    }

    /**
     * The outcome of one arm.
     *
     * @param arm the arm
     * @param timeS model time of each sample (s)
     * @param phase phase of each sample: 0 session, 1 break, 2 next day
     * @param performance \( E/E_0 \) at each sample (dimensionless; 1 = naive, 0 = target reached);
     *     during the break the movement the cue would evoke, computed from the weights, the site
     *     rates of the last cue and the decaying fast drive
     * @param fastNormHz norm of the fast drive {@code u} at each sample (Hz)
     * @param atpMilliMolar mean ATP of the effector units at each sample (mM)
     * @param initialErrorHz \( E_0 \) (Hz), pre-test
     * @param endErrorHz error at the post-test (Hz)
     * @param testErrorHz error at the next-day test (Hz)
     * @param lastingChange mean over output synapses of the lasting minus the initial weight at the
     *     next-day test (weight units)
     */
    public record Result(
            Arm arm,
            double[] timeS,
            double[] phase,
            double[] performance,
            double[] fastNormHz,
            double[] atpMilliMolar,
            double initialErrorHz,
            double endErrorHz,
            double testErrorHz,
            double lastingChange) {
        /** Within-session improvement, \( 1 - E_{post}/E_0 \) (dimensionless). */
        public double improvement() {
            return 1.0 - endErrorHz / initialErrorHz;
        }

        /**
         * Retention: the fraction of the within-session improvement present at the next-day test,
         * \( (E_0 - E_{test})/(E_0 - E_{post}) \) (dimensionless; NaN without improvement).
         */
        public double retention() {
            double gained = initialErrorHz - endErrorHz;
            return gained > 0 ? (initialErrorHz - testErrorHz) / gained : Double.NaN;
        }
    }

    /**
     * Runs one arm.
     *
     * @param arm the condition
     * @param seed simulation seed (the model is deterministic; the seed names the run)
     * @return the outcome
     */
    public Result run(Arm arm, long seed) {
        Args.notNull("arm", arm);
        BodyModel body = body();
        int m = body.size();
        Args.length("targetHz", targetHz.length, m);
        int n = sheet.siteCount();
        double period = trialMs + itiMs;
        double sessionEndMs = (sessionTrials + 2) * period;
        Recorder rec = new Recorder();
        try (Simulation sim = Simulation.builder().dtMs(DT_MS).seed(seed).threads(1).build()) {
            MapNetwork net = MapNetwork.create(sim, "m1", sheet, body, network);
            for (int i = 0; i < n; i++) {
                for (int e = 0; e < m; e++) {
                    net.afferent().setWeight(i, e, afferentWeight);
                    net.output().setWeight(e, i, initialEfficacy * weightScale);
                }
            }
            RateSource background =
                    sim.add(RateSource.of("m1.background", n, (unit, t) -> backgroundHz));
            Projection load =
                    sim.connect(
                            "m1.background.load",
                            background,
                            net.effectors(),
                            Connectivity.allToAll(),
                            WeightInit.constant(0.0));
            MetabolicSupply supply =
                    MetabolicSupply.builder()
                            .name("m1.metabolism")
                            .neurons(net.effectors())
                            .synapses(net.output(), releasesPerTransmission)
                            .synapses(load, releasesPerTransmission)
                            .domainSizeMm(10.0)
                            .shuttle(shuttle)
                            .interventions(
                                    arm.shuttleFromTraining()
                                            ? arm.shuttle()
                                            : Interventions.none())
                            .attach(sim);
            final double blocked = arm.trainingNmdaFraction();
            MeanFieldCalciumRule rule =
                    MeanFieldCalciumRule.of(calcium, weightScale, rateFactor)
                            .withNmdaBlockSchedule(t -> t < sessionEndMs ? blocked : 1.0);
            net.output()
                    .withBounds(WeightBounds.hard(0.0, weightScale))
                    .withRule(
                            ConsolidatingRule.of(rule, consolidation)
                                    .withEnergy(supply, atpThresholdMilliMolar));
            State s = new State(sim, net, supply, m, n);
            long cueSteps = Math.max(1, Math.round(trialMs / DT_MS));
            long itiSteps = Math.round(itiMs / DT_MS);

            // Pre-test: the naive movement.
            double e0 = s.test(cueSteps, itiSteps, cueHz, targetHz);
            rec.add(sim.timeMs(), 0, 1.0, 0.0, s.atp());
            for (int k = 0; k < sessionTrials; k++) {
                double err = s.practice(cueSteps, itiSteps, cueHz, targetHz, fast);
                rec.add(sim.timeMs(), 0, err / e0, norm(s.u), s.atp());
            }
            double eEnd = s.test(cueSteps, itiSteps, cueHz, targetHz);
            s.decay(fast, 1.0);
            rec.add(sim.timeMs(), 0, eEnd / e0, norm(s.u), s.atp());

            // The break.
            supply.setInterventions(arm.shuttle());
            Arrays.fill(s.rates, 0.0);
            net.setAfferentRatesHz(s.rates);
            Arrays.fill(s.command, 0.0);
            net.effectors().setExternalInput(s.command);
            int samples = 30;
            long nightSteps = Math.max(samples, Math.round(nightMs / DT_MS));
            long per = nightSteps / samples;
            for (int q = 0; q < samples; q++) {
                long steps = q == samples - 1 ? nightSteps - per * (samples - 1) : per;
                sim.steps(steps);
                s.decay(fast, steps * DT_MS / period);
                rec.add(sim.timeMs(), 1, s.probeError(targetHz) / e0, norm(s.u), s.atp());
            }
            supply.setInterventions(Interventions.none());

            // The next day.
            double eTest = s.test(cueSteps, itiSteps, cueHz, targetHz);
            s.decay(fast, 1.0);
            rec.add(sim.timeMs(), 2, eTest / e0, norm(s.u), s.atp());
            double lasting =
                    mean(net.output().ruleStateCopy(rule.name(), "consolidation.late"))
                            - initialEfficacy * weightScale;
            for (int k = 0; k < day2Trials; k++) {
                double err = s.practice(cueSteps, itiSteps, cueHz, targetHz, fast);
                rec.add(sim.timeMs(), 2, err / e0, norm(s.u), s.atp());
            }
            return new Result(
                    arm,
                    rec.time(),
                    rec.phase(),
                    rec.performance(),
                    rec.fast(),
                    rec.atp(),
                    e0,
                    eEnd,
                    eTest,
                    lasting);
        }
    }

    /**
     * How closely one arm's next-day learning curve follows another arm's first session: the
     * largest difference of performance between the next-day test and day-2 trials of {@code day2}
     * and the pre-test and first session trials of {@code day1}, sample by sample (for example 0
     * when an NMDA-blocked group relearns on day 2 exactly like naive learners).
     *
     * @param day2 the arm whose next day is compared
     * @param day1 the arm whose first session is compared (at least as many session samples)
     * @return the largest absolute difference of \( E/E_0 \) (dimensionless)
     */
    public static double relearningDeviation(Result day2, Result day1) {
        Args.notNull("day2", day2);
        Args.notNull("day1", day1);
        double max = 0;
        int k = 0;
        for (int i = 0; i < day2.phase().length; i++) {
            if (day2.phase()[i] == 2) {
                if (k >= day1.phase().length || day1.phase()[k] != 0) {
                    throw new IllegalArgumentException(
                            "day1 has fewer session samples than day2 has next-day samples");
                }
                max = Math.max(max, Math.abs(day2.performance()[i] - day1.performance()[k]));
                k++;
            }
        }
        return max;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** The live network and the fast process during a run. */
    private static final class State {
        final Simulation sim;
        final MapNetwork net;
        final MetabolicSupply supply;
        final double[] u;
        final double[] rates;
        final double[] command;
        final double[] movement;
        final double[] siteRates;
        final int m;
        final int n;

        State(Simulation sim, MapNetwork net, MetabolicSupply supply, int m, int n) {
            this.sim = sim;
            this.net = net;
            this.supply = supply;
            this.m = m;
            this.n = n;
            this.u = new double[m];
            this.rates = new double[m];
            this.command = new double[m];
            this.movement = new double[m];
            this.siteRates = new double[n];
        }

        double atp() {
            double[] a = supply.atpCopy(net.effectors());
            double s = 0;
            for (double v : a) {
                s += v;
            }
            return s / a.length;
        }

        /** M1's drive of effector e by the sites' last cue rates (Hz). */
        double m1Drive(int e) {
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += net.outputWeight(i, e) * siteRates[i];
            }
            return d;
        }

        /** A cue without command; the movement is read from the effector units. */
        double test(long cueSteps, long itiSteps, double cueHz, double[] target) {
            Arrays.fill(rates, cueHz);
            net.setAfferentRatesHz(rates);
            System.arraycopy(u, 0, command, 0, m);
            net.effectors().setExternalInput(command);
            sim.steps(cueSteps);
            double err = 0;
            for (int e = 0; e < m; e++) {
                double d = target[e] - net.effectors().rateHz(e);
                err += d * d;
            }
            for (int i = 0; i < n; i++) {
                siteRates[i] = net.sites().rateHz(i);
            }
            rest(itiSteps);
            return Math.sqrt(err);
        }

        /** A practice trial; returns the error of the probe movement after it (Hz). */
        double practice(
                long cueSteps, long itiSteps, double cueHz, double[] target, TwoStateParameters f) {
            Arrays.fill(rates, cueHz);
            net.setAfferentRatesHz(rates);
            for (int e = 0; e < m; e++) {
                command[e] = target[e] - m1Drive(e);
            }
            net.effectors().setExternalInput(command);
            sim.steps(cueSteps);
            for (int i = 0; i < n; i++) {
                siteRates[i] = net.sites().rateHz(i);
            }
            double err = probeError(target);
            for (int e = 0; e < m; e++) {
                u[e] = f.aFast() * u[e] + f.bFast() * (target[e] - movement[e]);
            }
            rest(itiSteps);
            return err;
        }

        /** Error of the movement the cue would evoke now (Hz); fills {@code movement}. */
        double probeError(double[] target) {
            double err = 0;
            for (int e = 0; e < m; e++) {
                movement[e] = Math.max(0.0, m1Drive(e) + u[e]);
                double d = target[e] - movement[e];
                err += d * d;
            }
            return Math.sqrt(err);
        }

        void rest(long steps) {
            if (steps == 0) {
                return;
            }
            Arrays.fill(rates, 0.0);
            net.setAfferentRatesHz(rates);
            Arrays.fill(command, 0.0);
            net.effectors().setExternalInput(command);
            sim.steps(steps);
        }

        void decay(TwoStateParameters f, double periods) {
            double a = Math.pow(f.aFast(), periods);
            for (int e = 0; e < m; e++) {
                u[e] *= a;
            }
        }
    }

    /** Growable sample columns. */
    private static final class Recorder {
        private double[][] cols = new double[5][64];
        private int size;

        void add(double timeMs, int phase, double perf, double fast, double atp) {
            if (size == cols[0].length) {
                for (int c = 0; c < cols.length; c++) {
                    cols[c] = Arrays.copyOf(cols[c], 2 * size);
                }
            }
            cols[0][size] = timeMs / 1000.0;
            cols[1][size] = phase;
            cols[2][size] = perf;
            cols[3][size] = fast;
            cols[4][size] = atp;
            size++;
        }

        double[] time() {
            return Arrays.copyOf(cols[0], size);
        }

        double[] phase() {
            return Arrays.copyOf(cols[1], size);
        }

        double[] performance() {
            return Arrays.copyOf(cols[2], size);
        }

        double[] fast() {
            return Arrays.copyOf(cols[3], size);
        }

        double[] atp() {
            return Arrays.copyOf(cols[4], size);
        }
    }
}
