package io.github.plasticity.experiments.motor;

import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.learning.UseProtocol;
import io.github.plasticity.maps.render.MapRenderer;
import java.io.IOException;
import java.nio.file.Path;

/** Figures and CSV shared by the map-learning experiments. */
final class MapLearningOutputs {
    private MapLearningOutputs() {}

    /**
     * Writes {@code PREFIX-before.png}, {@code PREFIX-after.png} (ICMS maps), {@code
     * PREFIX-territory.png} (territories and total over time) and {@code PREFIX.csv}, and adds them
     * to the result.
     */
    static void write(
            ExperimentResult result,
            Path dir,
            String prefix,
            String title,
            BodyModel body,
            UseProtocol.Result r)
            throws IOException {
        result.figure(
                MapRenderer.of(24, title + ": ICMS map before (end of baseline)")
                        .write(r.before(), dir.resolve(prefix + "-before.png")));
        result.figure(
                MapRenderer.of(24, title + ": ICMS map after")
                        .write(r.after(), dir.resolve(prefix + "-after.png")));
        Figures.Line f =
                Figures.line(
                        title
                                + ": territories (protocol starts at "
                                + r.timeS()[r.baselineChunks() - 1]
                                + " s)",
                        "model time (s)",
                        "territory (mm²)");
        int m = body.size();
        for (int e = 0; e < m; e++) {
            f.series(body.effector(e).name(), r.timeS(), r.areaOf(e));
        }
        f.series("total responsive", r.timeS(), r.totalMm2());
        result.figure(f.write(dir.resolve(prefix + "-territory.png")));
        String[] header = new String[m + 4];
        double[][] cols = new double[m + 4][];
        header[0] = "time_s";
        cols[0] = r.timeS();
        for (int e = 0; e < m; e++) {
            header[e + 1] = body.effector(e).name() + "_mm2";
            cols[e + 1] = r.areaOf(e);
        }
        header[m + 1] = "total_mm2";
        cols[m + 1] = r.totalMm2();
        header[m + 2] = "mean_rate_hz";
        cols[m + 2] = r.meanRateHz();
        header[m + 3] = "mep_proxy_hz";
        cols[m + 3] = r.mepHz();
        result.file(Csv.write(dir.resolve(prefix + ".csv"), header, cols));
    }

    /** Largest |rate - goal| / goal over the read-outs (dimensionless). */
    static double maxRateDeviation(UseProtocol.Result r, double goalHz) {
        double d = 0;
        for (double x : r.meanRateHz()) {
            d = Math.max(d, Math.abs(x - goalHz) / goalHz);
        }
        return d;
    }

    /** Mean of the values from index {@code from} to the end. */
    static double meanFrom(double[] x, int from) {
        double s = 0;
        for (int k = from; k < x.length; k++) {
            s += x[k];
        }
        return s / (x.length - from);
    }
}
