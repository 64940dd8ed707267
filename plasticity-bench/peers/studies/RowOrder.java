import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Where the collector puts the rows of a {@code float[n][n]}: for each pair of consecutive rows,
 * whether the second starts right after the first in memory (contiguous), further on, or before
 * it; after allocation and after a full collection. Reads the compressed references of the rows
 * array with sun.misc.Unsafe (a diagnostic only; the library never does this).
 *
 * <p>Run: {@code java -Xmx4g plasticity-bench/peers/studies/RowOrder.java [n]}, and with {@code
 * -XX:+UseSerialGC} or {@code -XX:+UseParallelGC} for other collectors. Assumes compressed oops
 * with a shift of 3 (heaps up to 32 GB, the default).
 */
public final class RowOrder {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        Field f = Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Unsafe u = (Unsafe) f.get(null);
        float[][] rows = new float[n][n];
        long stride = u.arrayBaseOffset(float[].class) + 4L * n;
        stride = (stride + 7) & ~7L;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                System.gc();
            }
            long base = u.arrayBaseOffset(Object[].class);
            long prev = -1;
            int contiguous = 0;
            int forward = 0;
            int backward = 0;
            for (int i = 0; i < n; i++) {
                long address = (u.getInt(rows, base + 4L * i) & 0xffffffffL) << 3;
                if (prev >= 0) {
                    long d = address - prev;
                    if (d == stride) {
                        contiguous++;
                    } else if (d > 0) {
                        forward++;
                    } else {
                        backward++;
                    }
                }
                prev = address;
            }
            System.out.printf(
                    "%s: next row contiguous %d, further on %d, before %d (of %d pairs)%n",
                    pass == 0 ? "after allocation" : "after System.gc()", contiguous, forward,
                    backward, n - 1);
        }
    }
}
