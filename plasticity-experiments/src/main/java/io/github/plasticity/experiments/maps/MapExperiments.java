package io.github.plasticity.experiments.maps;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentProvider;
import java.util.List;

/** The experiments of motor-map topography. */
public final class MapExperiments implements ExperimentProvider {
    @Override
    public List<Experiment> experiments() {
        return List.of(new S1VsM1Maps(), new SomTradeoff(), new WiringEconomy());
    }
}
