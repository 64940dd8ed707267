package io.github.plasticity.rules;

import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.internal.Args;

/**
 * Computes a reward-prediction error inside a simulation, every step, and releases it as dopamine
 * through a {@link DopamineRelease} at the end of the step (so rules see it from the next step on).
 * Add it with {@link Simulation#addPhaseHook}, in {@link Simulation.Phase#METABOLISM} or {@link
 * Simulation.Phase#AFTER_PLASTICITY}.
 *
 * <p>{@link #td}: the task reports the current state each step ({@code -1} for the background
 * between trials) and the reward received in the step. A TD update happens in a step where the
 * state changes or a reward arrives: background to {@code k}, \( \delta = r + \gamma V(k) \)
 * ({@link TdCritic#onset}); {@code j} to {@code k}, {@link TdCritic#step}; {@code j} to background,
 * {@link TdCritic#terminal}; a reward without a change of state, {@code step(j, r, j)} (or \(
 * \delta = r \) in the background).
 *
 * <p>{@link #baseline}: the task reports an outcome in the steps that have one (NaN in the others),
 * \( \delta = r - \bar r \) ({@link RewardBaseline}). Outside a simulation, call the critic or the
 * baseline directly and {@link DopamineRelease#deliver} at any time.
 */
public final class RpeHook implements Simulation.PhaseHook {
    /** The task as a TD critic sees it. */
    public interface TdTask {
        /**
         * The state during this step.
         *
         * @param ctx the step
         * @return a state index of the critic, or -1 for the background
         */
        int state(StepContext ctx);

        /**
         * The reward received in this step (0 for none).
         *
         * @param ctx the step
         * @return reward (reward units), finite
         */
        double reward(StepContext ctx);
    }

    /** Outcomes for a running-average baseline. */
    @FunctionalInterface
    public interface Outcomes {
        /**
         * The outcome of this step.
         *
         * @param ctx the step
         * @return reward (reward units), or NaN when the step has no outcome
         */
        double outcome(StepContext ctx);
    }

    private final TdCritic critic;
    private final TdTask task;
    private final RewardBaseline baseline;
    private final Outcomes outcomes;
    private final DopamineRelease release;
    private final int[] previous = {-1};
    private final double[] last = new double[2];

    private RpeHook(
            TdCritic critic,
            TdTask task,
            RewardBaseline baseline,
            Outcomes outcomes,
            DopamineRelease release) {
        this.critic = critic;
        this.task = task;
        this.baseline = baseline;
        this.outcomes = outcomes;
        this.release = Args.notNull("release", release);
        this.last[1] = Double.NaN;
    }

    /**
     * A hook driven by a TD critic.
     *
     * @param critic the critic (learns in place)
     * @param task the task
     * @param release where errors become dopamine
     * @return the hook
     */
    public static RpeHook td(TdCritic critic, TdTask task, DopamineRelease release) {
        return new RpeHook(
                Args.notNull("critic", critic), Args.notNull("task", task), null, null, release);
    }

    /**
     * A hook driven by a running-average baseline.
     *
     * @param baseline the baseline (updated in place)
     * @param outcomes the outcomes
     * @param release where errors become dopamine
     * @return the hook
     */
    public static RpeHook baseline(
            RewardBaseline baseline, Outcomes outcomes, DopamineRelease release) {
        return new RpeHook(
                null,
                null,
                Args.notNull("baseline", baseline),
                Args.notNull("outcomes", outcomes),
                release);
    }

    /** The last error computed (reward units), 0 before any. */
    public double lastDelta() {
        return last[0];
    }

    /** The time of the last error (ms), NaN before any. */
    public double lastDeltaTimeMs() {
        return last[1];
    }

    @Override
    public void step(StepContext ctx) {
        if (critic != null) {
            int now = task.state(ctx);
            double r = task.reward(ctx);
            if (now < -1 || now >= critic.states()) {
                throw new IllegalArgumentException(
                        "task state must be -1 or in [0, " + critic.states() + "): " + now);
            }
            int prev = previous[0];
            if (now == prev && r == 0) {
                return;
            }
            double d;
            if (prev < 0) {
                d = now < 0 ? Args.finite("reward", r, "reward units") : critic.onset(now, r);
            } else if (now < 0) {
                d = critic.terminal(prev, r);
            } else {
                d = critic.step(prev, r, now);
            }
            previous[0] = now;
            emit(ctx, d);
        } else {
            double r = outcomes.outcome(ctx);
            if (Double.isNaN(r)) {
                return;
            }
            emit(ctx, baseline.outcome(r));
        }
    }

    private void emit(StepContext ctx, double d) {
        last[0] = d;
        last[1] = ctx.endTimeMs();
        release.deliver(ctx.endTimeMs(), d);
    }

    @Override
    public void registerState(StateRegistry r) {
        r.ints("previousState", previous);
        r.doubles("last", last);
        if (critic != null) {
            critic.registerState(r);
        } else {
            baseline.registerState(r);
        }
    }
}
