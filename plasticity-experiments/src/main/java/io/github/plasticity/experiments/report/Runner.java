package io.github.plasticity.experiments.report;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/**
 * Runs experiments into a staging folder and publishes it atomically: the output folder appears
 * complete or not at all, so nothing half-written is left as if complete.
 */
public final class Runner {
    private Runner() {}

    /** Receives progress: which experiment, and the overall fraction done. */
    public interface Listener {
        /**
         * Called when an experiment starts.
         *
         * @param index its position
         * @param count number of experiments
         * @param name its name
         */
        void started(int index, int count, String name);

        /**
         * Called with the fraction of the current experiment done.
         *
         * @param fraction 0 to 1
         */
        void progress(double fraction);

        /**
         * Called when an experiment ends.
         *
         * @param record its record
         */
        void finished(RunRecord record);
    }

    /**
     * Checks that {@code out} can be written: its parent exists or can be created and is writable,
     * and {@code out} is absent, empty, or a previous report (it holds {@code summary.json}).
     *
     * @param out the output folder
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkOutput(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "output folder " + out + " cannot be created: " + e.getMessage());
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new IllegalArgumentException(
                    "output folder "
                            + out
                            + " is not writable (its parent "
                            + parent
                            + " is read-only)");
        }
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new IllegalArgumentException("output " + out + " exists and is not a folder");
            }
            if (!Files.isWritable(abs)) {
                throw new IllegalArgumentException("output folder " + out + " is not writable");
            }
            boolean previous =
                    Files.exists(abs.resolve("summary.json"))
                            || Files.exists(abs.resolve("sweep.csv"));
            if (!previous && !isEmpty(abs)) {
                throw new IllegalArgumentException(
                        "output folder "
                                + out
                                + " holds other files; give an empty folder or a previous report folder");
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh staging folder next to {@code out}. */
    public static Path staging(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        return Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".partial-");
    }

    /** Replaces {@code out} with {@code staging} (deleting a previous report there). */
    public static void publish(Path staging, Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            deleteRecursively(abs);
        }
        Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder tree. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * Runs one experiment into {@code dir} (which it creates).
     *
     * @param e the experiment
     * @param seed seed
     * @param full full size
     * @param threads threads
     * @param overrides parameter overrides
     * @param dir its folder
     * @param folderName the folder's name relative to the report
     * @param progress progress callback
     * @return the record; an error inside the experiment is recorded, not thrown
     * @throws IllegalArgumentException when an override names a parameter the experiment does not
     *     read
     */
    public static RunRecord runOne(
            Experiment e,
            long seed,
            boolean full,
            int threads,
            Map<String, String> overrides,
            Path dir,
            String folderName,
            DoubleConsumer progress)
            throws IOException {
        Set<String> declared = e.parameters().keySet();
        if (!declared.isEmpty() && !declared.containsAll(overrides.keySet())) {
            Set<String> unknown = new TreeSet<>(overrides.keySet());
            unknown.removeAll(declared);
            throw new IllegalArgumentException(
                    "unknown parameter(s) "
                            + unknown
                            + " for experiment '"
                            + e.name()
                            + "'; it has "
                            + declared
                            + " (see 'plasticity list --parameters')");
        }
        Files.createDirectories(dir);
        ExperimentContext ctx =
                new ExperimentContext(seed, full, threads, dir, overrides, progress);
        long t0 = System.nanoTime();
        ExperimentResult result = null;
        String error = null;
        try {
            result = e.run(ctx);
        } catch (IllegalArgumentException ex) {
            if (!overrides.isEmpty()) {
                throw ex;
            }
            error = ex.toString();
        } catch (Exception | StackOverflowError | OutOfMemoryError ex) {
            error = ex.toString();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!ctx.unusedOverrides().isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown parameter(s) "
                            + ctx.unusedOverrides()
                            + " for experiment '"
                            + e.name()
                            + "'; it reads "
                            + ctx.usedParameters().keySet());
        }
        return new RunRecord(e, seed, full, ctx.usedParameters(), result, error, wall, folderName);
    }

    /**
     * Runs experiments and publishes a report folder.
     *
     * @param experiments what to run
     * @param seed seed of every experiment
     * @param full full size
     * @param threads threads
     * @param overrides parameter overrides (only with a single experiment)
     * @param out report folder
     * @param title report title
     * @param listener progress listener
     * @return the records
     */
    public static List<RunRecord> runAll(
            List<Experiment> experiments,
            long seed,
            boolean full,
            int threads,
            Map<String, String> overrides,
            Path out,
            String title,
            Listener listener)
            throws IOException {
        checkOutput(out);
        Path staging = staging(out);
        try {
            List<RunRecord> records = new ArrayList<>();
            for (int k = 0; k < experiments.size(); k++) {
                Experiment e = experiments.get(k);
                listener.started(k, experiments.size(), e.name());
                RunRecord r =
                        runOne(
                                e,
                                seed,
                                full,
                                threads,
                                overrides,
                                staging.resolve(e.name()),
                                e.name(),
                                listener::progress);
                records.add(r);
                listener.finished(r);
            }
            ReportWriter.write(staging, records, title);
            publish(staging, out);
            return records;
        } finally {
            deleteRecursively(staging);
        }
    }
}
