package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Layout study (issue 2: "choose the dense layout with a JMH measurement"): the library's dense
 * Hebbian update over one {@code float[]} per row (the core's layout), over one flat {@code
 * float[]} with row offsets (both with the library's current loop), and over rows with the loop as
 * it was before the "perf:" change of the Hebbian kernel. One thread; ops/s x n² = synapse updates
 * per second. The kernels are in {@link LayoutKernels}; {@code LayoutKernelsTest} checks they
 * compute what the library's Hebbian computes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LayoutBenchmark {
    /** Side of the square weight matrix. */
    @Param({"1024", "8192"})
    public int n;

    /** Which update. */
    @Param({"HEBB", "DECAY_CLAMP"})
    public DenseRule rule;

    private float[][] rows;
    private float[] flat;
    private double[] pre;
    private double[] post;
    private float[] preF;
    private double eta;
    private double decay;
    private float lo;
    private float hi;

    /** Fills weights and rates from a fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Workloads.SEED);
        pre = new double[n];
        post = new double[n];
        preF = new float[n];
        for (int i = 0; i < n; i++) {
            pre[i] = rng.nextDouble();
            post[i] = rng.nextDouble();
        }
        rows = new float[n][n];
        flat = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                float v = (float) (0.5 * rng.nextDouble());
                rows[i][k] = v;
                flat[i * n + k] = v;
            }
        }
        eta = Workloads.ETA_PER_STEP / Workloads.DT_MS;
        boolean dc = rule == DenseRule.DECAY_CLAMP;
        decay = dc ? Workloads.DECAY_PER_STEP / Workloads.DT_MS : 0.0;
        lo = dc ? 0f : Float.NEGATIVE_INFINITY;
        hi = dc ? (float) Workloads.WMAX : Float.POSITIVE_INFINITY;
    }

    /**
     * One float[] per row, as the core stores dense weights (rates converted once per step).
     *
     * @return one weight
     */
    @Benchmark
    public float rows() {
        LayoutKernels.toFloat(pre, preF);
        LayoutKernels.rows(rows, preF, post, eta, decay, Workloads.DT_MS, lo, hi);
        return rows[0][0];
    }

    /**
     * One flat float[] with row offsets (rates converted once per step).
     *
     * @return one weight
     */
    @Benchmark
    public float flat() {
        LayoutKernels.toFloat(pre, preF);
        LayoutKernels.flat(flat, n, preF, post, eta, decay, Workloads.DT_MS, lo, hi);
        return flat[0];
    }

    /**
     * Rows, with the library's loop before the "perf:" change (double rates, ternary clamp).
     *
     * @return one weight
     */
    @Benchmark
    public float rowsBeforeFix() {
        LayoutKernels.rowsBeforeFix(rows, pre, post, eta, decay, Workloads.DT_MS, lo, hi);
        return rows[0][0];
    }
}
