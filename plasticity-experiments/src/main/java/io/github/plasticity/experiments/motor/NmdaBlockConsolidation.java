package io.github.plasticity.experiments.motor;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.maps.adaptation.AdaptationProtocols;
import io.github.plasticity.maps.adaptation.Trajectory;
import io.github.plasticity.maps.adaptation.TrialType;
import io.github.plasticity.maps.adaptation.TwoStateModel;
import io.github.plasticity.maps.adaptation.TwoStateParameters;
import io.github.plasticity.maps.consolidation.MotorConsolidation;
import io.github.plasticity.maps.consolidation.MotorConsolidation.Arm;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * {@code nmda-block-consolidation}: blocking NMDA-dependent plasticity in M1 during training keeps
 * within-session improvement but abolishes next-day retention, in two models.
 *
 * <p><b>Two-state analogue.</b> The slow, consolidating process is identified with NMDA-dependent
 * plasticity in M1 and blocked by setting {@code B_s = 0} during a 200-trial session (SCIENCE.md
 * 6.3, a model mapping, not a result of Smith et al. 2006). The fast process still learns, so
 * within-session improvement is partly preserved, but after a break of decay-only trials ("the next
 * day") nothing is retained; on day 2 (no block) the blocked group relearns like naive learners. A
 * group of simulated subjects (20 by default, 200 with {@code --full}), each with its four
 * parameters drawn around the published values (log-normal, sd {@code spread}, default 10%;
 * seeded), gives group means and the range across subjects.
 *
 * <p><b>Map network.</b> {@link MotorConsolidation}: a map network learns to evoke a target
 * movement from a cue through a fast process outside M1 (the two-state fast state, published \(
 * A_f, B_f \)) and through its output weights, changed by the calcium-control rule (mean-field
 * form; NMDA block by its block factor) whose early changes are captured into lasting weight only
 * with ATP made from shuttle-delivered lactate. Arms: control; NMDA blocked during training;
 * astrocytic MCT blocked (from training through the break, as Suzuki et al.'s knock-downs); the
 * same with L-lactate or equicaloric glucose; and MCT blocked during the break only. Time is
 * compressed (a 30 s session, a 400 s break; see {@link MotorConsolidation}). The model is
 * deterministic: one run per arm.
 *
 * <p>Anchors: Muellbacher et al. 2002 (rTMS of M1 after practice disrupted retention, not
 * performance or subsequent learning), Bütefisch et al. 2000 (dextromethorphan reduced
 * use-dependent plasticity), Suzuki et al. 2011 (astrocytic lactate needed for long-term but not
 * short-term memory; lactate rescues, glucose does not).
 *
 * <p>Parameters: {@code sessionTrials} (200), {@code breakTrials} (100), {@code day2Trials} (60),
 * {@code subjects}, {@code spread} (0.1); map: {@code mapSessionTrials} (60, 120 with {@code
 * --full}), {@code mapNightS} (400, 800 with {@code --full}).
 */
public final class NmdaBlockConsolidation implements Experiment {
    private static final String SOURCE = "SCIENCE.md 6.3 NMDA-block analogue (model mapping)";

    @Override
    public String name() {
        return "nmda-block-consolidation";
    }

    @Override
    public Group group() {
        return Group.MOTOR;
    }

    @Override
    public String description() {
        return "Blocking M1 NMDA plasticity during training (two-state B_s = 0; map network with the"
                + " calcium rule's block factor) keeps within-session improvement but abolishes"
                + " next-day retention; blocking the lactate shuttle does the same";
    }

    @Override
    public String reference() {
        return "Smith, Ghazizadeh & Shadmehr 2006 PLoS Biol 4:e179 (model); Shouval, Bear & Cooper"
                + " 2002 PNAS 99:10831 (calcium rule); Muellbacher et al. 2002 Nature 415:640;"
                + " Buetefisch et al. 2000 PNAS 97:3661; Suzuki et al. 2011 Cell 144:810 (anchors)";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "sessionTrials",
                "two-state model: trials of the day-1 session; 200",
                "breakTrials",
                "two-state model: decay-only trials of the break; 100",
                "day2Trials",
                "two-state model: day-2 trials; 60",
                "subjects",
                "two-state model: simulated subjects; 20, --full 200",
                "spread",
                "two-state model: log-normal spread of subjects' parameters (fraction); 0.1",
                "mapSessionTrials",
                "map: trials of the training session; 60, --full 120",
                "mapNightS",
                "map: consolidation break, the \"night\" (model s); 400, --full 800");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int session = ctx.intParam("sessionTrials", 200);
        int rest = ctx.intParam("breakTrials", 100);
        int day2 = ctx.intParam("day2Trials", 60);
        int subjects = ctx.intParam("subjects", ctx.full() ? 200 : 20);
        double spread = ctx.param("spread", 0.1);
        Path out = ctx.outDir();
        TwoStateParameters base = TwoStateParameters.smithGhazizadehShadmehr2006();
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(ctx.seed());

        int total = session + rest + day2;
        double[] meanControl = new double[total];
        double[] meanBlocked = new double[total];
        double[] endControl = new double[subjects];
        double[] endBlocked = new double[subjects];
        double[] retControl = new double[subjects];
        double[] retBlocked = new double[subjects];
        double[] day2Gain = new double[subjects];
        for (int s = 0; s < subjects; s++) {
            TwoStateParameters p = s == 0 ? base : jitter(base, spread, rng);
            AdaptationProtocols.SlowProcessBlock r =
                    AdaptationProtocols.slowProcessBlock(p, session, rest);
            endControl[s] = r.controlEndOfSession();
            endBlocked[s] = r.blockedEndOfSession();
            retControl[s] = r.controlRetention();
            retBlocked[s] = r.blockedRetention();
            // Day 2 without block, from each group's retained state.
            Trajectory c2 =
                    TwoStateModel.of(p, r.control().finalState())
                            .run(TrialType.PERTURBATION, 1.0, day2);
            Trajectory b2 =
                    TwoStateModel.of(p, r.blocked().finalState())
                            .run(TrialType.PERTURBATION, 1.0, day2);
            Trajectory naive = TwoStateModel.of(p).run(TrialType.PERTURBATION, 1.0, day2);
            day2Gain[s] = b2.outputAt(day2) - naive.outputAt(day2);
            // Latent outputs, the break included (nothing is measured during it).
            double[] c = concat(r.control().output(), c2.output());
            double[] b = concat(r.blocked().output(), b2.output());
            for (int k = 0; k < total; k++) {
                meanControl[k] += c[k] / subjects;
                meanBlocked[k] += b[k] / subjects;
            }
            ctx.progress(0.3 * (s + 1.0) / subjects);
        }

        ExperimentResult result = new ExperimentResult();
        // The first subject has the published parameters: exact model checks.
        result.metric(
                Metric.within(
                        "blocked end-of-session output, published parameters",
                        endBlocked[0],
                        "",
                        3.0 / 11.0,
                        1e-3,
                        "closed form: fast-only asymptote B_f/(1 - A_f + B_f) = 0.2727 (SCIENCE.md 6.3)"));
        double keptMin = Double.POSITIVE_INFINITY;
        double retainedMax = 0;
        double controlRetMin = Double.POSITIVE_INFINITY;
        double gainMax = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < subjects; s++) {
            keptMin = Math.min(keptMin, endBlocked[s] / endControl[s]);
            retainedMax = Math.max(retainedMax, retBlocked[s] / retControl[s]);
            controlRetMin = Math.min(controlRetMin, retControl[s] / endControl[s]);
            gainMax = Math.max(gainMax, Math.abs(day2Gain[s]));
        }
        result.metric(
                Metric.criterion(
                        "within-session improvement kept: min over subjects of blocked/control"
                                + " end-of-session output",
                        keptMin,
                        "",
                        "> 0.3 (partly preserved)",
                        keptMin > 0.3,
                        SOURCE + "; Muellbacher et al. 2002"));
        result.metric(
                Metric.criterion(
                        "control retention after the break / end of session (min over subjects)",
                        controlRetMin,
                        "",
                        "> 0.2 (retained)",
                        controlRetMin > 0.2,
                        SOURCE));
        result.metric(
                Metric.criterion(
                        "next-day retention abolished: max over subjects of blocked/control"
                                + " retention",
                        retainedMax,
                        "",
                        "< 0.01",
                        retainedMax < 0.01,
                        SOURCE + "; Muellbacher et al. 2002"));
        result.metric(
                Metric.criterion(
                        "day 2: blocked group relearns like naive (max |x(" + day2 + ") - naive|)",
                        gainMax,
                        "",
                        "< 0.01 (no savings, learning intact)",
                        gainMax < 0.01,
                        SOURCE + "; Muellbacher et al. 2002 (subsequent learning unaffected)"));

        double[] trial = new double[total];
        double[] phase = new double[total];
        for (int k = 0; k < total; k++) {
            trial[k] = k + 1;
            phase[k] = k < session ? 1 : (k < session + rest ? 0 : 2);
        }
        result.file(
                Csv.write(
                        out.resolve("group-means.csv"),
                        new String[] {
                            "trial", "session_1_day1_0_break_2_day2", "control_x", "blocked_x"
                        },
                        trial,
                        phase,
                        meanControl,
                        meanBlocked));
        double[] idx = new double[subjects];
        for (int s = 0; s < subjects; s++) {
            idx[s] = s + 1;
        }
        result.file(
                Csv.write(
                        out.resolve("subjects.csv"),
                        new String[] {
                            "subject",
                            "control_end_of_session",
                            "blocked_end_of_session",
                            "control_retention",
                            "blocked_retention"
                        },
                        idx,
                        endControl,
                        endBlocked,
                        retControl,
                        retBlocked));
        result.figure(
                Figures.line(
                                "B_s = 0 on day 1 vs control: day 1, break, day 2 (means)",
                                "trial",
                                "x (perturbation units)")
                        .series("control", trial, meanControl)
                        .series("slow process blocked on day 1", trial, meanBlocked)
                        .write(out.resolve("sessions.png")));
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("control", new double[] {mean(endControl), mean(retControl)});
        bars.put("B_s = 0 during session", new double[] {mean(endBlocked), mean(retBlocked)});
        result.figure(
                Figures.bars(
                        out.resolve("improvement-vs-retention.png"),
                        "Within-session improvement vs next-day retention (group means)",
                        "x (perturbation units)",
                        new String[] {"end of session", "after break (next day)"},
                        bars));
        mapArms(ctx, result);
        return result;
    }

    private static final String MAP = "MotorConsolidation (map network, model)";

    /** The map-network arms. */
    private static void mapArms(ExperimentContext ctx, ExperimentResult result) throws Exception {
        int trials = ctx.intParam("mapSessionTrials", ctx.full() ? 120 : 60);
        double nightS = ctx.param("mapNightS", ctx.full() ? 800.0 : 400.0);
        MotorConsolidation p =
                MotorConsolidation.defaults()
                        .withTrials(trials, MotorConsolidation.defaults().day2Trials())
                        .withNightMs(nightS * 1000.0);
        double lactate = 0.3;
        Arm[] arms = {
            Arm.control(),
            Arm.nmdaBlockedDuringTraining(),
            Arm.shuttleBlocked(),
            Arm.shuttleBlockedWithLactate(lactate),
            Arm.shuttleBlockedWithGlucose(lactate * 14.5 / 31.0),
            Arm.shuttleBlockedAfterTraining()
        };
        MotorConsolidation.Result[] r = new MotorConsolidation.Result[arms.length];
        for (int a = 0; a < arms.length; a++) {
            r[a] = p.run(arms[a], ctx.seed());
            ctx.progress(0.3 + 0.7 * (a + 1.0) / arms.length);
        }
        MotorConsolidation.Result control = r[0];
        MotorConsolidation.Result nmda = r[1];
        MotorConsolidation.Result shuttle = r[2];
        double fastOnly = 3.0 / 11.0;
        result.metric(
                Metric.within(
                        "map: within-session improvement, NMDA blocked (1 - E_post/E_0)",
                        nmda.improvement(),
                        "",
                        fastOnly,
                        0.02,
                        "closed form: M1 unchanged, the fast process's asymptote B_f/(1 - A_f +"
                                + " B_f) = 3/11 of the error (SCIENCE.md 6.3)"));
        double kept = nmda.improvement() / control.improvement();
        result.metric(
                Metric.criterion(
                        "map: within-session improvement kept, NMDA blocked / control",
                        kept,
                        "",
                        "> 0.3 (partly preserved)",
                        kept > 0.3,
                        SOURCE + "; Muellbacher et al. 2002 (practice performance spared)"));
        result.metric(
                Metric.criterion(
                        "map: control retention at the next-day test (fraction of improvement)",
                        control.retention(),
                        "",
                        "> 0.3 (retained)",
                        control.retention() > 0.3,
                        MAP + ": captured fraction k/(k + 1/tau_e) = 2/3 of the M1 part"));
        result.metric(
                Metric.criterion(
                        "map: next-day retention, NMDA blocked during training",
                        nmda.retention(),
                        "",
                        "|r| < 0.05 (abolished)",
                        Math.abs(nmda.retention()) < 0.05,
                        "Muellbacher et al. 2002 (retention disrupted); Buetefisch et al. 2000"));
        double relearn = MotorConsolidation.relearningDeviation(nmda, control);
        result.metric(
                Metric.criterion(
                        "map: day 2, NMDA-blocked group relearns like naive (max |E/E_0| difference"
                                + " to control's day 1, first "
                                + (p.day2Trials() + 1)
                                + " samples)",
                        relearn,
                        "",
                        "< 0.01 (no savings, learning intact)",
                        relearn < 0.01,
                        "Muellbacher et al. 2002 (subsequent learning unaffected)"));
        double sameSession = Math.abs(shuttle.improvement() / control.improvement() - 1);
        result.metric(
                Metric.within(
                        "map: within-session improvement, shuttle blocked vs control (|ratio - 1|)",
                        sameSession,
                        "",
                        0.0,
                        0.01,
                        "Suzuki et al. 2011: short-term memory and LTP induction intact"));
        result.metric(
                Metric.criterion(
                        "map: next-day retention, astrocytic MCT blocked",
                        shuttle.retention(),
                        "",
                        "< 0.05 (abolished)",
                        shuttle.retention() < 0.05,
                        "Suzuki et al. 2011: MCT1/4 knock-down causes amnesia"));
        double rescue = r[3].retention() / control.retention();
        result.metric(
                Metric.criterion(
                        "map: retention with lactate / control",
                        rescue,
                        "",
                        "> 0.8 (rescued)",
                        rescue > 0.8,
                        "Suzuki et al. 2011: L-lactate rescues"));
        result.metric(
                Metric.criterion(
                        "map: next-day retention, MCT blocked + equicaloric glucose",
                        r[4].retention(),
                        "",
                        "< 0.05 (not rescued)",
                        r[4].retention() < 0.05,
                        "Suzuki et al. 2011: glucose does not rescue"));
        double late = r[5].retention() / control.retention();
        result.metric(
                Metric.criterion(
                        "map: retention with MCT blocked in the break only / control",
                        late,
                        "",
                        "< 0.9 (reduced; the ~45 s lactate and ATP reserves are not compressed)",
                        late < 0.9,
                        MAP + " (model property, see its documentation)"));

        Path out = ctx.outDir();
        String[] names = new String[arms.length];
        double[] index = new double[arms.length];
        double[] improvement = new double[arms.length];
        double[] retention = new double[arms.length];
        double[] lasting = new double[arms.length];
        Figures.Line fig =
                Figures.line(
                        "Map network: session (0-"
                                + Math.round(control.timeS()[trials + 1])
                                + " s), break, next-day test and practice",
                        "model time (s)",
                        "error / naive error");
        Figures.Line atp =
                Figures.line(
                        "Map network: effector-unit ATP (capture needs >= "
                                + p.atpThresholdMilliMolar()
                                + " mM)",
                        "model time (s)",
                        "ATP (mM)");
        double[][] cols = new double[2 + 2 * arms.length][];
        String[] header = new String[cols.length];
        cols[0] = control.timeS();
        header[0] = "time_s";
        cols[1] = control.phase();
        header[1] = "phase_0_session_1_break_2_next_day";
        for (int a = 0; a < arms.length; a++) {
            names[a] = arms[a].name();
            index[a] = a;
            improvement[a] = r[a].improvement();
            retention[a] = r[a].retention();
            lasting[a] = r[a].lastingChange();
            fig.series(names[a], r[a].timeS(), r[a].performance());
            atp.series(names[a], r[a].timeS(), r[a].atpMilliMolar());
            cols[2 + a] = r[a].performance();
            header[2 + a] = "performance_arm" + a;
            cols[2 + arms.length + a] = r[a].atpMilliMolar();
            header[2 + arms.length + a] = "atp_mM_arm" + a;
        }
        result.figure(fig.write(out.resolve("map-sessions.png")));
        result.figure(atp.write(out.resolve("map-atp.png")));
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("within-session improvement", improvement);
        bars.put("next-day retention", retention);
        result.figure(
                Figures.bars(
                        out.resolve("map-improvement-vs-retention.png"),
                        "Map network: improvement and retention by arm",
                        "fraction",
                        names,
                        bars));
        result.file(
                Csv.write(
                        out.resolve("map-arms.csv"),
                        new String[] {
                            "arm_index", "improvement", "retention", "lasting_weight_change"
                        },
                        index,
                        improvement,
                        retention,
                        lasting));
        result.file(Csv.write(out.resolve("map-timecourse.csv"), header, cols));
    }

    private static TwoStateParameters jitter(
            TwoStateParameters p, double sd, UniformRandomProvider rng) {
        // Log-normal on 1 - A (the forgetting rate) and on B keeps A < 1 and B > 0.
        return new TwoStateParameters(
                1 - (1 - p.aFast()) * lognormal(sd, rng),
                p.bFast() * lognormal(sd, rng),
                1 - (1 - p.aSlow()) * lognormal(sd, rng),
                p.bSlow() * lognormal(sd, rng));
    }

    private static double lognormal(double sd, UniformRandomProvider rng) {
        // Box-Muller from the seeded stream.
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.exp(sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
