package io.github.plasticity.experiments.modulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LactateConsolidationTest {
    @Test
    void defaultSizePassesAndWritesFigures(@TempDir Path dir) throws Exception {
        LactateConsolidation e = new LactateConsolidation();
        assertEquals("lactate-consolidation", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        StringBuilder failed = new StringBuilder();
        for (Metric m : r.metrics()) {
            if (!m.pass()) {
                failed.append(m).append('\n');
            }
        }
        assertTrue(r.pass(), "failed metrics:\n" + failed);
        assertFalse(r.figures().isEmpty());
        for (Path p : r.figures()) {
            assertTrue(Files.size(p) > 0, "missing figure " + p);
            assertTrue(p.toString().endsWith(".png"), p.toString());
        }
        for (Path p : r.files()) {
            assertTrue(Files.size(p) > 0, "missing file " + p);
        }
    }
}
