package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code triplet-sjostrom} at its default size and checks that every metric passes. */
class TripletSjostromExperimentTest {
    @TempDir Path dir;

    @Test
    void defaultSizePasses() throws Exception {
        TripletSjostromExperiment e = new TripletSjostromExperiment();
        assertEquals("triplet-sjostrom", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> "failing metrics: " + r.metrics());
        assertTrue(
                Files.isRegularFile(dir.resolve("triplet-sjostrom.png")),
                "triplet-sjostrom.png missing");
        for (Path f : r.figures()) {
            assertTrue(Files.size(dir.resolve(f.getFileName())) > 0, f + " is empty");
        }
        assertTrue(!r.files().isEmpty(), "no CSV written");
    }
}
