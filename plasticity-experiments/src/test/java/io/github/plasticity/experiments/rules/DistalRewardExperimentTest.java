package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.experiments.Catalogue;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistalRewardExperimentTest {
    /**
     * The default (reduced) size: C5.1 credit curve and the reduced-size C5.2 criterion over 5
     * seeds (the full daspnet criterion runs with --full only).
     */
    @Test
    void defaultSizePasses(@TempDir Path dir) throws Exception {
        DistalRewardExperiment e = new DistalRewardExperiment();
        ExperimentResult r = e.run(ExperimentContext.forTest(1, dir));
        assertTrue(r.pass(), () -> "metrics: " + r.metrics());
        assertTrue(Files.exists(dir.resolve("distal_reward_weight.png")));
        assertTrue(Files.exists(dir.resolve("distal_reward_histogram.png")));
        // The final excitatory weights as .npy, read back with the library's reader.
        java.nio.file.Path npy =
                r.files().stream()
                        .filter(
                                f ->
                                        f.getFileName()
                                                .toString()
                                                .startsWith("exc_weights_contingent"))
                        .findFirst()
                        .orElseThrow();
        double[] w = io.github.plasticity.io.Npy.read(npy).data();
        assertTrue(w.length > 0, "weights written");
        for (double v : w) {
            assertTrue(v >= 0 && v <= 4, "weight within [0, 4] mV: " + v);
        }
        // Every spike of the last 10 s recording interval (600 s runs record every 10 s) (SONATA
        // HDF5), read back with jhdf:
        // excitatory ids in [0, 160), inhibitory in [0, 40) (default sizes), times in that
        // interval.
        double end = DistalRewardExperiment.REDUCED_DURATION_S * 1000.0;
        try (io.jhdf.HdfFile h5 =
                new io.jhdf.HdfFile(dir.resolve("spikes_last_interval_contingent_seed1.h5"))) {
            for (String pop : new String[] {"exc", "inh"}) {
                double[] t =
                        (double[]) h5.getDatasetByPath("/spikes/" + pop + "/timestamps").getData();
                long[] ids = (long[]) h5.getDatasetByPath("/spikes/" + pop + "/node_ids").getData();
                assertTrue(t.length > 0 && t.length == ids.length, pop + " spikes: " + t.length);
                int size = pop.equals("exc") ? 160 : 40;
                for (int k = 0; k < t.length; k++) {
                    assertTrue(
                            t[k] >= end - 10_000.0 && t[k] < end,
                            pop + " spike at " + t[k] + " ms");
                    assertTrue(ids[k] >= 0 && ids[k] < size, pop + " id " + ids[k]);
                }
            }
        }
        assertTrue(Files.exists(dir.resolve("credit_vs_delay.png")));
        assertTrue(Files.exists(dir.resolve("distal_reward_seeds.csv")));
    }

    @Test
    void registered() {
        Catalogue c = Catalogue.standard();
        assertEquals("distal-reward", c.get("distal-reward").name());
        assertEquals("td-prediction-error", c.get("td-prediction-error").name());
    }

    /** The network's wiring helpers: distinct targets, no self connection, exact inversion. */
    @Test
    void wiring() {
        org.apache.commons.rng.UniformRandomProvider rng =
                org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(3L);
        int[][] targets = new int[10][];
        for (int j = 0; j < 10; j++) {
            targets[j] = DistalRewardNetwork.sample(rng, 12, 5, j);
            assertEquals(5, java.util.Arrays.stream(targets[j]).distinct().count());
            for (int t : targets[j]) {
                assertTrue(t != j && t >= 0 && t < 12);
            }
        }
        int[][] rows = DistalRewardNetwork.invert(targets, 0, 12, 10);
        int total = 0;
        for (int i = 0; i < 12; i++) {
            for (int k = 0; k < rows[i].length; k++) {
                int j = rows[i][k];
                assertTrue(k == 0 || j > rows[i][k - 1]);
                final int post = i;
                assertTrue(java.util.Arrays.stream(targets[j]).anyMatch(t -> t == post));
                total++;
            }
        }
        assertEquals(50, total);
    }
}
