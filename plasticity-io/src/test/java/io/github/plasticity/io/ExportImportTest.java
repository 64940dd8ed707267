package io.github.plasticity.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.VariableMonitor;
import io.github.plasticity.core.WeightInit;
import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips: what is written reads back identically with the library's own readers (and jhdf for
 * HDF5). The files of {@link #writeFixtures} are also read by {@code
 * src/test/python/check_exports.py} with numpy and h5py; its recorded output is {@code
 * src/test/python/check_exports.out}.
 */
class ExportImportTest {
    /** A small seeded network with spikes, rates and weights. */
    private static final class Net implements AutoCloseable {
        final Simulation sim = Simulation.builder().dtMs(0.1).seed(7).build();
        final PoissonSource in = sim.add(PoissonSource.of("in", 20, 50.0));
        final LifPopulation out = sim.add(LifPopulation.of("out", 5, LifParameters.defaults()));
        final Projection syn =
                sim.connect(
                        in, out, Connectivity.fixedProbability(0.5), WeightInit.uniform(5.0, 9.0));
        final SpikeMonitor inSpikes = sim.monitor(Monitors.spikes(in));
        final SpikeMonitor outSpikes = sim.monitor(Monitors.spikes(out));
        final VariableMonitor v = sim.monitor(Monitors.variable(out, "v").everyMs(1.0));

        Net() {
            sim.run(200.0);
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    @Test
    void npyRoundTrips(@TempDir Path dir) throws Exception {
        double[] d = {1.5, -2.25, Double.MAX_VALUE, 0.0};
        Npy.write(dir.resolve("d.npy"), d);
        assertArrayEquals(d, Npy.read(dir.resolve("d.npy")).data());
        float[][] m = {{1f, 2f, 3f}, {4f, 5f, 6.5f}};
        Npy.write(dir.resolve("m.npy"), m);
        Npy.Array a = Npy.read(dir.resolve("m.npy"));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new double[] {4, 5, 6.5}, a.row(1));
        long[] l = {1L << 40, -3};
        Npy.write(dir.resolve("l.npy"), l);
        assertArrayEquals(new double[] {1L << 40, -3}, Npy.read(dir.resolve("l.npy")).data());
        // The header is padded so the data starts at a multiple of 64 bytes (numpy's alignment).
        assertEquals(0, (Files.size(dir.resolve("d.npy")) - 8 * d.length) % 64);
    }

    @Test
    void spikesRoundTripThroughCsvAndNpyAndReplayExactly(@TempDir Path dir) throws Exception {
        try (Net net = new Net()) {
            Export.csv(dir.resolve("spikes.csv"), net.inSpikes);
            Export.npy(dir, "in", net.inSpikes);
            SpikeTimeSource fromCsv = Import.spikesFromCsv("replay", 20, dir.resolve("spikes.csv"));
            SpikeTimeSource fromNpy =
                    Import.spikesFromNpy(
                            "replay",
                            20,
                            dir.resolve("in_node_ids.npy"),
                            dir.resolve("in_times_ms.npy"));
            for (SpikeTimeSource src : new SpikeTimeSource[] {fromCsv, fromNpy}) {
                try (Simulation sim = Simulation.builder().dtMs(0.1).seed(99).build()) {
                    sim.add(src);
                    SpikeMonitor m = sim.monitor(Monitors.spikes(src));
                    sim.run(200.0);
                    assertArrayEquals(net.inSpikes.units(), m.units());
                    assertArrayEquals(net.inSpikes.timesMs(), m.timesMs(), 1e-9);
                }
            }
        }
    }

    @Test
    void ratesImportAsSampleAndHold(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rates.csv");
        Files.writeString(csv, "time_ms,u0,u1\n0,1.0,2.0\n10,3.0,4.0\n");
        Import.RateSeries r = Import.ratesFromCsv(csv);
        assertEquals(2, r.units());
        assertEquals(1.0, r.rateHz(0, 9.99));
        assertEquals(4.0, r.rateHz(1, 10.0));
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            RateSource src = sim.add(RateSource.of("rec", 2, r));
            sim.run(12.0);
            assertEquals(3.0, src.rateHz(0));
        }
        Files.writeString(csv, "time_ms,u0\n0,1.0\n0,2.0\n");
        assertThrows(IllegalArgumentException.class, () -> Import.ratesFromCsv(csv));
        Files.writeString(csv, "time_ms,u0\n0,-1.0\n");
        assertThrows(IllegalArgumentException.class, () -> Import.ratesFromCsv(csv));
    }

    @Test
    void sonataRefusesAPopulationWithoutSpikesBeforeWriting(@TempDir Path dir) throws Exception {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(7).build()) {
            PoissonSource silent = sim.add(PoissonSource.of("silent", 3, 0.0));
            SpikeMonitor m = sim.monitor(Monitors.spikes(silent));
            sim.run(10.0);
            Path file = dir.resolve("none.h5");
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> Export.sonataSpikes(file, m));
            assertTrue(e.getMessage().contains("'silent' has no recorded spikes"), e.getMessage());
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void hdf5SpikesAndWeightsReadBack(@TempDir Path dir) throws Exception {
        try (Net net = new Net()) {
            Path spikes = dir.resolve("spikes.h5");
            Export.sonataSpikes(spikes, net.inSpikes, net.outSpikes);
            try (HdfFile h = new HdfFile(spikes)) {
                double[] t = (double[]) h.getDatasetByPath("/spikes/in/timestamps").getData();
                long[] ids = (long[]) h.getDatasetByPath("/spikes/in/node_ids").getData();
                assertArrayEquals(net.inSpikes.timesMs(), t);
                int[] u = net.inSpikes.units();
                assertEquals(u.length, ids.length);
                for (int k = 0; k < u.length; k++) {
                    assertEquals(u[k], ids[k]);
                }
                assertEquals(
                        "by_time", h.getByPath("/spikes/in").getAttribute("sorting").getData());
            }
            Path all = dir.resolve("all.h5");
            Export.hdf5(all, new VariableMonitor[] {net.v}, new Projection[] {net.syn});
            try (HdfFile h = new HdfFile(all)) {
                float[] w = (float[]) h.getDatasetByPath("/weights/in-_out/weight").getData();
                assertArrayEquals(net.syn.weightsCopy(), w);
                double[][] v = (double[][]) h.getDatasetByPath("/monitors/m0/values").getData();
                double[][] expected = net.v.values();
                for (int s = 0; s < expected.length; s++) {
                    assertArrayEquals(expected[s], v[s]);
                }
            }
        }
    }

    /**
     * Writes the fixture files that {@code check_exports.py} reads with numpy and h5py, into {@code
     * target/io-fixtures}. Also a test: it writes and reads them back.
     */
    @Test
    void writeFixtures() throws Exception {
        Path dir = Path.of("target", "io-fixtures");
        Files.createDirectories(dir);
        try (Net net = new Net()) {
            Export.npy(dir.resolve("weights.npy"), netDense());
            Export.npy(dir, "in", net.inSpikes);
            Export.npy(dir, "v", net.v);
            Export.csv(dir.resolve("v.csv"), net.v);
            Export.sonataSpikes(dir.resolve("spikes.h5"), net.inSpikes, net.outSpikes);
            Export.hdf5(
                    dir.resolve("all.h5"),
                    new VariableMonitor[] {net.v},
                    new Projection[] {net.syn});
            assertEquals(
                    net.inSpikes.count(), Npy.read(dir.resolve("in_node_ids.npy")).data().length);
        }
    }

    private static Projection netDense() {
        Simulation sim = Simulation.builder().dtMs(1.0).seed(5).build();
        RateSource a = sim.add(RateSource.of("a", 3, (i, t) -> 1.0));
        RateSource b = sim.add(RateSource.of("b", 2, (i, t) -> 1.0));
        // weight(post, pre) = 10 post + pre, so numpy can check the layout: W[1, 2] == 12.
        return sim.connect(a, b, Connectivity.allToAll(), (post, pre, rng) -> 10.0 * post + pre);
    }
}
