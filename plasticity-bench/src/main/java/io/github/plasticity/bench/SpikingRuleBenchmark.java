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
 * One step of a spiking network whose one plastic projection carries synaptic scaling, triplet
 * STDP, the three-factor eligibility rule or the calcium rule ({@link Workloads#spikingRule}): 1000
 * and 4000 Poisson inputs at 15 Hz onto as many LIF units, all-to-all (4 MB and 64 MB of weights),
 * 1 and 2 threads, as users call it ({@code Simulation.step()}). Run with {@code -prof gc} for the
 * allocation per step.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SpikingRuleBenchmark {
    /** The rule. */
    @Param({"SCALING", "TRIPLET_STDP", "ELIGIBILITY", "ELIGIBILITY_EVERY_10_MS", "CALCIUM"})
    public Workloads.SpikingRule rule;

    /** Units per population (n² synapses). */
    @Param({"1000", "4000"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulation sim;

    /**
     * Builds the network and runs 20 ms so the LIF units fire (the calcium rule at n = 4000 takes
     * about a second per step on one thread; 100 ms of set-up would take half an hour).
     */
    @Setup(Level.Trial)
    public void setUp() {
        sim = Workloads.spikingRule(rule, n, threads);
        sim.run(20.0);
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
