package io.github.plasticity.experiments.motor;

import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.render.MapRenderer;
import io.github.plasticity.maps.skill.SkillVsRepetition.Outcome;
import io.github.plasticity.maps.skill.SkillVsRepetition.Parameters;

/**
 * {@code skill-vs-repetition}: the same number of digit movements with a learning signal (skill) or
 * almost none (repetition); skill leaves a lasting expansion of the digit territory that lags the
 * performance gain, repetition only a transient bias (SCIENCE.md C7.2). Model: {@link
 * io.github.plasticity.maps.skill.SkillVsRepetition}. Deterministic (no seed used).
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
        return "Equal movements with and without a learning signal: skill leaves a lasting,"
                + " lagging map expansion, repetition a transient bias";
    }

    @Override
    public String reference() {
        return "Plautz, Milliken & Nudo 2000 Neurobiol Learn Mem 74:27; Kleim et al. 2004 J"
                + " Neurosci 24:628; Classen et al. 1998";
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        boolean full = ctx.full();
        int nx = ctx.intParam("sheetColumns", full ? 32 : 16);
        int ny = ctx.intParam("sheetRows", full ? 8 : 4);
        // full size: the same 4 mm x 1 mm sheet at half the spacing (finer territory resolution)
        CorticalSheet sheet = CorticalSheet.rectangle(nx, ny, 4.0 / nx);
        Parameters p = Parameters.defaults();
        Outcome sk = io.github.plasticity.maps.skill.SkillVsRepetition.run(sheet, p, true);
        ctx.progress(0.5);
        Outcome rep = io.github.plasticity.maps.skill.SkillVsRepetition.run(sheet, p, false);
        int days = p.days();
        double base = sk.territoryNextDayMm2()[0];
        double skillChange = 100 * (sk.territoryNextDayMm2()[days] / base - 1);
        double repChange = 100 * (rep.territoryNextDayMm2()[days] / base - 1);
        double repTransient = 100 * (rep.territoryEndOfSessionMm2()[1] / base - 1);
        double repNextDay1 = 100 * (rep.territoryNextDayMm2()[1] / base - 1);
        double perfGainSkill = sk.performance()[days] - sk.performance()[0];
        double perfGainRep = rep.performance()[days] - rep.performance()[0];
        int perfDay = firstDay(sk.performance(), 0.9);
        int mapDay = firstDay(sk.territoryNextDayMm2(), 0.9);

        ExperimentResult r = new ExperimentResult();
        r.metric(
                Metric.criterion(
                        "skill: lasting digit territory change after " + days + " days",
                        skillChange,
                        "%",
                        "> 10 (X of C7.2 set from the model)",
                        skillChange > 10,
                        "Plautz et al. 2000; Kleim et al. 2004; SCIENCE.md C7.2"));
        r.metric(
                Metric.criterion(
                        "repetition: lasting digit territory change after " + days + " days",
                        repChange,
                        "%",
                        "|change| < 5",
                        Math.abs(repChange) < 5,
                        "Plautz et al. 2000 (repetition does not reorganise M1); SCIENCE.md C7.2"));
        r.metric(
                Metric.criterion(
                        "repetition: digit territory at the end of session 1 (transient bias)",
                        repTransient,
                        "%",
                        "> 0",
                        repTransient > 0,
                        "Classen et al. 1998 (transient use-dependent bias)"));
        r.metric(
                Metric.criterion(
                        "repetition: digit territory the next day",
                        repNextDay1,
                        "%",
                        "|change| < 5 (bias decayed)",
                        Math.abs(repNextDay1) < 5,
                        "Classen et al. 1998 (returns to baseline within 15-20 min)"));
        r.metric(
                Metric.criterion(
                        "performance gain, skill minus repetition",
                        perfGainSkill - perfGainRep,
                        "",
                        "> 0.5",
                        perfGainSkill - perfGainRep > 0.5,
                        "Kleim et al. 2004 (accuracy rises in the skilled group)"));
        r.metric(
                Metric.criterion(
                        "day map reaches 90 % of its change minus day performance reaches 90 %"
                                + " of its gain (skill)",
                        mapDay - perfDay,
                        "days",
                        "> 0 (map change lags performance)",
                        mapDay > perfDay,
                        "Kleim et al. 2004 (performance from day 3, map at day 10)"));

        double[] day = new double[days + 1];
        for (int k = 0; k <= days; k++) {
            day[k] = k;
        }
        r.figure(
                MapRenderer.of(20, "Before training")
                        .write(sk.before(), ctx.outDir().resolve("skill-map-before.png")));
        r.figure(
                MapRenderer.of(20, "After " + days + " days of skill training")
                        .write(sk.after(), ctx.outDir().resolve("skill-map-after-skill.png")));
        r.figure(
                MapRenderer.of(20, "After " + days + " days of repetition")
                        .write(
                                rep.after(),
                                ctx.outDir().resolve("skill-map-after-repetition.png")));
        r.figure(
                Figures.line("Skill vs repetition", "training day", "value (see legend)")
                        .series("performance, skill", day, sk.performance())
                        .series("performance, repetition", day, rep.performance())
                        .series(
                                "digit territory (mm^2), skill, next day",
                                day,
                                sk.territoryNextDayMm2())
                        .series(
                                "digit territory (mm^2), repetition, end of session",
                                day,
                                rep.territoryEndOfSessionMm2())
                        .series(
                                "digit territory (mm^2), repetition, next day",
                                day,
                                rep.territoryNextDayMm2())
                        .write(ctx.outDir().resolve("skill-vs-repetition.png")));
        r.file(
                Csv.write(
                        ctx.outDir().resolve("skill-vs-repetition.csv"),
                        new String[] {
                            "day",
                            "performance_skill",
                            "territory_end_mm2_skill",
                            "territory_next_day_mm2_skill",
                            "structural_skill",
                            "performance_repetition",
                            "territory_end_mm2_repetition",
                            "territory_next_day_mm2_repetition",
                            "structural_repetition"
                        },
                        day,
                        sk.performance(),
                        sk.territoryEndOfSessionMm2(),
                        sk.territoryNextDayMm2(),
                        sk.structural(),
                        rep.performance(),
                        rep.territoryEndOfSessionMm2(),
                        rep.territoryNextDayMm2(),
                        rep.structural()));
        ctx.progress(1.0);
        return r;
    }

    /** First day whose change from day 0 reaches {@code fraction} of the final change. */
    private static int firstDay(double[] v, double fraction) {
        double total = v[v.length - 1] - v[0];
        for (int k = 0; k < v.length; k++) {
            if ((v[k] - v[0]) >= fraction * total && total != 0) {
                return k;
            }
        }
        return v.length - 1;
    }
}
