package io.github.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every learning rule passes. Implement it in a test class, supply a rule, its
 * parameters and a small network, and JUnit runs the checks:
 *
 * <ul>
 *   <li>invalid parameters throw {@link IllegalArgumentException}: each {@code double} or {@code
 *       float} component of the parameters record set to NaN, +inf and -inf in turn (unless {@link
 *       #infinityAllowed}), plus {@link #invalidParameters()};
 *   <li>weights stay within the projection's bounds;
 *   <li>with no activity, weights do not change (unless {@link #changesWithoutActivity()});
 *   <li>the same seed gives bit-identical weights, and 1 and 2 threads give identical weights;
 *   <li>a checkpoint restored and continued equals the uninterrupted run bit for bit;
 *   <li>results converge as dt shrinks: the change between dt/2 and dt/4 is at most {@link
 *       #convergenceRatio()} times the change between dt and dt/2 (or below {@link
 *       #convergenceFloor()}).
 * </ul>
 *
 * <pre>{@code
 * class MyRuleTest implements LearningRuleContract {
 *     public LearningRule rule() { return MyRule.of(MyParameters.defaults()); }
 *     public Record parameters() { return MyParameters.defaults(); }
 *     public Projection network(Simulation sim, LearningRule rule, boolean active) { ... }
 * }
 * }</pre>
 */
public interface LearningRuleContract {
    /** The rule under test, with its default parameters. */
    LearningRule rule();

    /** The rule's parameters record (validated in its compact constructor). */
    Record parameters();

    /**
     * Builds a small network in {@code sim} with {@code rule} attached to the returned projection,
     * whose bounds must be {@link #bounds()}. With {@code active = false} no unit may be active (no
     * spikes, zero rates). The network must be deterministic given the seed and, for the
     * convergence check, depend smoothly on dt (use rate units or {@code SpikeTimeSource}s with
     * times on the coarsest grid).
     *
     * @param sim a fresh simulation
     * @param rule the rule to attach
     * @param active whether inputs are active
     * @return the projection carrying the rule
     */
    Projection network(Simulation sim, LearningRule rule, boolean active);

    /** Duration of each contract run (ms); default 200. */
    default double durationMs() {
        return 200.0;
    }

    /** Coarsest time step of the contract runs (ms); default 0.1. */
    default double dtMs() {
        return 0.1;
    }

    /** The bounds the network applies; default hard [0, 1]. */
    default WeightBounds bounds() {
        return WeightBounds.hard(0, 1);
    }

    /** Whether weights may change with no activity (for example with decay); default false. */
    default boolean changesWithoutActivity() {
        return false;
    }

    /** Whether the named record component may be infinite; default false. */
    default boolean infinityAllowed(String component) {
        return false;
    }

    /** Further parameter constructions that must throw IllegalArgumentException. */
    default List<Runnable> invalidParameters() {
        return List.of();
    }

    /** Maximum ratio of successive dt-halving differences; default 0.75 (first order gives 0.5). */
    default double convergenceRatio() {
        return 0.75;
    }

    /** Differences below this are converged regardless of the ratio; default 1e-6. */
    default double convergenceFloor() {
        return 1e-6;
    }

    /** Runs the network and returns the final weights. */
    private float[] run(long seed, double dt, int threads, boolean active, double durationMs) {
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(seed).threads(threads).build()) {
            Projection p = network(sim, rule(), active);
            assertNotNull(p, "network() returned null");
            sim.run(durationMs);
            return p.weightsCopy();
        }
    }

    @Test
    default void contractInvalidParametersThrow() throws ReflectiveOperationException {
        Record base = parameters();
        Class<?> type = base.getClass();
        RecordComponent[] comps = type.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        for (int c = 0; c < comps.length; c++) {
            types[c] = comps[c].getType();
        }
        Constructor<?> ctor = type.getDeclaredConstructor(types);
        ctor.setAccessible(true);
        int checked = 0;
        for (int c = 0; c < comps.length; c++) {
            Class<?> t = comps[c].getType();
            if (t != double.class && t != float.class) {
                continue;
            }
            List<Double> bad = new ArrayList<>(List.of(Double.NaN));
            if (!infinityAllowed(comps[c].getName())) {
                bad.add(Double.POSITIVE_INFINITY);
                bad.add(Double.NEGATIVE_INFINITY);
            }
            for (double v : bad) {
                Object[] args = new Object[comps.length];
                for (int k = 0; k < comps.length; k++) {
                    args[k] = comps[k].getAccessor().invoke(base);
                }
                args[c] = t == double.class ? (Object) v : (Object) (float) v;
                try {
                    ctor.newInstance(args);
                    fail(
                            type.getSimpleName()
                                    + "."
                                    + comps[c].getName()
                                    + " = "
                                    + v
                                    + " was accepted");
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    assertTrue(
                            cause instanceof IllegalArgumentException,
                            type.getSimpleName()
                                    + "."
                                    + comps[c].getName()
                                    + " = "
                                    + v
                                    + " threw "
                                    + cause
                                    + " instead of IllegalArgumentException");
                    assertTrue(
                            cause.getMessage() != null
                                    && cause.getMessage().contains(comps[c].getName()),
                            "message should name the parameter '"
                                    + comps[c].getName()
                                    + "': "
                                    + cause.getMessage());
                    checked++;
                }
            }
        }
        for (Runnable r : invalidParameters()) {
            assertThrows(IllegalArgumentException.class, r::run);
            checked++;
        }
        assertTrue(checked > 0, "no parameter was checked");
    }

    @Test
    default void contractWeightsStayInBounds() {
        float[] w = run(11, dtMs(), 1, true, durationMs());
        WeightBounds b = bounds();
        for (int k = 0; k < w.length; k++) {
            if (!(w[k] >= b.min() && w[k] <= b.max())) {
                fail("weight " + k + " = " + w[k] + " outside [" + b.min() + ", " + b.max() + "]");
            }
        }
    }

    @Test
    default void contractNoActivityNoChange() {
        if (changesWithoutActivity()) {
            return;
        }
        float[] before = run(12, dtMs(), 1, false, 0.0);
        float[] after = run(12, dtMs(), 1, false, durationMs());
        assertArrayEquals(before, after, "weights changed without activity");
    }

    @Test
    default void contractActivityChangesWeights() {
        float[] before = run(13, dtMs(), 1, true, 0.0);
        float[] after = run(13, dtMs(), 1, true, durationMs());
        boolean changed = false;
        for (int k = 0; k < before.length && !changed; k++) {
            changed = before[k] != after[k];
        }
        assertTrue(
                changed,
                "the active network must change at least one weight, or the other checks prove nothing");
    }

    @Test
    default void contractSameSeedBitIdenticalAndThreadIndependent() {
        float[] a = run(14, dtMs(), 1, true, durationMs());
        float[] b = run(14, dtMs(), 1, true, durationMs());
        float[] c = run(14, dtMs(), 2, true, durationMs());
        assertArrayEquals(a, b, "same seed gave different weights");
        assertArrayEquals(a, c, "1 and 2 threads gave different weights");
    }

    @Test
    default void contractCheckpointContinuesBitIdentically() throws IOException {
        long total = Math.round(durationMs() / dtMs());
        long half = total / 2;
        float[] uninterrupted = run(15, dtMs(), 1, true, durationMs());
        Path dir = Files.createTempDirectory("contract");
        Path file = dir.resolve("state.ckpt");
        try {
            try (Simulation sim = Simulation.builder().dtMs(dtMs()).seed(15).build()) {
                network(sim, rule(), true);
                sim.steps(half);
                sim.checkpoint(file);
            }
            try (Simulation sim = Simulation.builder().dtMs(dtMs()).seed(15).build()) {
                Projection p = network(sim, rule(), true);
                sim.restore(file);
                sim.steps(total - half);
                assertArrayEquals(uninterrupted, p.weightsCopy(), "restored run differs");
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    default void contractConvergesAsDtShrinks() {
        double dt = dtMs();
        float[] a = run(16, dt, 1, true, durationMs());
        float[] b = run(16, dt / 2, 1, true, durationMs());
        float[] c = run(16, dt / 4, 1, true, durationMs());
        assertEquals(a.length, c.length);
        double d1 = 0;
        double d2 = 0;
        for (int k = 0; k < a.length; k++) {
            d1 = Math.max(d1, Math.abs(a[k] - b[k]));
            d2 = Math.max(d2, Math.abs(b[k] - c[k]));
        }
        assertTrue(
                d2 <= convergenceFloor() || d2 <= convergenceRatio() * d1,
                "no convergence as dt shrinks: max change dt->dt/2 " + d1 + ", dt/2->dt/4 " + d2);
    }
}
