package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each experiment of {@link HebbianFamilyExperiments} at its default size. */
class HebbianFamilyExperimentsTest {
    @TempDir Path dir;

    @Test
    void providesTheStableNames() {
        List<String> names =
                new HebbianFamilyExperiments()
                        .experiments().stream().map(Experiment::name).collect(Collectors.toList());
        assertEquals(List.of("oja-pca", "bcm-selectivity", "synaptic-scaling"), names);
        for (Experiment e : new HebbianFamilyExperiments().experiments()) {
            assertEquals(Group.RULES, e.group());
            assertFalse(e.description().isBlank());
            assertFalse(e.reference().isBlank());
        }
    }

    @Test
    void ojaPcaPasses() throws Exception {
        check(new OjaPcaExperiment());
    }

    @Test
    void bcmSelectivityPasses() throws Exception {
        check(new BcmSelectivityExperiment());
    }

    @Test
    void synapticScalingPasses() throws Exception {
        check(new SynapticScalingExperiment());
    }

    private void check(Experiment e) throws Exception {
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        String failed =
                r.metrics().stream()
                        .filter(m -> !m.pass())
                        .map(Metric::toString)
                        .collect(Collectors.joining("\n"));
        assertTrue(r.pass(), e.name() + " failed metrics:\n" + failed);
        assertFalse(r.figures().isEmpty(), "no figure");
        for (Path png : r.figures()) {
            assertTrue(Files.size(dir.resolve(png.getFileName())) > 0, "missing " + png);
        }
        for (Path f : r.files()) {
            assertTrue(Files.size(dir.resolve(f.getFileName())) > 0, "missing " + f);
        }
    }
}
