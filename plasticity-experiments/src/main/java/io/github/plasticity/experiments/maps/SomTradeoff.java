package io.github.plasticity.experiments.maps;

import io.github.plasticity.core.internal.Seeds;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.ActionRepertoire;
import io.github.plasticity.maps.layout.SelfOrganisingMap;
import io.github.plasticity.maps.layout.SomParameters;
import java.util.Map;

/**
 * {@code som-tradeoff}: the continuity-versus-fit trade-off of Aflalo &amp; Graziano 2006. Widening
 * the final neighbourhood of the self-organising map lowers the topographic error (more continuity)
 * and raises the quantisation error (poorer fit); mapping only the somatotopic requisite gives a
 * less fractured map than mapping all three.
 */
public final class SomTradeoff implements Experiment {
    @Override
    public String name() {
        return "som-tradeoff";
    }

    @Override
    public Group group() {
        return Group.MAPS;
    }

    @Override
    public String description() {
        return "Wider SOM neighbourhood: lower topographic error, higher quantisation error;"
                + " more requisites, more fractures";
    }

    @Override
    public String reference() {
        return "Aflalo & Graziano 2006 J Neurosci 26:6288; Kiviluoto 1996 (topographic error)";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "sheetColumns",
                "sheet columns (sites); 18, --full 36",
                "sheetRows",
                "sheet rows (sites); 10, --full 20",
                "spacingMm",
                "site spacing (mm); 0.5",
                "actions",
                "multi-joint actions in the repertoire; 1500, --full 12800",
                "epochs",
                "SOM training epochs; 20, --full 30",
                "seeds",
                "seeds per neighbourhood width; 5");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        BodyModel body = BodyModel.standard();
        boolean full = ctx.full();
        CorticalSheet sheet =
                CorticalSheet.rectangle(
                        ctx.intParam("sheetColumns", full ? 36 : 18),
                        ctx.intParam("sheetRows", full ? 20 : 10),
                        ctx.param("spacingMm", 0.5));
        int actions = ctx.intParam("actions", full ? 12800 : 1500);
        int epochs = ctx.intParam("epochs", full ? 30 : 20);
        int seeds = ctx.intParam("seeds", 5);
        double[] widths = {0.5, 1.0, 2.0};
        SomParameters base = SomParameters.aflaloGraziano2006().withEpochs(epochs);
        int rows = seeds * widths.length;
        double[] seedCol = new double[rows];
        double[] widthCol = new double[rows];
        double[] teCol = new double[rows];
        double[] qeCol = new double[rows];
        double[] fdCol = new double[rows];
        double[] meanTe = new double[widths.length];
        double[] meanQe = new double[widths.length];
        int monotone = 0;
        double fdAll = 0;
        double fdSomatotopy = 0;
        int row = 0;
        for (int s = 0; s < seeds; s++) {
            long seed = Seeds.taskSeed(ctx.seed(), s);
            ActionRepertoire rep =
                    ActionRepertoire.grazianoAflalo(
                            body, actions, Seeds.stream(seed, "maps/repertoire"));
            double[] te = new double[widths.length];
            double[] qe = new double[widths.length];
            for (int w = 0; w < widths.length; w++) {
                SelfOrganisingMap.Trained t =
                        SelfOrganisingMap.train(
                                sheet,
                                rep,
                                base.withSigmaEndNodes(widths[w]),
                                Seeds.stream(seed, "maps/som"));
                te[w] = t.topographicError();
                qe[w] = t.quantisationError();
                seedCol[row] = s;
                widthCol[row] = widths[w];
                teCol[row] = te[w];
                qeCol[row] = qe[w];
                fdCol[row] = MapAnalysis.fractureDensity(t.map(0.5));
                if (widths[w] == 1.0) {
                    fdAll += fdCol[row] / seeds;
                }
                meanTe[w] += te[w] / seeds;
                meanQe[w] += qe[w] / seeds;
                row++;
            }
            boolean ok = true;
            for (int w = 1; w < widths.length; w++) {
                ok &= te[w] < te[w - 1] && qe[w] > qe[w - 1];
            }
            monotone += ok ? 1 : 0;
            SelfOrganisingMap.Trained somatotopyOnly =
                    SelfOrganisingMap.train(
                            sheet,
                            rep,
                            base.withSigmaEndNodes(1.0).withWeights(base.somatotopyWeight(), 0, 0),
                            Seeds.stream(seed, "maps/som"));
            fdSomatotopy += MapAnalysis.fractureDensity(somatotopyOnly.map(0.5)) / seeds;
            ctx.progress((s + 1) / (double) seeds);
        }
        ExperimentResult r = new ExperimentResult();
        double share = monotone / (double) seeds;
        r.metric(
                Metric.criterion(
                        "seeds with TE falling and QE rising over final widths 0.5, 1, 2",
                        share,
                        "",
                        ">= 0.8",
                        share >= 0.8,
                        "SCIENCE.md 8.3 (monotone over 3 widths, 5 seeds); Aflalo & Graziano"
                                + " 2006"));
        r.metric(
                Metric.criterion(
                        "mean topographic error, width 0.5 / width 2",
                        meanTe[0] / meanTe[2],
                        "",
                        "> 1",
                        meanTe[0] > meanTe[2],
                        "Aflalo & Graziano 2006 (continuity grows with neighbourhood width)"));
        r.metric(
                Metric.criterion(
                        "mean quantisation error, width 2 / width 0.5",
                        meanQe[2] / meanQe[0],
                        "",
                        "> 1",
                        meanQe[2] > meanQe[0],
                        "Aflalo & Graziano 2006 (fit worsens with neighbourhood width)"));
        r.metric(
                Metric.criterion(
                        "fracture density, somatotopy only / all requisites",
                        fdSomatotopy / fdAll,
                        "",
                        "< 1",
                        fdSomatotopy < fdAll,
                        "SCIENCE.md 8.3; Aflalo & Graziano 2006 (more requisites, more"
                                + " fractures)"));
        r.figure(
                Figures.line(
                                "SOM trade-off (" + seeds + " seeds, mean)",
                                "final neighbourhood width (grid steps)",
                                "topographic error (fraction) / quantisation error (feature units)")
                        .series("topographic error", widths, meanTe)
                        .series("quantisation error", widths, meanQe)
                        .write(ctx.outDir().resolve("som-tradeoff.png")));
        r.file(
                Csv.write(
                        ctx.outDir().resolve("som-tradeoff.csv"),
                        new String[] {
                            "seed_index",
                            "sigma_end_nodes",
                            "topographic_error",
                            "quantisation_error",
                            "fracture_density"
                        },
                        seedCol,
                        widthCol,
                        teCol,
                        qeCol,
                        fdCol));
        return r;
    }
}
