package io.github.plasticity.experiments.rules;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.io.Export;
import io.github.plasticity.io.Npy;
import io.github.plasticity.rules.EligibilityParameters;
import io.github.plasticity.rules.EligibilityTerm;
import io.github.plasticity.rules.EligibilityTraceRule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code distal-reward}: dopamine-modulated STDP solves the distal reward problem (Izhikevich
 * 2007). Part 1 (SCIENCE.md C5.1): the credit a single pairing receives from a reward delayed by
 * {@code D} decays as \( e^{-D/\tau_c} \), \( \Delta s/(c_0 d_0) = e^{-D/\tau_c} \tau_c
 * \tau_d/(\tau_c + \tau_d) \) (0.0613 s at D = 1 s). Part 2 (C5.2): Izhikevich's daspnet network
 * ({@link DistalRewardNetwork}), in which rewarding the pairings of one synapse 1-3 s later selects
 * that synapse among all excitatory ones, and rewards at random times do not.
 *
 * <p>Default size: 200 units (160 excitatory, 40 inhibitory) with 100 synapses each (the in-degree
 * of daspnet), {@code durationS} seconds, 5 seeds, with the reduced criterion stated in the
 * metrics. {@code --full}: daspnet's 1000 units for 3600 s with the C5.2 criterion (the rewarded
 * synapse at or above 0.9 sm and in the top 1 % of excitatory weights in at least 4 of 5 seeds, and
 * in at most 1 of 5 with shuffled rewards); this takes about 2 CPU minutes per run (10 runs).
 *
 * <p>Measured with {@code --full}, seeds 1-5: rewarded synapse 3.22, 4.00, 3.97, 4.00, 3.97 mV at
 * percentiles 98.6, 99.9, 99.8, 99.9, 99.7 (selected in 4 of 5; seed 1 had reached 4.0 and fell
 * back in the last minutes), 152-170 rewards per hour, excitatory rate 1.24 Hz; with the same
 * numbers of rewards at random times 0.00, 0.09, 1.67, 1.85, 0.59 mV (selected in 0 of 5).
 */
public final class DistalRewardExperiment implements Experiment {
    @Override
    public String name() {
        return "distal-reward";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Dopamine-modulated STDP selects the synapse whose pairings precede a delayed reward"
                + " (C5.1, C5.2)";
    }

    @Override
    public String reference() {
        return "Izhikevich 2007, Cereb Cortex 17:2443 (daspnet.m, ModelDB 84167)";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "creditDtMs",
                "time step of the credit-vs-delay curve (ms); 1.0",
                "excitatory",
                "excitatory units; 160, --full 800",
                "inhibitory",
                "inhibitory units; 40, --full 200",
                "synapsesPerUnit",
                "outgoing synapses per unit; 100",
                "durationS",
                "network run duration (s); 600, --full 3600",
                "noise",
                "amplitude of the uniform thalamic noise (mV per ms); 13",
                "seeds",
                "network seeds; 5");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        ExperimentResult r = new ExperimentResult();
        Path out = ctx.outDir();
        credit(ctx, r, out);
        network(ctx, r, out);
        return r;
    }

    /** C5.1: a single pairing, a single reward at delay D; simulated against the closed form. */
    private static void credit(ExperimentContext ctx, ExperimentResult r, Path out)
            throws Exception {
        double dt = ctx.param("creditDtMs", 1.0);
        double tauC = 1000.0;
        double tauD = 200.0;
        int n = 17;
        double[] delayS = new double[n];
        double[] simulated = new double[n];
        double[] closed = new double[n];
        double maxRel = 0;
        for (int k = 0; k < n; k++) {
            double d = 250.0 * k;
            delayS[k] = d / 1000.0;
            simulated[k] = creditPerUnit(d, dt, tauC, tauD) / 1000.0;
            closed[k] = Math.exp(-d / tauC) * tauC * tauD / (tauC + tauD) / 1000.0;
            maxRel = Math.max(maxRel, Math.abs(simulated[k] / closed[k] - 1));
        }
        double atOne = simulated[4];
        r.file(
                Csv.write(
                        out.resolve("credit_vs_delay.csv"),
                        new String[] {"delay_s", "simulated_s", "closed_form_s"},
                        delayS,
                        simulated,
                        closed));
        r.figure(
                Figures.line(
                                "Credit of one pairing vs reward delay (tau_c 1 s, tau_d 0.2 s)",
                                "reward delay D (s)",
                                "Delta s / (c0 d0) (s)")
                        .points("simulated, dt " + dt + " ms", delayS, simulated)
                        .series("closed form", delayS, closed)
                        .write(out.resolve("credit_vs_delay.png")));
        r.metric(
                Metric.within(
                        "credit per unit c0 d0 at D = 1 s",
                        atOne,
                        "s",
                        0.0613,
                        0.0003,
                        "SCIENCE.md C5.1 (closed form, 0.5 %)"));
        r.metric(
                Metric.criterion(
                        "max relative error of credit, D = 0-4 s",
                        maxRel,
                        "",
                        "< 0.005",
                        maxRel < 0.005,
                        "SCIENCE.md C5.1 (numerical, dt <= 1 ms)"));
        ctx.progress(0.05);
    }

    /** Delta s / (eta c0 d0) (ms) for one pre-post pairing at 10 ms and a reward D later. */
    static double creditPerUnit(double delayMs, double dtMs, double tauC, double tauD) {
        double tauPlus = 20.0;
        try (Simulation sim = Simulation.builder().dtMs(dtMs).seed(1).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", 0.0, tauD));
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {{10.0}}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {{20.0}}));
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withRule(
                                    EligibilityTraceRule.of(
                                            new EligibilityTerm.PairStdp(
                                                    1.0, 0.0, tauPlus, tauPlus, TraceMode.NEAREST),
                                            new EligibilityParameters(1.0, tauC, 0.0, 0.0),
                                            "dopamine"));
            da.releaseAt(20.0 + delayMs, 1.0);
            sim.run(Math.round((20.0 + delayMs + 4000.0) / dtMs) * dtMs);
            return p.weight(0, 0) / Math.exp(-10.0 / tauPlus);
        }
    }

    /** C5.2: the daspnet network, contingent and shuffled rewards, several seeds. */
    private static void network(ExperimentContext ctx, ExperimentResult r, Path out)
            throws Exception {
        boolean full = ctx.full();
        int ne = ctx.intParam("excitatory", full ? 800 : 160);
        int ni = ctx.intParam("inhibitory", full ? 200 : 40);
        int m = ctx.intParam("synapsesPerUnit", 100);
        double duration = ctx.param("durationS", full ? 3600.0 : REDUCED_DURATION_S);
        double noise = ctx.param("noise", 13.0);
        int seeds = ctx.intParam("seeds", 5);
        double every = duration >= 600 ? 10.0 : 5.0;
        DistalRewardNetwork.Config c =
                new DistalRewardNetwork.Config(ne, ni, m, duration, noise, every);
        DistalRewardNetwork.Result[] con = new DistalRewardNetwork.Result[seeds];
        DistalRewardNetwork.Result[] shu = new DistalRewardNetwork.Result[seeds];
        int runs = 2 * seeds;
        for (int k = 0; k < seeds; k++) {
            long seed = ctx.seed() + k;
            final int done = 2 * k;
            con[k] =
                    DistalRewardNetwork.run(
                            c,
                            seed,
                            -1,
                            ctx.threads(),
                            f -> ctx.progress(0.05 + 0.95 * (done + f) / runs));
            shu[k] =
                    DistalRewardNetwork.run(
                            c,
                            seed,
                            con[k].rewards(),
                            ctx.threads(),
                            f -> ctx.progress(0.05 + 0.95 * (done + 1 + f) / runs));
        }
        // time courses
        Figures.Line fig =
                Figures.line(
                        "Rewarded synapse n1 -> n2 ("
                                + (ne + ni)
                                + " units, "
                                + (int) duration
                                + " s)",
                        "time (s)",
                        "weight (mV)");
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("time_s", con[0].timeS());
        for (int k = 0; k < seeds; k++) {
            fig.series(
                    "seed " + (ctx.seed() + k) + " contingent",
                    con[k].timeS(),
                    con[k].rewardedTrace());
            fig.series(
                    "seed " + (ctx.seed() + k) + " shuffled",
                    shu[k].timeS(),
                    shu[k].rewardedTrace());
            columns.put("s_contingent_seed" + (ctx.seed() + k), con[k].rewardedTrace());
            columns.put("s_shuffled_seed" + (ctx.seed() + k), shu[k].rewardedTrace());
            columns.put("mean_exc_contingent_seed" + (ctx.seed() + k), con[k].meanExcTrace());
        }
        fig.series(
                "mean excitatory weight, seed " + ctx.seed(),
                con[0].timeS(),
                con[0].meanExcTrace());
        r.figure(fig.write(out.resolve("distal_reward_weight.png")));
        // Final excitatory weights and reward times of the first seed, contingent and shuffled,
        // as NumPy arrays (plasticity-io) for analysis in Python.
        long s0 = ctx.seed();
        r.file(npy(out.resolve("exc_weights_contingent_seed" + s0 + ".npy"), con[0].excWeights()));
        r.file(npy(out.resolve("exc_weights_shuffled_seed" + s0 + ".npy"), shu[0].excWeights()));
        Path rewards = out.resolve("reward_times_ms_contingent_seed" + s0 + ".npy");
        Npy.write(rewards, con[0].rewardTimesMs());
        r.file(rewards);
        // Every spike of the last recording interval of that run (SONATA HDF5, populations exc and
        // inh), for raster plots in other tools.
        Path spikes = out.resolve("spikes_last_interval_contingent_seed" + s0 + ".h5");
        Export.sonataSpikes(spikes, con[0].lastChunkSpikes());
        r.file(spikes);
        r.file(
                Csv.write(
                        out.resolve("distal_reward_timecourse.csv"),
                        columns.keySet().toArray(new String[0]),
                        columns.values().toArray(new double[0][])));
        // final weight distribution of the first seed
        int bins = 40;
        double[] centre = new double[bins];
        double[] countC = new double[bins];
        double[] countS = new double[bins];
        for (int b = 0; b < bins; b++) {
            centre[b] = 4.0 * (b + 0.5) / bins;
        }
        for (float w : con[0].excWeights()) {
            countC[Math.min(bins - 1, (int) (w / 4.0 * bins))]++;
        }
        for (float w : shu[0].excWeights()) {
            countS[Math.min(bins - 1, (int) (w / 4.0 * bins))]++;
        }
        r.file(
                Csv.write(
                        out.resolve("distal_reward_histogram.csv"),
                        new String[] {"weight_bin_centre_mV", "count_contingent", "count_shuffled"},
                        centre,
                        countC,
                        countS));
        r.figure(
                Figures.line(
                                "Excitatory weights at the end, seed " + ctx.seed(),
                                "weight (mV)",
                                "number of synapses")
                        .series("contingent rewards", centre, countC)
                        .series("shuffled rewards", centre, countS)
                        .points(
                                "rewarded synapse, contingent ("
                                        + String.format("%.2f", con[0].rewardedWeight())
                                        + " mV)",
                                new double[] {con[0].rewardedWeight()},
                                new double[] {0})
                        .points(
                                "rewarded synapse, shuffled ("
                                        + String.format("%.2f", shu[0].rewardedWeight())
                                        + " mV)",
                                new double[] {shu[0].rewardedWeight()},
                                new double[] {0})
                        .write(out.resolve("distal_reward_histogram.png")));
        double[] seedCol = new double[seeds];
        double[] sC = new double[seeds];
        double[] pC = new double[seeds];
        double[] sS = new double[seeds];
        double[] pS = new double[seeds];
        double[] nR = new double[seeds];
        double[] rate = new double[seeds];
        int selC = 0;
        int selS = 0;
        int higher = 0;
        for (int k = 0; k < seeds; k++) {
            seedCol[k] = ctx.seed() + k;
            sC[k] = con[k].rewardedWeight();
            pC[k] = con[k].percentile();
            sS[k] = shu[k].rewardedWeight();
            pS[k] = shu[k].percentile();
            nR[k] = con[k].rewards();
            rate[k] = con[k].meanRateHz();
            selC += con[k].selected() ? 1 : 0;
            selS += shu[k].selected() ? 1 : 0;
            higher += pC[k] > pS[k] ? 1 : 0;
        }
        r.file(
                Csv.write(
                        out.resolve("distal_reward_seeds.csv"),
                        new String[] {
                            "seed",
                            "s_contingent_mV",
                            "percentile_contingent",
                            "s_shuffled_mV",
                            "percentile_shuffled",
                            "rewards",
                            "exc_rate_Hz"
                        },
                        seedCol,
                        sC,
                        pC,
                        sS,
                        pS,
                        nR,
                        rate));
        String src = "Izhikevich 2007 (daspnet.m); SCIENCE.md C5.2";
        if (full || duration >= 3600.0) {
            r.metric(
                    Metric.criterion(
                            "seeds with the rewarded synapse selected (>= 0.9 sm, top 1 %)",
                            selC, "seeds", ">= 4 of 5", selC >= Math.min(4, seeds), src));
            r.metric(
                    Metric.criterion(
                            "seeds selected with shuffled rewards",
                            selS,
                            "seeds",
                            "<= 1 of 5",
                            selS <= 1,
                            src));
        } else {
            reducedMetrics(r, seeds, pC, pS, sC, sS, higher, src);
        }
        r.metric(
                Metric.criterion(
                        "mean excitatory rate",
                        mean(rate),
                        "Hz",
                        "0.5 - 5",
                        mean(rate) > 0.5 && mean(rate) < 5,
                        "daspnet regime (low-rate asynchronous)"));
    }

    static final double REDUCED_DURATION_S = 600.0;

    /**
     * The reduced-size criterion. In 600 s the rewarded synapse of the 200-unit network receives
     * only about 13-21 rewards (daspnet's full hour gives several times more), too few to reach 0.9
     * sm; what it shows is the direction: contingent rewards raise the rewarded synapse's rank
     * among all excitatory weights above its rank under the same number of rewards at random times.
     * Measured with seeds 1-5: mean percentile 65 (contingent) vs 37 (shuffled), higher in 5 of 5
     * seeds (4 of 5 with Brian2's same-step pairing convention). We require the mean to be higher
     * and a majority of seeds (3 of 5) to agree; if one seed in 5 to 10 disagrees, a majority fails
     * for about 1 to 6 % of seed sets (binomial, p = 0.8 to 0.9).
     */
    private static void reducedMetrics(
            ExperimentResult r,
            int seeds,
            double[] pC,
            double[] pS,
            double[] sC,
            double[] sS,
            int higher,
            String src) {
        String how = "reduced-size criterion (full C5.2 with --full); " + src;
        r.metric(
                Metric.criterion(
                        "mean percentile of the rewarded synapse, contingent rewards",
                        mean(pC),
                        "%",
                        "> shuffled (" + String.format("%.1f", mean(pS)) + " %)",
                        mean(pC) > mean(pS),
                        how));
        r.metric(
                Metric.criterion(
                        "mean rewarded weight, contingent rewards",
                        mean(sC),
                        "mV",
                        "> shuffled (" + String.format("%.3f", mean(sS)) + " mV)",
                        mean(sC) > mean(sS),
                        how));
        r.metric(
                Metric.criterion(
                        "seeds where the rewarded synapse ranks higher with contingent rewards",
                        higher,
                        "seeds",
                        "majority (>= " + (seeds / 2 + 1) + " of " + seeds + ")",
                        higher > seeds / 2,
                        how));
    }

    private static Path npy(Path file, float[] values) throws java.io.IOException {
        Npy.write(file, values);
        return file;
    }
}
