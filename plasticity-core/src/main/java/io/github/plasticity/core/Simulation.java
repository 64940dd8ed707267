package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.CheckpointCodec;
import io.github.plasticity.core.internal.Seeds;
import io.github.plasticity.core.internal.WorkerTeam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A network of populations, projections, rules, modulators and monitors, advanced with a fixed time
 * step.
 *
 * <p><b>Update order</b> in every step (fixed and deterministic):
 *
 * <ol>
 *   <li>inputs: sources emit spikes or set rates;
 *   <li>neuron dynamics: rate and LIF units integrate the input summed in the previous step;
 *   <li>spike propagation: projections add this step's spikes and rates into their targets' input
 *       for the next step;
 *   <li>traces: spike traces and rate estimates of every population;
 *   <li>neuromodulators: every modulator advances and is sampled where it is read;
 *   <li>metabolism: the {@link #addPhaseHook metabolism hooks};
 *   <li>plasticity: every rule of every projection, projections and rules in the order added;
 *   <li>monitors.
 * </ol>
 *
 * <p><b>Randomness.</b> One master seed; every component draws from its own stream derived from
 * (seed, component name), so adding a monitor or a rule never changes another component's numbers.
 * <b>Threads.</b> Propagation and plasticity are partitioned by postsynaptic unit; each synapse is
 * computed exactly as in a single-threaded run, so results are bit-identical for any number of
 * threads. <b>Non-finite guard.</b> Neuron states and modulator samples are checked every step,
 * weights every {@link Builder#nonFiniteCheckEverySteps} steps and at the end of every run; a
 * non-finite value stops the run with a {@link NonFiniteStateException} naming the component, the
 * step and the value. A non-finite weight usually reaches its postsynaptic units first (at the next
 * presynaptic spike or rate transmission), and is then reported as that population's state within a
 * step or two; a weight that feeds nothing (an input population as target) is reported at the next
 * weight check. After the exception the simulation is in the state of the failed step: read it for
 * diagnosis, or restore a checkpoint.
 *
 * <p>Not thread-safe: drive a simulation from one thread. Close it to stop its worker threads (they
 * are daemon threads, so an unclosed simulation does not keep the JVM alive).
 */
public final class Simulation implements AutoCloseable {
    /** Phases into which users and other modules can hook per-step work. */
    public enum Phase {
        /** After the neuromodulator phase, before plasticity. */
        METABOLISM,
        /** After plasticity, before monitors. */
        AFTER_PLASTICITY
    }

    /** Per-step work hooked into a {@link Phase}. */
    public interface PhaseHook extends Stateful {
        /**
         * Runs once per step in its phase.
         *
         * @param ctx the step
         */
        void step(StepContext ctx);
    }

    private final double dtMs;
    private final long seed;
    private final int checkEvery;
    private final WorkerTeam team;
    private final StepContext ctx;
    private long step;
    private final long[] stepHolder = new long[1];
    private final Map<String, Population> populations = new LinkedHashMap<>();
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final Map<String, Modulator> modulators = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final List<Monitor> monitors = new ArrayList<>();
    private final Map<String, PhaseHook> metabolism = new LinkedHashMap<>();
    private final Map<String, PhaseHook> afterPlasticity = new LinkedHashMap<>();
    private Population[] popArray = new Population[0];
    private Projection[] projArray = new Projection[0];
    private Modulator[] modArray = new Modulator[0];
    private PhaseHook[] metabolismArray = new PhaseHook[0];
    private PhaseHook[] afterArray = new PhaseHook[0];
    private Projection propagating;
    private Projection.RuleSlot updating;
    private boolean closed;

    private static final class Sample {
        final Modulator modulator;
        final Population population;
        final double[] values;

        Sample(Modulator m, Population p) {
            this.modulator = m;
            this.population = p;
            this.values = new double[p.size()];
        }
    }

    private Simulation(Builder b) {
        this.dtMs = b.dtMs;
        this.seed = b.seed;
        this.checkEvery = b.checkEvery;
        this.team = new WorkerTeam(b.threads);
        this.ctx = new StepContext(dtMs);
    }

    /** A builder with defaults: {@code dtMs} 0.1, seed 1, 1 thread. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Simulation}. */
    public static final class Builder {
        private double dtMs = 0.1;
        private long seed = 1;
        private int threads = 1;
        private int checkEvery = 1000;

        private Builder() {}

        /**
         * The fixed time step (default 0.1 ms).
         *
         * @param dt time step (ms), &gt; 0 and finite
         * @return this builder
         */
        public Builder dtMs(double dt) {
            this.dtMs = Args.positive("dtMs", dt, "ms");
            return this;
        }

        /**
         * The master seed (default 1).
         *
         * @param s any value
         * @return this builder
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * Number of threads for propagation and plasticity (default 1); results do not depend on
         * it.
         *
         * @param n threads, &gt;= 1
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = Args.atLeast("threads", n, 1);
            return this;
        }

        /**
         * How often weights are scanned for non-finite values (default every 1000 steps, and at the
         * end of every run).
         *
         * @param steps interval (steps), &gt;= 1
         * @return this builder
         */
        public Builder nonFiniteCheckEverySteps(int steps) {
            this.checkEvery = Args.atLeast("nonFiniteCheckEverySteps", steps, 1);
            return this;
        }

        /** Builds the simulation. */
        public Simulation build() {
            return new Simulation(this);
        }
    }

    /** The time step (ms). */
    public double dtMs() {
        return dtMs;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** Number of threads. */
    public int threads() {
        return team.size();
    }

    /** Number of steps computed so far. */
    public long stepCount() {
        return step;
    }

    /** Simulated time so far, {@code stepCount() * dtMs()} (ms). */
    public double timeMs() {
        return step * dtMs;
    }

    /**
     * A random stream for a user component, derived from the master seed and {@code key}.
     *
     * @param key a name unique to the component
     * @return a new stream (the same key always gives the same numbers)
     */
    public UniformRandomProvider stream(String key) {
        return Seeds.stream(seed, Args.notNull("key", key));
    }

    /**
     * Adds a population.
     *
     * @param <P> the population's type
     * @param population an unattached population with a name not yet used
     * @return the population
     */
    public <P extends Population> P add(P population) {
        Args.notNull("population", population);
        population.checkUnattached();
        if (populations.containsKey(population.name())) {
            throw new IllegalArgumentException(
                    "a population named '" + population.name() + "' exists already");
        }
        population.attach(this, stream("population/" + population.name()));
        populations.put(population.name(), population);
        popArray = populations.values().toArray(new Population[0]);
        return population;
    }

    /**
     * Adds a neuromodulator.
     *
     * @param <M> the modulator's type
     * @param modulator a modulator with a name not yet used
     * @return the modulator
     */
    public <M extends Modulator> M add(M modulator) {
        Args.notNull("modulator", modulator);
        if (modulators.containsKey(modulator.name())) {
            throw new IllegalArgumentException(
                    "a modulator named '" + modulator.name() + "' exists already");
        }
        modulator.attach(dtMs);
        modulators.put(modulator.name(), modulator);
        modArray = modulators.values().toArray(new Modulator[0]);
        return modulator;
    }

    /**
     * Adds per-step work to a phase (metabolism, or after plasticity), run in the order added.
     *
     * @param phase the phase
     * @param name unique name (keys its checkpoint state)
     * @param hook the work
     */
    public void addPhaseHook(Phase phase, String name, PhaseHook hook) {
        Args.notNull("phase", phase);
        Args.notNull("hook", hook);
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("hook name must be non-blank without '/': " + name);
        }
        Map<String, PhaseHook> m = phase == Phase.METABOLISM ? metabolism : afterPlasticity;
        if (metabolism.containsKey(name) || afterPlasticity.containsKey(name)) {
            throw new IllegalArgumentException("a phase hook named '" + name + "' exists already");
        }
        m.put(name, hook);
        metabolismArray = metabolism.values().toArray(new PhaseHook[0]);
        afterArray = afterPlasticity.values().toArray(new PhaseHook[0]);
    }

    /**
     * Connects two populations, named {@code "pre->post"} (with a suffix if taken).
     *
     * @param pre presynaptic population, part of this simulation
     * @param post postsynaptic population, part of this simulation
     * @param connectivity which pairs connect
     * @param init initial weights
     * @return the projection
     */
    public Projection connect(
            Population pre, Population post, Connectivity connectivity, WeightInit init) {
        String base = Args.notNull("pre", pre).name() + "->" + Args.notNull("post", post).name();
        String name = base;
        for (int k = 2; projections.containsKey(name); k++) {
            name = base + "#" + k;
        }
        return connect(name, pre, post, connectivity, init);
    }

    /**
     * Connects two populations under a given name (which keys the projection's random stream).
     *
     * @param name unique name
     * @param pre presynaptic population, part of this simulation
     * @param post postsynaptic population, part of this simulation
     * @param connectivity which pairs connect
     * @param init initial weights
     * @return the projection
     */
    public Projection connect(
            String name,
            Population pre,
            Population post,
            Connectivity connectivity,
            WeightInit init) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException(
                    "projection name must be non-blank without '/': " + name);
        }
        if (projections.containsKey(name)) {
            throw new IllegalArgumentException("a projection named '" + name + "' exists already");
        }
        checkMember(pre, "pre");
        checkMember(post, "post");
        Projection p =
                new Projection(
                        this,
                        name,
                        pre,
                        post,
                        Args.notNull("connectivity", connectivity),
                        Args.notNull("init", init));
        projections.put(name, p);
        projArray = projections.values().toArray(new Projection[0]);
        return p;
    }

    private void checkMember(Population p, String what) {
        Args.notNull(what, p);
        if (populations.get(p.name()) != p) {
            throw new IllegalArgumentException(
                    what
                            + " population '"
                            + p.name()
                            + "' is not part of this simulation; add it first");
        }
    }

    /**
     * Attaches a monitor.
     *
     * @param <M> the monitor's type
     * @param monitor a monitor made by {@link Monitors}, on components of this simulation
     * @return the monitor
     */
    public <M extends Monitor> M monitor(M monitor) {
        Args.notNull("monitor", monitor).attach(this);
        monitors.add(monitor);
        return monitor;
    }

    /** The populations, in the order added (unmodifiable). */
    public List<Population> populations() {
        return Collections.unmodifiableList(new ArrayList<>(populations.values()));
    }

    /** The projections, in the order added (unmodifiable). */
    public List<Projection> projections() {
        return Collections.unmodifiableList(new ArrayList<>(projections.values()));
    }

    /** The modulator with this name. */
    public Modulator modulator(String name) {
        Modulator m = modulators.get(name);
        if (m == null) {
            throw new IllegalArgumentException(
                    "no modulator named '" + name + "'; there are " + modulators.keySet());
        }
        return m;
    }

    double[] modulatorSamples(String name, Population at) {
        Modulator m = modulator(name);
        for (Sample s : samples) {
            if (s.modulator == m && s.population == at) {
                return s.values;
            }
        }
        Sample s = new Sample(m, at);
        m.sample(at.xMm, at.yMm, s.values);
        samples.add(s);
        return s.values;
    }

    /**
     * Runs for {@code durationMs}, which must be a whole number of steps.
     *
     * @param durationMs duration (ms), &gt;= 0 and finite
     */
    public void run(double durationMs) {
        steps(stepsFor(durationMs, dtMs));
    }

    /**
     * The number of steps of {@code dtMs} in {@code durationMs}, refusing durations that are not a
     * whole number of steps. The quotient carries the rounding error of {@code dtMs} (which is
     * rarely exact in binary, 0.1 ms for instance), a relative error of a few 1e-16, so the
     * accepted distance to the nearest integer grows with the number of steps: a fixed 1e-6 would
     * refuse {@code run(1e8)} at {@code dtMs = 0.01} (1e10 steps, quotient off by one ulp).
     */
    static long stepsFor(double durationMs, double dtMs) {
        Args.nonNegative("durationMs", durationMs, "ms");
        double n = durationMs / dtMs;
        long steps = Math.round(n);
        if (!(Math.abs(n - steps) <= Math.max(1e-6, 1e-14 * n))) {
            throw new IllegalArgumentException(
                    "durationMs must be a whole number of steps of " + dtMs + " ms: " + durationMs);
        }
        return steps;
    }

    /**
     * Runs {@code n} steps.
     *
     * @param n number of steps, &gt;= 0
     */
    public void steps(long n) {
        Args.atLeast("steps", n, 0L);
        for (long k = 0; k < n; k++) {
            step();
        }
        if (step % checkEvery != 0) {
            // Otherwise the last step has just checked them.
            checkWeights();
        }
    }

    /** Computes one step. */
    public void step() {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        ctx.setStep(step);
        final Population[] pops = popArray;
        for (Population p : pops) {
            if (p.isInput()) {
                p.step(ctx);
            }
        }
        for (Population p : pops) {
            if (!p.isInput()) {
                p.step(ctx);
                String bad = p.findNonFinite();
                if (bad != null) {
                    throw new NonFiniteStateException(step, bad);
                }
            }
        }
        for (Projection pr : projArray) {
            propagating = pr;
            team.run(propagateTask);
        }
        for (Population p : pops) {
            p.updateTraces();
        }
        for (Modulator m : modArray) {
            m.step(ctx);
        }
        for (int k = 0; k < samples.size(); k++) {
            Sample s = samples.get(k);
            s.modulator.sample(s.population.xMm, s.population.yMm, s.values);
            for (int i = 0; i < s.values.length; i++) {
                if (!(Math.abs(s.values[i]) < Double.POSITIVE_INFINITY)) {
                    throw new NonFiniteStateException(
                            step,
                            "modulator '"
                                    + s.modulator.name()
                                    + "' at unit "
                                    + i
                                    + " of '"
                                    + s.population.name()
                                    + "' = "
                                    + s.values[i]);
                }
            }
        }
        for (PhaseHook h : metabolismArray) {
            h.step(ctx);
        }
        for (Projection pr : projArray) {
            List<Projection.RuleSlot> rs = pr.rules;
            for (int k = 0; k < rs.size(); k++) {
                Projection.RuleSlot slot = rs.get(k);
                if (slot.binding.hasGates()) {
                    slot.binding.computeGain(ctx);
                }
                slot.kernel.beforeUpdate(ctx);
                updating = slot;
                propagating = pr;
                team.run(ruleTask);
            }
        }
        for (PhaseHook h : afterArray) {
            h.step(ctx);
        }
        for (int k = 0; k < monitors.size(); k++) {
            monitors.get(k).maybeRecord(ctx);
        }
        step++;
        if (step % checkEvery == 0) {
            checkWeights();
        }
    }

    private final WorkerTeam.ChunkTask propagateTask =
            (c, k) -> {
                int n = propagating.post().size();
                propagating.propagate(
                        WorkerTeam.chunkStart(n, c, k), WorkerTeam.chunkStart(n, c + 1, k));
            };

    private final WorkerTeam.ChunkTask ruleTask = this::updateChunk;

    private void updateChunk(int c, int k) {
        int n = propagating.post().size();
        updating.kernel.update(
                ctx, WorkerTeam.chunkStart(n, c, k), WorkerTeam.chunkStart(n, c + 1, k));
    }

    private void checkWeights() {
        for (Projection pr : projArray) {
            String bad = pr.findNonFinite();
            if (bad != null) {
                // Found after the last computed step, whose index is step - 1 (as for neuron
                // states, which are checked during their step).
                throw new NonFiniteStateException(Math.max(0, step - 1), bad);
            }
        }
    }

    private CheckpointCodec.Collector collect() {
        CheckpointCodec.Collector c = new CheckpointCodec.Collector();
        c.prefix("simulation/");
        stepHolder[0] = step;
        c.longs("step", stepHolder);
        for (Population p : popArray) {
            c.prefix("population/" + p.name() + "/");
            p.registerState(c);
            for (SpikeTrace t : p.traces()) {
                c.prefix("population/" + p.name() + "/trace/" + t.tauMs() + "/" + t.mode() + "/");
                t.registerState(c);
            }
        }
        for (Projection pr : projArray) {
            c.prefix("projection/" + pr.name() + "/");
            pr.registerState(c);
        }
        for (Modulator m : modArray) {
            c.prefix("modulator/" + m.name() + "/");
            m.registerState(c);
        }
        for (Map.Entry<String, PhaseHook> e : metabolism.entrySet()) {
            c.prefix("hook/" + e.getKey() + "/");
            e.getValue().registerState(c);
        }
        for (Map.Entry<String, PhaseHook> e : afterPlasticity.entrySet()) {
            c.prefix("hook/" + e.getKey() + "/");
            e.getValue().registerState(c);
        }
        for (int k = 0; k < monitors.size(); k++) {
            Monitor m = monitors.get(k);
            c.prefix("monitor/" + k + "/" + m.name() + "/");
            m.registerState(c);
        }
        return c;
    }

    /**
     * Saves the complete state (clock, neurons, traces, weights, rule state, modulators, hooks,
     * monitors, random generators) atomically: a temporary file in the same folder is written,
     * flushed to disk and renamed over {@code file}.
     *
     * @param file destination
     */
    public void checkpoint(Path file) {
        try {
            CheckpointCodec.write(file, collect());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /**
     * Restores a state saved by {@link #checkpoint} into this simulation, which must have the same
     * structure (populations, projections, rules, modulators, monitors). A truncated, corrupt or
     * mismatching file is refused with an {@link IllegalArgumentException} and this simulation is
     * left untouched. The continued run is bit-identical to an uninterrupted one.
     *
     * @param file the checkpoint
     */
    public void restore(Path file) {
        CheckpointCodec.Collector c = collect();
        try {
            CheckpointCodec.restore(file, c);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
        step = stepHolder[0];
    }

    /** Stops the worker threads; the simulation can still be read but no longer stepped. */
    @Override
    public void close() {
        closed = true;
        team.close();
    }
}
