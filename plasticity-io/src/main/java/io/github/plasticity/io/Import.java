package io.github.plasticity.io;

import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.internal.Args;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads recorded spike times and rate time series so users can drive the model with their own data:
 * spikes become a {@link SpikeTimeSource} (exact replay), rates a {@link RateFunction}
 * (sample-and-hold between samples) for a {@code RateSource} or an inhomogeneous {@code
 * PoissonSource}.
 */
public final class Import {
    private Import() {}

    /**
     * Spikes from a CSV with columns {@code node_id} (or {@code unit}) and {@code time_ms}.
     *
     * @param name population name
     * @param size number of units (node ids must lie in {@code [0, size)})
     * @param file the CSV
     * @return the source
     */
    public static SpikeTimeSource spikesFromCsv(String name, int size, Path file)
            throws IOException {
        List<Integer> units = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterable<CSVRecord> rows =
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(r);
            for (CSVRecord row : rows) {
                String u =
                        row.isMapped("node_id")
                                ? row.get("node_id")
                                : row.isMapped("unit") ? row.get("unit") : null;
                if (u == null || !row.isMapped("time_ms")) {
                    throw new IllegalArgumentException(
                            file + ": needs columns node_id (or unit) and time_ms");
                }
                units.add(parseInt(file, row, u));
                times.add(parseDouble(file, row, row.get("time_ms")));
            }
        }
        return SpikeTimeSource.of(
                name,
                size,
                units.stream().mapToInt(Integer::intValue).toArray(),
                times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Spikes from two {@code .npy} vectors of node ids and times (ms), as written by {@link
     * Export#npy(Path, String, io.github.plasticity.core.SpikeMonitor)}.
     */
    public static SpikeTimeSource spikesFromNpy(String name, int size, Path nodeIds, Path timesMs)
            throws IOException {
        double[] ids = Npy.read(nodeIds).data();
        double[] t = Npy.read(timesMs).data();
        Args.length("times", t.length, ids.length);
        int[] u = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != Math.rint(ids[k])) {
                throw new IllegalArgumentException(
                        nodeIds + ": node id " + ids[k] + " is not an integer");
            }
            u[k] = (int) ids[k];
        }
        return SpikeTimeSource.of(name, size, u, t);
    }

    /**
     * Rates from a CSV with a {@code time_ms} column (increasing) and one column per unit (Hz): the
     * rate of unit {@code i} at time {@code t} is the last sample at or before {@code t} (the first
     * sample before the first time).
     *
     * @param file the CSV
     * @return the rate function and its number of units
     */
    public static RateSeries ratesFromCsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        int cols = -1;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            org.apache.commons.csv.CSVParser p =
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(r);
            List<String> header = p.getHeaderNames();
            if (header.isEmpty() || !"time_ms".equals(header.get(0))) {
                throw new IllegalArgumentException(file + ": the first column must be time_ms");
            }
            cols = header.size() - 1;
            for (CSVRecord row : p) {
                double[] v = new double[header.size()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = parseDouble(file, row, row.get(c));
                }
                rows.add(v);
            }
        }
        double[] t = new double[rows.size()];
        double[][] rates = new double[rows.size()][cols];
        for (int s = 0; s < t.length; s++) {
            t[s] = rows.get(s)[0];
            System.arraycopy(rows.get(s), 1, rates[s], 0, cols);
        }
        return new RateSeries(t, rates);
    }

    /**
     * Rates from a {@code .npy} matrix {@code [sample][unit]} (Hz) sampled every {@code dtMs}.
     *
     * @param file the matrix
     * @param sampleIntervalMs sample interval (ms), &gt; 0
     * @return the series
     */
    public static RateSeries ratesFromNpy(Path file, double sampleIntervalMs) throws IOException {
        Args.positive("sampleIntervalMs", sampleIntervalMs, "ms");
        Npy.Array a = Npy.read(file);
        double[] t = new double[a.rows()];
        double[][] r = new double[a.rows()][];
        for (int s = 0; s < t.length; s++) {
            t[s] = s * sampleIntervalMs;
            r[s] = a.row(s);
        }
        return new RateSeries(t, r);
    }

    /** A sampled rate time series, usable as a {@link RateFunction} (sample-and-hold). */
    public static final class RateSeries implements RateFunction {
        private final double[] timesMs;
        private final double[][] ratesHz;

        RateSeries(double[] timesMs, double[][] ratesHz) {
            if (timesMs.length == 0) {
                throw new IllegalArgumentException("a rate series needs at least one sample");
            }
            for (int s = 0; s < timesMs.length; s++) {
                Args.finite("time_ms[" + s + "]", timesMs[s], "ms");
                if (s > 0 && !(timesMs[s] > timesMs[s - 1])) {
                    throw new IllegalArgumentException(
                            "time_ms must be strictly increasing (ms): "
                                    + timesMs[s - 1]
                                    + " then "
                                    + timesMs[s]);
                }
                for (int i = 0; i < ratesHz[s].length; i++) {
                    double v = ratesHz[s][i];
                    if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                        throw new IllegalArgumentException(
                                "rate of unit "
                                        + i
                                        + " at "
                                        + timesMs[s]
                                        + " ms must be >= 0 and finite (Hz): "
                                        + v);
                    }
                }
            }
            this.timesMs = timesMs;
            this.ratesHz = ratesHz;
        }

        /** Number of units. */
        public int units() {
            return ratesHz[0].length;
        }

        @Override
        public double rateHz(int unit, double timeMs) {
            int lo = 0;
            int hi = timesMs.length - 1;
            if (timeMs <= timesMs[0]) {
                return ratesHz[0][unit];
            }
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (timesMs[mid] <= timeMs) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return ratesHz[lo][unit];
        }
    }

    private static int parseInt(Path f, CSVRecord row, String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    f + " line " + row.getRecordNumber() + ": '" + s + "' is not an integer");
        }
    }

    private static double parseDouble(Path f, CSVRecord row, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    f + " line " + row.getRecordNumber() + ": '" + s + "' is not a number");
        }
    }
}
