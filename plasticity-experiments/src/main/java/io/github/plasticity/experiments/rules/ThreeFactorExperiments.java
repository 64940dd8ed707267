package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of three-factor rules (eligibility, dopamine, TD error). */
public final class ThreeFactorExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(new DistalRewardExperiment(), new TdPredictionErrorExperiment());
    }
}
