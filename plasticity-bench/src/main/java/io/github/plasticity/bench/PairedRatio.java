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

    static String measure(int n, int threads, DenseRule form, int rounds) {
        // About 0.1 s of work per half-round at a few 1e9 elements/s.
        int reps = Math.max(2, (int) (3e8 / ((double) n * n)));
        double[] ratio = new double[rounds];
        double[] lib = new double[rounds];
        double[] bound = new double[rounds];
        float[] a = new float[n * n];
        Arrays.fill(a, 0.5f);
        final int len = a.length;
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
            for (int w = 0; w < 5; w++) { // warm-up: both loops compiled
                for (int q = 0; q < reps; q++) {
                    sim.step();
                    team.run(task);
                }
            }
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                for (int q = 0; q < reps; q++) {
                    sim.step();
                }
                long t1 = System.nanoTime();
                for (int q = 0; q < reps; q++) {
                    team.run(task);
                }
                long t2 = System.nanoTime();
                lib[r] = (double) n * n * reps / ((t1 - t0) * 1e-9);
                bound[r] = (double) n * n * reps / ((t2 - t1) * 1e-9);
                ratio[r] = lib[r] / bound[r];
            }
        }
        Arrays.sort(ratio);
        Arrays.sort(lib);
        Arrays.sort(bound);
        return String.format(
                Locale.ROOT,
                "{\"kind\": \"paired\", \"n\": %d, \"threads\": %d, \"rule\": \"%s\", \"rounds\": %d,"
                        + " \"ratio_median\": %.4f, \"ratio_q1\": %.4f, \"ratio_q3\": %.4f,"
                        + " \"library_updates_per_s_median\": %.4e, \"bound_per_s_median\": %.4e}",
                n,
                threads,
                form.name(),
                rounds,
                ratio[rounds / 2],
                ratio[rounds / 4],
                ratio[(3 * rounds) / 4],
                lib[rounds / 2],
                bound[rounds / 2]);
    }
}
