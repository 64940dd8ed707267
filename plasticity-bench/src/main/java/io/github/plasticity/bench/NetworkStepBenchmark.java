package io.github.plasticity.bench;

import io.github.plasticity.core.Simulation;
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
 * A full network step: Poisson inputs at 15 Hz onto LIF units, all-to-all, with the library's
 * spike-trace Hebbian rule updating every synapse ({@link Workloads#network}). Run with {@code
 * -prof gc} to show the allocation per step (target 0 B/op).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NetworkStepBenchmark {
    /** Units per population. */
    @Param({"1000"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulation sim;

    /** Builds the network and runs 100 ms so the LIF units fire. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.network(n, threads);
        sim.run(100.0);
    }

    /** Stops the simulation. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * One step.
     *
     * @return the step count
     */
    @Benchmark
    public long step() {
        sim.step();
        return sim.stepCount();
    }

    Simulation simulation() {
        return sim;
    }
}
