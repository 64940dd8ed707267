package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.VariableMonitor;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.WeightMonitor;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.io.Export;
import io.github.plasticity.io.Npy;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import java.nio.file.Path;
import java.util.Map;

/**
 * "Use it or lose it" on a rate network: one rate unit receives two groups of inputs through a
 * plastic projection with Hebbian learning and decay, \( dw/dt = \eta\, r_{post} r_{pre} - \gamma w
 * \). The used group is driven in bursts; the unused group is silent. Used weights grow to the
 * bound; unused weights decay, and because their Hebbian term is exactly zero their decay has a
 * closed form for forward Euler, \( w_0 (1 - \gamma\, dt)^n \), which the experiment checks.
 */
final class UseItOrLoseIt implements Experiment {
    @Override
    public String name() {
        return "use-it-or-lose-it";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Hebbian learning with decay: weights of a frequently driven input grow, those of an unused input decay";
    }

    @Override
    public String reference() {
        return "Hebb 1949; Dayan & Abbott 2001 eq. 8.3 (Hebbian rule with decay); closed-form decay of unused synapses";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "dtMs",
                "time step (ms); 1.0",
                "durationMs",
                "run duration (ms); 60000, --full 600000",
                "inputsPerGroup",
                "inputs per group; 10, --full 100",
                "burstRateHz",
                "rate of the driven group (Hz); 20",
                "eta",
                "Hebbian learning rate (per ms per Hz²); 5e-8",
                "decayPerMs",
                "weight decay rate (1/ms); 5e-5",
                "w0",
                "initial weight; 0.1",
                "wMax",
                "upper weight bound; 0.5");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        double dt = ctx.param("dtMs", 1.0);
        double durationMs = ctx.param("durationMs", ctx.full() ? 600_000.0 : 60_000.0);
        int perGroup = ctx.intParam("inputsPerGroup", ctx.full() ? 100 : 10);
        double burstRateHz = ctx.param("burstRateHz", 20.0);
        double eta = ctx.param("eta", 5e-8);
        double gamma = ctx.param("decayPerMs", 5e-5);
        double w0 = ctx.param("w0", 0.1);
        double wMax = ctx.param("wMax", 0.5);
        ExperimentResult result = new ExperimentResult();
        try (Simulation sim =
                Simulation.builder().dtMs(dt).seed(ctx.seed()).threads(ctx.threads()).build()) {
            // Used inputs fire at burstRateHz in 500 ms on / 500 ms off cycles; unused ones are
            // silent.
            RateSource in =
                    sim.add(
                            RateSource.of(
                                    "inputs",
                                    2 * perGroup,
                                    (i, t) ->
                                            i < perGroup && (long) (t / 500.0) % 2 == 0
                                                    ? burstRateHz
                                                    : 0.0));
            RatePopulation out =
                    sim.add(
                            RatePopulation.of(
                                    "output",
                                    1,
                                    10.0,
                                    TransferFunction.thresholdLinear(1.0, 0.0, 100.0)));
            out.setExternalInput(0, 5.0);
            Projection syn =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(w0))
                            .withBounds(WeightBounds.hard(0.0, wMax))
                            .withRule(Hebbian.rate(new HebbianParameters(eta, gamma)));
            WeightMonitor wm =
                    sim.monitor(Monitors.weights(syn).synapses(0, perGroup).everyMs(100.0));
            long steps = Math.round(durationMs / dt);
            long chunk = Math.max(1, steps / 20);
            for (long done = 0; done < steps; done += chunk) {
                sim.steps(Math.min(chunk, steps - done));
                ctx.progress((double) (done + chunk) / steps);
            }
            float[] w = syn.weightsCopy();
            double used = 0;
            double unused = 0;
            for (int k = 0; k < perGroup; k++) {
                used += w[k];
                unused += w[perGroup + k];
            }
            used /= perGroup;
            unused /= perGroup;
            double closedForm = w0 * Math.pow(1.0 - gamma * dt, steps);
            // Weights are float32: each step rounds w (and the factor 1 - gamma dt) to 24 bits, so
            // after n steps the relative deviation from the exact product is at most about
            // 2 n 2^-24 (first-order rounding bound).
            double floatBound = 2.0 * steps * Math.ulp(1.0f) / 2.0;
            String src =
                    "closed form of forward Euler for a silent input, w0 (1 - gamma dt)^n; tolerance = float32 rounding bound 2 n 2^-24";
            result.metric(
                    Metric.criterion(
                            "used weight / initial",
                            used / w0,
                            "",
                            "> 2 (increase)",
                            used / w0 > 2.0,
                            "Hebbian growth (Hebb 1949)"));
            result.metric(
                    Metric.criterion(
                            "unused weight / initial",
                            unused / w0,
                            "",
                            "< 0.5 (decrease)",
                            unused / w0 < 0.5,
                            "decay without use"));
            result.metric(
                    new Metric(
                            "unused weight",
                            unused,
                            "weight units",
                            closedForm,
                            String.format("relative %.2g", floatBound),
                            Math.abs(unused - closedForm) <= floatBound * closedForm,
                            src));
            double[] t = wm.timesMs();
            double[] ts = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                ts[k] = t[k] / 1000.0;
            }
            double[] wu = wm.series(0);
            double[] wn = wm.series(1);
            double[] cf = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                cf[k] = w0 * Math.pow(1.0 - gamma * dt, Math.round(t[k] / dt));
            }
            Path csv =
                    Csv.write(
                            ctx.outDir().resolve("weights.csv"),
                            new String[] {"time_s", "w_used", "w_unused", "w_unused_closed_form"},
                            ts,
                            wu,
                            wn,
                            cf);
            Path png =
                    Figures.line("Use it or lose it", "time (s)", "weight (weight units)")
                            .series("used input (bursts at " + burstRateHz + " Hz)", ts, wu)
                            .series("unused input (silent)", ts, wn)
                            .series("closed form, unused", ts, cf)
                            .write(ctx.outDir().resolve("weights.png"));
            Path npy = ctx.outDir().resolve("final_weights.npy");
            Npy.write(npy, syn.weightsCopy());
            Path h5 = ctx.outDir().resolve("weights.h5");
            Export.hdf5(h5, new VariableMonitor[0], new Projection[] {syn});
            result.figure(png).file(csv).file(npy).file(h5);
        }
        return result;
    }
}
