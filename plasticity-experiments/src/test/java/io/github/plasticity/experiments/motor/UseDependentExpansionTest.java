package io.github.plasticity.experiments.motor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code use-dependent-expansion} at its default size, seed 1 only (one run takes about 35 s; seed
 * 2 was run by hand and passes too, see the class javadoc). Criteria are in the metrics: digits
 * territory &gt; 1.2x at T and 2T, plateau |change T..2T| &lt;= 0.5 x change 0..T, the other
 * effectors shrink, total responsive area within ±10 % at every read-out, mean rate within ±10 % of
 * the set point (every 5 s chunk within ±25 %), baseline drift within ±10 %.
 */
class UseDependentExpansionTest {
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        MapLearningExperimentsTest.check(
                new UseDependentExpansion(), 1, dir, "use-dependent-expansion-territory.png");
    }
}
