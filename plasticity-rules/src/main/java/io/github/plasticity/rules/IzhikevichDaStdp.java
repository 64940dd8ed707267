package io.github.plasticity.rules;

import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * Dopamine-modulated STDP (Izhikevich 2007, Cereb Cortex 17:2443): nearest-spike pair STDP charges
 * an eligibility trace {@code c} (time constant about 1 s), and the weight follows \( ds/dt = \eta
 * (d_{tonic} + d(t))\, c \), clipped to {@code [wMin, wMax]} (and to the projection's bounds). The
 * pairing that precedes a reward by a second or two is still eligible when dopamine arrives, which
 * solves the distal reward problem.
 *
 * <p>Dopamine {@code d(t)} is the concentration of a modulator at the postsynaptic unit, {@code
 * "dopamine"} by default: its decay (\( \tau_d \) = 0.2 s) lives in the modulator ({@link
 * #dopamine}), and rewards are releases, {@link GlobalModulator#releaseAt}, at any time
 * independently of the step. The modulator's own baseline should be 0: the tonic level is added by
 * the rule. Same kernel, numerics and state names as {@link EligibilityTraceRule}.
 */
public final class IzhikevichDaStdp implements LearningRule {
    private final IzhikevichParameters p;
    private final String modulator;
    private final String name;

    private IzhikevichDaStdp(IzhikevichParameters p, String modulator, String name) {
        this.p = Args.notNull("parameters", p);
        this.modulator = Args.notNull("modulator", modulator);
        this.name = Args.notNull("name", name);
    }

    /**
     * The rule named {@code "da-stdp"}, reading the modulator {@code "dopamine"}.
     *
     * @param parameters the parameters
     * @return the rule
     */
    public static IzhikevichDaStdp of(IzhikevichParameters parameters) {
        return new IzhikevichDaStdp(parameters, "dopamine", "da-stdp");
    }

    /**
     * The rule reading another modulator.
     *
     * @param parameters the parameters
     * @param modulatorName the dopamine modulator's name
     * @return the rule, named {@code "da-stdp"}
     */
    public static IzhikevichDaStdp of(IzhikevichParameters parameters, String modulatorName) {
        return new IzhikevichDaStdp(parameters, modulatorName, "da-stdp");
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the renamed rule
     */
    public IzhikevichDaStdp named(String newName) {
        return new IzhikevichDaStdp(p, modulator, newName);
    }

    /**
     * The dopamine signal of the model: a {@link GlobalModulator} named {@code "dopamine"} with
     * baseline 0 and decay {@code tauDopamineMs}. Add it to the simulation before the rule.
     *
     * @param parameters the parameters
     * @return a new modulator
     */
    public static GlobalModulator dopamine(IzhikevichParameters parameters) {
        return GlobalModulator.of("dopamine", 0.0, parameters.tauDopamineMs());
    }

    /** The parameters. */
    public IzhikevichParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        WeightBounds pb = b.bounds();
        float lo = Math.max(pb.min(), (float) p.wMin());
        float hi = Math.min(pb.max(), (float) p.wMax());
        if (!(lo < hi)) {
            throw new IllegalArgumentException(
                    "rule '"
                            + name
                            + "': bounds ["
                            + p.wMin()
                            + ", "
                            + p.wMax()
                            + "] do not overlap the projection's bounds ["
                            + pb.min()
                            + ", "
                            + pb.max()
                            + "] (weight units)");
        }
        return new EligibilityKernel(
                b,
                p.term(),
                p.etaPerMs(),
                p.tauEligibilityMs(),
                modulator,
                p.tonicDopamineMicroMolar(),
                new WeightBounds(lo, hi, false),
                p.updateIntervalMs());
    }
}
