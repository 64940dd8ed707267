package io.github.plasticity.experiments.cli;

import io.github.plasticity.experiments.report.RunRecord;
import io.github.plasticity.experiments.report.Runner;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on a terminal as a bar, elsewhere (batch logs) as one plain line per experiment. */
final class Progress implements Runner.Listener, AutoCloseable {
    private static final int SCALE = 1000;
    private final boolean terminal;
    private final PrintStream err;
    private ProgressBar bar;
    private int index;
    private int count;

    Progress(boolean terminal, PrintStream err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public void started(int i, int n, String name) {
        index = i;
        count = n;
        if (terminal) {
            if (bar == null) {
                bar =
                        new ProgressBarBuilder()
                                .setTaskName("plasticity")
                                .setInitialMax((long) n * SCALE)
                                .setStyle(ProgressBarStyle.ASCII)
                                .setConsumer(
                                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                                .build();
            }
            bar.setExtraMessage(name);
            bar.stepTo((long) i * SCALE);
        } else {
            err.println("[" + (i + 1) + "/" + n + "] " + name + " ...");
        }
    }

    @Override
    public void progress(double fraction) {
        if (bar != null) {
            bar.stepTo((long) ((index + fraction) * SCALE));
        }
    }

    @Override
    public void finished(RunRecord r) {
        String line =
                "["
                        + (index + 1)
                        + "/"
                        + count
                        + "] "
                        + r.experiment().name()
                        + " "
                        + (r.pass() ? "pass" : "FAIL")
                        + String.format(" (%.1f s)", r.wallSeconds())
                        + (r.error() != null ? " error: " + r.error() : "");
        if (bar != null) {
            bar.stepTo((long) (index + 1) * SCALE);
            if (!r.pass()) {
                bar.setExtraMessage(r.experiment().name() + " FAIL");
            }
        } else {
            err.println(line);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
