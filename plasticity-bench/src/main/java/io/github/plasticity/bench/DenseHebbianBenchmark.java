package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
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
 * One {@link Simulation#step()} of the dense rate workload (PEER-WORKLOADS.md A): n x n synapses
 * updated by the library's {@link io.github.plasticity.rules.Hebbian} rule, plain or with decay and
 * hard bounds, on 1 or 2 simulation threads. Synapse updates per second = ops/s x n².
 *
 * <p>The weights evolve from step to step (steady state measured on purpose: the update costs the
 * same whatever the values, which stay finite and normal: plain Hebbian grows by at most 1e-4 per
 * step).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DenseHebbianBenchmark {
    /** Units per population (synapses = n²). */
    @Param({"256", "1024", "4096", "8192"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    /** Which update. */
    @Param({"HEBB", "DECAY_CLAMP"})
    public DenseRule rule;

    private Simulation sim;

    /** Builds the network. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.denseRate(n, threads, rule, Workloads.hebbian(rule));
    }

    /** Stops the simulation's worker threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * One step: inputs, (no) transmission, traces, the Hebbian update of all n² synapses.
     *
     * @return the step count, so the work is not dead code
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
