package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoStateAdaptationTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(1, dir);
        ExperimentResult r = new TwoStateAdaptation().run(ctx);
        assertTrue(r.pass(), () -> failing(r));
        assertEquals(4, r.figures().size());
        for (Path png : r.figures()) {
            assertTrue(Files.size(png) > 1000, png.toString());
        }
        assertTrue(Files.exists(dir.resolve("spontaneous-recovery.png")));
        assertTrue(Files.exists(dir.resolve("spontaneous-recovery.csv")));
        assertTrue(ctx.unusedOverrides().isEmpty());
    }

    @Test
    void isRegistered() {
        assertTrue(
                new MotorLearningExperiments()
                        .experiments().stream()
                                .anyMatch(e -> e.name().equals("two-state-adaptation")));
    }

    static String failing(ExperimentResult r) {
        StringBuilder s = new StringBuilder();
        for (Metric m : r.metrics()) {
            if (!m.pass()) {
                s.append(m).append('\n');
            }
        }
        return s.toString();
    }
}
