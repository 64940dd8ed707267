package io.github.plasticity.maps.adaptation;

import java.util.Arrays;

/**
 * The trial-by-trial record of a two-state simulation. Index {@code k} is trial {@code k + 1};
 * {@link #output()} is \( x(n) \), the output on trial {@code n} <b>before</b> that trial's update
 * (so a naive model has \( x(1) = 0 \) and \( x(10) \) follows 9 updates), together with the two
 * states it is the sum of, the perturbation, the trial type and the error that drove the update (0
 * on error-clamp and set-break trials). The last state, after the last update, is {@link
 * #finalState()}.
 *
 * <p>Immutable: the accessors return copies.
 */
public final class Trajectory {
    private final double[] output;
    private final double[] fast;
    private final double[] slow;
    private final double[] perturbation;
    private final double[] error;
    private final TrialType[] types;
    private final TwoStateModel.State finalState;

    Trajectory(
            double[] output,
            double[] fast,
            double[] slow,
            double[] perturbation,
            double[] error,
            TrialType[] types,
            TwoStateModel.State finalState) {
        this.output = output;
        this.fast = fast;
        this.slow = slow;
        this.perturbation = perturbation;
        this.error = error;
        this.types = types;
        this.finalState = finalState;
    }

    /** Number of trials. */
    public int trials() {
        return output.length;
    }

    /** The output \( x \) on each trial, before its update (perturbation units). */
    public double[] output() {
        return output.clone();
    }

    /**
     * The output on trial {@code n} (counted from 1), before its update.
     *
     * @param n trial number, 1 to {@link #trials()}
     * @return \( x(n) \)
     */
    public double outputAt(int n) {
        if (n < 1 || n > output.length) {
            throw new IllegalArgumentException(
                    "trial n must be in [1, " + output.length + "] (trial number): " + n);
        }
        return output[n - 1];
    }

    /** The fast state \( x_f \) on each trial, before its update. */
    public double[] fast() {
        return fast.clone();
    }

    /** The slow state \( x_s \) on each trial, before its update. */
    public double[] slow() {
        return slow.clone();
    }

    /** The perturbation {@code f} of each trial (NaN on error-clamp and set-break trials). */
    public double[] perturbation() {
        return perturbation.clone();
    }

    /** The error that drove each trial's update (0 on error-clamp and set-break trials). */
    public double[] error() {
        return error.clone();
    }

    /** The type of each trial. */
    public TrialType[] types() {
        return types.clone();
    }

    /** The state after the last trial's update. */
    public TwoStateModel.State finalState() {
        return finalState;
    }

    /**
     * The output as observed in an experiment: {@link #output()} with NaN on set-break trials
     * (where nothing is measured), the form {@link TwoStateFit} takes.
     *
     * @return the observable output
     */
    public double[] observedOutput() {
        double[] o = output.clone();
        for (int k = 0; k < o.length; k++) {
            if (types[k] == TrialType.SET_BREAK) {
                o[k] = Double.NaN;
            }
        }
        return o;
    }

    /**
     * Trials {@code [from, to)} of this trajectory (0-based indices), as a trajectory whose final
     * state is the state before trial {@code to} (or this final state when {@code to} is the end).
     *
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @return the part
     */
    public Trajectory slice(int from, int to) {
        if (from < 0 || to > output.length || from > to) {
            throw new IllegalArgumentException(
                    "slice [" + from + ", " + to + ") must lie in [0, " + output.length + "]");
        }
        TwoStateModel.State end =
                to == output.length ? finalState : new TwoStateModel.State(fast[to], slow[to]);
        return new Trajectory(
                Arrays.copyOfRange(output, from, to),
                Arrays.copyOfRange(fast, from, to),
                Arrays.copyOfRange(slow, from, to),
                Arrays.copyOfRange(perturbation, from, to),
                Arrays.copyOfRange(error, from, to),
                Arrays.copyOfRange(types, from, to),
                end);
    }
}
