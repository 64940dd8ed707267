package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.function.Supplier;

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
        Args.notNull("variable", variable);
        population.liveVariable(variable);
        return new VariableMonitor(
                "variable/" + population.name() + "/" + variable,
                population,
                s -> population.liveVariable(variable),
                allUnits(population));
    }

    /**
     * A neuromodulator's concentration (µM) at the position of every unit of a population, as the
     * rules and gates reading it at that population see it (the value at the end of each step). The
     * modulator must be added to the simulation before the monitor is attached.
     *
     * @param modulator the modulator's name ({@link Modulator#name()})
     * @param at the population whose unit positions are sampled
     * @return the monitor; narrow with {@link VariableMonitor#units}
     */
    public static VariableMonitor modulator(String modulator, Population at) {
        Args.notNull("modulator", modulator);
        Args.notNull("at", at);
        return new VariableMonitor(
                "modulator/" + modulator + "/" + at.name(),
                at,
                s -> s.modulatorSamples(modulator, at),
                allUnits(at));
    }

    /**
     * Any array with one value per unit of a population that a component keeps up to date in place,
     * such as {@code supply.liveAtp(population)} of a {@link
     * io.github.plasticity.core.metabolism.MetabolicSupply} (mM). The array is fetched once, when
     * the monitor is attached, and read at every sample; it must have the population's size.
     *
     * @param name a name for the monitor, unique among this simulation's monitors (keys its
     *     checkpoint state)
     * @param population the population the values belong to
     * @param live gives the live array (called once, at attach)
     * @return the monitor; narrow with {@link VariableMonitor#units}
     */
    public static VariableMonitor perUnit(
            String name, Population population, Supplier<double[]> live) {
        Args.notNull("name", name);
        Args.notNull("population", population);
        Args.notNull("live", live);
        return new VariableMonitor(name, population, s -> live.get(), allUnits(population));
    }

    private static int[] allUnits(Population population) {
        int[] all = new int[population.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
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
