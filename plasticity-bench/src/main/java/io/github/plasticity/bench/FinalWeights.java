package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Simulation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Runs workload B of PEER-WORKLOADS.md with the library (1000 x 1000, 2000 steps of 0.1 ms, both
 * forms) and prints, as one JSON object per line, the wall time of the steps, updates per second
 * and the final weight statistics, to set beside Brian2's. {@code java -cp benchmarks.jar
 * io.github.plasticity.bench.FinalWeights [n] [steps] [threads]}.
 */
public final class FinalWeights {
    private FinalWeights() {}

    /**
     * Entry point.
     *
     * @param args optional n (default 1000), steps (default 2000), threads (default 1)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (DenseRule form : DenseRule.values()) {
            try (Simulation sim = Workloads.denseRate(n, threads, form, Workloads.hebbian(form))) {
                sim.steps(steps / 2); // warm-up of the JIT on the same network
                long t0 = System.nanoTime();
                sim.steps(steps - steps / 2);
                double s = (System.nanoTime() - t0) * 1e-9;
                float[] w = sim.projections().get(0).weightsCopy();
                double sum = 0;
                double sum2 = 0;
                for (float v : w) {
                    sum += v;
                }
                double mean = sum / w.length;
                for (float v : w) {
                    sum2 += (v - mean) * (v - mean);
                }
                out.println(
                        String.format(
                                Locale.ROOT,
                                "{\"kind\": \"java_B\", \"rule\": \"%s\", \"n\": %d, \"steps\": %d,"
                                        + " \"threads\": %d, \"timed_steps\": %d,"
                                        + " \"timed_s\": %.6f, \"updates_per_s\": %.6e,"
                                        + " \"w_mean\": %.8f, \"w_std\": %.8f}",
                                form == DenseRule.HEBB ? "hebb" : "decay_clamp",
                                n,
                                steps,
                                threads,
                                steps - steps / 2,
                                s,
                                (double) n * n * (steps - steps / 2) / s,
                                mean,
                                Math.sqrt(sum2 / w.length)));
            }
        }
    }
}
