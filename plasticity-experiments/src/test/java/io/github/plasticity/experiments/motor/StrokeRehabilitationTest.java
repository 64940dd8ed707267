package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default size of {@code stroke-rehabilitation}, one seed, at spacings 0.25 and 0.125 mm: every
 * metric's criterion must hold (stated in the metrics: without rehabilitation the M1 hand area
 * shrinks after the lesion and the proximal area grows; with rehabilitation the hand area is kept
 * or grows and takes former shoulder/elbow sites; PMv hand growth strictly increases over lesion
 * sizes 20-80 % and correlates with the M1 deficit at r &gt;= 0.9; mean PMv growth within Frost et
 * al. 2003's 36 +- 20.8 %; no-lesion control within 10 %). The model is deterministic given the
 * seed (scheduling credits).
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
        assertTrue(Files.exists(dir.resolve("stroke-pmv-vs-lesion.png")));
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
