package io.github.plasticity.experiments.motor;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code use-dependent-expansion} at its default size, seeds 1 and 2 (the bout order is the only
 * random element; both pass). Criteria are in the metrics: digits territory &gt; 1.2x, wrist +
 * thumb shrink, total responsive area within ±10 %, mean rate within ±10 % of the 4 Hz set point
 * (every 5 s chunk within ±25 %), baseline drift within ±10 %.
 */
class UseDependentExpansionTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void defaultSizePasses(long seed, @TempDir Path dir) throws Exception {
        MapLearningExperimentsTest.check(
                new UseDependentExpansion(), seed, dir, "use-dependent-expansion-territory.png");
    }
}
