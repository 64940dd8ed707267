package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/**
 * The experiments of the Hebbian family and homeostatic scaling: {@code oja-pca}, {@code
 * bcm-selectivity}, {@code synaptic-scaling}.
 */
public final class HebbianFamilyExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(
                new OjaPcaExperiment(),
                new BcmSelectivityExperiment(),
                new SynapticScalingExperiment());
    }
}
