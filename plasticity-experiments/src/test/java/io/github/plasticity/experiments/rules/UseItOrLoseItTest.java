package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UseItOrLoseItTest {
    @Test
    void defaultRunPassesAndWritesFigure(@TempDir Path dir) throws Exception {
        ExperimentResult r = new UseItOrLoseIt().run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> "metrics: " + r.metrics());
        assertEquals(3, r.metrics().size());
        Path png = dir.resolve("weights.png");
        assertTrue(Files.exists(png));
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
        // The unused weight follows the closed form w0 (1 - gamma dt)^n within the float bound.
        Metric m = r.metrics().get(2);
        assertEquals("unused weight", m.name());
        assertTrue(m.pass(), m.toString());
    }
}
