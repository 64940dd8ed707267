package io.github.plasticity.bench;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.rules.PairStdp;
import io.github.plasticity.rules.StdpParameters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Workload C of PEER-WORKLOADS.md with the library: Brian2's STDP example (after Song, Miller &amp;
 * Abbott 2000) scaled to {@code n} Poisson inputs at 15 Hz onto {@code n} LIF units, all-to-all,
 * pair STDP with all-to-all traces ({@link StdpParameters#brian2Example()}), dt 0.1 ms. Prints one
 * JSON object: wall time of the run, synaptic events per second counted as {@code
 * peers/brian2_stdp_network.py} counts them (presynaptic spikes x n + postsynaptic spikes x n),
 * real-time factor, output rate and the final weight statistics in Brian2's units (fractions of
 * {@code gmax = 0.01}).
 *
 * <p><b>The neuron.</b> Brian2's unit is conductance-based, \( \tau_m\, dv/dt = E_l - v + g_e (E_e
 * - v) \), \( \tau_e\, dg_e/dt = -g_e \), a spike adds {@code w} (dimensionless, in units of the
 * leak conductance) to \( g_e \); the library runs the same unit, {@link
 * LifPopulation#conductanceBased} with \( E_e = 0 \) mV, so weights are in Brian2's units. Brian2
 * integrates it with forward Euler, the library with an exponential step at the midpoint
 * conductance (both accurate to well under a percent of a millivolt at dt = 0.1 ms). Parameters are
 * Brian2's: \( \tau_m = 10 \) ms, \( E_l = -74 \) mV, threshold -54 mV, reset -60 mV, no refractory
 * period, \( \tau_e = 5 \) ms, initial v = -60 mV, weights uniform in [0, gmax). (Until the core
 * had conductance synapses this benchmark mapped the unit onto the current-based LIF with 60 mV per
 * unit of conductance, \( E_e - v_{reset} \); that unit fired at 61 Hz instead of 38 Hz and its
 * weights ended 5 % lower, see {@link StdpNetworkReference}.)
 *
 * <p>{@code java -cp benchmarks.jar io.github.plasticity.bench.StdpNetwork [n] [seconds] [threads]
 * [warmupSeconds] [nOut] [seed]}: the warm-up runs a separate network with another seed for {@code
 * warmupSeconds} (default 2) of simulated time, so the JIT has compiled the step before the timed
 * run, as Brian2's main-loop time excludes code generation.
 */
public final class StdpNetwork {
    /** Brian2's gmax (dimensionless conductance). */
    public static final double GMAX = 0.01;

    /** Reversal potential of the excitatory conductance, Brian2's {@code Ee} (mV). */
    public static final double E_EXC_MV = 0.0;

    /** Input rate (Hz). */
    public static final double RATE_HZ = 15.0;

    /** Initial membrane potential (mV), Brian2's {@code neurons.v = -60 mV}. */
    public static final double V0_MV = -60.0;

    private StdpNetwork() {}

    /**
     * The neuron parameters of Brian2's example: \( \tau_m = 10 \) ms, rest -74 mV, threshold -54
     * mV, reset -60 mV, no refractory period, conductance time constant \( \tau_e = 5 \) ms (with
     * reversal potential {@link #E_EXC_MV}).
     *
     * @return the parameters
     */
    public static LifParameters neuron() {
        return new LifParameters(10.0, -74.0, -54.0, -60.0, 0.0, 5.0);
    }

    /**
     * The STDP parameters of Brian2's example with {@code wMax = GMAX}.
     *
     * @return the parameters
     */
    public static StdpParameters stdp() {
        return StdpParameters.brian2Example().withWMax(GMAX);
    }

    /**
     * Builds the network: populations "in" and "out", projection "in->out" with hard bounds [0,
     * wMax] and {@link PairStdp}.
     *
     * @param n inputs
     * @param nOut neurons
     * @param threads simulation threads
     * @param seed simulation seed
     * @return the simulation
     */
    public static Simulation build(int n, int nOut, int threads, long seed) {
        Simulation sim =
                Simulation.builder().dtMs(Workloads.DT_MS).seed(seed).threads(threads).build();
        PoissonSource in = sim.add(PoissonSource.of("in", n, RATE_HZ));
        LifPopulation out =
                sim.add(LifPopulation.conductanceBased("out", nOut, neuron(), E_EXC_MV));
        for (int i = 0; i < nOut; i++) {
            out.setVoltage(i, V0_MV);
        }
        StdpParameters p = stdp();
        sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, p.wMax()))
                .withBounds(WeightBounds.hard(0.0, p.wMax()))
                .withRule(PairStdp.of(p));
        return sim;
    }

    /**
     * The outcome of one run.
     *
     * @param n inputs
     * @param nOut neurons
     * @param seconds simulated time (s)
     * @param threads simulation threads
     * @param wallS wall time of the steps (s)
     * @param preSpikes input spikes
     * @param postSpikes neuron spikes
     * @param wMean final weight mean (Brian2 units)
     * @param wStd final weight standard deviation (Brian2 units)
     * @param fracAbove09 fraction of weights above 0.9 gmax
     * @param fracBelow01 fraction of weights below 0.1 gmax
     * @param histogram fractions of weights in ten bins of width 0.1 gmax (the last includes gmax)
     */
    public record Result(
            int n,
            int nOut,
            double seconds,
            int threads,
            double wallS,
            long preSpikes,
            long postSpikes,
            double wMean,
            double wStd,
            double fracAbove09,
            double fracBelow01,
            double[] histogram) {

        /** Synaptic events as Brian2's script counts them: pre spikes x nOut + post spikes x n. */
        public double events() {
            return (double) preSpikes * nOut + (double) postSpikes * n;
        }

        /** One JSON object. */
        public String json() {
            return String.format(
                    Locale.ROOT,
                    "{\"kind\": \"java_C\", \"n\": %d, \"n_out\": %d, \"t_s\": %.3f, \"threads\": %d,"
                            + " \"main_loop_s\": %.6f, \"pre_spikes\": %d, \"post_spikes\": %d,"
                            + " \"pre_events\": %d, \"post_events\": %d, \"events_per_s\": %.6e,"
                            + " \"real_time_factor\": %.6f, \"output_rate_hz\": %.4f,"
                            + " \"w_mean\": %.8f, \"w_std\": %.8f, \"frac_above_0.9gmax\": %.6f,"
                            + " \"frac_below_0.1gmax\": %.6f, \"neuron\": \"%s\","
                            + " \"histogram_0.1gmax\": %s}",
                    n,
                    nOut,
                    seconds,
                    threads,
                    wallS,
                    preSpikes,
                    postSpikes,
                    preSpikes * nOut,
                    postSpikes * n,
                    events() / wallS,
                    seconds / wallS,
                    postSpikes / (nOut * seconds),
                    wMean,
                    wStd,
                    fracAbove09,
                    fracBelow01,
                    "conductance",
                    histogramJson());
        }

        private String histogramJson() {
            StringBuilder b = new StringBuilder("[");
            for (int k = 0; k < histogram.length; k++) {
                b.append(k == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.6f", histogram[k]));
            }
            return b.append(']').toString();
        }
    }

    /**
     * Runs the network for {@code seconds} of simulated time and measures it.
     *
     * @param n inputs
     * @param nOut neurons
     * @param seconds simulated time (s)
     * @param threads simulation threads
     * @param seed simulation seed
     * @return the result, weights in Brian2's units
     */
    public static Result run(int n, int nOut, double seconds, int threads, long seed) {
        try (Simulation sim = build(n, nOut, threads, seed)) {
            Population in = sim.populations().get(0);
            Population out = sim.populations().get(1);
            long steps = Math.round(seconds * 1000.0 / Workloads.DT_MS);
            long pre = 0;
            long post = 0;
            long t0 = System.nanoTime();
            for (long s = 0; s < steps; s++) {
                sim.step();
                pre += in.spikeCount();
                post += out.spikeCount();
            }
            double wall = (System.nanoTime() - t0) * 1e-9;
            Projection pr = sim.projections().get(0);
            float[] w = pr.weightsCopy();
            double sum = 0;
            int above = 0;
            int below = 0;
            double[] hist = new double[10];
            for (float v : w) {
                double g = v;
                sum += g;
                hist[Math.min(9, (int) (g / GMAX * 10.0))] += 1.0 / w.length;
                if (g > 0.9 * GMAX) {
                    above++;
                }
                if (g < 0.1 * GMAX) {
                    below++;
                }
            }
            double mean = sum / w.length;
            double sum2 = 0;
            for (float v : w) {
                double d = v - mean;
                sum2 += d * d;
            }
            return new Result(
                    n,
                    nOut,
                    seconds,
                    threads,
                    wall,
                    pre,
                    post,
                    mean,
                    Math.sqrt(sum2 / w.length),
                    (double) above / w.length,
                    (double) below / w.length,
                    hist);
        }
    }

    /**
     * Entry point.
     *
     * @param args optional n (default 1000), seconds (default 10), threads (default 1), warm-up
     *     seconds (default 2), neurons (default n), seed (default {@link Workloads#SEED})
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10.0;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 2.0;
        int nOut = args.length > 4 ? Integer.parseInt(args[4]) : n;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : Workloads.SEED;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (warmup > 0) {
            run(n, nOut, warmup, threads, seed + 1);
        }
        out.println(run(n, nOut, seconds, threads, seed).json());
    }
}
