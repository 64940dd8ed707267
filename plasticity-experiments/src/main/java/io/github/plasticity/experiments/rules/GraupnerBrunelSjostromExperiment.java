package io.github.plasticity.experiments.rules;

import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.calcium.GraupnerBrunelAnalysis;
import io.github.plasticity.rules.calcium.GraupnerBrunelParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The frequency dependence of STDP in layer-5 visual cortex (Sjöström, Turrigiano &amp; Nelson
 * 2001) against the Graupner &amp; Brunel (2012) "cortical slices" parameter set (Fig. 4B): 75
 * pairs at 0.1-50 Hz with Delta t = +10 and -10 ms. SCIENCE.md C1.5: the model lies within 2.5 SEM
 * of every data point and has the data's sign pattern.
 */
public final class GraupnerBrunelSjostromExperiment implements Experiment {
    /**
     * Sjöström et al. (2001), authors' {@code experimental_data/sjoestroem_regular_all.dat}:
     * frequency (Hz), relative change at +10 ms, SEM, relative change at -10 ms, SEM.
     */
    private static final double[][] DATA = {
        {0.1, -0.04, 0.05, -0.29, 0.08},
        {10, 0.14, 0.10, -0.41, 0.11},
        {20, 0.29, 0.14, -0.34, 0.10},
        {40, 0.53, 0.11, 0.56, 0.32},
        {50, 0.56, 0.26, 0.75, 0.19}
    };

    @Override
    public String name() {
        return "graupner-brunel-sjostrom";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Calcium-based rule (cortical-slice fit) vs the frequency dependence of STDP in L5"
                + " cortex: LTD for post-pre at <= 20 Hz, LTP for both orders at >= 40 Hz";
    }

    @Override
    public String reference() {
        return "Sjöström, Turrigiano & Nelson 2001 Neuron 32:1149; Graupner & Brunel 2012 PNAS"
                + " 109:3991 Fig. 4B";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "pairs",
                "spike pairs per protocol; 75",
                "gridPoints",
                "points of the analytic curves; the reference grid");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        ExperimentResult result = new ExperimentResult();
        Path out = ctx.outDir();
        int pairs = ctx.intParam("pairs", 75);
        int grid = ctx.intParam("gridPoints", GraupnerBrunelAnalysis.REFERENCE_GRID_POINTS);
        GraupnerBrunelParameters p = GraupnerBrunelParameters.corticalSlices();

        // Model at the data points (reference grid) and as curves over frequency (exact).
        int nd = DATA.length;
        double[] f = new double[nd];
        double[] dataPlus = new double[nd];
        double[] semPlus = new double[nd];
        double[] dataMinus = new double[nd];
        double[] semMinus = new double[nd];
        double[] modelPlus = new double[nd];
        double[] modelMinus = new double[nd];
        for (int k = 0; k < nd; k++) {
            f[k] = DATA[k][0];
            dataPlus[k] = DATA[k][1];
            semPlus[k] = DATA[k][2];
            dataMinus[k] = DATA[k][3];
            semMinus[k] = DATA[k][4];
            modelPlus[k] = relative(p, 10, f[k], pairs, grid);
            modelMinus[k] = relative(p, -10, f[k], pairs, grid);
        }
        result.file(
                Csv.write(
                        out.resolve("sjostrom_points.csv"),
                        new String[] {
                            "frequency_Hz",
                            "data_plus10ms",
                            "sem_plus10ms",
                            "model_plus10ms",
                            "data_minus10ms",
                            "sem_minus10ms",
                            "model_minus10ms"
                        },
                        f,
                        dataPlus,
                        semPlus,
                        modelPlus,
                        dataMinus,
                        semMinus,
                        modelMinus));
        int nf = ctx.full() ? 501 : 101;
        double[] fc = new double[nf];
        double[] curvePlus = new double[nf];
        double[] curveMinus = new double[nf];
        for (int k = 0; k < nf; k++) {
            fc[k] = 0.1 + k * (50.0 - 0.1) / (nf - 1);
            curvePlus[k] = relative(p, 10, fc[k], pairs, 0);
            curveMinus[k] = relative(p, -10, fc[k], pairs, 0);
        }
        result.file(
                Csv.write(
                        out.resolve("model_vs_frequency.csv"),
                        new String[] {"frequency_Hz", "model_plus10ms", "model_minus10ms"},
                        fc,
                        curvePlus,
                        curveMinus));
        result.figure(
                errorBarFigure(
                        out.resolve("sjostrom_vs_model.png"), f, fc, curvePlus, curveMinus, pairs));
        ctx.progress(0.5);

        // Fig. 4B: STDP curves at 1, 20, 30, 40, 50 Hz (Delta t within half a period).
        double[] freqs = {1, 20, 30, 40, 50};
        Figures.Line fig4b =
                Figures.line(
                        "Cortical-slice set, " + pairs + " pairs (Graupner & Brunel 2012 Fig. 4B)",
                        "spike timing t_post - t_pre (ms)",
                        "change in synaptic strength (after/before)");
        int nt = 121;
        double[] tCol = new double[nt * freqs.length];
        double[] fCol = new double[nt * freqs.length];
        double[] cCol = new double[nt * freqs.length];
        for (int q = 0; q < freqs.length; q++) {
            double half = Math.min(60.0, 500.0 / freqs[q]);
            double[] t = new double[nt];
            double[] c = new double[nt];
            for (int k = 0; k < nt; k++) {
                t[k] = -half + 2 * half * k / (nt - 1);
                c[k] = GraupnerBrunelAnalysis.pairingOutcome(p, t[k], freqs[q], pairs).change();
                tCol[q * nt + k] = t[k];
                fCol[q * nt + k] = freqs[q];
                cCol[q * nt + k] = c[k];
            }
            fig4b.series((int) freqs[q] + " Hz", t, c);
        }
        result.file(
                Csv.write(
                        out.resolve("stdp_curves_by_frequency.csv"),
                        new String[] {"frequency_Hz", "delta_t_ms", "change"},
                        fCol,
                        tCol,
                        cCol));
        result.figure(fig4b.write(out.resolve("stdp_curves_by_frequency.png")));
        ctx.progress(0.9);

        // SCIENCE.md C1.5.
        String src = "Sjöström et al. 2001 (authors' sjoestroem_regular_all.dat), SCIENCE.md C1.5";
        boolean ltdLow = true;
        boolean ltpHigh = true;
        for (int k = 0; k < nd; k++) {
            result.metric(
                    Metric.within(
                            "relative change +10 ms at " + f[k] + " Hz",
                            modelPlus[k],
                            "",
                            dataPlus[k],
                            2.5 * semPlus[k],
                            src + " (2.5 SEM)"));
            result.metric(
                    Metric.within(
                            "relative change -10 ms at " + f[k] + " Hz",
                            modelMinus[k],
                            "",
                            dataMinus[k],
                            2.5 * semMinus[k],
                            src + " (2.5 SEM)"));
            if (f[k] <= 20) {
                ltdLow &= modelMinus[k] < 0;
            }
            if (f[k] >= 40) {
                ltpHigh &= modelPlus[k] > 0 && modelMinus[k] > 0;
            }
        }
        double worstLow = Double.NEGATIVE_INFINITY;
        double worstHigh = Double.POSITIVE_INFINITY;
        for (int k = 0; k < nd; k++) {
            if (f[k] <= 20) {
                worstLow = Math.max(worstLow, modelMinus[k]);
            } else {
                worstHigh = Math.min(worstHigh, Math.min(modelPlus[k], modelMinus[k]));
            }
        }
        result.metric(
                Metric.criterion(
                        "largest -10 ms change at <= 20 Hz",
                        worstLow,
                        "",
                        "< 0 (LTD)",
                        ltdLow,
                        src));
        result.metric(
                Metric.criterion(
                        "smallest change of either order at >= 40 Hz",
                        worstHigh,
                        "",
                        "> 0 (LTP)",
                        ltpHigh,
                        src));
        return result;
    }

    /** Model relative change (0 = none) of {@code pairs} pairs. */
    private static double relative(
            GraupnerBrunelParameters p, double dt, double f, int pairs, int grid) {
        return GraupnerBrunelAnalysis.pairingOutcomeOnGrid(p, dt, f, pairs, grid).change() - 1;
    }

    private static Path errorBarFigure(
            Path file, double[] f, double[] fc, double[] plus, double[] minus, int pairs)
            throws IOException {
        XYChart c =
                new XYChartBuilder()
                        .width(800)
                        .height(500)
                        .title(
                                "Sjöström et al. 2001 vs Graupner & Brunel 2012 ("
                                        + pairs
                                        + " pairs)")
                        .xAxisTitle("pairing frequency (Hz)")
                        .yAxisTitle("relative change in synaptic strength (0 = none)")
                        .build();
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setMarkerSize(7);
        XYSeries mp = c.addSeries("model, +10 ms", fc, plus);
        mp.setMarker(SeriesMarkers.NONE);
        XYSeries mm = c.addSeries("model, -10 ms", fc, minus);
        mm.setMarker(SeriesMarkers.NONE);
        double[] yp = new double[DATA.length];
        double[] ep = new double[DATA.length];
        double[] ym = new double[DATA.length];
        double[] em = new double[DATA.length];
        for (int k = 0; k < DATA.length; k++) {
            yp[k] = DATA[k][1];
            ep[k] = DATA[k][2];
            ym[k] = DATA[k][3];
            em[k] = DATA[k][4];
        }
        XYSeries dp = c.addSeries("data, +10 ms (mean ± SEM)", f, yp, ep);
        dp.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYSeries dm = c.addSeries("data, -10 ms (mean ± SEM)", f, ym, em);
        dm.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        BitmapEncoder.saveBitmap(
                c, file.resolveSibling(base).toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
