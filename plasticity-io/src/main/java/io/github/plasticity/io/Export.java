package io.github.plasticity.io;

import io.github.plasticity.core.Projection;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.VariableMonitor;
import io.github.plasticity.core.WeightMonitor;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes monitors and weights to CSV, {@code .npy} and HDF5.
 *
 * <p>CSV: a header line with units in column names. {@code .npy}: one array per file ({@code
 * numpy.load}). HDF5 (jhdf; {@code h5py.File}): spikes in the SONATA layout, {@code
 * /spikes/<population>/timestamps} (float64, ms, attribute {@code units = "ms"}) and {@code
 * /spikes/<population>/node_ids} (int64), sorted by time (group attribute {@code sorting =
 * "by_time"}); monitors as {@code /<name>/times_ms} and {@code /<name>/values}; weights as {@code
 * post}, {@code pre}, {@code weight} datasets.
 */
public final class Export {
    private Export() {}

    /** A variable monitor as CSV: {@code time_ms, unit_<i>...}. */
    public static void csv(Path file, VariableMonitor m) throws IOException {
        int[] units = m.unitsCopy();
        double[] t = m.timesMs();
        double[][] v = m.values();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.print("time_ms");
            for (int u : units) {
                p.print("unit_" + u);
            }
            p.println();
            for (int s = 0; s < t.length; s++) {
                p.print(t[s]);
                for (double x : v[s]) {
                    p.print(x);
                }
                p.println();
            }
        }
    }

    /** A spike monitor as CSV: {@code node_id, time_ms}. */
    public static void csv(Path file, SpikeMonitor m) throws IOException {
        int[] u = m.units();
        double[] t = m.timesMs();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord("node_id", "time_ms");
            for (int k = 0; k < u.length; k++) {
                p.printRecord(u[k], t[k]);
            }
        }
    }

    /** A weight monitor as CSV: {@code time_ms, synapse_<k>...}. */
    public static void csv(Path file, WeightMonitor m) throws IOException {
        int[] syn = m.synapsesCopy();
        double[] t = m.timesMs();
        float[][] v = m.values();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.print("time_ms");
            for (int k : syn) {
                p.print("synapse_" + k);
            }
            p.println();
            for (int s = 0; s < t.length; s++) {
                p.print(t[s]);
                for (float x : v[s]) {
                    p.print(x);
                }
                p.println();
            }
        }
    }

    /** A projection's weights as CSV: {@code post, pre, weight}. */
    public static void csv(Path file, Projection proj) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord("post", "pre", "weight");
            for (int i = 0; i < proj.post().size(); i++) {
                int[] pre = proj.preIndicesCopy(i);
                float[] row = proj.rowCopy(i);
                for (int k = 0; k < pre.length; k++) {
                    p.printRecord(i, pre[k], row[k]);
                }
            }
        }
    }

    /** A projection's weights as a {@code .npy} matrix {@code [post][pre]} (dense projections). */
    public static void npy(Path file, Projection proj) throws IOException {
        if (!proj.isDense()) {
            throw new IllegalArgumentException(
                    "projection '"
                            + proj.name()
                            + "' is sparse; write it with csv() or hdf5Weights()");
        }
        float[][] rows = new float[proj.post().size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = proj.rowCopy(i);
        }
        Npy.write(file, rows);
    }

    /**
     * A variable monitor as two {@code .npy} files: {@code <base>_times_ms.npy}, {@code
     * <base>_values.npy}.
     */
    public static void npy(Path folder, String base, VariableMonitor m) throws IOException {
        Npy.write(folder.resolve(base + "_times_ms.npy"), m.timesMs());
        Npy.write(folder.resolve(base + "_values.npy"), m.values());
    }

    /** A spike monitor as {@code <base>_node_ids.npy} (int64) and {@code <base>_times_ms.npy}. */
    public static void npy(Path folder, String base, SpikeMonitor m) throws IOException {
        int[] u = m.units();
        long[] ids = new long[u.length];
        for (int k = 0; k < u.length; k++) {
            ids[k] = u[k];
        }
        Npy.write(folder.resolve(base + "_node_ids.npy"), ids);
        Npy.write(folder.resolve(base + "_times_ms.npy"), m.timesMs());
    }

    /**
     * Spikes of one or more populations in the SONATA layout.
     *
     * @param file destination {@code .h5}
     * @param monitors spike monitors (one per population), each with at least one spike: the HDF5
     *     writer (jHDF) cannot write an empty dataset, so a population without spikes is refused
     *     before the file is opened (write it with {@link #npy(Path, String, SpikeMonitor)}
     *     instead)
     * @throws IllegalArgumentException if a monitor recorded no spike
     */
    public static void sonataSpikes(Path file, SpikeMonitor... monitors) throws IOException {
        for (SpikeMonitor m : monitors) {
            if (m.count() == 0) {
                throw new IllegalArgumentException(
                        "population '"
                                + m.population().name()
                                + "' has no recorded spikes: SONATA export needs at least one"
                                + " spike per population (the HDF5 writer cannot write an empty"
                                + " dataset); export it with Export.npy instead");
            }
        }
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup spikes = h.putGroup("spikes");
            for (SpikeMonitor m : monitors) {
                WritableGroup g = spikes.putGroup(m.population().name());
                g.putAttribute("sorting", "by_time");
                int[] u = m.units();
                long[] ids = new long[u.length];
                for (int k = 0; k < u.length; k++) {
                    ids[k] = u[k];
                }
                g.putDataset("timestamps", m.timesMs()).putAttribute("units", "ms");
                g.putDataset("node_ids", ids);
            }
        }
    }

    /**
     * Monitors and weights in one HDF5 file: {@code /monitors/<k>/times_ms}, {@code values} (and
     * attribute {@code name}), {@code /weights/<projection>/post, pre, weight}.
     *
     * @param file destination {@code .h5}
     * @param monitors variable monitors
     * @param projections projections whose weights to write
     */
    public static void hdf5(Path file, VariableMonitor[] monitors, Projection[] projections)
            throws IOException {
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup mg = h.putGroup("monitors");
            for (int k = 0; k < monitors.length; k++) {
                VariableMonitor m = monitors[k];
                WritableGroup g = mg.putGroup("m" + k);
                g.putAttribute("name", m.name());
                g.putDataset("times_ms", m.timesMs());
                double[][] v = m.values();
                g.putDataset("values", v.length == 0 ? new double[0] : v);
                g.putDataset("units", m.unitsCopy());
            }
            WritableGroup wg = h.putGroup("weights");
            for (Projection p : projections) {
                int n = Math.toIntExact(p.synapseCount());
                int[] post = new int[n];
                int[] pre = new int[n];
                float[] w = new float[n];
                int o = 0;
                for (int i = 0; i < p.post().size(); i++) {
                    int[] idx = p.preIndicesCopy(i);
                    float[] row = p.rowCopy(i);
                    for (int k = 0; k < idx.length; k++) {
                        post[o] = i;
                        pre[o] = idx[k];
                        w[o++] = row[k];
                    }
                }
                WritableGroup g = wg.putGroup(p.name().replace('>', '_'));
                g.putAttribute("projection", p.name());
                g.putDataset("post", post);
                g.putDataset("pre", pre);
                g.putDataset("weight", w);
            }
        }
    }
}
