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
 * A rate network step with transmission: n rate inputs onto n rate units ({@link
 * io.github.plasticity.core.RatePopulation}), all-to-all, decay+clamp Hebbian ({@link
 * Workloads#rateNetwork}). Each step reads the weights twice: the rate transmission \( \sum_j
 * w_{ij} r_j \) and the Hebbian update. Synapses per step = n².
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RateNetworkBenchmark {
    /** Units per population. */
    @Param({"1024", "8192"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulation sim;

    /** Builds the network. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.rateNetwork(n, threads);
    }

    /** Stops the simulation. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * One step: transmission and plasticity over n² synapses.
     *
     * @return the step count
     */
    @Benchmark
    public long step() {
        sim.step();
        return sim.stepCount();
    }
}
