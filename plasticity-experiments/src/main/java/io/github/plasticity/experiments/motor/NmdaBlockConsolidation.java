package io.github.plasticity.experiments.motor;

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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * {@code nmda-block-consolidation}: the two-state analogue of blocking NMDA receptors (or
 * disrupting M1) during training. The slow, consolidating process is identified with NMDA-dependent
 * plasticity in M1 and blocked by setting {@code B_s = 0} during a 200-trial session (SCIENCE.md
 * 6.3, a model mapping, not a result of Smith et al. 2006). The fast process still learns, so
 * within-session improvement is partly preserved, but after a break of decay-only trials ("the next
 * day") nothing is retained; on day 2 (no block) the blocked group relearns like naive learners.
 * Qualitative anchors: Muellbacher et al. 2002 (rTMS of M1 after practice disrupted retention, not
 * performance or subsequent learning) and Buetefisch et al. 2000 (dextromethorphan reduced
 * use-dependent plasticity).
 *
 * <p>A group of simulated subjects (20 by default, 200 with {@code --full}), each with its four
 * parameters drawn around the published values (log-normal, sd {@code spread}, default 10%;
 * seeded), gives group means and the range across subjects.
 *
 * <p>Parameters: {@code sessionTrials} (200), {@code breakTrials} (100), {@code day2Trials} (60),
 * {@code subjects}, {@code spread} (0.1).
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
        return "Blocking the slow process (B_s = 0) during training keeps within-session"
                + " improvement but abolishes next-day retention (two-state analogue of NMDA block)";
    }

    @Override
    public String reference() {
        return "Smith, Ghazizadeh & Shadmehr 2006 PLoS Biol 4:e179 (model); Muellbacher et al. 2002"
                + " Nature 415:640; Buetefisch et al. 2000 PNAS 97:3661 (anchors)";
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
            ctx.progress((s + 1.0) / subjects);
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
        return result;
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

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }
}
