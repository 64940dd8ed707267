package io.github.plasticity.experiments.modulators;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of neuromodulators and metabolism. */
public final class ModulatorExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(
                new TargetedDopamine(),
                new AchGating(),
                new LactateConsolidation(),
                new EnergyBudget());
    }
}
