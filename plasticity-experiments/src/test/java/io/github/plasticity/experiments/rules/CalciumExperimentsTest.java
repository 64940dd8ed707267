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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalciumExperimentsTest {
    private static void runAndCheck(Experiment e, Path dir) throws Exception {
        ExperimentContext ctx = ExperimentContext.forTest(42, dir);
        ExperimentResult r = e.run(ctx);
        StringBuilder failed = new StringBuilder();
        for (Metric m : r.metrics()) {
            if (!m.pass()) {
                failed.append(m).append('\n');
            }
        }
        assertTrue(r.pass(), e.name() + " failed metrics:\n" + failed);
        assertFalse(r.figures().isEmpty(), "no figure");
        for (Path png : r.figures()) {
            assertTrue(Files.size(png) > 0, "figure " + png + " is empty");
            assertTrue(png.toString().endsWith(".png"));
        }
        assertFalse(r.files().isEmpty(), "no CSV");
        for (Path csv : r.files()) {
            assertTrue(Files.size(csv) > 0, "file " + csv + " is empty");
        }
        assertTrue(ctx.unusedOverrides().isEmpty());
    }

    @Test
    void providerListsTheFourExperiments() {
        List<Experiment> all = new CalciumExperiments().experiments();
        assertEquals(
                List.of(
                        "nmda-coincidence",
                        "shouval-frequency",
                        "graupner-brunel-curves",
                        "graupner-brunel-sjostrom"),
                all.stream().map(Experiment::name).toList());
        for (Experiment e : all) {
            assertEquals(Group.RULES, e.group());
            assertFalse(e.description().isBlank());
            assertFalse(e.reference().isBlank());
        }
    }

    @Test
    void nmdaCoincidence(@TempDir Path dir) throws Exception {
        runAndCheck(new NmdaCoincidenceExperiment(), dir);
        assertTrue(Files.exists(dir.resolve("mg_block.png")));
    }

    @Test
    void shouvalFrequency(@TempDir Path dir) throws Exception {
        runAndCheck(new ShouvalFrequencyExperiment(), dir);
        assertTrue(Files.exists(dir.resolve("frequency_curve.png")));
    }

    @Test
    void graupnerBrunelCurves(@TempDir Path dir) throws Exception {
        runAndCheck(new GraupnerBrunelCurvesExperiment(), dir);
        assertTrue(Files.exists(dir.resolve("stdp_curves_fig2.png")));
    }

    @Test
    void graupnerBrunelSjostrom(@TempDir Path dir) throws Exception {
        runAndCheck(new GraupnerBrunelSjostromExperiment(), dir);
        assertTrue(Files.exists(dir.resolve("sjostrom_vs_model.png")));
    }
}
