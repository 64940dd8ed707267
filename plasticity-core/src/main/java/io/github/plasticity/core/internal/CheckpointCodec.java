package io.github.plasticity.core.internal;

import io.github.plasticity.core.StateRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Binary checkpoint format. Not API.
 *
 * <pre>
 * magic "PLSTCKPT" (8 bytes) | int formatVersion | long payloadLength | long crc32(payload) | payload
 * payload = int entryCount, then per entry: UTF key, byte type, shape, data
 * </pre>
 *
 * Restoring parses and checks the whole file (magic, version, length, checksum, every key, type and
 * shape) before any live array is written.
 */
public final class CheckpointCodec {
    /** Current format version. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'P', 'L', 'S', 'T', 'C', 'K', 'P', 'T'};
    private static final byte DOUBLES = 1;
    private static final byte FLOATS = 2;
    private static final byte FLOAT_ROWS = 3;
    private static final byte INTS = 4;
    private static final byte LONGS = 5;
    private static final byte BOOLEANS = 6;
    private static final byte CUSTOM = 7;

    private CheckpointCodec() {}

    /** A registry that records what was registered, in order. */
    public static final class Collector implements StateRegistry {
        final Map<String, Object> arrays = new LinkedHashMap<>();
        final Map<String, Consumer<byte[]>> restorers = new LinkedHashMap<>();
        private String prefix = "";

        /**
         * Sets the key prefix for the next registrations.
         *
         * @param p prefix, such as {@code "population/m1/"}
         */
        public void prefix(String p) {
            prefix = p;
        }

        private void put(String key, Object value) {
            String k = prefix + key;
            if (arrays.putIfAbsent(k, value) != null) {
                throw new IllegalStateException("state key registered twice: " + k);
            }
        }

        @Override
        public void doubles(String key, double[] values) {
            put(key, values);
        }

        @Override
        public void floats(String key, float[] values) {
            put(key, values);
        }

        @Override
        public void floatRows(String key, float[][] rows) {
            put(key, rows);
        }

        @Override
        public void ints(String key, int[] values) {
            put(key, values);
        }

        @Override
        public void longs(String key, long[] values) {
            put(key, values);
        }

        @Override
        public void booleans(String key, boolean[] values) {
            put(key, values);
        }

        @Override
        public void custom(
                String key,
                java.util.function.Supplier<byte[]> save,
                java.util.function.Consumer<byte[]> restore) {
            put(key, save);
            restorers.put(prefix + key, restore);
        }
    }

    /** Writes the collected state atomically (temporary file, fsync, rename). */
    public static void write(Path file, Collector c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(c.arrays.size());
        for (Map.Entry<String, Object> e : c.arrays.entrySet()) {
            out.writeUTF(e.getKey());
            writeValue(out, e.getValue());
        }
        out.flush();
        byte[] payload = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(payload);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch =
                            FileChannel.open(
                                    tmp,
                                    StandardOpenOption.WRITE,
                                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream os = java.nio.channels.Channels.newOutputStream(ch);
                    DataOutputStream d = new DataOutputStream(os)) {
                d.write(MAGIC);
                d.writeInt(VERSION);
                d.writeLong(payload.length);
                d.writeLong(crc.getValue());
                d.write(payload);
                d.flush();
                ch.force(true);
            }
            Files.move(
                    tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v instanceof double[]) {
            double[] a = (double[]) v;
            out.writeByte(DOUBLES);
            out.writeInt(a.length);
            for (double x : a) {
                out.writeDouble(x);
            }
        } else if (v instanceof float[]) {
            float[] a = (float[]) v;
            out.writeByte(FLOATS);
            out.writeInt(a.length);
            for (float x : a) {
                out.writeFloat(x);
            }
        } else if (v instanceof float[][]) {
            float[][] rows = (float[][]) v;
            out.writeByte(FLOAT_ROWS);
            out.writeInt(rows.length);
            for (float[] r : rows) {
                out.writeInt(r.length);
            }
            for (float[] r : rows) {
                for (float x : r) {
                    out.writeFloat(x);
                }
            }
        } else if (v instanceof int[]) {
            int[] a = (int[]) v;
            out.writeByte(INTS);
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        } else if (v instanceof long[]) {
            long[] a = (long[]) v;
            out.writeByte(LONGS);
            out.writeInt(a.length);
            for (long x : a) {
                out.writeLong(x);
            }
        } else if (v instanceof boolean[]) {
            boolean[] a = (boolean[]) v;
            out.writeByte(BOOLEANS);
            out.writeInt(a.length);
            for (boolean x : a) {
                out.writeBoolean(x);
            }
        } else {
            byte[] a = ((java.util.function.Supplier<byte[]>) v).get();
            out.writeByte(CUSTOM);
            out.writeInt(a.length);
            out.write(a);
        }
    }

    /**
     * Reads {@code file}, checks it against the live layout in {@code live}, then copies it into
     * the live arrays. Throws {@link IllegalArgumentException} (live state untouched) when the file
     * is truncated, corrupt, of another version, or describes another network.
     */
    public static void restore(Path file, Collector live) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
        Map<String, Object> saved = new LinkedHashMap<>();
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw refused(file, "not a plasticity checkpoint (bad magic)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw refused(
                        file, "format version " + version + ", this library reads " + VERSION);
            }
            long length = in.readLong();
            long crcValue = in.readLong();
            int header = MAGIC.length + 4 + 8 + 8;
            if (length != all.length - header) {
                throw refused(
                        file,
                        "truncated or padded: payload "
                                + (all.length - header)
                                + " bytes, header says "
                                + length);
            }
            CRC32 crc = new CRC32();
            crc.update(all, header, all.length - header);
            if (crc.getValue() != crcValue) {
                throw refused(file, "checksum mismatch (file corrupt)");
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                saved.put(key, readValue(in));
            }
        } catch (EOFException e) {
            throw refused(file, "truncated");
        }
        // Check every key and shape before writing anything.
        if (!saved.keySet().equals(live.arrays.keySet())) {
            List<String> missing = new ArrayList<>(live.arrays.keySet());
            missing.removeAll(saved.keySet());
            List<String> extra = new ArrayList<>(saved.keySet());
            extra.removeAll(live.arrays.keySet());
            throw refused(
                    file,
                    "describes another simulation: missing " + missing + ", unexpected " + extra);
        }
        for (Map.Entry<String, Object> e : live.arrays.entrySet()) {
            checkShape(file, e.getKey(), e.getValue(), saved.get(e.getKey()));
        }
        for (Map.Entry<String, Object> e : live.arrays.entrySet()) {
            copy(e.getKey(), e.getValue(), saved.get(e.getKey()), live);
        }
    }

    private static IllegalArgumentException refused(Path file, String why) {
        return new IllegalArgumentException("checkpoint " + file + " refused: " + why);
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte type = in.readByte();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative length");
        }
        switch (type) {
            case DOUBLES:
                {
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readDouble();
                    }
                    return a;
                }
            case FLOATS:
                {
                    float[] a = new float[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readFloat();
                    }
                    return a;
                }
            case FLOAT_ROWS:
                {
                    float[][] rows = new float[n][];
                    for (int i = 0; i < n; i++) {
                        rows[i] = new float[in.readInt()];
                    }
                    for (float[] r : rows) {
                        for (int k = 0; k < r.length; k++) {
                            r[k] = in.readFloat();
                        }
                    }
                    return rows;
                }
            case INTS:
                {
                    int[] a = new int[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readInt();
                    }
                    return a;
                }
            case LONGS:
                {
                    long[] a = new long[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readLong();
                    }
                    return a;
                }
            case BOOLEANS:
                {
                    boolean[] a = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readBoolean();
                    }
                    return a;
                }
            case CUSTOM:
                {
                    byte[] a = new byte[n];
                    in.readFully(a);
                    return new Custom(a);
                }
            default:
                throw new IOException("unknown entry type " + type);
        }
    }

    private record Custom(byte[] bytes) {}

    private static void checkShape(Path file, String key, Object live, Object saved) {
        boolean ok;
        if (live instanceof double[]) {
            ok = saved instanceof double[] && ((double[]) saved).length == ((double[]) live).length;
        } else if (live instanceof float[]) {
            ok = saved instanceof float[] && ((float[]) saved).length == ((float[]) live).length;
        } else if (live instanceof float[][]) {
            ok =
                    saved instanceof float[][]
                            && ((float[][]) saved).length == ((float[][]) live).length;
            if (ok) {
                float[][] a = (float[][]) live;
                float[][] b = (float[][]) saved;
                for (int i = 0; i < a.length && ok; i++) {
                    ok = a[i].length == b[i].length;
                }
            }
        } else if (live instanceof int[]) {
            ok = saved instanceof int[] && ((int[]) saved).length == ((int[]) live).length;
        } else if (live instanceof long[]) {
            ok = saved instanceof long[] && ((long[]) saved).length == ((long[]) live).length;
        } else if (live instanceof boolean[]) {
            ok =
                    saved instanceof boolean[]
                            && ((boolean[]) saved).length == ((boolean[]) live).length;
        } else {
            ok = saved instanceof Custom;
        }
        if (!ok) {
            throw refused(
                    file, "entry '" + key + "' has another type or shape than the live state");
        }
    }

    private static void copy(String key, Object live, Object saved, Collector c) {
        if (live instanceof double[]) {
            System.arraycopy(saved, 0, live, 0, ((double[]) live).length);
        } else if (live instanceof float[]) {
            System.arraycopy(saved, 0, live, 0, ((float[]) live).length);
        } else if (live instanceof float[][]) {
            float[][] a = (float[][]) live;
            float[][] b = (float[][]) saved;
            for (int i = 0; i < a.length; i++) {
                System.arraycopy(b[i], 0, a[i], 0, a[i].length);
            }
        } else if (live instanceof int[]) {
            System.arraycopy(saved, 0, live, 0, ((int[]) live).length);
        } else if (live instanceof long[]) {
            System.arraycopy(saved, 0, live, 0, ((long[]) live).length);
        } else if (live instanceof boolean[]) {
            System.arraycopy(saved, 0, live, 0, ((boolean[]) live).length);
        } else {
            c.restorers.get(key).accept(((Custom) saved).bytes());
        }
    }
}
