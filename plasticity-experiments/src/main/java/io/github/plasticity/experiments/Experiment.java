package io.github.plasticity.experiments;

/**
 * A named, runnable reproduction of one scientific claim: it runs a model with literature
 * parameters and a seed, measures metrics, and compares each with its published reference.
 *
 * @implSpec {@link #run} writes only inside {@link ExperimentContext#outDir()}, draws all
 *     randomness from {@link ExperimentContext#seed()}, reads overridable parameters through {@link
 *     ExperimentContext#param}, and keeps its default size small (seconds to a minute on 2 cores)
 *     with {@link ExperimentContext#full()} selecting paper-like sizes.
 */
public interface Experiment {
    /** Stable name (scripts and papers call it), such as {@code "stdp-window"}. */
    String name();

    /** Catalogue group. */
    Group group();

    /** One line saying what is reproduced. */
    String description();

    /** The published reference(s), author year and venue. */
    String reference();

    /**
     * Runs the experiment.
     *
     * @param ctx seed, size, threads, output folder and parameter overrides
     * @return measured metrics, parameters and written files
     * @throws Exception on failure; the runner reports it as a failed experiment
     */
    ExperimentResult run(ExperimentContext ctx) throws Exception;
}
