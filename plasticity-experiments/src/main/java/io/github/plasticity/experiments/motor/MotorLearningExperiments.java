package io.github.plasticity.experiments.motor;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of motor learning on the map. */
public final class MotorLearningExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(
                new TwoStateAdaptation(),
                new NmdaBlockConsolidation(),
                new UseDependentExpansion(),
                new Immobilisation(),
                new EvokedDirectionShift(),
                new SkillVsRepetition(),
                new AchDepletionMap(),
                new StrokeRehabilitation(),
                new Dystonia());
    }
}
