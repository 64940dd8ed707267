package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of the foundation (use it or lose it). */
public final class FoundationExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(new UseItOrLoseIt());
    }
}
