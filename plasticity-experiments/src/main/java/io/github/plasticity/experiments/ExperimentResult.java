package io.github.plasticity.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an experiment measured: metrics against references, and the files it wrote (figures, CSVs,
 * arrays), relative to its output folder.
 */
public final class ExperimentResult {
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Path> figures = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    /** Adds a metric. */
    public ExperimentResult metric(Metric m) {
        metrics.add(m);
        return this;
    }

    /** Records a PNG figure written by the experiment. */
    public ExperimentResult figure(Path png) {
        figures.add(png);
        return this;
    }

    /** Records a data file (CSV, .npy, .h5) written by the experiment. */
    public ExperimentResult file(Path f) {
        files.add(f);
        return this;
    }

    /** The metrics. */
    public List<Metric> metrics() {
        return Collections.unmodifiableList(metrics);
    }

    /** The figures. */
    public List<Path> figures() {
        return Collections.unmodifiableList(figures);
    }

    /** The data files. */
    public List<Path> files() {
        return Collections.unmodifiableList(files);
    }

    /** Whether there is at least one metric and every metric passes. */
    public boolean pass() {
        return !metrics.isEmpty() && metrics.stream().allMatch(Metric::pass);
    }
}
