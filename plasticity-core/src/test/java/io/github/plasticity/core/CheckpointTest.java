package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints: a restored run continues bit for bit; bad files are refused without effect. */
class CheckpointTest {
    private static final long K = 500; // checkpoint after 50 ms: one release pending at 70.05 ms
    private static final long REST = 700;

    @TempDir Path dir;

    /**
     * Save at step K, restore into a freshly built identical simulation, continue: spikes (spike
     * monitors), weights, rule state, neuron state, rates, modulator and every monitor equal an
     * uninterrupted run bit for bit. Saving does not disturb the run that saved.
     */
    @Test
    void restoredRunContinuesBitForBit() throws IOException {
        String uninterrupted;
        try (TestNetwork net = new TestNetwork(99, 1)) {
            net.sim.steps(K + REST);
            uninterrupted = net.fingerprint();
            assertTrue(net.outSpikes.count() > 20);
        }
        Path file = dir.resolve("net.ckpt");
        try (TestNetwork saver = new TestNetwork(99, 2)) {
            saver.sim.steps(K);
            saver.sim.checkpoint(file);
            saver.sim.steps(REST);
            assertEquals(uninterrupted, saver.fingerprint(), "checkpointing changed the run");
        }
        try (TestNetwork restored = new TestNetwork(99, 3)) {
            restored.sim.restore(file);
            assertEquals(K, restored.sim.stepCount());
            restored.sim.steps(REST);
            assertEquals(uninterrupted, restored.fingerprint());
        }
        // A checkpoint overwrites atomically and leaves no temporary file behind.
        try (TestNetwork again = new TestNetwork(99, 1)) {
            again.sim.checkpoint(file);
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** Restoring into a simulation that already ran takes it back to the saved state. */
    @Test
    void restoreRewindsALiveSimulation() throws IOException {
        Path file = dir.resolve("a.ckpt");
        try (TestNetwork net = new TestNetwork(5, 1)) {
            net.sim.steps(K);
            net.sim.checkpoint(file);
            net.sim.steps(REST);
            String first = net.fingerprint();
            net.sim.restore(file);
            net.sim.steps(REST);
            assertEquals(first, net.fingerprint());
        }
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] good = goodCheckpoint();
        refuses(Arrays.copyOf(good, good.length - 9), "truncated");
        refuses(Arrays.copyOf(good, 20), "truncated");
        refuses(new byte[0], "truncated");
    }

    @Test
    void flippedByteIsRefused() throws IOException {
        byte[] good = goodCheckpoint();
        for (int at : new int[] {good.length / 2, good.length - 1, 40, 3, 10, 15}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            refuses(bad, "refused");
        }
    }

    @Test
    void checkpointOfAnotherNetworkIsRefused() throws IOException {
        Path other = dir.resolve("other.ckpt");
        try (TestNetwork net = new TestNetwork(99, 1, 41)) {
            net.sim.steps(10);
            net.sim.checkpoint(other);
        }
        refuses(Files.readAllBytes(other), "shape");
        // Another structure: one projection fewer.
        try (Simulation sim = Simulation.builder().seed(99).build()) {
            sim.add(PoissonSource.of("in", 120, 30.0));
            sim.steps(3);
            sim.checkpoint(other);
        }
        refuses(Files.readAllBytes(other), "another simulation");
    }

    @Test
    void garbageIsRefused() throws IOException {
        byte[] junk = new byte[4096];
        SeededInputs.rng(3).nextBytes(junk);
        refuses(junk, "bad magic");
        refuses(
                "PLSTCKPT but not really a checkpoint"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "refused");
    }

    private byte[] goodCheckpoint() throws IOException {
        Path file = dir.resolve("good.ckpt");
        try (TestNetwork net = new TestNetwork(99, 1)) {
            net.sim.steps(K);
            net.sim.checkpoint(file);
        }
        return Files.readAllBytes(file);
    }

    /**
     * Restoring {@code bytes} must throw an IllegalArgumentException mentioning {@code why} and
     * leave the live simulation unchanged: its complete saved state before and after the attempt is
     * byte-identical, and it continues exactly like an untouched twin.
     */
    private void refuses(byte[] bytes, String why) throws IOException {
        Path bad = dir.resolve("bad.ckpt");
        Files.write(bad, bytes);
        try (TestNetwork live = new TestNetwork(99, 1);
                TestNetwork twin = new TestNetwork(99, 1)) {
            live.sim.steps(123);
            twin.sim.steps(123);
            Path before = dir.resolve("before.ckpt");
            Path after = dir.resolve("after.ckpt");
            live.sim.checkpoint(before);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> live.sim.restore(bad));
            assertTrue(e.getMessage().contains(why), e.getMessage());
            live.sim.checkpoint(after);
            assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after));
            live.sim.steps(200);
            twin.sim.steps(200);
            assertEquals(twin.fingerprint(), live.fingerprint());
        }
    }
}
