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
 * One step of workload A's network with another rate rule than Hebbian ({@link
 * Workloads#rateRule}): Oja and BCM, as users call them ({@code Simulation.step()}), in cache and
 * far beyond it, 1 and 2 threads. Synapse updates/s = ops/s x n². Run with {@code -prof gc} for the
 * allocation per step.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RateRuleBenchmark {
    /** The rule. */
    @Param({"OJA", "BCM"})
    public Workloads.RateRule rule;

    /** Units per population (n² synapses). */
    @Param({"1024", "8192"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulation sim;

    /** Builds the network. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.rateRule(rule, n, threads);
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
