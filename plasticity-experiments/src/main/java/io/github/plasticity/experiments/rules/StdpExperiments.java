package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of spike-timing-dependent plasticity. */
public final class StdpExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of();
    }
}
