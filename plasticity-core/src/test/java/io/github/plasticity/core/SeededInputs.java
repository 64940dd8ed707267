package io.github.plasticity.core;

import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded inputs for property tests, as {@code io.github.plasticity.testkit.Seeded} (which the
 * core's tests cannot use: the testkit depends on the core). Failure messages carry the seed.
 */
final class SeededInputs {
    private SeededInputs() {}

    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    static LongStream seeds(long master, int count) {
        UniformRandomProvider r = rng(master);
        return LongStream.generate(r::nextLong).limit(count);
    }

    static String describe(long seed, Object input) {
        return "seed " + seed + ", input " + input;
    }
}
