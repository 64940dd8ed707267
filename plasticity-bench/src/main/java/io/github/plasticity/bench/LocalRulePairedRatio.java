package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Simulation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link LocalRuleBenchmark}'s ratio measured in alternation, in one JVM: three other local rules
 * run first (as in {@code LOCAL_AFTER_3}), then rounds of a few steps of the decay+clamp Hebbian
 * workload with the built-in rule followed by as many steps of the same workload with the update
 * written as a {@link io.github.plasticity.core.LocalRule}, each round giving one ratio: built-in
 * updates/s over local-rule updates/s (1: as fast; 2: the local rule takes twice as long). On a
 * shared machine, ratios of measurements a fraction of a second apart are steadier than ratios of
 * JMH results from different forks minutes apart. Prints one JSON object per n with the median
 * ratio and its quartiles.
 *
 * <p>{@code java -cp benchmarks.jar io.github.plasticity.bench.LocalRulePairedRatio [rounds
 * [n...]]}
 */
public final class LocalRulePairedRatio {
    private LocalRulePairedRatio() {}

    /**
     * Entry point.
     *
     * @param args optional number of rounds (default 31), then optional sizes (default 1024 8192)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        int[] sizes = {1024, 8192};
        if (args.length > 1) {
            sizes = Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalRuleBenchmark.runOthers(Workloads.otherLocalRules(), 20_000);
        for (int n : sizes) {
            out.println(measure(n, rounds));
        }
    }

    static String measure(int n, int rounds) {
        // About 0.1 s of work per half-round at a few 1e9 updates/s.
        int reps = Math.max(2, (int) (3e8 / ((double) n * n)));
        DenseRule form = DenseRule.DECAY_CLAMP;
        PairedRatio.Alternation m;
        try (Simulation b = Workloads.denseRate(n, 1, form, Workloads.hebbian(form));
                Simulation l = Workloads.denseRate(n, 1, form, Workloads.localHebbian(form))) {
            m =
                    PairedRatio.alternate(
                            () -> PairedRatio.stepEach(b, reps),
                            () -> PairedRatio.stepEach(l, reps),
                            (double) n * n * reps,
                            rounds);
        }
        return String.format(
                Locale.ROOT,
                "{\"kind\": \"local-rule-paired\", \"n\": %d, \"rounds\": %d,"
                        + " \"builtin_over_local_median\": %.4f, \"q1\": %.4f, \"q3\": %.4f,"
                        + " \"builtin_updates_per_s_median\": %.4e,"
                        + " \"local_updates_per_s_median\": %.4e}",
                n,
                rounds,
                m.median(m.ratio()),
                m.q1(m.ratio()),
                m.q3(m.ratio()),
                m.median(m.first()),
                m.median(m.second()));
    }
}
