package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of NMDA coincidence detection and calcium-based rules. */
public final class CalciumExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(
                new NmdaCoincidenceExperiment(),
                new ShouvalFrequencyExperiment(),
                new GraupnerBrunelCurvesExperiment(),
                new GraupnerBrunelSjostromExperiment());
    }
}
