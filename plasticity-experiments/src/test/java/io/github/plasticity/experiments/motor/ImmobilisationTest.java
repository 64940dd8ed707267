package io.github.plasticity.experiments.motor;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code immobilisation} at its default size, seeds 1 and 2. Criteria in the metrics: digits
 * territory &lt; 0.8x and &gt; 0 (partial), the other effectors grow, total responsive area within
 * ±10 %, mean rate within ±10 % of the set point, MEP proxy falls (its value at 72 h-equivalent is
 * reported against Gaffney 2021, not required).
 */
class ImmobilisationTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void defaultSizePasses(long seed, @TempDir Path dir) throws Exception {
        MapLearningExperimentsTest.check(
                new Immobilisation(), seed, dir, "immobilisation-after.png");
    }
}
