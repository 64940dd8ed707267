package io.github.plasticity.experiments;

import java.util.List;

/** Supplies the experiments of one part of the library; the catalogue gathers all providers. */
public interface ExperimentProvider {
    /** The experiments, in catalogue order. */
    List<Experiment> experiments();
}
