package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.internal.WorkerTeam;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The share of the bandwidth bound, measured in alternation: rounds of a few library steps ({@link
 * Simulation#step()} of the dense rate workload) followed by as many passes of the bound's kernel
 * ({@link BandwidthBenchmark}'s {@code a[i] = a[i] * s + t} over n² floats, on a {@link WorkerTeam}
 * of the same size), each round giving one ratio. On a machine shared with other processes the load
 * changes from second to second; ratios of measurements a fraction of a second apart are much
 * steadier than ratios of JMH results minutes apart, so this complements the JMH table. Prints one
 * JSON object per (n, threads, rule) with the median ratio and its quartiles.
 *
 * <p>{@code java -cp benchmarks.jar io.github.plasticity.bench.PairedRatio [rounds]}
 */
public final class PairedRatio {
    private PairedRatio() {}

    /**
     * Entry point.
     *
     * @param args optional number of rounds (default 31)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (int n : new int[] {1024, 8192}) {
            for (int threads : new int[] {1, 2}) {
                for (DenseRule form : DenseRule.values()) {
                    out.println(measure(n, threads, form, rounds));
                }
            }
        }
    }

    /**
     * Rates of two workloads measured in alternation, each array sorted (for medians and
     * quartiles).
     *
     * @param first the first workload's rate in each round (units of work per second)
     * @param second the second workload's rate in each round
     * @param ratio first / second in each round
     */
    record Alternation(double[] first, double[] second, double[] ratio) {
        double median(double[] sorted) {
            return sorted[sorted.length / 2];
        }

        double q1(double[] sorted) {
            return sorted[sorted.length / 4];
        }

        double q3(double[] sorted) {
            return sorted[(3 * sorted.length) / 4];
        }
    }

    /**
     * Runs {@code first} then {@code second} five times each to warm up (both loops compiled), then
     * {@code rounds} rounds of one run of each, timing each run.
     *
     * @param first one half-round of the first workload
     * @param second one half-round of the second workload
     * @param work units of work in one run of either (such as synapse updates)
     * @param rounds rounds
     * @return the rates and ratios, sorted
     */
    static Alternation alternate(Runnable first, Runnable second, double work, int rounds) {
        for (int w = 0; w < 5; w++) {
            first.run();
            second.run();
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            first.run();
            long t1 = System.nanoTime();
            second.run();
            long t2 = System.nanoTime();
            a[r] = work / ((t1 - t0) * 1e-9);
            b[r] = work / ((t2 - t1) * 1e-9);
            ratio[r] = a[r] / b[r];
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(ratio);
        return new Alternation(a, b, ratio);
    }

    /**
     * {@code reps} calls of {@link Simulation#step()}, as the JMH benchmarks call it: the weight
     * check at the end of {@link Simulation#steps} (a read of all weights) would otherwise be
     * counted once per few steps, where a run of a user's length counts it once per 1000 steps.
     */
    static void stepEach(Simulation sim, int reps) {
        for (int q = 0; q < reps; q++) {
            sim.step();
        }
    }

    static String measure(int n, int threads, DenseRule form, int rounds) {
        // About 0.1 s of work per half-round at a few 1e9 elements/s.
        int reps = Math.max(2, (int) (3e8 / ((double) n * n)));
        float[] a = new float[n * n];
        Arrays.fill(a, 0.5f);
        final int len = a.length;
        Alternation m;
        try (Simulation sim = Workloads.denseRate(n, threads, form, Workloads.hebbian(form));
                WorkerTeam team = new WorkerTeam(threads)) {
            WorkerTeam.ChunkTask task =
                    (c, k) ->
                            BandwidthBenchmark.scaleShift(
                                    a,
                                    WorkerTeam.chunkStart(len, c, k),
                                    WorkerTeam.chunkStart(len, c + 1, k),
                                    0.999f,
                                    1e-3f);
            m =
                    alternate(
                            () -> stepEach(sim, reps),
                            () -> {
                                for (int q = 0; q < reps; q++) {
                                    team.run(task);
                                }
                            },
                            (double) n * n * reps,
                            rounds);
        }
        return String.format(
                Locale.ROOT,
                "{\"kind\": \"paired\", \"n\": %d, \"threads\": %d, \"rule\": \"%s\", \"rounds\": %d,"
                        + " \"ratio_median\": %.4f, \"ratio_q1\": %.4f, \"ratio_q3\": %.4f,"
                        + " \"library_updates_per_s_median\": %.4e, \"bound_per_s_median\": %.4e}",
                n,
                threads,
                form.name(),
                rounds,
                m.median(m.ratio()),
                m.q1(m.ratio()),
                m.q3(m.ratio()),
                m.median(m.first()),
                m.median(m.second()));
    }
}
