package io.github.plasticity.maps.adaptation;

import io.github.plasticity.core.internal.Args;

/**
 * The protocols with which Smith, Ghazizadeh &amp; Shadmehr (2006) showed what a two-state model
 * explains, run on any {@link TwoStateParameters} (so the single-state comparison model can be run
 * through them too). All use a perturbation of unit size ({@code f = +1}, its opposite {@code -1},
 * null field {@code 0}); "washout to zero" is {@code f = -1} until the output is at most 0 (as in
 * SCIENCE.md Appendix A.5).
 */
public final class AdaptationProtocols {
    /** The most counter-perturbation trials a washout to zero may take before it is an error. */
    public static final int MAX_WASHOUT_TRIALS = 100_000;

    private AdaptationProtocols() {}

    /**
     * The first trial (counted from 1) whose output is at least {@code level}, or -1.
     *
     * @param output outputs per trial; read
     * @param level the level
     * @return the trial number, or -1 if never reached
     */
    public static int firstTrialAtLeast(double[] output, double level) {
        for (int k = 0; k < output.length; k++) {
            if (output[k] >= level) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Spontaneous recovery: adaptation ({@code f = +1}), de-adaptation ({@code f = -1} until the
     * output is at most 0), then error-clamp trials. In the two-state model the output rebounds
     * above zero during the clamp (the slow state still holds the adaptation while the fast state,
     * driven negative by de-adaptation, decays faster), then decays.
     *
     * @param trajectory the whole protocol
     * @param adaptationTrials trials of adaptation
     * @param washoutTrials trials of de-adaptation
     * @param clampTrials error-clamp trials
     * @param adaptedOutput output at the end of adaptation (perturbation units)
     * @param reboundPeak largest output during the clamp (perturbation units)
     * @param reboundPeakTrial clamp trial (from 1) of the largest output
     * @param clampEndOutput output on the last clamp trial (perturbation units)
     */
    public record SpontaneousRecovery(
            Trajectory trajectory,
            int adaptationTrials,
            int washoutTrials,
            int clampTrials,
            double adaptedOutput,
            double reboundPeak,
            int reboundPeakTrial,
            double clampEndOutput) {}

    /**
     * Runs the spontaneous-recovery protocol from a naive model (Smith et al. 2006 used 400
     * adaptation trials).
     *
     * @param p the parameters
     * @param adaptationTrials adaptation trials, &gt;= 1
     * @param clampTrials error-clamp trials, &gt;= 1
     * @return the protocol's trajectory and key values
     */
    public static SpontaneousRecovery spontaneousRecovery(
            TwoStateParameters p, int adaptationTrials, int clampTrials) {
        Args.atLeast("adaptationTrials", adaptationTrials, 1);
        Args.atLeast("clampTrials", clampTrials, 1);
        TwoStateModel m = TwoStateModel.of(p);
        Trajectory adapt = m.run(TrialType.PERTURBATION, 1.0, adaptationTrials);
        double adapted = m.output();
        Trajectory washout = m.runUntilOutputAtMost(-1.0, 0.0, MAX_WASHOUT_TRIALS);
        Trajectory clamp = m.run(TrialType.ERROR_CLAMP, Double.NaN, clampTrials);
        double[] c = clamp.output();
        int peak = 0;
        for (int k = 1; k < c.length; k++) {
            if (c[k] > c[peak]) {
                peak = k;
            }
        }
        return new SpontaneousRecovery(
                TwoStateModel.concat(adapt, washout, clamp),
                adaptationTrials,
                washout.trials(),
                clampTrials,
                adapted,
                c[peak],
                peak + 1,
                c[c.length - 1]);
    }

    /**
     * Savings: relearning after adaptation and washout to zero is faster than naive learning,
     * although the output starts from about zero both times (the slow state still holds part of the
     * adaptation, masked by a negative fast state).
     *
     * @param naive naive learning curve ({@code f = +1} from the naive state)
     * @param training the adaptation before washout
     * @param washout the washout to zero
     * @param relearning the relearning curve ({@code f = +1} after washout)
     */
    public record Savings(
            Trajectory naive, Trajectory training, Trajectory washout, Trajectory relearning) {
        /**
         * Naive output on trial {@code n} (from 1; {@code naiveAt(10)} follows 9 updates).
         *
         * @param n trial number
         * @return the output
         */
        public double naiveAt(int n) {
            return naive.outputAt(n);
        }

        /**
         * Relearning output on relearning trial {@code n} (from 1).
         *
         * @param n trial number
         * @return the output
         */
        public double relearningAt(int n) {
            return relearning.outputAt(n);
        }
    }

    /**
     * Runs the savings protocol.
     *
     * @param p the parameters
     * @param trainingTrials adaptation trials before washout, &gt;= 1
     * @param testTrials length of the naive and relearning curves, &gt;= 1
     * @return the curves
     */
    public static Savings savings(TwoStateParameters p, int trainingTrials, int testTrials) {
        Args.atLeast("trainingTrials", trainingTrials, 1);
        Args.atLeast("testTrials", testTrials, 1);
        Trajectory naive = TwoStateModel.of(p).run(TrialType.PERTURBATION, 1.0, testTrials);
        TwoStateModel m = TwoStateModel.of(p);
        Trajectory training = m.run(TrialType.PERTURBATION, 1.0, trainingTrials);
        Trajectory washout = m.runUntilOutputAtMost(-1.0, 0.0, MAX_WASHOUT_TRIALS);
        Trajectory relearning = m.run(TrialType.PERTURBATION, 1.0, testTrials);
        return new Savings(naive, training, washout, relearning);
    }

    /**
     * Anterograde interference: learning the opposite perturbation first ({@code f = -1}) slows the
     * subsequent learning of {@code f = +1} compared with naive learning.
     *
     * @param naive naive learning curve of {@code f = +1}
     * @param prior the prior learning of {@code f = -1}
     * @param afterPrior learning curve of {@code f = +1} after the prior learning
     */
    public record Interference(Trajectory naive, Trajectory prior, Trajectory afterPrior) {}

    /**
     * Runs the anterograde-interference protocol.
     *
     * @param p the parameters
     * @param priorTrials trials of the opposite perturbation first, &gt;= 1
     * @param testTrials length of both learning curves, &gt;= 1
     * @return the curves
     */
    public static Interference anterogradeInterference(
            TwoStateParameters p, int priorTrials, int testTrials) {
        Args.atLeast("priorTrials", priorTrials, 1);
        Args.atLeast("testTrials", testTrials, 1);
        Trajectory naive = TwoStateModel.of(p).run(TrialType.PERTURBATION, 1.0, testTrials);
        TwoStateModel m = TwoStateModel.of(p);
        Trajectory prior = m.run(TrialType.PERTURBATION, -1.0, priorTrials);
        Trajectory after = m.run(TrialType.PERTURBATION, 1.0, testTrials);
        return new Interference(naive, prior, after);
    }

    /**
     * Rapid unlearning: the adaptation built over {@code learningTrials} trials is undone by the
     * opposite perturbation in far fewer trials.
     *
     * @param learning adaptation ({@code f = +1} from naive)
     * @param unlearning de-adaptation ({@code f = -1} until the output is at most 0)
     * @param adaptedOutput the output reached by adaptation (perturbation units)
     */
    public record RapidUnlearning(
            Trajectory learning, Trajectory unlearning, double adaptedOutput) {
        /** Trials of adaptation. */
        public int learningTrials() {
            return learning.trials();
        }

        /** Trials of de-adaptation back to zero output. */
        public int unlearningTrials() {
            return unlearning.trials();
        }
    }

    /**
     * Runs the rapid-unlearning protocol.
     *
     * @param p the parameters
     * @param learningTrials adaptation trials, &gt;= 1
     * @return the curves
     */
    public static RapidUnlearning rapidUnlearning(TwoStateParameters p, int learningTrials) {
        Args.atLeast("learningTrials", learningTrials, 1);
        TwoStateModel m = TwoStateModel.of(p);
        Trajectory learning = m.run(TrialType.PERTURBATION, 1.0, learningTrials);
        double adapted = m.output();
        Trajectory unlearning = m.runUntilOutputAtMost(-1.0, 0.0, MAX_WASHOUT_TRIALS);
        return new RapidUnlearning(learning, unlearning, adapted);
    }

    /**
     * A training session followed by a break of decay-only trials, with and without the slow
     * process learning ({@code B_s = 0} during the session): the model analogue of blocking the
     * NMDA-dependent, consolidating (M1) process, not a result of Smith et al. (SCIENCE.md section
     * 6.3). The fast process still learns within the session, but nothing survives the break.
     *
     * @param control the session and break with the given parameters
     * @param blocked the session with {@code B_s = 0}, and the break
     * @param sessionTrials trials in the session
     * @param breakTrials decay-only trials of the break ("until the next day")
     */
    public record SlowProcessBlock(
            Trajectory control, Trajectory blocked, int sessionTrials, int breakTrials) {
        /** Output at the end of the control session (after its last update). */
        public double controlEndOfSession() {
            return endOfSession(control);
        }

        /** Output at the end of the blocked session (after its last update). */
        public double blockedEndOfSession() {
            return endOfSession(blocked);
        }

        /** Control output on the first trial after the break (retention). */
        public double controlRetention() {
            return control.finalState().output();
        }

        /** Blocked output on the first trial after the break (retention). */
        public double blockedRetention() {
            return blocked.finalState().output();
        }

        private double endOfSession(Trajectory t) {
            return sessionTrials < t.trials()
                    ? t.outputAt(sessionTrials + 1)
                    : t.finalState().output();
        }
    }

    /**
     * Runs a session of {@code f = +1} trials, then {@code breakTrials} set-break trials, once with
     * {@code p} and once with {@code p.withBSlow(0)} during the session (the break is pure decay
     * either way).
     *
     * @param p the parameters
     * @param sessionTrials session trials, &gt;= 1
     * @param breakTrials decay-only trials, &gt;= 0
     * @return both runs
     */
    public static SlowProcessBlock slowProcessBlock(
            TwoStateParameters p, int sessionTrials, int breakTrials) {
        Args.notNull("parameters", p);
        Args.atLeast("sessionTrials", sessionTrials, 1);
        Args.atLeast("breakTrials", breakTrials, 0);
        return new SlowProcessBlock(
                sessionAndBreak(p, sessionTrials, breakTrials),
                sessionAndBreak(p.withBSlow(0.0), sessionTrials, breakTrials),
                sessionTrials,
                breakTrials);
    }

    private static Trajectory sessionAndBreak(TwoStateParameters p, int session, int rest) {
        TwoStateModel m = TwoStateModel.of(p);
        Trajectory s = m.run(TrialType.PERTURBATION, 1.0, session);
        Trajectory b = m.run(TrialType.SET_BREAK, Double.NaN, rest);
        return TwoStateModel.concat(s, b);
    }
}
