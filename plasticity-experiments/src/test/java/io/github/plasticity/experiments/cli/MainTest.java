package io.github.plasticity.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private record Outcome(int status, String out, String err) {}

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                Main.execute(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false);
        return new Outcome(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listShowsGroupsAndReferences() {
        Outcome o = run("list");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("rules:"), o.out());
        assertTrue(o.out().contains("use-it-or-lose-it"), o.out());
        assertTrue(o.out().contains("Hebb 1949"), o.out());
    }

    @Test
    void listParametersShowsDeclaredParameters() {
        Outcome o = run("list", "--parameters");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("--param eta=...  Hebbian learning rate"), o.out());
        assertTrue(
                o.out().contains("--param durationS=...  run duration (s); 30, --full 100"),
                o.out());
    }

    @Test
    void runWritesSummaryAndIndex(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");
        Outcome o =
                run(
                        "run",
                        "use-it-or-lose-it",
                        "--seed",
                        "3",
                        "--out",
                        out.toString(),
                        "--param",
                        "durationMs=20000");
        assertEquals(0, o.status(), o.err());
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"name\": \"use-it-or-lose-it\""), json);
        assertTrue(json.contains("\"seed\": 3"), json);
        assertTrue(json.contains("\"durationMs\": 20000"), json);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("use-it-or-lose-it/weights.png"), html);
        assertTrue(html.contains("./plasticity run use-it-or-lose-it --seed 3"), html);
        assertTrue(Files.exists(out.resolve("use-it-or-lose-it/weights.csv")));
        assertNoPartialFolders(dir);
    }

    @Test
    void reportWritesIndexAndSummary(@TempDir Path dir) throws Exception {
        // Each experiment's own test runs it; here the report machinery runs a subset.
        Path out = dir.resolve("report");
        Outcome o = run("report", "--only", "use-it-or-lose-it", "--out", out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"library\""));
    }

    @Test
    void usageErrorsExitWith2AndOneLine(@TempDir Path dir) throws Exception {
        Outcome unknown = run("run", "no-such-experiment", "--out", dir.resolve("a").toString());
        assertEquals(2, unknown.status());
        assertTrue(
                unknown.err().contains("unknown experiment 'no-such-experiment'"), unknown.err());
        assertTrue(
                unknown.err().contains("use-it-or-lose-it"),
                "lists what is accepted: " + unknown.err());

        Outcome badParam =
                run(
                        "run",
                        "use-it-or-lose-it",
                        "--out",
                        dir.resolve("b").toString(),
                        "--param",
                        "nonsense=1");
        assertEquals(2, badParam.status());
        assertTrue(badParam.err().contains("unknown parameter(s) [nonsense]"), badParam.err());
        // Refused before the run (the experiment declares its parameters), listing them.
        assertTrue(
                badParam.err().contains("it has [dtMs, durationMs, inputsPerGroup")
                        && badParam.err().contains("plasticity list --parameters"),
                badParam.err());
        assertFalse(Files.exists(dir.resolve("b")), "nothing half-written is left");

        Outcome badValue =
                run(
                        "run",
                        "use-it-or-lose-it",
                        "--out",
                        dir.resolve("c").toString(),
                        "--param",
                        "eta=abc");
        assertEquals(2, badValue.status());
        assertTrue(badValue.err().contains("eta needs a number"), badValue.err());

        Outcome badSeed = run("run", "use-it-or-lose-it", "--seed", "x");
        assertEquals(2, badSeed.status());

        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        Outcome notFolder = run("report", "--out", file.toString());
        assertEquals(2, notFolder.status());
        assertTrue(notFolder.err().contains("is not a folder"), notFolder.err());

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("thesis.tex"), "precious");
        Outcome foreign = run("report", "--out", other.toString());
        assertEquals(2, foreign.status());
        assertTrue(
                Files.exists(other.resolve("thesis.tex")), "a foreign folder is never overwritten");

        for (Outcome o : new Outcome[] {unknown, badParam, badValue, notFolder, foreign}) {
            // Progress lines may precede it; the error itself is one line, the last.
            assertEquals(
                    1,
                    o.err().lines().filter(l -> l.startsWith("plasticity: error: ")).count(),
                    o.err());
            assertTrue(
                    o.err()
                            .strip()
                            .lines()
                            .reduce((a, b) -> b)
                            .orElse("")
                            .startsWith("plasticity: error: "),
                    o.err());
        }
        assertNoPartialFolders(dir);
    }

    @Test
    void sweepSplitAndMergeEqualsUnsplit(@TempDir Path dir) throws Exception {
        String[] grid = {
            "--param", "eta=4e-8,6e-8", "--param", "durationMs=5000", "--seeds", "2", "--seed", "9"
        };
        Path whole = dir.resolve("whole");
        Outcome w =
                run(
                        concat(
                                new String[] {
                                    "sweep",
                                    "use-it-or-lose-it",
                                    "--threads",
                                    "2",
                                    "--out",
                                    whole.toString()
                                },
                                grid));
        assertEquals(0, w.status(), w.err());
        String table = Files.readString(whole.resolve("sweep.csv"));
        assertEquals(1 + 4 * 3, table.strip().lines().count(), table);
        assertTrue(Files.exists(whole.resolve("sweep-0.png")));

        Path split = dir.resolve("split");
        for (int i = 0; i < 3; i++) {
            Outcome s =
                    run(
                            concat(
                                    new String[] {
                                        "sweep",
                                        "use-it-or-lose-it",
                                        "--task-index",
                                        "" + i,
                                        "--task-count",
                                        "3",
                                        "--out",
                                        split.toString()
                                    },
                                    grid));
            assertEquals(0, s.status(), s.err());
        }
        Outcome m = run("merge", split.toString());
        assertEquals(0, m.status(), m.err());
        assertEquals(table, Files.readString(split.resolve("sweep.csv")));
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static void assertNoPartialFolders(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(
                    s.noneMatch(p -> p.getFileName().toString().contains(".partial-")),
                    "staging folder left behind");
        }
    }
}
