package io.github.plasticity.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
     * The parameters a user may override ({@code --param name=value}), name to a one-line
     * description with unit and default (default size; {@code --full} size where it differs), in
     * the order they are read. An empty map means "not declared": an unknown name is then found
     * only after the run, from the names the run read. When declared, the command line refuses an
     * unknown name before the run starts and lists these.
     *
     * @return parameter name to description; empty by default
     */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /**
     * Builds an ordered parameter map for {@link #parameters()} from alternating names and
     * descriptions.
     *
     * @param namesAndDescriptions name, description, name, description, ...
     * @return the ordered, unmodifiable map
     */
    static Map<String, String> parameterList(String... namesAndDescriptions) {
        if (namesAndDescriptions.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "namesAndDescriptions must alternate name and description; got "
                            + namesAndDescriptions.length
                            + " strings");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            if (m.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]) != null) {
                throw new IllegalArgumentException(
                        "parameter '" + namesAndDescriptions[i] + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Runs the experiment.
     *
     * @param ctx seed, size, threads, output folder and parameter overrides
     * @return measured metrics, parameters and written files
     * @throws Exception on failure; the runner reports it as a failed experiment
     */
    ExperimentResult run(ExperimentContext ctx) throws Exception;
}
