package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdPredictionErrorExperimentTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        TdPredictionErrorExperiment e = new TdPredictionErrorExperiment();
        assertEquals("td-prediction-error", e.name());
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> "metrics: " + r.metrics());
        for (Path f : r.figures()) {
            assertTrue(Files.size(f) > 0, f + " missing");
        }
        assertTrue(Files.exists(dir.resolve("td_transfer.png")));
        assertTrue(Files.exists(dir.resolve("td_dopamine.png")));
        assertTrue(Files.exists(dir.resolve("td_trials.csv")));
        for (Metric m : r.metrics()) {
            assertTrue(Double.isFinite(m.value()), m.toString());
        }
    }
}
