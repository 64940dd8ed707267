package io.github.plasticity.rules;

import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.Stateful;
import io.github.plasticity.core.internal.Args;

/**
 * A reward-prediction error against a running average of past rewards (see {@link
 * BaselineParameters}): \( \delta = r - \bar r \), \( \bar r \leftarrow \bar r + \beta (r - \bar r)
 * \). A pure Java object, usable outside a simulation; {@link RpeHook} drives it inside one. Not
 * thread-safe.
 */
public final class RewardBaseline implements Stateful {
    private final BaselineParameters p;
    private final double[] average = new double[1];

    private RewardBaseline(BaselineParameters p) {
        this.p = Args.notNull("parameters", p);
        this.average[0] = p.initialAverage();
    }

    /**
     * A baseline at its initial average.
     *
     * @param parameters the parameters
     * @return the baseline
     */
    public static RewardBaseline of(BaselineParameters parameters) {
        return new RewardBaseline(parameters);
    }

    /** The current average \( \bar r \) (reward units). */
    public double average() {
        return average[0];
    }

    /**
     * Records an outcome.
     *
     * @param reward the reward (reward units), finite
     * @return \( \delta = r - \bar r \) with the average before this outcome (reward units)
     */
    public double outcome(double reward) {
        Args.finite("reward", reward, "reward units");
        double d = reward - average[0];
        average[0] += p.beta() * d;
        return d;
    }

    @Override
    public void registerState(StateRegistry r) {
        r.doubles("average", average);
    }
}
