package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code stdp-song2000-bimodal} at its default size and checks that every metric passes. */
class StdpSong2000ExperimentTest {
    @TempDir Path dir;

    @Test
    void defaultSizePasses() throws Exception {
        StdpSong2000Experiment e = new StdpSong2000Experiment();
        assertEquals("stdp-song2000-bimodal", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> "failing metrics: " + r.metrics());
        // Spikes in the SONATA layout (plasticity-io), read back with jhdf.
        try (io.jhdf.HdfFile h5 = new io.jhdf.HdfFile(dir.resolve("spikes.h5"))) {
            double[] t = (double[]) h5.getDatasetByPath("/spikes/neuron/timestamps").getData();
            long[] ids = (long[]) h5.getDatasetByPath("/spikes/neuron/node_ids").getData();
            assertTrue(t.length > 0 && t.length == ids.length, "spikes written: " + t.length);
        }
        assertTrue(
                java.nio.file.Files.size(dir.resolve("final_weights.npy")) > 128, "array written");
        assertTrue(
                Files.isRegularFile(dir.resolve("stdp-song2000-histogram.png")),
                "stdp-song2000-histogram.png missing");
        for (Path f : r.figures()) {
            assertTrue(Files.size(dir.resolve(f.getFileName())) > 0, f + " is empty");
        }
        assertTrue(!r.files().isEmpty(), "no CSV written");
    }
}
