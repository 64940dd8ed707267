package io.github.plasticity.experiments.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapExperimentsTest {
    private static void runAndCheck(Experiment e, Path dir) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(42, dir);
        ExperimentResult r = e.run(ctx);
        String failed =
                r.metrics().stream()
                        .filter(m -> !m.pass())
                        .map(Metric::toString)
                        .collect(Collectors.joining("; "));
        assertTrue(r.pass(), e.name() + " failed: " + failed);
        assertTrue(!r.figures().isEmpty(), "figures");
        for (Path f : r.figures()) {
            assertTrue(Files.size(f) > 0, "PNG " + f);
        }
        for (Path f : r.files()) {
            assertTrue(Files.size(f) > 0, "file " + f);
        }
        assertTrue(ctx.unusedOverrides().isEmpty());
    }

    @Test
    void providerListsTheStableNames() {
        assertEquals(
                List.of("s1-vs-m1-maps", "som-tradeoff", "wiring-economy"),
                new MapExperiments().experiments().stream().map(Experiment::name).toList());
    }

    @Test
    void s1VsM1Maps(@TempDir Path dir) throws Exception {
        runAndCheck(new S1VsM1Maps(), dir);
        assertTrue(Files.exists(dir.resolve("s1-map.png")));
        assertTrue(Files.exists(dir.resolve("m1-map.png")));
    }

    @Test
    void somTradeoff(@TempDir Path dir) throws Exception {
        runAndCheck(new SomTradeoff(), dir);
        assertTrue(Files.exists(dir.resolve("som-tradeoff.png")));
    }

    @Test
    void wiringEconomy(@TempDir Path dir) throws Exception {
        runAndCheck(new WiringEconomy(), dir);
        assertTrue(Files.exists(dir.resolve("gross-layout-wiring.png")));
    }
}
