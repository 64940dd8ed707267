package io.github.plasticity.experiments.modulators;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.metabolism.ConsolidatingRule;
import io.github.plasticity.core.metabolism.ConsolidationParameters;
import io.github.plasticity.core.metabolism.Interventions;
import io.github.plasticity.core.metabolism.MetabolicSupply;
import io.github.plasticity.core.metabolism.ShuttleParameters;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code lactate-consolidation}: potentiation lasts only if astrocytic lactate reaches neurons
 * (Suzuki et al. 2011; SCIENCE.md C9.3).
 *
 * <p>Ten postsynaptic neurons in one astrocyte domain receive 20 inputs (2000 vesicle releases per
 * spike, as in Attwell &amp; Laughlin's cortex) at 4 Hz; a 2 s tetanus at 20 Hz potentiates the
 * synapses through a Hebbian rule wrapped in a {@link ConsolidatingRule}: the early component
 * decays with \( \tau_e \) and is captured into lasting weight at rate \( k \) only where ATP is at
 * least 1.5 mM. Time is compressed (\( \tau_e \) = 5 s, \( 1/k \) = 2.5 s instead of hours) while
 * metabolism runs in real time. The interventions are in place from the start (Suzuki's knock-downs
 * were chronic), 20 s before the tetanus. Conditions: control; astrocytic MCT blocked, alone, with
 * L-lactate (0.3 mM/s into the extracellular space) or with equicaloric glucose (0.3 × 14.5/31
 * mM/s); neuronal MCT blocked, alone, with lactate or with glucose.
 */
final class LactateConsolidation implements Experiment {
    private static final double W0 = 0.3f;

    @Override
    public String name() {
        return "lactate-consolidation";
    }

    @Override
    public Group group() {
        return Group.MODULATORS;
    }

    @Override
    public String description() {
        return "Blocking the astrocyte-neuron lactate shuttle abolishes lasting potentiation;"
                + " lactate rescues it, glucose does not";
    }

    @Override
    public String reference() {
        return "Suzuki et al. 2011 Cell 144:810; Pellerin & Magistretti 1994 PNAS 91:10625;"
                + " Jolivet et al. 2015 PLoS Comput Biol 11:e1004036";
    }

    private static final class Outcome {
        double[] t;
        double[] atp;
        double[] w;
        double[] ecsLactate;
        double early;
        double lasting;
    }

    private static Outcome run(
            ExperimentContext ctx,
            Interventions iv,
            int neurons,
            double settleMs,
            double afterMs,
            ConsolidationParameters cp,
            double threshold) {
        double tetanusOn = settleMs + 2000.0;
        double tetanusOff = tetanusOn + 2000.0;
        RateFunction protocol = (i, t) -> t >= tetanusOn && t < tetanusOff ? 20.0 : 4.0;
        double total = tetanusOff + afterMs;
        try (Simulation sim =
                Simulation.builder().dtMs(2.0).seed(ctx.seed()).threads(ctx.threads()).build()) {
            int inputs = 20;
            RateSource in = sim.add(RateSource.of("in", inputs, protocol));
            RateSource ca1 = sim.add(RateSource.of("ca1", neurons, protocol));
            LocalRule hebb = (w, x, y, m) -> 5.86e-7f * Math.max(0f, x - 4f) * Math.max(0f, y - 4f);
            Projection p =
                    sim.connect(in, ca1, Connectivity.allToAll(), WeightInit.constant(W0))
                            .withBounds(WeightBounds.hard(0, 1));
            MetabolicSupply s =
                    MetabolicSupply.builder()
                            .neurons(ca1)
                            .synapses(p, 2000.0 / inputs)
                            .domainSizeMm(10.0)
                            .shuttle(ShuttleParameters.jolivet2015())
                            .interventions(iv)
                            .attach(sim);
            p.withRule(
                    ConsolidatingRule.of(LocalRule.named("hebb", hebb), cp)
                            .withEnergy(s, threshold));
            int samples = (int) Math.round(total / 100.0);
            Outcome o = new Outcome();
            o.t = new double[samples];
            o.atp = new double[samples];
            o.w = new double[samples];
            o.ecsLactate = new double[samples];
            for (int k = 0; k < samples; k++) {
                sim.run(100.0);
                o.t[k] = sim.timeMs();
                o.atp[k] = mean(s.atpCopy(ca1));
                o.w[k] = mean(p.weightsCopy());
                o.ecsLactate[k] = s.ecsLactateCopy()[0];
                if (Math.abs(o.t[k] - tetanusOff) < 1e-6) {
                    o.early = o.w[k] - W0;
                }
            }
            o.lasting = mean(p.ruleStateCopy("hebb", "consolidation.late")) - W0;
            return o;
        }
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "neurons",
                "neurons per arm; 10, --full 100",
                "tauEarlyMs",
                "decay time of early (labile) potentiation (ms); 5000, --full 20000",
                "captureTimeMs",
                "time constant of capture into late potentiation (ms); 2500, --full 10000",
                "atpThresholdMilliMolar",
                "ATP above which consolidation proceeds (mM); 1.5",
                "exogenousLactateMilliMolarPerS",
                "exogenous lactate supply of the rescue arm (mM/s); 0.3",
                "exogenousGlucoseMilliMolarPerS",
                "exogenous glucose supply of the glucose arm (mM/s); the lactate supply x 14.5/31 (same ATP yield)");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int neurons = ctx.intParam("neurons", ctx.full() ? 100 : 10);
        double tauEarly = ctx.param("tauEarlyMs", ctx.full() ? 20_000.0 : 5_000.0);
        double capture = ctx.param("captureTimeMs", ctx.full() ? 10_000.0 : 2_500.0);
        double threshold = ctx.param("atpThresholdMilliMolar", 1.5);
        double lactate = ctx.param("exogenousLactateMilliMolarPerS", 0.3);
        double glucose = ctx.param("exogenousGlucoseMilliMolarPerS", lactate * 14.5 / 31.0);
        double settle = 20_000.0;
        double after = 6 * tauEarly;
        ConsolidationParameters cp = new ConsolidationParameters(tauEarly, 1.0 / capture);
        Interventions none = Interventions.none();
        String[] names = {
            "control",
            "astro MCT blocked",
            "astro MCT blocked + lactate",
            "astro MCT blocked + glucose",
            "neuronal MCT blocked",
            "neuronal MCT blocked + lactate",
            "neuronal MCT blocked + glucose"
        };
        Interventions[] ivs = {
            none,
            none.withAstrocyteMctBlocked(true),
            none.withAstrocyteMctBlocked(true).withExogenousLactateMilliMolarPerS(lactate),
            none.withAstrocyteMctBlocked(true).withExogenousGlucoseMilliMolarPerS(glucose),
            none.withNeuronMctBlocked(true),
            none.withNeuronMctBlocked(true).withExogenousLactateMilliMolarPerS(lactate),
            none.withNeuronMctBlocked(true).withExogenousGlucoseMilliMolarPerS(glucose)
        };
        Outcome[] out = new Outcome[names.length];
        for (int c = 0; c < names.length; c++) {
            out[c] = run(ctx, ivs[c], neurons, settle, after, cp, threshold);
            ctx.progress((c + 1.0) / names.length);
        }
        double control = out[0].lasting;
        double[] lasting = new double[names.length];
        double[] early = new double[names.length];
        double[] relative = new double[names.length];
        double maxEarlyDev = 0;
        for (int c = 0; c < names.length; c++) {
            lasting[c] = out[c].lasting;
            early[c] = out[c].early;
            relative[c] = out[c].lasting / control;
            maxEarlyDev = Math.max(maxEarlyDev, Math.abs(early[c] / early[0] - 1));
        }

        double[] index = new double[names.length];
        for (int c = 0; c < names.length; c++) {
            index[c] = c;
        }
        Path summary =
                Csv.write(
                        ctx.outDir().resolve("lactate-consolidation-summary.csv"),
                        new String[] {
                            "condition_index",
                            "early_potentiation",
                            "lasting_potentiation",
                            "lasting_relative_to_control"
                        },
                        index,
                        early,
                        lasting,
                        relative);
        double[][] cols = new double[1 + 3 * names.length][];
        String[] header = new String[cols.length];
        cols[0] = out[0].t;
        header[0] = "time_ms";
        for (int c = 0; c < names.length; c++) {
            cols[1 + c] = out[c].atp;
            header[1 + c] = "atp_mM_c" + c;
            cols[1 + names.length + c] = out[c].w;
            header[1 + names.length + c] = "weight_c" + c;
            cols[1 + 2 * names.length + c] = out[c].ecsLactate;
            header[1 + 2 * names.length + c] = "ecs_lactate_mM_c" + c;
        }
        Path series =
                Csv.write(
                        ctx.outDir().resolve("lactate-consolidation-timecourse.csv"), header, cols);

        Figures.Line atpFig =
                Figures.line("Neuronal ATP (interventions from t = 0)", "time (s)", "ATP (mM)");
        Figures.Line wFig =
                Figures.line(
                        "Mean synaptic weight (tetanus at "
                                + Math.round((settle + 2000) / 1000)
                                + "-"
                                + Math.round((settle + 4000) / 1000)
                                + " s)",
                        "time (s)",
                        "weight (weight units)");
        double[] seconds = new double[out[0].t.length];
        for (int k = 0; k < seconds.length; k++) {
            seconds[k] = out[0].t[k] / 1000.0;
        }
        for (int c = 0; c < names.length; c++) {
            atpFig.series(names[c], seconds, out[c].atp);
            wFig.series(names[c], seconds, out[c].w);
        }
        Path fig1 = atpFig.write(ctx.outDir().resolve("lactate-consolidation-atp.png"));
        Path fig2 = wFig.write(ctx.outDir().resolve("lactate-consolidation-weight.png"));
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("early (end of tetanus)", early);
        bars.put("lasting (late component)", lasting);
        Path fig3 =
                Figures.bars(
                        ctx.outDir().resolve("lactate-consolidation-lasting.png"),
                        "Early and lasting potentiation by condition",
                        "potentiation (weight units)",
                        names,
                        bars);

        String suzuki = "Suzuki et al. 2011 (abstract; SCIENCE.md C9.3)";
        ExperimentResult r =
                new ExperimentResult()
                        .metric(
                                Metric.criterion(
                                        "lasting potentiation, control",
                                        control,
                                        "weight units",
                                        "> 0.3 x early",
                                        control > 0.3 * early[0],
                                        "consolidation with energy: fraction k/(k + 1/tau_e) ="
                                                + " 2/3 at most"))
                        .metric(
                                Metric.within(
                                        "early potentiation, max deviation between conditions",
                                        maxEarlyDev,
                                        "fraction",
                                        0.0,
                                        0.05,
                                        suzuki + ": induction and short-term memory intact"));
        String[] criteria = {"", "< 0.05", "> 0.5", "< 0.05", "< 0.05", "< 0.05", "< 0.05"};
        String[] claims = {
            "",
            "astrocytic MCT1/4 knock-down abolishes lasting potentiation",
            "L-lactate rescues it",
            "equicaloric glucose does not rescue it",
            "neuronal MCT2 knock-down abolishes it",
            "lactate does not rescue the MCT2 knock-down",
            "glucose does not rescue the MCT2 knock-down"
        };
        for (int c = 1; c < names.length; c++) {
            boolean pass = c == 2 ? relative[c] > 0.5 : relative[c] < 0.05;
            r.metric(
                    Metric.criterion(
                            "lasting / control, " + names[c],
                            relative[c],
                            "",
                            criteria[c],
                            pass,
                            suzuki + ": " + claims[c]));
        }
        return r.figure(fig1).figure(fig2).figure(fig3).file(summary).file(series);
    }
}
