package io.github.plasticity.experiments.motor;

import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.learning.MapLearning;
import io.github.plasticity.maps.render.MapRenderer;
import io.github.plasticity.maps.skill.SkillParameters;
import io.github.plasticity.maps.skill.SkillTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code skill-vs-repetition}: the same movements of the same effectors, in the same number, with a
 * learning signal (skill: reward when the network produces the right effector of an ordered
 * sequence, so a reward-prediction error releases dopamine for the three-factor rule) or without
 * (repetition, yoked to the skill run's movements, every movement rewarded, so the prediction error
 * vanishes on day 1). Acetylcholine is present in both. Model: {@link SkillTraining} on a {@link
 * io.github.plasticity.maps.MapNetwork}; maps by virtual ICMS ({@link IcmsParameters#nudo1996()});
 * territory = sites where a sequence effector is dominant. Lag: day at which each curve
 * (performance, territory) first reaches half of its final change, by linear interpolation between
 * days. Seeded (initial cue weights, choices).
 */
public final class SkillVsRepetition implements Experiment {
    @Override
    public String name() {
        return "skill-vs-repetition";
    }

    @Override
    public Group group() {
        return Group.MOTOR;
    }

    @Override
    public String description() {
        return "Equal movements with and without a reward-prediction error (three-factor rule on a"
                + " map network): skill leaves a lasting, lagging map change, repetition a"
                + " transient bias";
    }

    @Override
    public String reference() {
        return "Plautz, Milliken & Nudo 2000 Neurobiol Learn Mem 74:27; Kleim et al. 2004 J"
                + " Neurosci 24:628; Kleim, Barbay & Nudo 1998 J Neurophysiol 80:3321";
    }

    /** Per-day curves of one group (index 0 = before training, last = after retention). */
    private record Curves(
            double[] performance,
            double[] territoryEnd,
            double[] territoryNext,
            double[] evokedEnd,
            double[] evokedNext,
            double[] facilitationEnd,
            double[] facilitationNext,
            double[] rewarded,
            MotorMap before,
            MotorMap after,
            int[] executed) {}

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "sheetColumns",
                "sheet columns (sites); 16",
                "sheetRows",
                "sheet rows (sites); 4",
                "days",
                "training days; 10",
                "movementsPerDay",
                "movements per training day (both groups); 60",
                "retentionDays",
                "days without training before the retention test; 4",
                "seeds",
                "seeds; 1, --full 5");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        boolean full = ctx.full();
        int nx = ctx.intParam("sheetColumns", 16);
        int ny = ctx.intParam("sheetRows", 4);
        int days = ctx.intParam("days", 10);
        int movements = ctx.intParam("movementsPerDay", 60);
        int retention = ctx.intParam("retentionDays", 4);
        int seeds = ctx.intParam("seeds", full ? 5 : 1);
        // a 4 mm x 1 mm sheet
        CorticalSheet sheet = CorticalSheet.rectangle(nx, ny, 4.0 / nx);
        BodyModel body = MapLearning.forelimb();
        SkillParameters p =
                SkillParameters.defaults()
                        .withSchedule(days, movements, retention)
                        .withEta(
                                SkillParameters.defaults().cueEta() * 60.0 / movements,
                                SkillParameters.defaults().outputEta() * 60.0 / movements);
        IcmsParameters icms = IcmsParameters.nudo1996();
        int[] trained = p.sequence().stream().distinct().mapToInt(body::indexOf).toArray();
        Curves sk = null;
        Curves rep = null;
        int allPass = 0;
        double lagSum = 0;
        double skillSum = 0;
        double repSum = 0;
        List<Metric> first = null;
        for (int k = 0; k < seeds; k++) {
            long seed = ctx.seed() + 2L * k;
            double p0 = k / (double) seeds;
            double span = 1.0 / seeds;
            Curves s;
            try (SkillTraining t = SkillTraining.skill(sheet, body, p, seed)) {
                s = follow(t, p, icms, trained, null, ctx, p0, 0.5 * span);
            }
            Curves q;
            try (SkillTraining t =
                    SkillTraining.repetition(sheet, body, p, seed + 1, s.executed())) {
                q = follow(t, p, icms, trained, s.executed(), ctx, p0 + 0.5 * span, 0.5 * span);
            }
            List<Metric> ms = metrics(s, q, days, retention);
            if (k == 0) {
                sk = s;
                rep = q;
                first = ms;
            }
            if (ms.stream().allMatch(Metric::pass)) {
                allPass++;
            }
            lagSum += halfDay(s.territoryNext(), days) - halfDay(s.performance(), days);
            skillSum += pct(s.territoryNext()[days + 1], s.territoryNext()[0]);
            repSum += pct(q.territoryNext()[days + 1], q.territoryNext()[0]);
        }
        ExperimentResult r = new ExperimentResult();
        for (Metric m : first) {
            r.metric(m);
        }
        if (seeds > 1) {
            int need = (int) Math.ceil(0.8 * seeds);
            r.metric(
                    Metric.criterion(
                            "seeds (of " + seeds + ") meeting every criterion above",
                            allPass,
                            "seeds",
                            ">= " + need + " (80 %)",
                            allPass >= need,
                            "statistical criterion as in SCIENCE.md C5.2"));
            r.metric(
                    Metric.criterion(
                            "mean over seeds: skill territory change after retention",
                            skillSum / seeds,
                            "%",
                            "> 10",
                            skillSum / seeds > 10,
                            "Kleim et al. 2004; Plautz et al. 2000"));
            r.metric(
                    Metric.criterion(
                            "mean over seeds: repetition territory change after retention",
                            repSum / seeds,
                            "%",
                            "|change| < 5",
                            Math.abs(repSum / seeds) < 5,
                            "Plautz et al. 2000"));
            r.metric(
                    Metric.criterion(
                            "mean over seeds: lag of the half territory change behind the half"
                                    + " performance gain",
                            lagSum / seeds,
                            "days",
                            "> 0",
                            lagSum / seeds > 0,
                            "Kleim et al. 2004"));
        }
        int last = days + 1;
        double[] day = new double[days + 2];
        for (int k = 0; k <= last; k++) {
            day[k] = k;
        }
        r.figure(
                MapRenderer.of(20, "Before training")
                        .write(sk.before(), ctx.outDir().resolve("skill-map-before.png")));
        r.figure(
                MapRenderer.of(20, "Skill: after training and retention")
                        .write(sk.after(), ctx.outDir().resolve("skill-map-after-skill.png")));
        r.figure(
                MapRenderer.of(20, "Repetition: after training and retention")
                        .write(
                                rep.after(),
                                ctx.outDir().resolve("skill-map-after-repetition.png")));
        r.figure(
                Figures.line(
                                "Performance (last point: after retention)",
                                "training day",
                                "expected sequence accuracy")
                        .series("skill", day, sk.performance())
                        .series("repetition", day, rep.performance())
                        .write(ctx.outDir().resolve("skill-vs-repetition-performance.png")));
        r.figure(
                Figures.line(
                                "Sequence-effector territory (ICMS; last point: after retention)",
                                "training day",
                                "territory (mm^2)")
                        .series("skill, next day", day, sk.territoryNext())
                        .series("repetition, end of session", day, rep.territoryEnd())
                        .series("repetition, next day", day, rep.territoryNext())
                        .write(ctx.outDir().resolve("skill-vs-repetition.png")));
        r.figure(
                Figures.line(
                                "Skill: performance and map as fractions of their change by day "
                                        + days,
                                "training day",
                                "fraction of the day-" + days + " change")
                        .series("performance", day, fraction(sk.performance(), days))
                        .series("territory (ICMS)", day, fraction(sk.territoryNext(), days))
                        .series("performance, repetition", day, fraction(rep.performance(), days))
                        .write(ctx.outDir().resolve("skill-vs-repetition-lag.png")));
        r.figure(
                Figures.line(
                                "Evoked sequence-effector rate (ICMS)",
                                "training day",
                                "mean evoked rate (Hz)")
                        .series("skill, end of session", day, sk.evokedEnd())
                        .series("skill, next day", day, sk.evokedNext())
                        .series("repetition, end of session", day, rep.evokedEnd())
                        .series("repetition, next day", day, rep.evokedNext())
                        .write(ctx.outDir().resolve("skill-vs-repetition-evoked.png")));
        r.file(
                Csv.write(
                        ctx.outDir().resolve("skill-vs-repetition.csv"),
                        new String[] {
                            "day",
                            "performance_skill",
                            "rewarded_fraction_skill",
                            "territory_end_mm2_skill",
                            "territory_next_mm2_skill",
                            "evoked_end_hz_skill",
                            "evoked_next_hz_skill",
                            "performance_repetition",
                            "territory_end_mm2_repetition",
                            "territory_next_mm2_repetition",
                            "evoked_end_hz_repetition",
                            "evoked_next_hz_repetition",
                            "facilitation_end_repetition",
                            "facilitation_next_repetition"
                        },
                        day,
                        sk.performance(),
                        sk.rewarded(),
                        sk.territoryEnd(),
                        sk.territoryNext(),
                        sk.evokedEnd(),
                        sk.evokedNext(),
                        rep.performance(),
                        rep.territoryEnd(),
                        rep.territoryNext(),
                        rep.evokedEnd(),
                        rep.evokedNext(),
                        rep.facilitationEnd(),
                        rep.facilitationNext()));
        ctx.progress(1.0);
        return r;
    }

    private static List<Metric> metrics(Curves sk, Curves rep, int days, int retention) {
        int last = days + 1;
        double base = sk.territoryNext()[0];
        double skillEnd = pct(sk.territoryNext()[days], base);
        double skillRet = pct(sk.territoryNext()[last], base);
        double repBase = rep.territoryNext()[0];
        double repEnd = pct(rep.territoryNext()[days], repBase);
        double repRet = pct(rep.territoryNext()[last], repBase);
        double repBiasHz = rep.evokedEnd()[days] - rep.evokedNext()[days];
        double repBiasLeftHz = rep.evokedNext()[last] - rep.evokedNext()[1];
        double facLeft = rep.facilitationNext()[days] / rep.facilitationEnd()[days];
        double perfGainSkill = sk.performance()[last] - sk.performance()[0];
        double perfGainRep = rep.performance()[last] - rep.performance()[0];
        double repAfterDay1 = rep.performance()[last] - rep.performance()[1];
        double perfRetained = sk.performance()[last] / sk.performance()[days];
        double perfHalf = halfDay(sk.performance(), days);
        double mapHalf = halfDay(sk.territoryNext(), days);

        List<Metric> r = new ArrayList<>();
        r.add(
                Metric.criterion(
                        "skill: sequence-effector territory change after "
                                + days
                                + " days + "
                                + retention
                                + " days retention (ICMS)",
                        skillRet,
                        "%",
                        "> 10 (lasting expansion; X of C7.2 set from the model)",
                        skillRet > 10,
                        "Kleim et al. 1998, 2004 (distal forelimb area larger after skilled"
                                + " reaching); Plautz et al. 2000; SCIENCE.md C7.2"));
        r.add(
                Metric.criterion(
                        "skill: territory change at the end of training",
                        skillEnd,
                        "%",
                        "> 10",
                        skillEnd > 10,
                        "Kleim et al. 2004 (map larger at day 10)"));
        r.add(
                Metric.criterion(
                        "repetition: territory change after retention",
                        repRet,
                        "%",
                        "|change| < 5",
                        Math.abs(repRet) < 5,
                        "Plautz et al. 2000 (repetition without skill does not reorganise M1);"
                                + " SCIENCE.md C7.2"));
        r.add(
                Metric.criterion(
                        "repetition: transient bias, evoked sequence-effector rate at the end of"
                                + " the last session minus the next day",
                        repBiasHz,
                        "Hz (mean over sites)",
                        "> 0 (use-dependent bias)",
                        repBiasHz > 0,
                        "Classen et al. 1998 (transient use-dependent bias)"));
        r.add(
                Metric.criterion(
                        "repetition: facilitation left after one rest (fraction of end of session)",
                        facLeft,
                        "",
                        "< 0.05 (decays to baseline; e^-6 = 0.0025 for 6 tau)",
                        facLeft < 0.05,
                        "Classen et al. 1998 (returns to baseline within 15-20 min)"));
        r.add(
                Metric.criterion(
                        "repetition: evoked rate after retention minus after day 1",
                        repBiasLeftHz,
                        "Hz",
                        "|change| < 1 (no lasting change after day 1)",
                        Math.abs(repBiasLeftHz) < 1,
                        "SCIENCE.md C7.2 (learning signal ~ 0 after day 1)"));
        r.add(
                Metric.criterion(
                        "performance gain after retention, skill minus repetition",
                        perfGainSkill - perfGainRep,
                        "",
                        "> 0.2",
                        perfGainSkill - perfGainRep > 0.2,
                        "Kleim et al. 2004 (reaching accuracy rises in the skilled group only)"));
        r.add(
                Metric.criterion(
                        "repetition: performance change from day 1 to after retention",
                        repAfterDay1,
                        "",
                        "|change| < 0.02 (no learning signal after day 1)",
                        Math.abs(repAfterDay1) < 0.02,
                        "SCIENCE.md C7.2; Plautz et al. 2000"));
        r.add(
                Metric.criterion(
                        "skill: performance after retention / at the end of training",
                        perfRetained,
                        "",
                        "> 0.9 (sequence knowledge retained)",
                        perfRetained > 0.9,
                        "Kleim et al. 2004; Plautz et al. 2000"));
        r.add(
                Metric.criterion(
                        "skill: day of half territory change minus day of half performance gain",
                        mapHalf - perfHalf,
                        "days",
                        "> 0 (map change lags performance; emergent, not set)",
                        mapHalf - perfHalf > 0,
                        "Kleim et al. 2004 (accuracy up from day 3, map larger only at day 10)"));

        return r;
    }

    private static Curves follow(
            SkillTraining t,
            SkillParameters p,
            IcmsParameters icms,
            int[] trained,
            int[] yoked,
            ExperimentContext ctx,
            double progress0,
            double progressSpan) {
        int days = p.days();
        int n = days + 2;
        double[] perf = new double[n];
        double[] terrEnd = new double[n];
        double[] terrNext = new double[n];
        double[] evEnd = new double[n];
        double[] evNext = new double[n];
        double[] facEnd = new double[n];
        double[] facNext = new double[n];
        double[] rewarded = new double[n];
        MotorMap before = t.icms(icms);
        perf[0] = t.performance();
        terrEnd[0] = territory(before, trained);
        terrNext[0] = terrEnd[0];
        evEnd[0] = evoked(before, trained);
        evNext[0] = evEnd[0];
        rewarded[0] = Double.NaN;
        MotorMap after = before;
        for (int d = 1; d <= days; d++) {
            rewarded[d] = t.session();
            MotorMap end = t.icms(icms);
            terrEnd[d] = territory(end, trained);
            evEnd[d] = evoked(end, trained);
            facEnd[d] = maxWeight(t);
            t.rest();
            after = t.icms(icms);
            perf[d] = t.performance();
            terrNext[d] = territory(after, trained);
            evNext[d] = evoked(after, trained);
            facNext[d] = maxWeight(t);
            ctx.progress(progress0 + progressSpan * d / (days + 1.0));
        }
        for (int k = 0; k < p.retentionDays(); k++) {
            t.rest();
        }
        int last = days + 1;
        after = t.icms(icms);
        perf[last] = t.performance();
        terrEnd[last] = territory(after, trained);
        terrNext[last] = terrEnd[last];
        evEnd[last] = evoked(after, trained);
        evNext[last] = evEnd[last];
        facEnd[last] = maxWeight(t);
        facNext[last] = facEnd[last];
        rewarded[last] = Double.NaN;
        return new Curves(
                perf,
                terrEnd,
                terrNext,
                evEnd,
                evNext,
                facEnd,
                facNext,
                rewarded,
                before,
                after,
                yoked == null ? t.executedEffectors() : yoked);
    }

    private static double territory(MotorMap map, int[] effectors) {
        double a = 0;
        for (int e : effectors) {
            a += MapAnalysis.areaMm2(map, e);
        }
        return a;
    }

    private static double evoked(MotorMap map, int[] effectors) {
        double s = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            for (int e : effectors) {
                s += map.strength(i, e);
            }
        }
        return s / map.siteCount();
    }

    private static double maxWeight(SkillTraining t) {
        double max = 0;
        for (float w : t.facilitation().weightsCopy()) {
            max = Math.max(max, w);
        }
        return max;
    }

    /** {@code (v - v[0]) / (v[days] - v[0])}, 0 when there is no change. */
    private static double[] fraction(double[] v, int days) {
        double total = v[days] - v[0];
        double[] f = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = total == 0 ? 0.0 : (v[k] - v[0]) / total;
        }
        return f;
    }

    private static double pct(double value, double base) {
        return 100 * (value / base - 1);
    }

    /**
     * Day (interpolated) at which {@code v} first reaches half of its change from day 0 to day
     * {@code days}.
     */
    static double halfDay(double[] v, int days) {
        double half = v[0] + 0.5 * (v[days] - v[0]);
        boolean up = v[days] >= v[0];
        for (int k = 1; k <= days; k++) {
            boolean reached = up ? v[k] >= half : v[k] <= half;
            if (reached) {
                double prev = v[k - 1];
                double step = v[k] - prev;
                return step == 0 ? k : k - 1 + (half - prev) / step;
            }
        }
        return days;
    }
}
