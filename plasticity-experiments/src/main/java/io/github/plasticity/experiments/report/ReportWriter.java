package io.github.plasticity.experiments.report;

import io.github.plasticity.experiments.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Writes {@code summary.json} and {@code index.html} for a list of runs. */
public final class ReportWriter {
    private ReportWriter() {}

    /** The library version, from the build. */
    public static String libraryVersion() {
        try (InputStream in =
                ReportWriter.class.getResourceAsStream(
                        "/io/github/plasticity/experiments/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The summary as a JSON-ready tree in the schema of DESIGN.md "Experiments". */
    public static Map<String, Object> summary(List<RunRecord> runs) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("library", libraryVersion());
        List<Object> exps = new ArrayList<>();
        for (RunRecord r : runs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", r.experiment().name());
            e.put("group", r.experiment().group().label());
            e.put("pass", r.pass());
            e.put("seed", r.seed());
            e.put("full", r.full());
            e.put("wallSeconds", r.wallSeconds());
            e.put("parameters", r.parameters());
            e.put("command", r.command());
            e.put("reference", r.experiment().reference());
            if (r.error() != null) {
                e.put("error", r.error());
            }
            List<Object> ms = new ArrayList<>();
            if (r.result() != null) {
                for (Metric m : r.result().metrics()) {
                    Map<String, Object> mm = new LinkedHashMap<>();
                    mm.put("name", m.name());
                    mm.put("value", m.value());
                    mm.put("unit", m.unit());
                    mm.put("reference", m.reference());
                    mm.put("tolerance", m.tolerance());
                    mm.put("pass", m.pass());
                    mm.put("source", m.source());
                    ms.add(mm);
                }
            }
            e.put("metrics", ms);
            List<Object> figs = new ArrayList<>();
            List<Object> files = new ArrayList<>();
            if (r.result() != null) {
                r.result().figures().forEach(f -> figs.add(r.folder() + "/" + f.getFileName()));
                r.result().files().forEach(f -> files.add(r.folder() + "/" + f.getFileName()));
            }
            e.put("figures", figs);
            e.put("files", files);
            exps.add(e);
        }
        root.put("experiments", exps);
        return root;
    }

    /**
     * Writes {@code summary.json} and {@code index.html} into {@code dir}.
     *
     * @param dir report folder
     * @param runs the runs
     * @param title page title
     * @throws IOException if writing fails
     */
    public static void write(Path dir, List<RunRecord> runs, String title) throws IOException {
        Files.writeString(
                dir.resolve("summary.json"), Json.write(summary(runs)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(runs, title), StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format("%.4g", v);
        }
        return String.format("%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String html(List<RunRecord> runs, String title) {
        long passed = runs.stream().filter(RunRecord::pass).count();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append(
                        "</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
                                + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}"
                                + ".pass{color:#080;font-weight:bold}.fail{color:#b00;font-weight:bold}img{max-width:100%;border:1px solid #eee}"
                                + "code{background:#f4f4f4;padding:1px 4px}</style></head><body>\n");
        h.append("<h1>")
                .append(esc(title))
                .append("</h1>\n<p>plasticity ")
                .append(esc(libraryVersion()))
                .append(": ")
                .append(passed)
                .append(" of ")
                .append(runs.size())
                .append(" experiments pass.</p>\n");
        h.append(
                "<table><tr><th>experiment</th><th>group</th><th>result</th><th>wall time (s)</th></tr>\n");
        for (RunRecord r : runs) {
            h.append("<tr><td><a href=\"#")
                    .append(esc(r.experiment().name()))
                    .append("\">")
                    .append(esc(r.experiment().name()))
                    .append("</a></td><td>")
                    .append(esc(r.experiment().group().label()))
                    .append("</td><td class=\"")
                    .append(r.pass() ? "pass\">pass" : "fail\">FAIL")
                    .append("</td><td>")
                    .append(num(r.wallSeconds()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (RunRecord r : runs) {
            h.append("<h2 id=\"")
                    .append(esc(r.experiment().name()))
                    .append("\">")
                    .append(esc(r.experiment().name()))
                    .append(" <span class=\"")
                    .append(r.pass() ? "pass\">pass" : "fail\">FAIL")
                    .append("</span></h2>\n");
            h.append("<p>").append(esc(r.experiment().description())).append("</p>\n");
            h.append("<p>Reference: ").append(esc(r.experiment().reference())).append("</p>\n");
            h.append("<p>Reproduce: <code>").append(esc(r.command())).append("</code></p>\n");
            if (r.error() != null) {
                h.append("<p class=\"fail\">Error: ").append(esc(r.error())).append("</p>\n");
            }
            if (r.result() != null) {
                h.append(
                        "<table><tr><th>metric</th><th>measured</th><th>unit</th><th>reference</th><th>tolerance</th>"
                                + "<th>result</th><th>source</th></tr>\n");
                for (Metric m : r.result().metrics()) {
                    Object ref = m.reference();
                    h.append("<tr><td>")
                            .append(esc(m.name()))
                            .append("</td><td>")
                            .append(num(m.value()))
                            .append("</td><td>")
                            .append(esc(m.unit()))
                            .append("</td><td>")
                            .append(
                                    ref instanceof Double
                                            ? num((Double) ref)
                                            : esc(String.valueOf(ref)))
                            .append("</td><td>")
                            .append(esc(m.tolerance()))
                            .append("</td><td class=\"")
                            .append(m.pass() ? "pass\">pass" : "fail\">FAIL")
                            .append("</td><td>")
                            .append(esc(m.source()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
                if (!r.parameters().isEmpty()) {
                    h.append("<p>Parameters: ");
                    int k = 0;
                    for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
                        if (k++ > 0) {
                            h.append(", ");
                        }
                        h.append("<code>")
                                .append(esc(e.getKey()))
                                .append("=")
                                .append(esc(String.valueOf(e.getValue())))
                                .append("</code>");
                    }
                    h.append("</p>\n");
                }
                r.result()
                        .figures()
                        .forEach(
                                f ->
                                        h.append("<p><img src=\"")
                                                .append(esc(r.folder() + "/" + f.getFileName()))
                                                .append("\" alt=\"")
                                                .append(esc(r.experiment().name()))
                                                .append("\"></p>\n"));
                if (!r.result().files().isEmpty()) {
                    h.append("<p>Data: ");
                    r.result()
                            .files()
                            .forEach(
                                    f ->
                                            h.append("<a href=\"")
                                                    .append(esc(r.folder() + "/" + f.getFileName()))
                                                    .append("\">")
                                                    .append(esc(f.getFileName().toString()))
                                                    .append("</a> "));
                    h.append("</p>\n");
                }
            }
        }
        h.append("</body></html>\n");
        return h.toString();
    }
}
