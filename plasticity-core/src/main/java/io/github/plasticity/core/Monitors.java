package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/** Factories for monitors; attach the result with {@link Simulation#monitor}. */
public final class Monitors {
    private Monitors() {}

    /**
     * Rates (Hz) of every unit of a population; narrow with {@link VariableMonitor#units}.
     *
     * @param population the population
     * @return the monitor
     */
    public static VariableMonitor rates(Population population) {
        return variable(population, "rate");
    }

    /**
     * A state variable of every unit of a population ({@link Population#variableNames()}).
     *
     * @param population the population
     * @param variable the variable's name
     * @return the monitor
     */
    public static VariableMonitor variable(Population population, String variable) {
        Args.notNull("population", population);
        int[] all = new int[population.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return new VariableMonitor(population, Args.notNull("variable", variable), all);
    }

    /**
     * Every spike of a population.
     *
     * @param population the population
     * @return the monitor
     */
    public static SpikeMonitor spikes(Population population) {
        return new SpikeMonitor(Args.notNull("population", population));
    }

    /**
     * Every weight of a projection; narrow with {@link WeightMonitor#synapses}.
     *
     * @param projection the projection
     * @return the monitor
     */
    public static WeightMonitor weights(Projection projection) {
        return new WeightMonitor(Args.notNull("projection", projection), null, null, null);
    }

    /**
     * A rule's per-synapse state (for example an eligibility trace).
     *
     * @param projection the projection
     * @param rule the rule's name
     * @param state the state's name
     * @return the monitor
     */
    public static WeightMonitor ruleState(Projection projection, String rule, String state) {
        Object s = Args.notNull("projection", projection).liveRuleState(rule, state);
        if (!(s instanceof float[][])) {
            throw new IllegalArgumentException(
                    "state '"
                            + state
                            + "' of rule '"
                            + rule
                            + "' is not per-synapse; read it with Projection.ruleStateCopy");
        }
        return new WeightMonitor(projection, rule, state, null);
    }
}
