package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
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
import io.github.plasticity.rules.PairStdp;
import io.github.plasticity.rules.StdpParameters;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code stdp-song2000-bimodal}: Song, Miller &amp; Abbott (2000) competitive STDP, as in Brian2's
 * STDP example: N Poisson inputs at 15 Hz onto one LIF neuron through additive, all-to-all STDP
 * synapses; the weights, initially uniform in [0, g_max], end bimodal, piled up at 0 and g_max
 * (SCIENCE.md C2.3).
 *
 * <p><b>Neuron.</b> Brian2's example integrates \( \tau_m dv/dt = g_e (E_e - v_r) + E_l - v \), \(
 * \tau_e dg_e/dt = -g_e \) (a constant driving force \( E_e - v_r = 60 \) mV, so the synapse is in
 * fact current-based) with \( \tau_m = 10 \), \( \tau_e = 5 \) ms, \( E_l = -74 \), threshold -54,
 * reset -60 mV, no refractory period. That is exactly the library's {@link LifPopulation} with
 * {@code LifParameters(10, -74, -54, -60, 0, 5)} and weights in mV equal to 60 mV times Brian2's
 * dimensionless weights: \( g_{max} = 0.01 \) becomes 0.6 mV. (PEER-WORKLOADS.md C writes the
 * conductance-based form \( g_e(E_e - v) \); the documented example uses \( E_e - v_r \).) Both
 * integrate the linear subthreshold dynamics exactly. The neuron starts at -60 mV.
 *
 * <p><b>Plasticity.</b> {@link StdpParameters#brian2Example()} with {@code wMax = 0.6} mV: \( a_+ =
 * 0.01 \), \( a_- = 0.0105 \) of g_max, \( \tau_\pm = 20 \) ms; weights clipped to [0, g_max].
 *
 * <p><b>Checks.</b> The final distribution is bimodal with its modes at the bounds (each extreme
 * decile of [0, g_max] holds more weights than its neighbour). The fraction of weights in the two
 * extreme deciles and the mean output rate are compared with Brian2 2.5.1 running the same example
 * for seeds 1-4 (0.330 and 43.6 Hz after 30 s, 0.439 and 30.9 Hz after 100 s; tolerances 0.06 and
 * 10 Hz, several times the seed-to-seed spread). SCIENCE.md C2.3 suggests more than 0.7 after 100
 * s; neither Brian2 (0.422-0.454) nor this library (0.436-0.464, seeds 1-4) gets there in 100 s
 * with these amplitudes, so that threshold is used only for set-ups without a Brian2 reference. The
 * first- vs last-second output rate must decrease (the net depression of the window regulates the
 * rate).
 *
 * <p>Default size: 1000 inputs for 30 s; {@code --full}: 1000 inputs for 100 s (Brian2's example).
 * Parameters {@code inputs}, {@code durationS}, {@code inputRateHz} override.
 */
public final class StdpSong2000Experiment implements Experiment {
    /** Brian2 example: gmax = 0.01 times the constant driving force Ee - vr = 60 mV (mV). */
    static final double GMAX_MV = 0.01 * 60.0;

    @Override
    public String name() {
        return "stdp-song2000-bimodal";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Competitive additive STDP drives the weights of 1000 Poisson inputs onto one LIF"
                + " neuron to a bimodal distribution at 0 and g_max";
    }

    @Override
    public String reference() {
        return "Song, Miller & Abbott 2000, Nat Neurosci 3:919; Brian2 example synapses/STDP.py";
    }

    /** The Brian2 example's neuron as a current-based LIF unit (mV, ms). */
    static LifParameters brian2Neuron() {
        return new LifParameters(10.0, -74.0, -54.0, -60.0, 0.0, 5.0);
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "inputs",
                "Poisson inputs; 1000",
                "durationS",
                "run duration (s); 30, --full 100",
                "inputRateHz",
                "input rate (Hz); 15");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int n = ctx.intParam("inputs", 1000);
        double durationS = ctx.param("durationS", ctx.full() ? 100.0 : 30.0);
        double rateHz = ctx.param("inputRateHz", 15.0);
        double dt = 0.1;
        StdpParameters stdp = StdpParameters.brian2Example().withWMax(GMAX_MV);
        int chunks = Math.max(1, (int) Math.round(durationS));
        double chunkMs = durationS * 1000.0 / chunks;
        double[] rate = new double[chunks];
        double[] meanW = new double[chunks];
        double[] chunkEndS = new double[chunks];
        float[] finalW;
        double meanRate;
        WeightMonitor traces;
        try (Simulation sim =
                Simulation.builder().dtMs(dt).seed(ctx.seed()).threads(ctx.threads()).build()) {
            PoissonSource in = sim.add(PoissonSource.of("inputs", n, rateHz));
            LifPopulation out = sim.add(LifPopulation.of("neuron", 1, brian2Neuron()));
            out.setVoltage(0, -60.0);
            Projection syn =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0, GMAX_MV))
                            .withBounds(WeightBounds.hard(0, GMAX_MV))
                            .withRule(PairStdp.of(stdp));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(out));
            traces =
                    sim.monitor(
                            Monitors.weights(syn)
                                    .synapses(0, 1, 2, 3, 4)
                                    .everyMs(Math.max(dt, chunkMs / 10)));
            int counted = 0;
            for (int c = 0; c < chunks; c++) {
                sim.run(chunkMs);
                rate[c] = (spikes.count() - counted) / (chunkMs / 1000.0);
                counted = spikes.count();
                float[] w = syn.weightsCopy();
                double s = 0;
                for (float v : w) {
                    s += v;
                }
                meanW[c] = s / w.length / GMAX_MV;
                chunkEndS[c] = (c + 1) * chunkMs / 1000.0;
                ctx.progress((c + 1.0) / chunks);
            }
            finalW = syn.weightsCopy();
            meanRate = spikes.count() / durationS;
            Export.sonataSpikes(ctx.outDir().resolve("spikes.h5"), spikes);
            Export.npy(ctx.outDir().resolve("final_weights.npy"), syn);
        }

        int bins = 20;
        double[] centre = new double[bins];
        double[] count = new double[bins];
        double[] normalised = new double[finalW.length];
        double[] index = new double[finalW.length];
        int low = 0;
        int high = 0;
        for (int k = 0; k < finalW.length; k++) {
            double x = finalW[k] / GMAX_MV;
            normalised[k] = x;
            index[k] = k;
            count[Math.min(bins - 1, (int) (x * bins))]++;
            if (x < 0.1) {
                low++;
            } else if (x > 0.9) {
                high++;
            }
        }
        for (int b = 0; b < bins; b++) {
            centre[b] = (b + 0.5) / bins;
        }
        double fLow = (double) low / finalW.length;
        double fHigh = (double) high / finalW.length;
        double fExtreme = fLow + fHigh;

        Path out = ctx.outDir();
        ExperimentResult r = new ExperimentResult();
        r.file(out.resolve("spikes.h5")).file(out.resolve("final_weights.npy"));
        r.file(
                Csv.write(
                        out.resolve("stdp-song2000-weights.csv"),
                        new String[] {"synapse", "w_over_gmax"},
                        index,
                        normalised));
        r.file(
                Csv.write(
                        out.resolve("stdp-song2000-histogram.csv"),
                        new String[] {"w_over_gmax_bin_centre", "synapses"},
                        centre,
                        count));
        r.file(
                Csv.write(
                        out.resolve("stdp-song2000-time-course.csv"),
                        new String[] {"time_s", "output_rate_hz", "mean_w_over_gmax"},
                        chunkEndS,
                        rate,
                        meanW));
        r.figure(
                Figures.line(
                                String.format(
                                        java.util.Locale.ROOT,
                                        "Final weights, %d inputs, %.0f s (20 bins)",
                                        n,
                                        durationS),
                                "w / g_max (bin centre, dimensionless)",
                                "synapses per bin (count)")
                        .series("final weights", centre, count)
                        .points("bins", centre, count)
                        .write(out.resolve("stdp-song2000-histogram.png")));
        Figures.Line course =
                Figures.line(
                        "Weights of five synapses and mean weight",
                        "time (s)",
                        "w / g_max (dimensionless)");
        double[] tS = traces.timesMs();
        for (int k = 0; k < tS.length; k++) {
            tS[k] /= 1000.0;
        }
        for (int k = 0; k < 5 && k < finalW.length; k++) {
            double[] s = traces.series(k);
            for (int i = 0; i < s.length; i++) {
                s[i] /= GMAX_MV;
            }
            course.series("synapse " + k, tS, s);
        }
        course.series("mean over all synapses", chunkEndS, meanW);
        r.figure(course.write(out.resolve("stdp-song2000-weights.png")));
        r.figure(
                Figures.line("Output rate", "time (s)", "rate (Hz)")
                        .series("LIF neuron", chunkEndS, rate)
                        .write(out.resolve("stdp-song2000-rate.png")));

        double[] decile = new double[10];
        for (int b = 0; b < bins; b++) {
            decile[b * 10 / bins] += count[b];
        }
        // Bimodal with its modes at the bounds: each extreme decile holds more weights than its
        // neighbour. (Stricter "both extremes above every middle decile" holds from ~30 s on, but
        // only by a few synapses for some seeds at 30 s.)
        double margin = Math.min(decile[0] - decile[1], decile[9] - decile[8]);
        r.metric(
                Metric.criterion(
                        "modes at 0 and g_max: min(first - second decile, last - ninth decile)",
                        margin,
                        "synapses",
                        "> 0",
                        margin > 0,
                        "Song, Miller & Abbott 2000: bimodal weights piled up at 0 and g_max"));
        double[][] peer = brian2Reference(durationS, n, rateHz);
        if (peer != null) {
            r.metric(
                    Metric.within(
                            "fraction of weights in the lowest or highest 10% of [0, g_max]",
                            fExtreme,
                            "",
                            peer[0][0],
                            0.06,
                            String.format(
                                    java.util.Locale.ROOT,
                                    "Brian2 2.5.1 running the same example, mean of seeds 1-4"
                                            + " (%.3f-%.3f); SCIENCE.md C2.3 asks > 0.7 after"
                                            + " 100 s, which neither simulator reaches",
                                    peer[0][1],
                                    peer[0][2])));
            r.metric(
                    Metric.within(
                            "mean output rate",
                            meanRate,
                            "Hz",
                            peer[1][0],
                            10.0,
                            String.format(
                                    java.util.Locale.ROOT,
                                    "Brian2 2.5.1 running the same example, mean of seeds 1-4"
                                            + " (%.1f-%.1f Hz)",
                                    peer[1][1],
                                    peer[1][2])));
        } else {
            r.metric(
                    Metric.criterion(
                            "fraction of weights in the lowest or highest 10% of [0, g_max]",
                            fExtreme,
                            "",
                            "> 0.7",
                            fExtreme > 0.7,
                            "SCIENCE.md C2.3 (threshold suggested there, not from the paper)"));
        }
        double firstRate = rate[0];
        double lastRate = rate[chunks - 1];
        r.metric(
                Metric.criterion(
                        "output rate in the last second (first second: "
                                + String.format(java.util.Locale.ROOT, "%.1f", firstRate)
                                + " Hz)",
                        lastRate,
                        "Hz",
                        "decrease",
                        lastRate < firstRate,
                        "Song, Miller & Abbott 2000: STDP with net depression regulates the rate"));
        return r;
    }

    /**
     * Brian2 2.5.1 running its STDP example (1000 inputs at 15 Hz), seeds 1-4, at {@code durationS}
     * of 10, 30 or 100 s: {fraction of weights below 0.1 or above 0.9 g_max, mean output rate
     * (Hz)}, each as {mean, min, max}; null for other set-ups. From
     * plasticity-rules/src/test/resources/brian2/song2000_network.csv (script and README there).
     */
    static double[][] brian2Reference(double durationS, int inputs, double rateHz) {
        if (inputs != 1000 || rateHz != 15.0) {
            return null;
        }
        for (double[][] row : BRIAN2) {
            if (row[0][0] == durationS) {
                return new double[][] {row[1], row[2]};
            }
        }
        return null;
    }

    /** Per time: {{time s}, {extreme fraction mean, min, max}, {rate mean, min, max}}. */
    private static final double[][][] BRIAN2 = {
        {{10}, {0.2555, 0.243, 0.263}, {60.35, 51.9, 66.8}},
        {{30}, {0.330, 0.315, 0.341}, {43.558, 38.667, 45.833}},
        {{100}, {0.43875, 0.422, 0.454}, {30.925, 28.47, 32.32}}
    };
}
