package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/**
 * The experiments of spike-timing-dependent plasticity: {@code stdp-window}, {@code
 * stdp-song2000-bimodal}, {@code triplet-sjostrom}.
 */
public final class StdpExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(
                new StdpWindowExperiment(),
                new StdpSong2000Experiment(),
                new TripletSjostromExperiment());
    }
}
