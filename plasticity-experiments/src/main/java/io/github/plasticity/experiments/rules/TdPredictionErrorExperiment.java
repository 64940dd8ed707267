package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.DopamineRelease;
import io.github.plasticity.rules.RpeHook;
import io.github.plasticity.rules.TdCritic;
import io.github.plasticity.rules.TdParameters;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code td-prediction-error}: the TD(0) reward-prediction error moves from the reward to the cue
 * over conditioning, and an omitted reward gives a dip (Schultz, Dayan &amp; Montague 1997;
 * SCIENCE.md C5.3). The chain runs as plain Java and, with the same critic, inside a simulation
 * where the error is released as dopamine ({@link RpeHook}); both must agree exactly.
 */
public final class TdPredictionErrorExperiment implements Experiment {
    @Override
    public String name() {
        return "td-prediction-error";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "TD(0) prediction error transfers from reward to cue; omission gives a dip (C5.3)";
    }

    @Override
    public String reference() {
        return "Schultz, Dayan & Montague 1997, Science 275:1593";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "states",
                "states between cue and reward; 5, --full 20",
                "trials",
                "trials; 500",
                "gamma",
                "discount factor; 1.0",
                "alpha",
                "learning rate; 0.1");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int n = ctx.intParam("states", ctx.full() ? 20 : 5);
        int trials = ctx.intParam("trials", 500);
        double gamma = ctx.param("gamma", 1.0);
        double alpha = ctx.param("alpha", 0.1);
        TdParameters tp = new TdParameters(gamma, alpha);
        Path out = ctx.outDir();

        // Plain Java chain: cue from the background, n states, reward 1 at the end.
        TdCritic critic = TdCritic.of(n, tp);
        double[] trial = new double[trials];
        double[] cue = new double[trials];
        double[] atReward = new double[trials];
        for (int t = 0; t < trials; t++) {
            trial[t] = t + 1;
            cue[t] = critic.onset(0, 0.0);
            for (int k = 0; k < n - 1; k++) {
                critic.step(k, 0.0, k + 1);
            }
            atReward[t] = critic.terminal(n - 1, 1.0);
        }
        // One more trial with the reward omitted: delta = 0 - V(last state).
        critic.onset(0, 0.0);
        for (int k = 0; k < n - 1; k++) {
            critic.step(k, 0.0, k + 1);
        }
        double omissionDelta = critic.terminal(n - 1, 0.0);
        ctx.progress(0.3);

        // The same protocol inside a simulation, errors released as dopamine.
        double stateMs = 100.0;
        double backgroundMs = 500.0;
        double period = backgroundMs + stateMs * n;
        double baseline = 0.2;
        double gain = 0.1;
        TdCritic simCritic = TdCritic.of(n, tp);
        boolean[] omit = new boolean[1];
        RpeHook.TdTask task =
                new RpeHook.TdTask() {
                    @Override
                    public int state(StepContext c) {
                        double phase = c.timeMs() % period;
                        return phase < backgroundMs ? -1 : (int) ((phase - backgroundMs) / stateMs);
                    }

                    @Override
                    public double reward(StepContext c) {
                        boolean end = c.timeMs() >= period && c.timeMs() % period < c.dtMs() / 2;
                        return end && !omit[0] ? 1.0 : 0.0;
                    }
                };
        int perTrial = (int) Math.round(period);
        double[] within = new double[perTrial];
        double[] daFirst = new double[perTrial];
        double[] daLast = new double[perTrial];
        double[] daOmit = new double[perTrial];
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(ctx.seed()).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("dopamine", baseline, 200.0));
            sim.addPhaseHook(
                    Simulation.Phase.METABOLISM,
                    "rpe",
                    RpeHook.td(simCritic, task, DopamineRelease.of(da, gain)));
            // Trial k is recorded from its cue's background (k * period) to the next trial's
            // background plus the reward's release, shifted by half a period to centre it.
            double offset = backgroundMs / 2;
            sim.run(offset);
            for (int t = 0; t < trials + 1; t++) {
                boolean record = t == 0 || t == trials - 1 || t == trials;
                if (t == trials) {
                    omit[0] = true;
                }
                for (int s = 0; s < perTrial; s++) {
                    sim.step();
                    if (record) {
                        double[] target = t == 0 ? daFirst : (t == trials ? daOmit : daLast);
                        target[s] = da.concentrationMicroMolar();
                        within[s] = offset + s + 1 - backgroundMs;
                    }
                }
                ctx.progress(0.3 + 0.7 * t / trials);
            }
        }
        // Both critics saw the same trials and one omission trial: their values must be equal.
        double maxDiff = 0;
        for (int s = 0; s < n; s++) {
            maxDiff = Math.max(maxDiff, Math.abs(critic.value(s) - simCritic.value(s)));
        }

        ExperimentResult r = new ExperimentResult();
        Path csv1 =
                Csv.write(
                        out.resolve("td_trials.csv"),
                        new String[] {"trial", "delta_cue", "delta_reward"},
                        trial,
                        cue,
                        atReward);
        Path csv2 =
                Csv.write(
                        out.resolve("td_dopamine.csv"),
                        new String[] {
                            "time_from_cue_ms",
                            "dopamine_trial1_uM",
                            "dopamine_trained_uM",
                            "dopamine_omission_uM"
                        },
                        within,
                        daFirst,
                        daLast,
                        daOmit);
        Path fig1 =
                Figures.line(
                                "TD(0) error transfers from reward to cue (chain of " + n + ")",
                                "trial",
                                "prediction error delta (reward units)")
                        .series("at cue", trial, cue)
                        .series("at reward", trial, atReward)
                        .write(out.resolve("td_transfer.png"));
        Path fig2 =
                Figures.line(
                                "Dopamine released by the TD error (cue at 0 ms, reward at "
                                        + (int) (stateMs * n)
                                        + " ms)",
                                "time from cue onset (ms)",
                                "dopamine (µM)")
                        .series("trial 1", within, daFirst)
                        .series("trial " + trials, within, daLast)
                        .series("reward omitted", within, daOmit)
                        .write(out.resolve("td_dopamine.png"));
        r.file(csv1).file(csv2).figure(fig1).figure(fig2);
        String src = "SCIENCE.md C5.3; Schultz, Dayan & Montague 1997";
        r.metric(
                Metric.within(
                        "delta at reward, trial 1",
                        atReward[0],
                        "reward units",
                        1.0,
                        1e-12,
                        "unpredicted reward; " + src));
        r.metric(
                Metric.criterion(
                        "delta at reward, trial " + trials,
                        atReward[trials - 1],
                        "reward units",
                        "< 0.01",
                        atReward[trials - 1] < 0.01,
                        src));
        r.metric(
                Metric.within(
                        "delta at cue, trial " + trials,
                        cue[trials - 1],
                        "reward units",
                        1.0,
                        0.01,
                        src));
        r.metric(
                Metric.within(
                        "delta at omitted reward", omissionDelta, "reward units", -1.0, 0.01, src));
        r.metric(
                Metric.criterion(
                        "max |V_sim - V_java|",
                        maxDiff,
                        "reward units",
                        "= 0",
                        maxDiff == 0.0,
                        "the in-simulation hook runs the same TD updates"));
        return r;
    }
}
