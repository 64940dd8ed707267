package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NmdaBlockConsolidationTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        ExperimentResult r = new NmdaBlockConsolidation().run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> TwoStateAdaptationTest.failing(r));
        assertTrue(Files.size(dir.resolve("sessions.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("improvement-vs-retention.png")));
        assertTrue(Files.exists(dir.resolve("group-means.csv")));
        // map-network arms: figures, tables and their metrics (all part of r.pass() above)
        assertTrue(Files.size(dir.resolve("map-sessions.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("map-atp.png")));
        assertTrue(Files.exists(dir.resolve("map-improvement-vs-retention.png")));
        assertTrue(Files.readAllLines(dir.resolve("map-arms.csv")).size() == 7);
        assertTrue(Files.exists(dir.resolve("map-timecourse.csv")));
        assertTrue(
                r.metrics().stream().filter(m -> m.name().startsWith("map:")).count() >= 8,
                "map metrics present");
    }

    @Test
    void isRegistered() {
        assertTrue(
                new MotorLearningExperiments()
                        .experiments().stream()
                                .anyMatch(e -> e.name().equals("nmda-block-consolidation")));
    }
}
