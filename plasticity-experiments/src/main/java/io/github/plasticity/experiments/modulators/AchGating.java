package io.github.plasticity.experiments.modulators;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Gate;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.modulation.AcetylcholineFromAttention;
import io.github.plasticity.core.modulation.FieldGrid;
import io.github.plasticity.core.modulation.NeuromodulatorField;
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
import java.util.function.DoubleUnaryOperator;

/**
 * {@code ach-gating}: acetylcholine released by attention gates plasticity; without it (a
 * cholinergic depletion) the same training leaves the weights unchanged (Conner et al. 2003, 2010;
 * SCIENCE.md C5.4).
 *
 * <p>A Hebbian rate rule \( dw/dt = \eta\, r_{pre} r_{post} \) is gated by the acetylcholine field
 * ({@code Gate.threshold("acetylcholine", 0.5 µM)}). Attention drives release at \( k A(t) \) with
 * full attention holding 1 µM (clearance \( \tau \) = 2 s). With attention on during \( [a, b) \)
 * the gate is open from \( t_{up} = a + \tau \ln(1/(1 - \theta/c_\infty)) \) to \( t_{down} = b +
 * \tau \ln(c(b)/\theta) \), \( c(b) = c_\infty (1 - e^{-(b - a)/\tau}) \), so learning is \( \eta
 * r_{pre} r_{post} (t_{down} - t_{up}) \) in closed form. With a proportional gate ({@code
 * Gate.proportionalTo}) learning scales linearly with the attention level.
 */
final class AchGating implements Experiment {
    private static final double ETA = 1e-6;
    private static final double PRE_HZ = 8.0;
    private static final double POST_HZ = 6.0;
    // The initial weight as stored (float), so that "no change" measures exactly 0.
    private static final double W0 = 0.2f;

    @Override
    public String name() {
        return "ach-gating";
    }

    @Override
    public Group group() {
        return Group.MODULATORS;
    }

    @Override
    public String description() {
        return "Attention-driven acetylcholine gates plasticity; no learning without it";
    }

    @Override
    public String reference() {
        return "Conner et al. 2003 Neuron 38:819; Conner et al. 2010 Cereb Cortex 20:2739;"
                + " Parikh et al. 2007 Neuron 56:141 (seconds-long cholinergic transients)";
    }

    private static final class Trace {
        double[] t;
        double[] ach;
        double[] dw;
        double finalDw;
    }

    private static Trace train(
            ExperimentContext ctx, DoubleUnaryOperator attention, Gate gate, double ms) {
        try (Simulation sim =
                Simulation.builder().dtMs(1.0).seed(ctx.seed()).threads(ctx.threads()).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 10, RateFunction.constant(PRE_HZ)));
            RateSource post = sim.add(RateSource.of("post", 5, RateFunction.constant(POST_HZ)));
            NeuromodulatorField ach =
                    sim.add(
                            NeuromodulatorField.acetylcholine(
                                    FieldGrid.covering(0.1, 0.1, pre, post)));
            AcetylcholineFromAttention.drive(ach, attention);
            final float eta = (float) ETA;
            LocalRule hebb = (w, x, y, m) -> eta * x * y;
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(W0))
                            .withRule(LocalRule.named("hebb", hebb).bounded(0, 1), gate);
            int samples = (int) Math.round(ms / 20.0);
            Trace tr = new Trace();
            tr.t = new double[samples];
            tr.ach = new double[samples];
            tr.dw = new double[samples];
            for (int s = 0; s < samples; s++) {
                sim.run(20.0);
                tr.t[s] = sim.timeMs();
                tr.ach[s] = ach.concentrationAt(0, 0);
                tr.dw[s] = mean(p.weightsCopy()) - W0;
            }
            tr.finalDw = tr.dw[samples - 1];
            return tr;
        }
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "thresholdMicroMolar",
                "acetylcholine gate threshold (µM); 0.5",
                "attentionOnMs",
                "attention period on (ms); 500",
                "attentionOffMs",
                "attention period off (ms); 4500",
                "durationMs",
                "run duration (ms); 10000, --full 20000");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        double theta = ctx.param("thresholdMicroMolar", 0.5);
        double a = ctx.param("attentionOnMs", 500.0);
        double b = ctx.param("attentionOffMs", 4500.0);
        double total = ctx.param("durationMs", ctx.full() ? 20000.0 : 10000.0);
        double tau = 2000.0; // FieldParameters.acetylcholine()
        double cInf = 1.0; // AcetylcholineFromAttention default scale
        Gate threshold = Gate.threshold("acetylcholine", theta);
        DoubleUnaryOperator window = t -> t >= a && t < b ? 1.0 : 0.0;

        Trace depleted = train(ctx, t -> 0.0, threshold, total);
        ctx.progress(0.2);
        Trace attending = train(ctx, t -> 1.0, threshold, total);
        ctx.progress(0.4);
        Trace windowed = train(ctx, window, threshold, total);
        ctx.progress(0.6);
        Gate proportional = Gate.proportionalTo("acetylcholine", 1.0);
        Trace full = train(ctx, window, proportional, total);
        ctx.progress(0.8);
        Trace half = train(ctx, t -> 0.5 * window.applyAsDouble(t), proportional, total);
        ctx.progress(1.0);

        double cB = cInf * (1 - Math.exp(-(b - a) / tau));
        double tUp = a + tau * Math.log(1 / (1 - theta / cInf));
        double tDown = b + tau * Math.log(cB / theta);
        double openMs = Math.max(0, Math.min(tDown, total) - tUp);
        double expected = ETA * PRE_HZ * POST_HZ * openMs;
        double ratio = half.finalDw / full.finalDw;

        Path csv =
                Csv.write(
                        ctx.outDir().resolve("ach-gating.csv"),
                        new String[] {
                            "time_ms",
                            "ach_windowed_uM",
                            "dw_windowed_threshold",
                            "dw_depleted",
                            "dw_attending",
                            "dw_proportional_full",
                            "dw_proportional_half"
                        },
                        windowed.t,
                        windowed.ach,
                        windowed.dw,
                        depleted.dw,
                        attending.dw,
                        full.dw,
                        half.dw);
        double[] thetaLine = new double[windowed.t.length];
        java.util.Arrays.fill(thetaLine, theta);
        double[] dwScaled = new double[windowed.t.length];
        for (int k = 0; k < dwScaled.length; k++) {
            dwScaled[k] = windowed.dw[k] / Math.max(1e-300, windowed.finalDw);
        }
        Path fig1 =
                Figures.line(
                                "Attention window: acetylcholine and learning",
                                "time (ms)",
                                "ACh (µM); weight change (fraction of final)")
                        .series("acetylcholine (µM)", windowed.t, windowed.ach)
                        .series("gate threshold (µM)", windowed.t, thetaLine)
                        .series("weight change / final", windowed.t, dwScaled)
                        .write(ctx.outDir().resolve("ach-gating-timecourse.png"));
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put(
                "weight change",
                new double[] {
                    depleted.finalDw,
                    windowed.finalDw,
                    attending.finalDw,
                    half.finalDw,
                    full.finalDw
                });
        Path fig2 =
                Figures.bars(
                        ctx.outDir().resolve("ach-gating-conditions.png"),
                        "Learning with and without acetylcholine",
                        "mean weight change (weight units)",
                        new String[] {
                            "depleted (A=0)",
                            "window, threshold",
                            "A=1, threshold",
                            "window A=0.5, proportional",
                            "window A=1, proportional"
                        },
                        bars);

        return new ExperimentResult()
                .metric(
                        Metric.within(
                                "weight change without acetylcholine",
                                depleted.finalDw,
                                "weight units",
                                0.0,
                                0.0,
                                "Conner et al. 2003/2010 (cholinergic depletion blocks map"
                                        + " plasticity); SCIENCE.md C5.4"))
                .metric(
                        Metric.criterion(
                                "weight change with attention",
                                attending.finalDw,
                                "weight units",
                                "> 0",
                                attending.finalDw > 0,
                                "gate open while acetylcholine is present"))
                .metric(
                        Metric.within(
                                "windowed learning / closed form (gate open "
                                        + Math.round(openMs)
                                        + " ms)",
                                windowed.finalDw / expected,
                                "",
                                1.0,
                                0.005,
                                "closed form: eta r_pre r_post (t_down - t_up), this"
                                        + " experiment's javadoc"))
                .metric(
                        Metric.within(
                                "proportional gate: learning at attention 0.5 / at 1",
                                ratio,
                                "",
                                0.5,
                                0.005,
                                "linearity: ACh excess and gain are proportional to attention"))
                .figure(fig1)
                .figure(fig2)
                .file(csv);
    }
}
