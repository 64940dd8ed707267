package io.github.plasticity.experiments.motor;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.learning.MapLearning;
import io.github.plasticity.maps.learning.MapLearningParameters;
import io.github.plasticity.maps.learning.UseProtocol;

/**
 * {@code use-dependent-expansion}: training one effector (the digits) expands its ICMS territory
 * into its neighbours while homeostatic synaptic scaling holds the map's mean rate at its set point
 * and the total responsive (forelimb) area stays constant.
 *
 * <p>Model ({@link MapLearning}, {@link MapLearningParameters#defaults()}): a 15 x 6 sheet at 0.25
 * mm (5 effectors of 3 columns each: shoulder, elbow, wrist, digits, thumb; 1.125 mm² each), {@code
 * --full} 20 x 8. Natural use (equal shares of 100 ms bouts) for {@code baselineS} (20 s), then
 * training: the digits get {@code trainShare} (4) times the share of each other effector for {@code
 * trainS} (30 s; 40 s with {@code --full}), mapped by virtual ICMS every 5 s. Criteria (ours; the
 * literature gives the direction, magnitudes were not found, SCIENCE.md 7.1): digits territory
 * after / before &gt; 1.2; wrist + thumb territory falls; total responsive area within ±10 % of
 * baseline (Milliken/Nudo); mean site rate over the training within ±10 % of the 4 Hz set point and
 * every 5 s chunk within ±25 %; baseline drift of the digits territory within ±10 %.
 */
public final class UseDependentExpansion implements Experiment {
    static final String NUDO =
            "Nudo et al. 1996 J Neurosci 16:785 (direction); SCIENCE.md 7.1, magnitude not found";
    static final String MILLIKEN =
            "Milliken, Plautz & Nudo (total distal-forelimb area constant), SCIENCE.md 7.1";
    static final String SCALING = "set point of homeostatic scaling (van Rossum et al. 2000)";

    @Override
    public String name() {
        return "use-dependent-expansion";
    }

    @Override
    public Group group() {
        return Group.MOTOR;
    }

    @Override
    public String description() {
        return "Training one effector expands its ICMS territory into its neighbours; scaling keeps"
                + " the mean rate at its set point and the total forelimb area constant";
    }

    @Override
    public String reference() {
        return "Nudo RJ, Milliken GW, Jenkins WM, Merzenich MM (1996) Use-dependent alterations of"
                + " movement representations in primary motor cortex of adult squirrel monkeys."
                + " J Neurosci 16:785-807";
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
        UseProtocol.Result r = protocol.run(sheet, body, p, ctx.seed(), t -> 1.0);
        ctx.progress(0.9);
        ExperimentResult result = new ExperimentResult();
        int nb = r.baselineChunks();
        int last = r.timeS().length - 1;
        double before = r.areaMm2()[nb - 1][digits];
        double after = r.areaMm2()[last][digits];
        int wrist = body.indexOf("wrist");
        int thumb = body.indexOf("thumb");
        double neighboursBefore = r.areaMm2()[nb - 1][wrist] + r.areaMm2()[nb - 1][thumb];
        double neighboursAfter = r.areaMm2()[last][wrist] + r.areaMm2()[last][thumb];
        double ratio = after / before;
        result.metric(
                Metric.criterion(
                        "digits territory after / before training",
                        ratio,
                        "",
                        "> 1.2 (expansion)",
                        ratio > 1.2,
                        NUDO));
        result.metric(
                Metric.criterion(
                        "wrist + thumb territory change",
                        neighboursAfter - neighboursBefore,
                        "mm²",
                        "< 0 (neighbours shrink)",
                        neighboursAfter < neighboursBefore,
                        NUDO));
        double totalChange = r.totalMm2()[last] / r.totalMm2()[nb - 1] - 1;
        result.metric(
                Metric.within(
                        "total responsive area change", totalChange, "", 0.0, 0.10, MILLIKEN));
        double goal = p.scaling().goalRateHz();
        double meanRate = MapLearningOutputs.meanFrom(r.meanRateHz(), nb);
        result.metric(
                Metric.within(
                        "mean site rate during training",
                        meanRate,
                        "Hz",
                        goal,
                        0.10 * goal,
                        SCALING));
        double dev = MapLearningOutputs.maxRateDeviation(r, goal);
        result.metric(
                Metric.criterion(
                        "largest 5 s mean-rate deviation from set point",
                        dev,
                        "",
                        "<= 0.25",
                        dev <= 0.25,
                        SCALING));
        double drift = r.areaMm2()[nb - 1][digits] / r.areaMm2()[0][digits] - 1;
        result.metric(
                Metric.within(
                        "digits territory drift over the baseline",
                        drift,
                        "",
                        0.0,
                        0.10,
                        "stable map under natural use (model requirement)"));
        MapLearningOutputs.write(
                result, ctx.outDir(), "use-dependent-expansion", "Digit training", body, r);
        ctx.progress(1.0);
        return result;
    }
}
