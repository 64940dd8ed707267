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

class EnergyBudgetTest {
    @Test
    void defaultSizePassesAndWritesFigures(@TempDir Path dir) throws Exception {
        EnergyBudget e = new EnergyBudget();
        assertEquals("energy-budget", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        StringBuilder failed = new StringBuilder();
        for (Metric m : r.metrics()) {
            if (!m.pass()) {
                failed.append(m).append('\n');
            }
        }
        assertTrue(r.pass(), "failed metrics:\n" + failed);
        // Spikes in the SONATA layout (plasticity-io), read back with jhdf.
        try (io.jhdf.HdfFile h5 = new io.jhdf.HdfFile(dir.resolve("spikes.h5"))) {
            double[] t = (double[]) h5.getDatasetByPath("/spikes/cortex/timestamps").getData();
            long[] ids = (long[]) h5.getDatasetByPath("/spikes/cortex/node_ids").getData();
            assertTrue(t.length > 0 && t.length == ids.length, "spikes written: " + t.length);
        }
        assertTrue(java.nio.file.Files.size(dir.resolve("atp_mM.npy")) > 128, "array written");
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
