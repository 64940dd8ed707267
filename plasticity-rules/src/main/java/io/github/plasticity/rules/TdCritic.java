package io.github.plasticity.rules;

import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.Stateful;
import io.github.plasticity.core.internal.Args;

/**
 * A tabular TD(0) critic whose prediction error models phasic dopamine (Schultz, Dayan &amp;
 * Montague 1997): \( \delta = r + \gamma V(s') - V(s) \), \( V(s) \leftarrow V(s) + \alpha \delta
 * \).
 *
 * <p>States are indices {@code 0 .. n-1}. Two pseudo-states have value 0 and are never learned: the
 * background before an unpredictable event ({@link #onset}) and the end of a trial ({@link
 * #terminal}). A pure Java object, usable outside a simulation; {@link RpeHook} drives it inside
 * one. Values start at 0. Not thread-safe.
 */
public final class TdCritic implements Stateful {
    private final TdParameters p;
    private final double[] v;

    private TdCritic(int states, TdParameters p) {
        this.p = Args.notNull("parameters", p);
        this.v = new double[Args.atLeast("states", states, 1)];
    }

    /**
     * A critic with all values 0.
     *
     * @param states number of states, &gt;= 1
     * @param parameters discount and learning rate
     * @return the critic
     */
    public static TdCritic of(int states, TdParameters parameters) {
        return new TdCritic(states, parameters);
    }

    /** The parameters. */
    public TdParameters parameters() {
        return p;
    }

    /** Number of states. */
    public int states() {
        return v.length;
    }

    /** The value of state {@code s} (reward units). */
    public double value(int s) {
        return v[check(s)];
    }

    /** A copy of all values (reward units). */
    public double[] valuesCopy() {
        return v.clone();
    }

    /**
     * The error of the transition {@code s -> next} with reward {@code r}, without learning.
     *
     * @param s current state
     * @param reward reward received on the transition (reward units), finite
     * @param next next state
     * @return \( \delta \) (reward units)
     */
    public double delta(int s, double reward, int next) {
        Args.finite("reward", reward, "reward units");
        return reward + p.gamma() * v[check(next)] - v[check(s)];
    }

    /**
     * Learns from the transition {@code s -> next} with reward {@code r}.
     *
     * @param s current state
     * @param reward reward (reward units), finite
     * @param next next state
     * @return \( \delta \) (reward units), computed before the update
     */
    public double step(int s, double reward, int next) {
        double d = delta(s, reward, next);
        v[s] += p.alpha() * d;
        return d;
    }

    /**
     * Learns from the last transition of a trial, {@code s ->} end (value 0).
     *
     * @param s current state
     * @param reward reward (reward units), finite
     * @return \( \delta = r - V(s) \) (reward units)
     */
    public double terminal(int s, double reward) {
        Args.finite("reward", reward, "reward units");
        double d = reward - v[check(s)];
        v[s] += p.alpha() * d;
        return d;
    }

    /**
     * The error on entering {@code first} from the background (value 0, not learned): an event
     * whose timing cannot be predicted, such as a cue. \( \delta = r + \gamma V(first) \).
     *
     * @param first the state entered
     * @param reward reward received on entry (reward units), finite
     * @return \( \delta \) (reward units)
     */
    public double onset(int first, double reward) {
        Args.finite("reward", reward, "reward units");
        return reward + p.gamma() * v[check(first)];
    }

    private int check(int s) {
        if (s < 0 || s >= v.length) {
            throw new IllegalArgumentException("state must be in [0, " + v.length + "): " + s);
        }
        return s;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.doubles("values", v);
    }
}
