package io.github.plasticity.bench;

import io.github.plasticity.core.Population;
import io.github.plasticity.core.Simulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One step of workload C ({@link StdpNetwork}: 1000 Poisson inputs at 15 Hz onto 1000 LIF units,
 * all-to-all, pair STDP). Ops are steps; the auxiliary counter {@code events} reports synaptic
 * events per second counted as Brian2's script counts them (input spikes x neurons + neuron spikes
 * x inputs), {@code spikes} the spikes per second. The network runs 1 s of simulated time in set-up
 * so the weights and rates are past the start; it keeps learning during the measurement (a steady
 * state measured on purpose: rates change slowly).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StdpNetworkBenchmark {
    /** Inputs and neurons. */
    @Param({"1000"})
    public int n;

    /** Simulation threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulation sim;
    private Population in;
    private Population out;

    /** Synaptic events and spikes, reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        /** Synaptic events (input spikes x neurons + neuron spikes x inputs). */
        public long events;

        /** Input and neuron spikes. */
        public long spikes;

        /** Clears the counters before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
            spikes = 0;
        }
    }

    /** Builds the network and runs 1 s. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = StdpNetwork.build(n, n, threads, Workloads.SEED);
        in = sim.populations().get(0);
        out = sim.populations().get(1);
        sim.run(1000.0);
    }

    /** Stops the simulation. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * One step.
     *
     * @param e the event counters
     * @return the step count
     */
    @Benchmark
    public long step(Events e) {
        sim.step();
        int a = in.spikeCount();
        int b = out.spikeCount();
        e.events += (long) a * out.size() + (long) b * in.size();
        e.spikes += a + b;
        return sim.stepCount();
    }

    Simulation simulation() {
        return sim;
    }
}
