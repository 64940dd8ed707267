package io.github.plasticity.bench;

import io.github.plasticity.core.internal.WorkerTeam;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bandwidth anchor: {@code a[i] = a[i] * s + t} over one {@code float[]} of n² elements (4
 * bytes read and 4 written per element, as a dense weight update moves), split into contiguous
 * chunks over the same {@link WorkerTeam} the simulation uses for 1 or 2 threads. Elements per
 * second = ops/s x n²; every dense result is reported as a share of this bound measured in the same
 * run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class BandwidthBenchmark {
    /** Side of the matrix whose size the array has (n² floats). */
    @Param({"256", "1024", "4096", "8192"})
    public int n;

    /** Threads. */
    @Param({"1", "2"})
    public int threads;

    private float[] a;
    private WorkerTeam team;
    private WorkerTeam.ChunkTask task;

    /** Allocates the array and the team. */
    @Setup(Level.Trial)
    public void setUp() {
        a = new float[n * n];
        Arrays.fill(a, 0.5f);
        team = new WorkerTeam(threads);
        final float[] arr = a;
        final int len = arr.length;
        task =
                (c, k) ->
                        scaleShift(
                                arr,
                                WorkerTeam.chunkStart(len, c, k),
                                WorkerTeam.chunkStart(len, c + 1, k),
                                0.999f,
                                1e-3f);
    }

    /** Stops the team. */
    @TearDown(Level.Trial)
    public void tearDown() {
        team.close();
    }

    /** {@code a[i] = a[i] * s + t} for i in [from, to); the fixed point is t / (1 - s) = 1. */
    static void scaleShift(float[] a, int from, int to, float s, float t) {
        for (int i = from; i < to; i++) {
            a[i] = a[i] * s + t;
        }
    }

    /**
     * One pass over the array.
     *
     * @return one element, so the work is not dead code
     */
    @Benchmark
    public float rmw() {
        team.run(task);
        return a[0];
    }

    float[] array() {
        return a;
    }
}
