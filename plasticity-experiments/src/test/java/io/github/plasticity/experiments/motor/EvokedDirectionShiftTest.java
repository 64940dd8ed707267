package io.github.plasticity.experiments.motor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evoked-direction-shift} at its default size (deterministic, one seed): switch within 30
 * min of training and reversion within 20 min of rest (criteria in the metrics).
 */
class EvokedDirectionShiftTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        MapLearningExperimentsTest.check(
                new EvokedDirectionShift(), 1, dir, "evoked-direction-shift.png");
    }

    @Test
    void isRegistered() {
        assertTrue(
                new MotorLearningExperiments()
                        .experiments().stream()
                                .anyMatch(e -> e.name().equals("evoked-direction-shift")));
    }
}
