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
 * metrics: RF size x5, Dice &gt; 0.5, centroid distance halved, loop gain &gt; 1 for the dystonic
 * condition; map kept and g &lt; 1 for the healthy one; C10.1 closed forms to 1e-9; C10.4 sign
 * reversal only with the sliding threshold). Synchronous training is deterministic; the healthy
 * condition's digit order is seeded.
 */
class StrokeRehabilitationTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(1, dir);
        ExperimentResult r = new StrokeRehabilitation().run(ctx);
        assertTrue(r.pass(), () -> TwoStateAdaptationTest.failing(r));
        for (Path png : r.figures()) {
            assertTrue(Files.size(png) > 1000, png.toString());
        }
        assertTrue(Files.exists(dir.resolve("stroke-m1-rehab.png")));
        assertTrue(Files.exists(dir.resolve("stroke-pmv-vs-lesion.csv")));
        assertTrue(ctx.unusedOverrides().isEmpty());
    }

    @Test
    void isRegistered() {
        assertTrue(
                new MotorLearningExperiments()
                        .experiments().stream()
                                .anyMatch(e -> e.name().equals("stroke-rehabilitation")));
    }
}
