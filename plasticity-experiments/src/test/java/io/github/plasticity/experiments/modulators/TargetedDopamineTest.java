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

class TargetedDopamineTest {
    @Test
    void defaultSizePassesAndWritesFigures(@TempDir Path dir) throws Exception {
        TargetedDopamine e = new TargetedDopamine();
        assertEquals("targeted-dopamine", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        StringBuilder failed = new StringBuilder();
        for (Metric m : r.metrics()) {
            if (!m.pass()) {
                failed.append(m).append('\n');
            }
        }
        assertTrue(r.pass(), "failed metrics:\n" + failed);
        // Final weights as a [post][pre] .npy matrix, read back with the library's reader.
        io.github.plasticity.io.Npy.Array w =
                io.github.plasticity.io.Npy.read(dir.resolve("final_weights.npy"));
        assertTrue(w.shape().length == 2 && w.data().length > 0, "weights written");
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
