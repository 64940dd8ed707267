package io.github.plasticity.experiments;

import io.github.plasticity.core.internal.Args;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

/**
 * What an experiment run gets: seed, size, threads, output folder, parameter overrides and a
 * progress callback. Parameters an experiment reads are recorded with their values in the summary;
 * an override for a parameter the experiment never reads is an error reported by the runner.
 */
public final class ExperimentContext {
    private final long seed;
    private final boolean full;
    private final int threads;
    private final Path outDir;
    private final Map<String, String> overrides;
    private final Map<String, Object> used = new LinkedHashMap<>();
    private final DoubleConsumer progress;

    /**
     * Creates a context.
     *
     * @param seed master seed
     * @param full whether to use paper-like sizes
     * @param threads threads for simulations, &gt;= 1
     * @param outDir folder for this experiment's files (exists)
     * @param overrides parameter overrides, key to value text
     * @param progress receives the fraction done, 0 to 1
     */
    public ExperimentContext(
            long seed,
            boolean full,
            int threads,
            Path outDir,
            Map<String, String> overrides,
            DoubleConsumer progress) {
        this.seed = seed;
        this.full = full;
        this.threads = Args.atLeast("threads", threads, 1);
        this.outDir = Args.notNull("outDir", outDir);
        this.overrides = new LinkedHashMap<>(overrides);
        this.progress = progress == null ? f -> {} : progress;
    }

    /** A context for tests: default size, one thread, no overrides. */
    public static ExperimentContext forTest(long seed, Path outDir) {
        return new ExperimentContext(seed, false, 1, outDir, Map.of(), null);
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** Whether to run at paper-like size. */
    public boolean full() {
        return full;
    }

    /** Threads for simulations. */
    public int threads() {
        return threads;
    }

    /** This experiment's output folder. */
    public Path outDir() {
        return outDir;
    }

    /**
     * A numeric parameter: the override if given, else the default; recorded in the summary.
     *
     * @param key parameter name
     * @param defaultValue default (literature) value
     * @return the value
     */
    public double param(String key, double defaultValue) {
        double v = defaultValue;
        String s = overrides.get(key);
        if (s != null) {
            try {
                v = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "parameter " + key + " needs a number, got '" + s + "'");
            }
        }
        used.put(key, v);
        return v;
    }

    /**
     * An integer parameter: the override if given, else the default; recorded in the summary.
     *
     * @param key parameter name
     * @param defaultValue default value
     * @return the value
     */
    public int intParam(String key, int defaultValue) {
        int v = defaultValue;
        String s = overrides.get(key);
        if (s != null) {
            try {
                v = Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "parameter " + key + " needs an integer, got '" + s + "'");
            }
        }
        used.put(key, v);
        return v;
    }

    /** Reports progress, a fraction from 0 to 1. */
    public void progress(double fraction) {
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }

    /** The parameters read so far with their values (for the summary). */
    public Map<String, Object> usedParameters() {
        return Collections.unmodifiableMap(used);
    }

    /** Override keys that the experiment did not read. */
    public Set<String> unusedOverrides() {
        Set<String> s = new TreeSet<>(overrides.keySet());
        s.removeAll(used.keySet());
        return s;
    }
}
