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
 * Spike propagation: one step of n Poisson inputs at 15 Hz onto n LIF units, all-to-all (dense) or
 * with probability 0.1 (sparse, CSR with a transposed index), no plasticity. A step also draws n
 * Poisson numbers and integrates n LIF units. Synaptic events per step = n x 15 Hz x 0.1 ms x
 * fan-out (n dense, 0.1 n sparse, on average); events/s = ops/s x that.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SpikePropagationBenchmark {
    /** Units per population. */
    @Param({"1024", "8192"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    /** All-to-all or sparse. */
    @Param({"true", "false"})
    public boolean dense;

    private Simulation sim;

    /** Builds the network and lets the LIF units leave their initial state. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.propagation(n, threads, dense);
        sim.steps(100);
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
}
