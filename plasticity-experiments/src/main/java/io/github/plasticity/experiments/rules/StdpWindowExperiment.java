package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
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
import io.github.plasticity.rules.PairStdp;
import io.github.plasticity.rules.StdpParameters;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@code stdp-window}: the pair-STDP window (Bi &amp; Poo 1998 shape, Song, Miller &amp; Abbott
 * 2000 parameters) simulated with isolated spike pairs against its closed form (SCIENCE.md C2.1),
 * and the net depression of uncorrelated firing (C2.2).
 *
 * <p><b>Window.</b> 201 independent synapses (one-to-one between two spike-time sources), synapse
 * {@code k} seeing one pre spike at 150 ms and one post spike at \( 150 + \Delta t_k \) ms, \(
 * \Delta t_k = -100 \ldots 100 \) ms in 1 ms steps; dt = 0.1 ms, w0 = 0, bounds [-1, 1] (no
 * clipping). The simulated change must equal \( A_+ e^{-\Delta t/\tau_+} \) (\( \Delta t \ge 0 \))
 * or \( -A_- e^{\Delta t/\tau_-} \) to 1e-9.
 *
 * <p><b>Drift.</b> 20 x 20 synapses between independent 10 Hz trains over {@code driftDurationS}
 * (default 1000 s): Bernoulli trains on a 1 ms lattice, presynaptic bins on even and postsynaptic
 * ones on odd 0.5 ms steps (no same-step pairs, so the expected drift is a midpoint Riemann sum of
 * the window integral, relative error 1e-4). Reference \( \nu_{pre}\nu_{post}(A_+\tau_+ -
 * A_-\tau_-)T = -0.5 \) g_max for 1000 s, tolerance 10 % (the mean over 400 synapses has a standard
 * deviation of 2.3 % of it; see PairStdpDriftTest).
 */
public final class StdpWindowExperiment implements Experiment {
    @Override
    public String name() {
        return "stdp-window";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Pair-STDP window from isolated spike pairs against its closed form, and the net"
                + " depression of uncorrelated firing";
    }

    @Override
    public String reference() {
        return "Bi & Poo 1998, J Neurosci 18:10464; Song, Miller & Abbott 2000, Nat Neurosci 3:919";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "driftDurationS", "duration of the uncorrelated-firing drift run (s); 1000");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        StdpParameters song = StdpParameters.songMillerAbbott2000();
        double driftS = ctx.param("driftDurationS", 1000.0);
        Path out = ctx.outDir();
        ExperimentResult r = new ExperimentResult();

        // Window from isolated pairs.
        int n = 201;
        double[] deltaT = new double[n];
        double[][] pre = new double[n][];
        double[][] post = new double[n][];
        for (int k = 0; k < n; k++) {
            deltaT[k] = k - 100;
            pre[k] = new double[] {150.0};
            post[k] = new double[] {150.0 + deltaT[k]};
        }
        float[] w;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(ctx.seed()).build()) {
            SpikeTimeSource a = sim.add(SpikeTimeSource.of("pre", pre));
            SpikeTimeSource b = sim.add(SpikeTimeSource.of("post", post));
            Projection p =
                    sim.connect(a, b, Connectivity.oneToOne(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(-1, 1))
                            .withRule(PairStdp.of(song));
            sim.run(300.0);
            w = p.weightsCopy();
        }
        double[] simulated = new double[n];
        double[] closed = new double[n];
        double maxErr = 0;
        boolean shape = true;
        for (int k = 0; k < n; k++) {
            simulated[k] = w[k];
            closed[k] = song.pairWindow(deltaT[k]);
            maxErr = Math.max(maxErr, Math.abs(simulated[k] - closed[k]));
            if (deltaT[k] > 0 && deltaT[k] <= 20) {
                shape &= simulated[k] > 0;
            } else if (deltaT[k] < 0 && deltaT[k] >= -20) {
                shape &= simulated[k] < 0;
            }
        }
        ctx.progress(0.05);
        r.file(
                Csv.write(
                        out.resolve("stdp-window.csv"),
                        new String[] {"delta_t_ms", "dw_simulated_gmax", "dw_closed_form_gmax"},
                        deltaT,
                        simulated,
                        closed));
        double[] fine = new double[801];
        double[] fineW = new double[801];
        for (int k = 0; k < fine.length; k++) {
            fine[k] = -100 + k * 0.25;
            fineW[k] = song.pairWindow(fine[k]);
        }
        r.figure(
                Figures.line(
                                "Pair-STDP window (Song, Miller & Abbott 2000 parameters)",
                                "t_post - t_pre (ms)",
                                "weight change (units of g_max)")
                        .series("closed form", fine, fineW)
                        .points("simulated pairs", deltaT, simulated)
                        .write(out.resolve("stdp-window.png")));
        r.metric(
                Metric.within(
                        "max |simulated - closed form| over 201 pairs",
                        maxErr,
                        "g_max",
                        0.0,
                        1e-9,
                        "SCIENCE.md C2.1 (closed form; float32 weights)"));
        double[][] table = {{10, 0.003033}, {-10, -0.003184}, {20, 0.001839}, {-20, -0.001931}};
        for (double[] row : table) {
            int k = (int) row[0] + 100;
            r.metric(
                    Metric.within(
                            String.format(java.util.Locale.ROOT, "dw(%+.0f ms)", row[0]),
                            simulated[k],
                            "g_max",
                            row[1],
                            5e-7,
                            "SCIENCE.md C2.1 (values printed to 4 significant digits)"));
        }
        r.metric(
                Metric.criterion(
                        "window shape: LTP for 0 < dt <= 20 ms, LTD for -20 <= dt < 0 ms",
                        shape ? 1 : 0,
                        "",
                        "1 (holds)",
                        shape,
                        "Bi & Poo 1998: potentiation when the presynaptic spike precedes the"
                                + " postsynaptic one within ~20 ms, depression for the reverse"));

        // Drift under independent firing.
        int m = 20;
        double rateHz = 10.0;
        double binMs = 1.0;
        double tMs = driftS * 1000.0;
        double[] times;
        double[] meanW;
        float[] finalW;
        try (Simulation sim = Simulation.builder().dtMs(binMs / 2).seed(ctx.seed()).build()) {
            double[][] preT = new double[m][];
            double[][] postT = new double[m][];
            for (int u = 0; u < m; u++) {
                preT[u] = bernoulliTrain(sim.stream("drift/pre/" + u), rateHz, binMs, tMs, 0);
                postT[u] =
                        bernoulliTrain(
                                sim.stream("drift/post/" + u), rateHz, binMs, tMs, binMs / 2);
            }
            SpikeTimeSource a = sim.add(SpikeTimeSource.of("pre", preT));
            SpikeTimeSource b = sim.add(SpikeTimeSource.of("post", postT));
            Projection p =
                    sim.connect(a, b, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(-10, 10))
                            .withRule(PairStdp.of(song));
            WeightMonitor mon = sim.monitor(Monitors.weights(p).everyMs(tMs / 50));
            int chunks = 20;
            for (int c = 0; c < chunks; c++) {
                sim.run(tMs / chunks);
                ctx.progress(0.05 + 0.95 * (c + 1) / chunks);
            }
            times = mon.timesMs();
            float[][] v = mon.values();
            meanW = new double[times.length];
            for (int s = 0; s < times.length; s++) {
                double sum = 0;
                for (float x : v[s]) {
                    sum += x;
                }
                meanW[s] = sum / v[s].length;
                times[s] /= 1000.0;
            }
            finalW = p.weightsCopy();
        }
        double nu = rateHz / 1000.0;
        double expected = nu * nu * song.windowIntegral() * tMs;
        double mean = 0;
        for (float x : finalW) {
            mean += x;
        }
        mean /= finalW.length;
        double[] theory = new double[times.length];
        for (int s = 0; s < times.length; s++) {
            theory[s] = nu * nu * song.windowIntegral() * times[s] * 1000.0;
        }
        r.file(
                Csv.write(
                        out.resolve("stdp-drift.csv"),
                        new String[] {"time_s", "mean_w_gmax", "theory_gmax"},
                        times,
                        meanW,
                        theory));
        r.figure(
                Figures.line(
                                "Drift of 400 synapses under independent 10 Hz pre and post firing",
                                "time (s)",
                                "mean weight change (units of g_max)")
                        .series("simulated mean", times, meanW)
                        .series("nu_pre nu_post (A+ tau+ - A- tau-) t", times, theory)
                        .write(out.resolve("stdp-drift.png")));
        r.metric(
                Metric.within(
                        String.format(
                                java.util.Locale.ROOT,
                                "mean drift over %.0f s (400 synapses)",
                                driftS),
                        mean,
                        "g_max",
                        expected,
                        Math.abs(0.1 * expected),
                        "SCIENCE.md C2.2: nu_pre nu_post (A+ tau+ - A- tau-) T; 10 %"));
        return r;
    }

    /**
     * A Bernoulli spike train on bins {@code k * binMs + offsetMs} with spike probability {@code
     * rate * bin}, drawn with geometric gaps.
     */
    static double[] bernoulliTrain(
            UniformRandomProvider rng, double rateHz, double binMs, double tMs, double offsetMs) {
        double p = rateHz * binMs / 1000.0;
        double logQ = Math.log1p(-p);
        long bins = Math.round(tMs / binMs);
        double[] t = new double[16];
        int n = 0;
        long k = -1;
        while (true) {
            k += 1 + (long) Math.floor(Math.log(1.0 - rng.nextDouble()) / logQ);
            if (k >= bins - 1) {
                break;
            }
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
            }
            t[n++] = k * binMs + offsetMs;
        }
        return Arrays.copyOf(t, n);
    }
}
