package io.github.plasticity.experiments.report;

import io.github.plasticity.core.internal.Seeds;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Metric;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Parameter sweeps: the grid of parameter values times seeds, one task per point, each task's seed
 * derived from (master seed, task index). Tasks run on a local thread pool, or one at a time with
 * {@code --task-index/--task-count} (a SLURM job array), writing {@code tasks/task-NNNNN/task.csv};
 * {@link #merge} joins task files into {@code sweep.csv}, figures and {@code index.html}.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * One point of the grid.
     *
     * @param index task index
     * @param seedIndex which seed repetition
     * @param seed the derived seed
     * @param params parameter values as given
     */
    public record Task(int index, int seedIndex, long seed, Map<String, String> params) {}

    /**
     * Parses {@code KEY=V1,V2,...} arguments.
     *
     * @param specs the arguments
     * @return key to values, in order
     */
    public static Map<String, List<String>> parseGrid(List<String> specs) {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new IllegalArgumentException("--param needs KEY=V1,V2,...: '" + s + "'");
            }
            List<String> values = new ArrayList<>();
            for (String v : s.substring(eq + 1).split(",")) {
                String t = v.trim();
                if (t.isEmpty()) {
                    throw new IllegalArgumentException("empty value in --param '" + s + "'");
                }
                try {
                    Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "--param " + s.substring(0, eq) + ": '" + t + "' is not a number");
                }
                values.add(t);
            }
            grid.put(s.substring(0, eq).trim(), values);
        }
        return grid;
    }

    /** The tasks of a grid with {@code seeds} repetitions, in a fixed order. */
    public static List<Task> tasks(Map<String, List<String>> grid, int seeds, long masterSeed) {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be >= 1: " + seeds);
        }
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : grid.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : e.getValue()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        List<Task> tasks = new ArrayList<>();
        int index = 0;
        for (Map<String, String> p : points) {
            for (int s = 0; s < seeds; s++) {
                tasks.add(new Task(index, s, Seeds.taskSeed(masterSeed, index), p));
                index++;
            }
        }
        return tasks;
    }

    /** Task folder name. */
    public static String taskFolder(int index) {
        return String.format("task-%05d", index);
    }

    /**
     * Runs tasks into {@code out/tasks/}, each published atomically.
     *
     * @param e the experiment
     * @param tasks the tasks to run
     * @param full full size
     * @param poolThreads concurrent tasks
     * @param out sweep folder
     */
    public static void runTasks(
            Experiment e, List<Task> tasks, boolean full, int poolThreads, Path out)
            throws IOException, InterruptedException {
        Path dir = out.resolve("tasks");
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, poolThreads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(
                        pool.submit(
                                () -> {
                                    runTask(e, t, full, dir);
                                    return null;
                                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    Throwable c = ex.getCause();
                    if (c instanceof IllegalArgumentException) {
                        throw (IllegalArgumentException) c;
                    }
                    throw new IOException("sweep task failed: " + c, c);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runTask(Experiment e, Task t, boolean full, Path tasksDir)
            throws IOException {
        Path finalDir = tasksDir.resolve(taskFolder(t.index()));
        Path staging =
                Files.createTempDirectory(tasksDir, "." + taskFolder(t.index()) + ".partial-");
        try {
            RunRecord r =
                    Runner.runOne(
                            e,
                            t.seed(),
                            full,
                            1,
                            t.params(),
                            staging,
                            taskFolder(t.index()),
                            f -> {});
            try (Writer w =
                            Files.newBufferedWriter(
                                    staging.resolve("task.csv"), StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                List<String> header = new ArrayList<>(List.of("task", "seedIndex", "seed"));
                header.addAll(t.params().keySet());
                header.addAll(List.of("metric", "value", "unit", "pass", "error"));
                p.printRecord(header);
                List<Metric> metrics = r.result() == null ? List.of() : r.result().metrics();
                if (metrics.isEmpty()) {
                    List<Object> row = new ArrayList<>(List.of(t.index(), t.seedIndex(), t.seed()));
                    row.addAll(t.params().values());
                    row.addAll(
                            List.of(
                                    "",
                                    "",
                                    "",
                                    false,
                                    r.error() == null ? "no metrics" : r.error()));
                    p.printRecord(row);
                }
                for (Metric m : metrics) {
                    List<Object> row = new ArrayList<>(List.of(t.index(), t.seedIndex(), t.seed()));
                    row.addAll(t.params().values());
                    row.addAll(
                            List.of(
                                    m.name(),
                                    Double.toString(m.value()),
                                    m.unit(),
                                    m.pass(),
                                    r.error() == null ? "" : r.error()));
                    p.printRecord(row);
                }
            }
            Runner.deleteRecursively(finalDir);
            Files.move(staging, finalDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Runner.deleteRecursively(staging);
        }
    }

    /**
     * Joins the task files found under each of {@code dirs} into {@code out}: {@code sweep.csv}
     * (rows sorted by task index, then metric order), a figure per metric (mean over seeds against
     * the first parameter) and {@code index.html}.
     *
     * @param dirs sweep folders (each holding {@code tasks/})
     * @param out destination folder (may be one of {@code dirs})
     * @param title page title
     * @return the number of tasks merged
     */
    public static int merge(List<Path> dirs, Path out, String title) throws IOException {
        TreeMap<Integer, List<CSVRecord>> byTask = new TreeMap<>();
        List<String> header = null;
        for (Path d : dirs) {
            Path tasks = d.resolve("tasks");
            if (!Files.isDirectory(tasks)) {
                throw new IllegalArgumentException(
                        "no sweep tasks in " + d + " (expected a tasks/ folder)");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(tasks)) {
                files =
                        s.filter(p -> p.getFileName().toString().startsWith("task-"))
                                .map(p -> p.resolve("task.csv"))
                                .filter(Files::exists)
                                .sorted()
                                .toList();
            }
            for (Path f : files) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    List<CSVRecord> rows =
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader()
                                    .setSkipHeaderRecord(true)
                                    .get()
                                    .parse(r)
                                    .getRecords();
                    if (rows.isEmpty()) {
                        continue;
                    }
                    List<String> h = rows.get(0).getParser().getHeaderNames();
                    if (header == null) {
                        header = h;
                    } else if (!header.equals(h)) {
                        throw new IllegalArgumentException(
                                "task file " + f + " has columns " + h + ", others have " + header);
                    }
                    byTask.put(Integer.parseInt(rows.get(0).get("task")), rows);
                }
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("no task results found in " + dirs);
        }
        Files.createDirectories(out);
        int paramCount = header.indexOf("metric") - 3;
        try (Writer w = Files.newBufferedWriter(out.resolve("sweep.csv"), StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(header);
            for (List<CSVRecord> rows : byTask.values()) {
                for (CSVRecord r : rows) {
                    p.printRecord(r.toList());
                }
            }
        }
        StringBuilder html =
                new StringBuilder(
                                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                        .append(ReportWriter.esc(title))
                        .append("</title></head><body>\n<h1>")
                        .append(ReportWriter.esc(title))
                        .append("</h1>\n<p>")
                        .append(byTask.size())
                        .append(" tasks; data: <a href=\"sweep.csv\">sweep.csv</a></p>\n");
        if (paramCount > 0) {
            String param = header.get(3);
            Map<String, TreeMap<Double, double[]>> perMetric = new LinkedHashMap<>();
            for (List<CSVRecord> rows : byTask.values()) {
                for (CSVRecord r : rows) {
                    if (r.get("metric").isEmpty() || r.get("value").isEmpty()) {
                        continue;
                    }
                    double x = Double.parseDouble(r.get(param));
                    double v = Double.parseDouble(r.get("value"));
                    double[] acc =
                            perMetric
                                    .computeIfAbsent(r.get("metric"), k -> new TreeMap<>())
                                    .computeIfAbsent(x, k -> new double[2]);
                    acc[0] += v;
                    acc[1] += 1;
                }
            }
            int k = 0;
            for (Map.Entry<String, TreeMap<Double, double[]>> e : perMetric.entrySet()) {
                double[] xs =
                        e.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
                double[] ys =
                        e.getValue().values().stream().mapToDouble(a -> a[0] / a[1]).toArray();
                String file = "sweep-" + (k++) + ".png";
                Figures.line(
                                e.getKey() + " against " + param,
                                param,
                                e.getKey() + " (mean over seeds)")
                        .series(e.getKey(), xs, ys)
                        .write(out.resolve(file));
                html.append("<h2>")
                        .append(ReportWriter.esc(e.getKey()))
                        .append("</h2>\n<p><img src=\"")
                        .append(file)
                        .append("\"></p>\n");
            }
        }
        html.append("</body></html>\n");
        Files.writeString(out.resolve("index.html"), html.toString(), StandardCharsets.UTF_8);
        return byTask.size();
    }
}
