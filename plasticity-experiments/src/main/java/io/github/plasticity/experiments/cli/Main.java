package io.github.plasticity.experiments.cli;

import io.github.plasticity.experiments.Catalogue;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.report.RunRecord;
import io.github.plasticity.experiments.report.Runner;
import io.github.plasticity.experiments.report.Sweep;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code plasticity} command line: {@code list}, {@code run}, {@code report}, {@code sweep},
 * {@code merge}. Exit status: 0 when everything run passes, 1 when an experiment fails its
 * reference, 2 for a usage error (unknown name or parameter, unparsable value, unwritable folder).
 */
@Command(
        name = "plasticity",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Runs the experiments of the plasticity library and writes reports.",
        subcommands = {
            Main.ListCommand.class,
            Main.RunCommand.class,
            Main.ReportCommand.class,
            Main.SweepCommand.class,
            Main.MergeCommand.class
        })
public final class Main implements Callable<Integer> {
    /** Usage errors. */
    static final int USAGE = 2;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /**
     * Entry point.
     *
     * @param args arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, System.console() != null));
    }

    /**
     * Runs the command line and returns the exit status (for tests).
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @param terminal whether to draw a progress bar
     * @return exit status
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    if (ex instanceof IllegalArgumentException) {
                        err.println("plasticity: error: " + ex.getMessage());
                        return USAGE;
                    }
                    err.println("plasticity: failed: " + ex);
                    return 1;
                });
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    err.println(
                            "plasticity: error: " + ex.getMessage() + " (see plasticity --help)");
                    return USAGE;
                });
        TERMINAL.set(terminal);
        OUT.set(out);
        ERR.set(err);
        return cl.execute(args);
    }

    private static final ThreadLocal<Boolean> TERMINAL = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<PrintStream> OUT = ThreadLocal.withInitial(() -> System.out);
    private static final ThreadLocal<PrintStream> ERR = ThreadLocal.withInitial(() -> System.err);

    /** Prints the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "plasticity "
                        + io.github.plasticity.experiments.report.ReportWriter.libraryVersion()
            };
        }
    }

    static Map<String, String> overrides(List<String> params) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param needs KEY=VALUE: '" + p + "'");
            }
            m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return m;
    }

    static int exitFor(List<RunRecord> records) {
        return records.stream().allMatch(RunRecord::pass) ? 0 : 1;
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the experiments, grouped, with their references.")
    static final class ListCommand implements Callable<Integer> {
        @Option(
                names = "--parameters",
                description = "also list each experiment's parameters (for --param KEY=VALUE)")
        boolean parameters;

        @Override
        public Integer call() {
            PrintStream out = OUT.get();
            List<Experiment> all = Catalogue.standard().all();
            for (Group g : Group.values()) {
                List<Experiment> in = all.stream().filter(e -> e.group() == g).toList();
                if (in.isEmpty()) {
                    continue;
                }
                out.println(g.label() + ":");
                for (Experiment e : in) {
                    out.printf("  %-28s %s%n", e.name(), e.description());
                    out.printf("  %-28s   [%s]%n", "", e.reference());
                    if (parameters) {
                        Map<String, String> ps = e.parameters();
                        if (ps.isEmpty()) {
                            out.printf("  %-28s   parameters: not declared%n", "");
                        }
                        for (Map.Entry<String, String> p : ps.entrySet()) {
                            out.printf(
                                    "  %-28s   --param %s=...  %s%n", "", p.getKey(), p.getValue());
                        }
                    }
                }
            }
            return 0;
        }
    }

    /** Options shared by {@code run} and {@code report}, and the run they start. */
    static final class RunOptions {
        @Option(names = "--seed", description = "master seed (default ${DEFAULT-VALUE})")
        long seed = 1;

        @Option(names = "--full", description = "paper-like sizes instead of the small defaults")
        boolean full;

        @Option(
                names = "--threads",
                description = "threads per simulation (default ${DEFAULT-VALUE})")
        int threads = 1;

        @Option(names = "--out", description = "output folder (default ${DEFAULT-VALUE})")
        Path out = Path.of("report");

        /** Runs the experiments into {@link #out} with progress; returns the records. */
        List<RunRecord> runAll(
                List<Experiment> experiments, Map<String, String> overrides, String title)
                throws Exception {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be >= 1: " + threads);
            }
            try (Progress p = new Progress(TERMINAL.get(), ERR.get())) {
                return Runner.runAll(experiments, seed, full, threads, overrides, out, title, p);
            }
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Runs one experiment and writes its report folder.")
    static final class RunCommand implements Callable<Integer> {
        @Parameters(index = "0", description = "experiment name (see 'plasticity list')")
        String name;

        @Mixin RunOptions options = new RunOptions();

        @Option(names = "--param", description = "parameter override KEY=VALUE (repeatable)")
        List<String> params = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Experiment e = Catalogue.standard().get(name);
            List<RunRecord> r =
                    options.runAll(List.of(e), overrides(params), "plasticity: " + name);
            OUT.get().println(options.out.resolve("index.html"));
            return exitFor(r);
        }
    }

    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = "Runs every experiment and writes DIR/index.html and DIR/summary.json.")
    static final class ReportCommand implements Callable<Integer> {
        @Mixin RunOptions options = new RunOptions();

        @Option(
                names = "--only",
                split = ",",
                description = "only these experiments (comma-separated names)")
        List<String> only = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Catalogue catalogue = Catalogue.standard();
            List<Experiment> selected = new ArrayList<>();
            if (only.isEmpty()) {
                selected.addAll(catalogue.all());
            } else {
                for (String n : only) {
                    selected.add(catalogue.get(n.trim()));
                }
            }
            List<RunRecord> r = options.runAll(selected, Map.of(), "plasticity report");
            long passed = r.stream().filter(RunRecord::pass).count();
            OUT.get()
                    .println(
                            passed
                                    + " of "
                                    + r.size()
                                    + " experiments pass; report: "
                                    + options.out.resolve("index.html"));
            return exitFor(r);
        }
    }

    @Command(
            name = "sweep",
            mixinStandardHelpOptions = true,
            description = "Runs an experiment over a grid of parameter values and seeds.")
    static final class SweepCommand implements Callable<Integer> {
        @Parameters(index = "0", description = "experiment name")
        String name;

        @Option(
                names = "--param",
                required = true,
                description = "KEY=V1,V2,... (repeatable; the grid is their product)")
        List<String> params = new ArrayList<>();

        @Option(names = "--seeds", description = "seeds per grid point (default ${DEFAULT-VALUE})")
        int seeds = 1;

        @Option(
                names = "--seed",
                description = "master seed; task seeds derive from it and the task index")
        long seed = 1;

        @Option(names = "--full", description = "paper-like size")
        boolean full;

        @Option(
                names = "--threads",
                description = "tasks run concurrently (default ${DEFAULT-VALUE})")
        int threads = 1;

        @Option(
                names = "--task-index",
                description = "run only this task (0-based), e.g. $SLURM_ARRAY_TASK_ID")
        Integer taskIndex;

        @Option(
                names = "--task-count",
                description = "number of array tasks; tasks are dealt round-robin")
        Integer taskCount;

        @Option(names = "--out", description = "output folder (default ${DEFAULT-VALUE})")
        Path out = Path.of("sweep");

        @Override
        public Integer call() throws Exception {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be >= 1: " + threads);
            }
            Experiment e = Catalogue.standard().get(name);
            List<Sweep.Task> tasks = Sweep.tasks(Sweep.parseGrid(params), seeds, seed);
            if ((taskIndex == null) != (taskCount == null)) {
                throw new IllegalArgumentException("--task-index and --task-count go together");
            }
            Path abs = out.toAbsolutePath().normalize();
            if (taskIndex != null) {
                if (taskCount < 1 || taskIndex < 0 || taskIndex >= taskCount) {
                    throw new IllegalArgumentException(
                            "--task-index must be in [0, --task-count): "
                                    + taskIndex
                                    + " of "
                                    + taskCount);
                }
                List<Sweep.Task> mine = new ArrayList<>();
                for (Sweep.Task t : tasks) {
                    if (t.index() % taskCount == taskIndex) {
                        mine.add(t);
                    }
                }
                java.nio.file.Files.createDirectories(abs);
                Sweep.runTasks(e, mine, full, threads, abs);
                OUT.get()
                        .println(
                                mine.size()
                                        + " of "
                                        + tasks.size()
                                        + " tasks written to "
                                        + out.resolve("tasks")
                                        + "; join them with: plasticity merge "
                                        + out);
                return 0;
            }
            Runner.checkOutput(abs);
            Path staging = Runner.staging(abs);
            try {
                Sweep.runTasks(e, tasks, full, threads, staging);
                Sweep.merge(List.of(staging), staging, "sweep of " + name);
                Runner.publish(staging, abs);
            } finally {
                Runner.deleteRecursively(staging);
            }
            OUT.get().println(tasks.size() + " tasks; table: " + out.resolve("sweep.csv"));
            return 0;
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = "Joins the task folders of split sweeps into one table and report.")
    static final class MergeCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", description = "sweep folders holding tasks/")
        List<Path> dirs;

        @Option(names = "--out", description = "destination (default: the first folder)")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path dest = out != null ? out : dirs.get(0);
            int n = Sweep.merge(dirs, dest, "merged sweep");
            OUT.get().println(n + " tasks merged into " + dest.resolve("sweep.csv"));
            return 0;
        }
    }
}
