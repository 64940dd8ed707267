package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ach-depletion-map} at its default size, seed 1 (it runs two conditions): ACh gain 0 leaves
 * the digits territory within ±5 % of baseline, gain 1 expands it &gt; 1.2x; and the registration
 * of the three map-learning experiments.
 */
class MapLearningExperimentsTest {
    @Test
    void achDepletionMapPasses(@TempDir Path dir) throws Exception {
        check(new AchDepletionMap(), 1, dir, "ach-depletion-map-territory.png");
    }

    @Test
    void areRegistered() {
        for (String n :
                new String[] {"use-dependent-expansion", "immobilisation", "ach-depletion-map"}) {
            assertTrue(
                    new MotorLearningExperiments()
                            .experiments().stream().anyMatch(e -> e.name().equals(n)),
                    n);
        }
    }

    static void check(Experiment x, long seed, Path dir, String png) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(seed, dir);
        ExperimentResult r = x.run(ctx);
        assertTrue(r.pass(), () -> TwoStateAdaptationTest.failing(r));
        assertTrue(Files.size(dir.resolve(png)) > 1000, png);
        for (Path f : r.figures()) {
            assertTrue(Files.exists(f), f.toString());
        }
        assertTrue(ctx.unusedOverrides().isEmpty());
    }
}
