package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Same seed, same results, bit for bit, for any number of threads. */
class DeterminismTest {
    private static final long STEPS = 1500;

    private static String run(long seed, int threads) {
        try (TestNetwork net = new TestNetwork(seed, threads)) {
            net.sim.steps(STEPS);
            assertTrue(net.outSpikes.count() > 20, "the LIF units fire: " + net.outSpikes.count());
            return net.fingerprint();
        }
    }

    @Test
    void sameSeedGivesBitIdenticalSpikesAndWeights() {
        assertEquals(run(42, 1), run(42, 1));
    }

    /** Partitioning by postsynaptic unit must not change any arithmetic (40 post units). */
    @Test
    void oneTwoAndThreeThreadsAreBitIdentical() {
        String one = run(42, 1);
        assertEquals(one, run(42, 2));
        assertEquals(one, run(42, 3));
    }

    /** The comparison above can fail: another seed gives other spikes and weights. */
    @Test
    void anotherSeedDiffers() {
        assertNotEquals(run(42, 1), run(43, 1));
    }

    /** Stepping one at a time or in runs of several steps is the same computation. */
    @Test
    void runSplitsDoNotMatter() {
        String whole = run(7, 2);
        try (TestNetwork net = new TestNetwork(7, 2)) {
            net.sim.run(0.1);
            for (int k = 0; k < 99; k++) {
                net.sim.step();
            }
            net.sim.steps(STEPS - 300);
            net.sim.run(20.0);
            assertEquals(whole, net.fingerprint());
        }
    }
}
