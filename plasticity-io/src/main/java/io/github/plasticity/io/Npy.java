package io.github.plasticity.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} files (format version 1.0, little-endian, C order), as read by {@code
 * numpy.load}. Writes {@code float64}, {@code float32}, {@code int32} and {@code int64} arrays of
 * one or two dimensions; reads the same types (and {@code bool}) into doubles.
 */
public final class Npy {
    private Npy() {}

    /**
     * An array read from a file: its shape and its values in C order, widened to double.
     *
     * @param shape dimensions
     * @param data values, C order
     */
    public record Array(int[] shape, double[] data) {
        /** Number of rows (first dimension). */
        public int rows() {
            return shape.length == 0 ? 1 : shape[0];
        }

        /** Number of columns (second dimension, 1 for a vector). */
        public int columns() {
            return shape.length < 2 ? 1 : shape[1];
        }

        /** Row {@code r} of a two-dimensional array. */
        public double[] row(int r) {
            int c = columns();
            return Arrays.copyOfRange(data, r * c, (r + 1) * c);
        }
    }

    /** Writes a {@code float64} vector. */
    public static void write(Path file, double[] values) throws IOException {
        ByteBuffer b = buffer(8 * values.length);
        for (double v : values) {
            b.putDouble(v);
        }
        write(file, "<f8", new int[] {values.length}, b);
    }

    /** Writes a {@code float32} vector. */
    public static void write(Path file, float[] values) throws IOException {
        ByteBuffer b = buffer(4 * values.length);
        for (float v : values) {
            b.putFloat(v);
        }
        write(file, "<f4", new int[] {values.length}, b);
    }

    /** Writes an {@code int32} vector. */
    public static void write(Path file, int[] values) throws IOException {
        ByteBuffer b = buffer(4 * values.length);
        for (int v : values) {
            b.putInt(v);
        }
        write(file, "<i4", new int[] {values.length}, b);
    }

    /** Writes an {@code int64} vector. */
    public static void write(Path file, long[] values) throws IOException {
        ByteBuffer b = buffer(8 * values.length);
        for (long v : values) {
            b.putLong(v);
        }
        write(file, "<i8", new int[] {values.length}, b);
    }

    /** Writes a {@code float64} matrix (rows of equal length). */
    public static void write(Path file, double[][] rows) throws IOException {
        int c = checkRect(rows.length, rows.length == 0 ? 0 : rows[0].length, r -> rows[r].length);
        ByteBuffer b = buffer(8 * rows.length * c);
        for (double[] row : rows) {
            for (double v : row) {
                b.putDouble(v);
            }
        }
        write(file, "<f8", new int[] {rows.length, c}, b);
    }

    /** Writes a {@code float32} matrix (rows of equal length). */
    public static void write(Path file, float[][] rows) throws IOException {
        int c = checkRect(rows.length, rows.length == 0 ? 0 : rows[0].length, r -> rows[r].length);
        ByteBuffer b = buffer(4 * rows.length * c);
        for (float[] row : rows) {
            for (float v : row) {
                b.putFloat(v);
            }
        }
        write(file, "<f4", new int[] {rows.length, c}, b);
    }

    private static int checkRect(int n, int c, java.util.function.IntUnaryOperator len) {
        for (int r = 0; r < n; r++) {
            if (len.applyAsInt(r) != c) {
                throw new IllegalArgumentException(
                        "rows must have equal length: row 0 has "
                                + c
                                + ", row "
                                + r
                                + " has "
                                + len.applyAsInt(r));
            }
        }
        return c;
    }

    private static ByteBuffer buffer(long bytes) {
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "array too large for one .npy buffer: " + bytes + " bytes");
        }
        return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(Path file, String descr, int[] shape, ByteBuffer data)
            throws IOException {
        StringBuilder s =
                new StringBuilder("{'descr': '")
                        .append(descr)
                        .append("', 'fortran_order': False, 'shape': (");
        for (int d : shape) {
            s.append(d).append(", ");
        }
        if (shape.length > 1) {
            s.setLength(s.length() - 2);
        } else {
            s.setLength(s.length() - 1);
        }
        s.append("), }");
        // Header padded with spaces and a newline so that magic + lengths + header is a multiple of
        // 64.
        int total = 10 + s.length() + 1;
        int pad = (64 - total % 64) % 64;
        s.append(" ".repeat(pad)).append('\n');
        byte[] header = s.toString().getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.write(header.length & 0xff);
            out.write((header.length >> 8) & 0xff);
            out.write(header);
            out.write(data.array());
        }
    }

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<>|=]?)([a-z])(\\d+)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    /**
     * Reads a {@code .npy} file of float, signed integer or bool type, C order.
     *
     * @param file the file
     * @return shape and values widened to double
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException if it is not a supported {@code .npy} file
     */
    public static Array read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < 10
                || (all[0] & 0xff) != 0x93
                || all[1] != 'N'
                || all[2] != 'U'
                || all[3] != 'M'
                || all[4] != 'P'
                || all[5] != 'Y') {
            throw new IllegalArgumentException(file + " is not a .npy file (bad magic)");
        }
        int major = all[6];
        int headerLen;
        int start;
        if (major == 1) {
            headerLen = (all[8] & 0xff) | ((all[9] & 0xff) << 8);
            start = 10;
        } else {
            headerLen = ByteBuffer.wrap(all, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            start = 12;
        }
        String header = new String(all, start, headerLen, StandardCharsets.US_ASCII);
        Matcher d = DESCR.matcher(header);
        Matcher o = ORDER.matcher(header);
        Matcher sh = SHAPE.matcher(header);
        if (!d.find() || !o.find() || !sh.find()) {
            throw new IllegalArgumentException(
                    file + ": unreadable .npy header: " + header.strip());
        }
        if ("True".equals(o.group(1))) {
            throw new IllegalArgumentException(
                    file + ": Fortran-order arrays are not supported; save with C order");
        }
        ByteOrder order = ">".equals(d.group(1)) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = d.group(2).charAt(0);
        int size = Integer.parseInt(d.group(3));
        String[] dims = sh.group(1).split(",");
        int[] shape =
                Arrays.stream(dims)
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .mapToInt(Integer::parseInt)
                        .toArray();
        long n = 1;
        for (int x : shape) {
            n *= x;
        }
        ByteBuffer b =
                ByteBuffer.wrap(all, start + headerLen, all.length - start - headerLen)
                        .order(order);
        if ((long) b.remaining() < n * size) {
            throw new IllegalArgumentException(
                    file
                            + ": truncated, "
                            + b.remaining()
                            + " bytes for "
                            + n
                            + " values of "
                            + size
                            + " bytes");
        }
        double[] out = new double[(int) n];
        for (int i = 0; i < n; i++) {
            if (kind == 'f' && size == 8) {
                out[i] = b.getDouble();
            } else if (kind == 'f' && size == 4) {
                out[i] = b.getFloat();
            } else if (kind == 'i' && size == 8) {
                out[i] = b.getLong();
            } else if (kind == 'i' && size == 4) {
                out[i] = b.getInt();
            } else if (kind == 'i' && size == 2) {
                out[i] = b.getShort();
            } else if ((kind == 'b' || kind == 'u' || kind == 'i') && size == 1) {
                out[i] = kind == 'u' || kind == 'b' ? b.get() & 0xff : b.get();
            } else {
                throw new IllegalArgumentException(
                        file
                                + ": unsupported dtype "
                                + d.group(0)
                                + "; use float32/64, int8-64 or bool");
            }
        }
        return new Array(shape, out);
    }
}
