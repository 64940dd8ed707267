package io.github.plasticity.testkit;

import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded randomness for property tests: every generated input comes from a stream that a seed
 * recreates, and failure messages carry that seed so a failure can be replayed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void property(long seed) {
 *     UniformRandomProvider rng = Seeded.rng(seed);
 *     ...
 *     assertEquals(expected, actual, Seeded.describe(seed, input));
 * }
 * static LongStream seeds() { return Seeded.seeds(20251129L, 50); }
 * }</pre>
 */
public final class Seeded {
    private Seeded() {}

    /**
     * A generator for {@code seed} (XoShiRo256++).
     *
     * @param seed the seed
     * @return a new generator
     */
    public static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    /**
     * {@code count} seeds derived from {@code master}.
     *
     * @param master master seed
     * @param count number of seeds, &gt;= 1
     * @return the seeds
     */
    public static LongStream seeds(long master, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        UniformRandomProvider r = rng(master);
        return LongStream.generate(r::nextLong).limit(count);
    }

    /**
     * A failure message naming the seed and the input.
     *
     * @param seed the seed
     * @param input the generated input (its {@code toString})
     * @return the message
     */
    public static String describe(long seed, Object input) {
        return "seed " + seed + ", input " + input;
    }

    /**
     * An array of {@code n} doubles uniform in {@code [min, max)}.
     *
     * @param rng generator
     * @param n length
     * @param min lower end
     * @param max upper end
     * @return the array
     */
    public static double[] uniform(UniformRandomProvider rng, int n, double min, double max) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = min + (max - min) * rng.nextDouble();
        }
        return a;
    }
}
