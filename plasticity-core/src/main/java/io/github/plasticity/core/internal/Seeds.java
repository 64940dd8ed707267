package io.github.plasticity.core.internal;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derives independent random streams from one master seed and a component key. Not API.
 *
 * <p>The stream of a component depends only on (master seed, key), never on the order in which
 * components were created, so adding a monitor or a rule never changes another component's numbers.
 * Keys are hashed with 64-bit FNV-1a, combined with the master seed and expanded by SplitMix64 into
 * the 256-bit state of a XoShiRo256++ generator.
 */
public final class Seeds {
    private Seeds() {}

    /** The generator used for every component stream. */
    public static final RandomSource SOURCE = RandomSource.XO_SHI_RO_256_PP;

    /** Returns a new restorable stream for {@code key} under {@code masterSeed}. */
    public static RestorableUniformRandomProvider stream(long masterSeed, String key) {
        long s = mix(masterSeed ^ mix(fnv1a(key)));
        long[] state = new long[4];
        for (int i = 0; i < 4; i++) {
            s += 0x9E3779B97F4A7C15L;
            state[i] = mix(s);
        }
        return SOURCE.create(state);
    }

    /** Seed of task {@code index} of a sweep under {@code masterSeed}. */
    public static long taskSeed(long masterSeed, long index) {
        return mix(masterSeed + 0x9E3779B97F4A7C15L * (index + 1));
    }

    static long fnv1a(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Serialises the state of a stream created by {@link #stream}. */
    public static byte[] saveState(UniformRandomProvider rng) {
        return ((RandomProviderDefaultState) ((RestorableUniformRandomProvider) rng).saveState())
                .getState();
    }

    /** Restores a state written by {@link #saveState}. */
    public static void restoreState(UniformRandomProvider rng, byte[] state) {
        ((RestorableUniformRandomProvider) rng).restoreState(new RandomProviderDefaultState(state));
    }
}
