package io.github.plasticity.rules;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;

/**
 * Multiplicative homeostatic synaptic scaling (Turrigiano et al. 1998, Nature 391:892; van Rossum,
 * Bi &amp; Turrigiano 2000; equations and units in {@link ScalingParameters}): every incoming
 * weight of a postsynaptic unit is multiplied by the same factor, so the unit's rate returns to its
 * set point while the ratios between its weights are preserved.
 *
 * <p><b>Per step</b>, for each postsynaptic unit {@code i} (the gate gain {@code g_i} scales the
 * weight change, not the sensing):
 *
 * <ol>
 *   <li>sensor: spiking units \( a \leftarrow a e^{-dt/\tau_a} + 1000/\tau_a \) per spike; rate
 *       units \( a \leftarrow r + (a - r) e^{-dt/\tau_a} \) (exact for {@code r} held over the
 *       step), in Hz;
 *   <li>integral: \( I \leftarrow I + (a_{goal} - a)\, dt \) (Hz·ms);
 *   <li>factor: \( f = \exp(g\, dt\, (\beta (a_{goal} - a) + \gamma I)) \), the exact solution of
 *       \( dw/dt = w \cdot \mathrm{const} \) over the step (positive for any {@code dt});
 *   <li>scale: \( S \leftarrow S f \), and every weight of the row becomes \( w_{ij} = S_i u_{ij}
 *       \), clipped into the projection's bounds.
 * </ol>
 *
 * <p><b>Why a cumulative scale.</b> Weights are {@code float}. Multiplying them in place every step
 * ({@code w *= f}) rounds every weight every step, so ratios drift like a random walk (of order \(
 * 2^{-24}\sqrt{n} \) relative after {@code n} steps: a coefficient of variation of 5e-5 after the
 * 1e5 one-second steps of a van Rossum run), and a factor closer to 1 than half a float ulp (e.g.
 * \( \beta (a_{goal} - a) dt &lt; 3 \times 10^{-8} \) at small {@code dt}) would be rounded away
 * every step, so slow scaling would stall. Instead each unit keeps its cumulative scale \( S_i \)
 * in double (rule state {@code "scale"}, starts at 1) and each synapse a reference weight \( u_{ij}
 * \) (rule state {@code "reference"}, the weight at binding): every stored weight is then the
 * once-rounded \( S_i u_{ij} \), so the ratio of any two weights of a unit stays within \( 2^{-23}
 * \) (relative) of its initial value however long the run. When something else changes a weight
 * (another rule, {@code setWeight}), the change is noticed because the weight no longer equals the
 * value written last step, and the reference is rebased to \( w/S \). A weight clipped at a bound
 * keeps its reference, so it follows the scale again once the scale lets it. Soft bounds are
 * applied as hard clips: scaling is itself multiplicative.
 *
 * <p>State: {@code "activity"} (Hz, starts at the goal: the unit is assumed to start at its set
 * point), {@code "integral"} (Hz·ms), {@code "scale"}, {@code "reference"}. With no activity the
 * sensor decays and weights scale up (the TTX experiment), so this rule changes weights without
 * activity. Works on dense and sparse projections. Immutable and thread-safe; rows are independent,
 * so results do not depend on the thread count.
 */
public final class SynapticScaling implements LearningRule {
    private final ScalingParameters p;
    private final String name;

    private SynapticScaling(ScalingParameters p, String name) {
        this.p = Args.notNull("parameters", p);
        this.name = Args.notNull("name", name);
    }

    /**
     * Synaptic scaling with these parameters.
     *
     * @param parameters the parameters
     * @return the rule, named {@code "scaling"}
     */
    public static SynapticScaling of(ScalingParameters parameters) {
        return new SynapticScaling(parameters, "scaling");
    }

    /**
     * A copy under another name.
     *
     * @param newName the name
     * @return the renamed rule
     */
    public SynapticScaling named(String newName) {
        return new SynapticScaling(p, newName);
    }

    /** The parameters. */
    public ScalingParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        final float[][] w = b.weights();
        final boolean spiking = b.post().isSpiking();
        final double[] rate = b.postRates();
        final boolean[] spiked = b.postSpiked();
        final double[] gain = b.learningRateGain();
        final double[] activity = b.postState("activity", p.goalRateHz());
        final double[] integral = b.postState("integral", 0.0);
        final double[] scale = b.postState("scale", 1.0);
        final float[][] reference = b.synapseState("reference", 0f);
        for (int i = 0; i < w.length; i++) {
            System.arraycopy(w[i], 0, reference[i], 0, w[i].length);
        }
        final WeightBounds wb = b.bounds();
        final float lo = wb.min();
        final float hi = wb.max();
        final double dt = b.dtMs();
        final double decay = Math.exp(-dt / p.tauActivityMs());
        final double jump = 1000.0 / p.tauActivityMs();
        final double goal = p.goalRateHz();
        final double beta = p.betaPerMsPerHz();
        final double gamma = p.gammaPerMs2PerHz();
        return (ctx, from, to) -> {
            for (int i = from; i < to; i++) {
                double a;
                if (spiking) {
                    a = activity[i] * decay + (spiked[i] ? jump : 0.0);
                } else {
                    double r = rate[i];
                    a = r + (activity[i] - r) * decay;
                }
                activity[i] = a;
                final double err = goal - a;
                final double in = integral[i] + err * dt;
                integral[i] = in;
                final double sOld = scale[i];
                final double sNew = sOld * Math.exp(gain[i] * dt * (beta * err + gamma * in));
                if (sNew == sOld) {
                    continue;
                }
                scale[i] = sNew;
                rescale(w[i], reference[i], sOld, sNew, lo, hi);
            }
        };
    }

    /**
     * Rewrites one row as {@code clip(sNew * u)}, first rebasing the reference of any weight that
     * no longer holds the value written last step ({@code clip(sOld * u)}).
     */
    private static void rescale(
            float[] row, float[] u, double sOld, double sNew, float lo, float hi) {
        for (int k = 0; k < row.length; k++) {
            float wk = row[k];
            float uk = u[k];
            float written = (float) (sOld * uk);
            written = written < lo ? lo : (written > hi ? hi : written);
            if (wk != written) {
                uk = (float) (wk / sOld);
                u[k] = uk;
            }
            float v = (float) (sNew * uk);
            row[k] = v < lo ? lo : (v > hi ? hi : v);
        }
    }
}
