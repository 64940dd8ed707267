package io.github.plasticity.experiments;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes column CSV files: a header line, then one row per index, numbers in full precision. */
public final class Csv {
    private Csv() {}

    /**
     * Writes columns of equal length.
     *
     * @param file destination
     * @param header column names (with units, such as {@code "time_ms"})
     * @param columns the columns, one per header entry
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path write(Path file, String[] header, double[]... columns) throws IOException {
        if (header.length != columns.length) {
            throw new IllegalArgumentException(
                    header.length + " column names for " + columns.length + " columns");
        }
        int n = columns.length == 0 ? 0 : columns[0].length;
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != n) {
                throw new IllegalArgumentException(
                        "column "
                                + header[c]
                                + " has "
                                + columns[c].length
                                + " rows, expected "
                                + n);
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < n; r++) {
                sb.setLength(0);
                for (int c = 0; c < columns.length; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    sb.append(columns[c][r]);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
        return file;
    }
}
