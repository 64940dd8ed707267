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
import io.github.plasticity.maps.learning.MapLearning;
import io.github.plasticity.maps.learning.MapLearningParameters;
import io.github.plasticity.maps.learning.UseProtocol;
import io.github.plasticity.maps.render.MapRenderer;
import java.util.Map;

/**
 * {@code ach-depletion-map} (Conner et al. 2003, 2010; SCIENCE.md C5.4): the Hebbian learning rate
 * of the map is gated by acetylcholine ({@link MapLearning#ACETYLCHOLINE}, {@code
 * Gate.proportionalTo} with 1 µM as gain 1). After a baseline at 1 µM the cholinergic gain is set
 * to {@code g} (a lesion) and the digits are trained as in {@link UseDependentExpansion}. With
 * {@code g = 0} the digits territory after training equals its baseline (± 5 %, SCIENCE.md C5.4);
 * with {@code g = 1} it expands (&gt; 1.2, as in use-dependent-expansion). Homeostatic scaling is
 * not gated and runs in both.
 *
 * <p>With {@code g = 0} the gate also stops the Hebbian decay, so the output weights, and with them
 * the ICMS map, are frozen: the ± 5 % criterion is met exactly by construction of the gate.
 */
public final class AchDepletionMap implements Experiment {
    @Override
    public String name() {
        return "ach-depletion-map";
    }

    @Override
    public Group group() {
        return Group.MOTOR;
    }

    @Override
    public String description() {
        return "Cholinergic gating of map plasticity: with the ACh gain at 0 training leaves the"
                + " trained territory at baseline, with gain 1 it expands";
    }

    @Override
    public String reference() {
        return "Conner JM, Culberson A, Packowski C, Chiba AA, Tuszynski MH (2003) Lesions of the"
                + " basal forebrain cholinergic system impair task acquisition and abolish cortical"
                + " plasticity associated with motor skill learning. Neuron 38:819-829; Conner JM"
                + " et al. (2010) Cereb Cortex 20:2739";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "baselineS",
                "natural use before training (model s); 20",
                "trainS",
                "training duration (model s); 30, --full 40",
                "trainShare",
                "use of the digits relative to each other effector during training; 4",
                "lesionGain",
                "cholinergic gain of the depleted arm (0 = no acetylcholine); 0");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        CorticalSheet sheet =
                ctx.full()
                        ? CorticalSheet.rectangle(20, 8, 0.25)
                        : CorticalSheet.rectangle(15, 6, 0.25);
        BodyModel body = MapLearning.forelimb();
        int digits = body.indexOf("digits");
        double baselineS = ctx.param("baselineS", 20);
        double trainS = ctx.param("trainS", ctx.full() ? 40 : 30);
        double share = ctx.param("trainShare", 4);
        double lesionGain = ctx.param("lesionGain", 0.0);
        double[] shares = {1, 1, 1, 1, 1};
        shares[digits] = share;
        MapLearningParameters p = MapLearningParameters.defaults();
        UseProtocol protocol =
                new UseProtocol(
                        baselineS * 1000,
                        trainS * 1000,
                        5000,
                        shares,
                        digits,
                        UseProtocol.readout());
        final double lesionAtMs = baselineS * 1000;
        UseProtocol.Result lesion =
                protocol.run(sheet, body, p, ctx.seed(), t -> t < lesionAtMs ? 1.0 : lesionGain);
        ctx.progress(0.45);
        UseProtocol.Result intact = protocol.run(sheet, body, p, ctx.seed(), t -> 1.0);
        ctx.progress(0.9);
        ExperimentResult result = new ExperimentResult();
        int nb = lesion.baselineChunks();
        int last = lesion.timeS().length - 1;
        double lesionRatio = lesion.areaMm2()[last][digits] / lesion.areaMm2()[nb - 1][digits];
        double intactRatio = intact.areaMm2()[last][digits] / intact.areaMm2()[nb - 1][digits];
        result.metric(
                Metric.within(
                        "digits territory after / before training, ACh gain " + lesionGain,
                        lesionRatio,
                        "",
                        1.0,
                        0.05,
                        "Conner et al. 2003/2010, SCIENCE.md C5.4"));
        result.metric(
                Metric.criterion(
                        "digits territory after / before training, ACh gain 1",
                        intactRatio,
                        "",
                        "> 1.2 (expansion)",
                        intactRatio > 1.2,
                        "Conner et al. 2003/2010, SCIENCE.md C5.4; " + UseDependentExpansion.NUDO));
        double goal = p.scaling().goalRateHz();
        double lesionRate = MapLearningOutputs.meanFrom(lesion.meanRateHz(), nb);
        result.metric(
                Metric.within(
                        "mean site rate during training, ACh gain " + lesionGain,
                        lesionRate,
                        "Hz",
                        goal,
                        0.10 * goal,
                        UseDependentExpansion.SCALING));
        result.figure(
                MapRenderer.of(24, "ACh gain " + lesionGain + ": ICMS map after training")
                        .write(
                                lesion.after(),
                                ctx.outDir().resolve("ach-depletion-map-lesion.png")));
        result.figure(
                MapRenderer.of(24, "ACh gain 1: ICMS map after training")
                        .write(
                                intact.after(),
                                ctx.outDir().resolve("ach-depletion-map-intact.png")));
        result.figure(
                MapRenderer.of(24, "ICMS map at the end of the baseline")
                        .write(
                                intact.before(),
                                ctx.outDir().resolve("ach-depletion-map-before.png")));
        double[] lesionArea = lesion.areaOf(digits);
        double[] intactArea = intact.areaOf(digits);
        result.figure(
                Figures.line(
                                "Digits territory (training from " + baselineS + " s)",
                                "model time (s)",
                                "digits territory (mm²)")
                        .series("ACh gain 1", intact.timeS(), intactArea)
                        .series("ACh gain " + lesionGain, lesion.timeS(), lesionArea)
                        .write(ctx.outDir().resolve("ach-depletion-map-territory.png")));
        result.file(
                Csv.write(
                        ctx.outDir().resolve("ach-depletion-map.csv"),
                        new String[] {
                            "time_s", "digits_intact_mm2", "digits_lesion_mm2", "rate_lesion_hz"
                        },
                        intact.timeS(),
                        intactArea,
                        lesionArea,
                        lesion.meanRateHz()));
        ctx.progress(1.0);
        return result;
    }
}
