package io.github.plasticity.bench;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.LearningRule;
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
 * DESIGN.md's "LocalRule within 2x of a built-in rule": the decay+clamp Hebbian update written as a
 * user's {@link io.github.plasticity.core.LocalRule} against the built-in {@link
 * io.github.plasticity.rules.Hebbian}, on the dense rate workload, one thread.
 *
 * <ul>
 *   <li>{@code BUILTIN}: the built-in rule;
 *   <li>{@code LOCAL}: the local rule, the only one this JVM has run;
 *   <li>{@code LOCAL_AFTER_3}: the same local rule after three other local rules (distinct lambda
 *       classes) ran in this JVM: the megamorphic trap of a single shared loop, which the core
 *       avoids by giving each bound rule its own copy of the loop.
 * </ul>
 *
 * <p>Each case runs in its own fork, so profiles do not leak from one case to another.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LocalRuleBenchmark {
    /** The rule under test. */
    public enum Kind {
        /** The built-in Hebbian rule. */
        BUILTIN,
        /** A local rule, alone in this JVM. */
        LOCAL,
        /** A local rule after three other local rules ran. */
        LOCAL_AFTER_3
    }

    /** Units per population. */
    @Param({"1024", "8192"})
    public int n;

    /** The rule under test. */
    @Param({"BUILTIN", "LOCAL", "LOCAL_AFTER_3"})
    public Kind kind;

    /**
     * Steps each of the three other local rules runs on a 64 x 64 network before measuring (enough
     * for the JIT to profile and compile a loop shared by all three; tests lower it).
     */
    int polluteSteps = 20_000;

    private Simulation sim;

    /** Builds the network; for {@code LOCAL_AFTER_3}, first runs three other local rules. */
    @Setup(Level.Trial)
    public void setUp() {
        if (kind == Kind.LOCAL_AFTER_3) {
            runOthers(Workloads.otherLocalRules(), polluteSteps);
        }
        LearningRule r =
                kind == Kind.BUILTIN
                        ? Workloads.hebbian(DenseRule.DECAY_CLAMP)
                        : Workloads.localHebbian(DenseRule.DECAY_CLAMP);
        sim = Workloads.denseRate(n, 1, DenseRule.DECAY_CLAMP, r);
    }

    /** Runs each of {@code others} for {@code steps} steps on a 64 x 64 network. */
    static void runOthers(LearningRule[] others, int steps) {
        for (LearningRule other : others) {
            try (Simulation s = Workloads.denseRate(64, 1, DenseRule.DECAY_CLAMP, other)) {
                s.steps(steps);
            }
        }
    }

    /** Stops the simulation. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * One step of n² updates.
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
