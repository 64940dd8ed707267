package io.github.plasticity.rules;

import io.github.plasticity.core.IzhikevichPopulation;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Modulator;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.internal.Args;

/**
 * Acetylcholine as a gain on excitability: each step the external input of a population is set to
 * its base input times the local acetylcholine gain, \( I^{ext}_i = g(c_i)\, I^{base}_i \) ({@link
 * AchExcitabilityParameters#gain}), {@code c_i} sampled at each unit's position (a global signal or
 * a spatial field alike).
 *
 * <p>Works on {@link RatePopulation}, {@link LifPopulation} and {@link IzhikevichPopulation}. Add
 * it with {@link Simulation#addPhaseHook} (either phase); the gain computed at the end of a step
 * acts on the next step's dynamics (and is applied once at construction). The hook owns the
 * external input: set the base input through {@link #setBaseInput}, not on the population. Input
 * arriving through projections is not scaled (that needs a core hook on transmission; for a gain on
 * plasticity use {@link io.github.plasticity.core.Gate#proportionalTo}). Not thread-safe.
 */
public final class AchExcitability implements Simulation.PhaseHook {
    private final Population target;
    private final Modulator ach;
    private final AchExcitabilityParameters p;
    private final double[] base;
    private final double[] x;
    private final double[] y;
    private final double[] c;
    private final double[] scaled;

    private AchExcitability(Population target, Modulator ach, AchExcitabilityParameters p) {
        this.target = Args.notNull("target", target);
        this.ach = Args.notNull("modulator", ach);
        this.p = Args.notNull("parameters", p);
        if (!(target instanceof RatePopulation
                || target instanceof LifPopulation
                || target instanceof IzhikevichPopulation)) {
            throw new IllegalArgumentException(
                    "population '"
                            + target.name()
                            + "' has no external input to scale; use a rate, LIF or Izhikevich"
                            + " population");
        }
        int n = target.size();
        this.base = target.variableCopy("external");
        this.x = new double[n];
        this.y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = target.xMm(i);
            y[i] = target.yMm(i);
        }
        this.c = new double[n];
        this.scaled = new double[n];
        apply();
    }

    /**
     * Scales {@code target}'s external input by the acetylcholine gain; its current external input
     * becomes the base input.
     *
     * @param target the population
     * @param acetylcholine the modulator (added to the same simulation)
     * @param parameters the gain parameters
     * @return the hook, to add with {@link Simulation#addPhaseHook}
     */
    public static AchExcitability of(
            Population target, Modulator acetylcholine, AchExcitabilityParameters parameters) {
        return new AchExcitability(target, acetylcholine, parameters);
    }

    /**
     * Sets the base (unscaled) external input.
     *
     * @param input base input per unit (the population's input units), length of the population;
     *     read, copied
     */
    public void setBaseInput(double[] input) {
        Args.length("input", input.length, base.length);
        Args.allFinite("input", input, "input units");
        System.arraycopy(input, 0, base, 0, base.length);
        apply();
    }

    /** A copy of the gain last applied per unit (dimensionless). */
    public double[] gainCopy() {
        double[] g = new double[c.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = p.gain(c[i]);
        }
        return g;
    }

    @Override
    public void step(StepContext ctx) {
        apply();
    }

    private void apply() {
        ach.sample(x, y, c);
        for (int i = 0; i < base.length; i++) {
            scaled[i] = base[i] * p.gain(c[i]);
        }
        if (target instanceof RatePopulation) {
            ((RatePopulation) target).setExternalInput(scaled);
        } else if (target instanceof LifPopulation) {
            ((LifPopulation) target).setExternalInput(scaled);
        } else {
            ((IzhikevichPopulation) target).setExternalInput(scaled);
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        r.doubles("base", base);
    }
}
