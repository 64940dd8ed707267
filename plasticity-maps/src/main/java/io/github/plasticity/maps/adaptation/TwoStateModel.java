package io.github.plasticity.maps.adaptation;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;

/**
 * Trial-by-trial simulation of the two-state model of motor adaptation (Smith, Ghazizadeh &amp;
 * Shadmehr 2006; equations in {@link TwoStateParameters}).
 *
 * <p>A model holds its current state (fast and slow) and advances one trial at a time: {@link
 * #perturbationTrial} (error \( e = f - x \)), {@link #errorClampTrial} (\( e = 0 \), output
 * measured) and {@link #setBreakTrial} (decay only, nothing measured). {@link #run} records a whole
 * schedule as a {@link Trajectory}, and {@link #runUntilOutputAtMost} a block whose length depends
 * on the model (for example "counter-perturbation until the output is back to zero").
 *
 * <p>Convention: the output of trial {@code n} is the state sum <b>before</b> that trial's update,
 * \( x(n) = x_f(n) + x_s(n) \); a naive model starts at \( x(1) = 0 \).
 *
 * <p>Not thread-safe (it holds mutable state); models are cheap, use one per thread.
 */
public final class TwoStateModel {
    /**
     * A state of the model.
     *
     * @param fast \( x_f \) (perturbation units)
     * @param slow \( x_s \) (perturbation units)
     */
    public record State(double fast, double slow) {
        /** Validates: both finite. */
        public State {
            Args.finite("fast", fast, "perturbation units");
            Args.finite("slow", slow, "perturbation units");
        }

        /** The naive state (0, 0). */
        public static State naive() {
            return new State(0, 0);
        }

        /** The output \( x = x_f + x_s \). */
        public double output() {
            return fast + slow;
        }
    }

    private final TwoStateParameters p;
    private double fast;
    private double slow;

    private TwoStateModel(TwoStateParameters p, State s) {
        this.p = Args.notNull("parameters", p);
        Args.notNull("state", s);
        this.fast = s.fast();
        this.slow = s.slow();
    }

    /**
     * A naive model (both states 0).
     *
     * @param parameters the parameters
     * @return the model
     */
    public static TwoStateModel of(TwoStateParameters parameters) {
        return new TwoStateModel(parameters, State.naive());
    }

    /**
     * A model in a given state.
     *
     * @param parameters the parameters
     * @param state the initial state
     * @return the model
     */
    public static TwoStateModel of(TwoStateParameters parameters, State state) {
        return new TwoStateModel(parameters, state);
    }

    /** The parameters. */
    public TwoStateParameters parameters() {
        return p;
    }

    /** The current state (before the next trial). */
    public State state() {
        return new State(fast, slow);
    }

    /** The current output \( x = x_f + x_s \), the output of the next trial. */
    public double output() {
        return fast + slow;
    }

    /**
     * One trial under perturbation {@code f}: returns this trial's output, then learns from the
     * error \( e = f - x \).
     *
     * @param f the perturbation (perturbation units), finite
     * @return the output \( x(n) \) of this trial, before the update
     */
    public double perturbationTrial(double f) {
        Args.finite("f", f, "perturbation units");
        double x = fast + slow;
        update(f - x);
        return x;
    }

    /**
     * One error-clamp trial: returns this trial's output, then both states decay (\( e = 0 \)).
     *
     * @return the output \( x(n) \) of this trial
     */
    public double errorClampTrial() {
        double x = fast + slow;
        update(0.0);
        return x;
    }

    /** One set-break trial: both states decay (\( e = 0 \)); no output is produced. */
    public void setBreakTrial() {
        update(0.0);
    }

    private void update(double e) {
        double f = p.aFast() * fast + p.bFast() * e;
        double s = p.aSlow() * slow + p.bSlow() * e;
        fast = f;
        slow = s;
    }

    /**
     * Runs a schedule of trials and records it.
     *
     * @param perturbation {@code f} per trial (perturbation units), finite on perturbation trials,
     *     ignored on the others; read
     * @param types the type of each trial, same length; read
     * @return the trajectory
     */
    public Trajectory run(double[] perturbation, TrialType[] types) {
        Args.notNull("perturbation", perturbation);
        Args.notNull("types", types);
        Args.length("types", types.length, perturbation.length);
        Recorder r = new Recorder(perturbation.length);
        for (int k = 0; k < perturbation.length; k++) {
            TrialType t = Args.notNull("types[" + k + "]", types[k]);
            if (t == TrialType.PERTURBATION) {
                Args.finite("perturbation[" + k + "]", perturbation[k], "perturbation units");
            }
            r.trial(t, perturbation[k]);
        }
        return r.finish();
    }

    /**
     * Runs {@code trials} trials of one kind: {@code run(constant f, constant type)}.
     *
     * @param type the trial type
     * @param f the perturbation (perturbation units), finite for perturbation trials
     * @param trials number of trials, &gt;= 0
     * @return the trajectory
     */
    public Trajectory run(TrialType type, double f, int trials) {
        Args.atLeast("trials", trials, 0);
        Args.notNull("type", type);
        if (type == TrialType.PERTURBATION) {
            Args.finite("f", f, "perturbation units");
        }
        Recorder r = new Recorder(trials);
        for (int k = 0; k < trials; k++) {
            r.trial(type, f);
        }
        return r.finish();
    }

    /**
     * Perturbation trials at {@code f} until the output of the next trial is at most {@code level}
     * (for example washout to zero: {@code f = -1}, {@code level = 0}); none if it already is.
     *
     * @param f the perturbation (perturbation units), finite
     * @param level the output level (perturbation units), finite
     * @param maxTrials the most trials allowed, &gt;= 0
     * @return the trials run (their outputs are all above {@code level})
     * @throws IllegalStateException if the level is not reached within {@code maxTrials}
     */
    public Trajectory runUntilOutputAtMost(double f, double level, int maxTrials) {
        Args.finite("f", f, "perturbation units");
        Args.finite("level", level, "perturbation units");
        Args.atLeast("maxTrials", maxTrials, 0);
        Recorder r = new Recorder(16);
        while (fast + slow > level) {
            if (r.n == maxTrials) {
                throw new IllegalStateException(
                        "output "
                                + (fast + slow)
                                + " still above "
                                + level
                                + " after "
                                + maxTrials
                                + " trials at f = "
                                + f
                                + " with "
                                + p);
            }
            r.trial(TrialType.PERTURBATION, f);
        }
        return r.finish();
    }

    /** Records trials into growing arrays. */
    private final class Recorder {
        double[] x;
        double[] xf;
        double[] xs;
        double[] f;
        double[] e;
        TrialType[] t;
        int n;

        Recorder(int capacity) {
            int c = Math.max(1, capacity);
            x = new double[c];
            xf = new double[c];
            xs = new double[c];
            f = new double[c];
            e = new double[c];
            t = new TrialType[c];
        }

        void trial(TrialType type, double perturbation) {
            if (n == x.length) {
                int c = 2 * n;
                x = Arrays.copyOf(x, c);
                xf = Arrays.copyOf(xf, c);
                xs = Arrays.copyOf(xs, c);
                f = Arrays.copyOf(f, c);
                e = Arrays.copyOf(e, c);
                t = Arrays.copyOf(t, c);
            }
            double out = fast + slow;
            x[n] = out;
            xf[n] = fast;
            xs[n] = slow;
            t[n] = type;
            if (type == TrialType.PERTURBATION) {
                f[n] = perturbation;
                e[n] = perturbation - out;
            } else {
                f[n] = Double.NaN;
                e[n] = 0.0;
            }
            update(e[n]);
            n++;
        }

        Trajectory finish() {
            return new Trajectory(
                    Arrays.copyOf(x, n),
                    Arrays.copyOf(xf, n),
                    Arrays.copyOf(xs, n),
                    Arrays.copyOf(f, n),
                    Arrays.copyOf(e, n),
                    Arrays.copyOf(t, n),
                    state());
        }
    }

    /**
     * Concatenates trajectories recorded one after the other.
     *
     * @param parts the parts, in order
     * @return one trajectory whose final state is the last part's
     */
    public static Trajectory concat(Trajectory... parts) {
        Args.notNull("parts", parts);
        if (parts.length == 0) {
            throw new IllegalArgumentException("parts must not be empty");
        }
        int n = 0;
        for (Trajectory t : parts) {
            n += Args.notNull("part", t).trials();
        }
        double[] x = new double[n];
        double[] xf = new double[n];
        double[] xs = new double[n];
        double[] f = new double[n];
        double[] e = new double[n];
        TrialType[] ty = new TrialType[n];
        int o = 0;
        for (Trajectory t : parts) {
            int m = t.trials();
            System.arraycopy(t.output(), 0, x, o, m);
            System.arraycopy(t.fast(), 0, xf, o, m);
            System.arraycopy(t.slow(), 0, xs, o, m);
            System.arraycopy(t.perturbation(), 0, f, o, m);
            System.arraycopy(t.error(), 0, e, o, m);
            System.arraycopy(t.types(), 0, ty, o, m);
            o += m;
        }
        return new Trajectory(x, xf, xs, f, e, ty, parts[parts.length - 1].finalState());
    }
}
