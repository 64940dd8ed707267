package io.github.plasticity.experiments.report;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentResult;
import java.util.Map;

/**
 * The outcome of running one experiment: the result, or the error that stopped it.
 *
 * @param experiment the experiment
 * @param seed its seed
 * @param full whether it ran at full size
 * @param parameters the parameters it read, with values
 * @param result the result, or null when it failed with an error
 * @param error the error message, or null
 * @param wallSeconds wall time (s)
 * @param folder its output folder name, relative to the report folder
 */
public record RunRecord(
        Experiment experiment,
        long seed,
        boolean full,
        Map<String, Object> parameters,
        ExperimentResult result,
        String error,
        double wallSeconds,
        String folder) {

    /** Whether the experiment ran and every metric passed. */
    public boolean pass() {
        return result != null && error == null && result.pass();
    }

    /** The command that reproduces this run. */
    public String command() {
        StringBuilder sb =
                new StringBuilder("./plasticity run ")
                        .append(experiment.name())
                        .append(" --seed ")
                        .append(seed);
        if (full) {
            sb.append(" --full");
        }
        return sb.toString();
    }
}
