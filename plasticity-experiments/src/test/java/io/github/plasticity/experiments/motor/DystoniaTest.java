package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default size of {@code dystonia}, one seed: every metric's criterion must hold (stated in the
 * metrics: for synchronous training with failed homeostasis RF size x4.5 or more, Dice &gt; 0.5,
 * centroid distance halved, loop gain &gt; 1; for the same synchronous training and gain with
 * homeostasis intact, and for asynchronous training, RF size and centroid distance within 0.1 of
 * their baseline ratio 1, Dice &lt; 0.05 and g &lt; 1; overflow larger by more than 1 when
 * homeostasis fails; C10.1 closed forms to 1e-9; C10.4 sign reversal only with the sliding
 * threshold). Synchronous training is deterministic; the asynchronous arm's digit order is seeded.
 */
class DystoniaTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(1, dir);
        ExperimentResult r = new Dystonia().run(ctx);
        assertTrue(r.pass(), () -> TwoStateAdaptationTest.failing(r));
        for (Path png : r.figures()) {
            assertTrue(Files.size(png) > 1000, png.toString());
        }
        assertTrue(Files.exists(dir.resolve("dystonia-rf-after-dystonic.png")));
        assertTrue(Files.exists(dir.resolve("dystonia-rf-after-sync-intact.png")));
        assertTrue(Files.exists(dir.resolve("dystonia-indices.csv")));
        assertTrue(ctx.unusedOverrides().isEmpty());
    }

    @Test
    void isRegistered() {
        assertTrue(
                new MotorLearningExperiments()
                        .experiments().stream().anyMatch(e -> e.name().equals("dystonia")));
    }
}
