package io.github.plasticity.experiments.modulators;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.modulation.DopamineFromRpe;
import io.github.plasticity.core.modulation.FieldGrid;
import io.github.plasticity.core.modulation.NeuromodulatorField;
import io.github.plasticity.core.modulation.RpeCoupling;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.io.Export;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code targeted-dopamine}: dopamine released locally on the sheet (a reward prediction error
 * delivered at one site) trains only the synapses of neurons inside the release footprint.
 *
 * <p>A sheet of postsynaptic rate units (15 × 15 at 0.1 mm; 31 × 31 with {@code --full}) receives
 * constant input; a three-factor local rule \( dw/dt = \eta\, r_{pre} r_{post} (c - c_0)_+ \) reads
 * the dopamine concentration at each neuron. Five positive errors (\( \delta = 1 \)) are released
 * at the sheet centre with a Gaussian footprint \( \sigma \) = 0.2 mm. Since diffusion moves
 * dopamine only ~15 µm in a second (\( D = 1.05 \cdot 10^{-7} \) mm²/ms), the learned change
 * follows the footprint in closed form: \( \Delta w(r) = \eta r_{pre} r_{post} e^{-r^2/2\sigma^2}
 * \sum_k a \tau (1 - e^{-(T - t_k)/\tau}) \).
 */
final class TargetedDopamine implements Experiment {
    @Override
    public String name() {
        return "targeted-dopamine";
    }

    @Override
    public Group group() {
        return Group.MODULATORS;
    }

    @Override
    public String description() {
        return "A local dopamine burst trains only synapses of neurons inside its footprint";
    }

    @Override
    public String reference() {
        return "Izhikevich 2007 Cereb Cortex 17:2443 (dopamine-gated plasticity, tau_d = 200 ms);"
                + " Atcherley et al. 2015 Chem Commun (tonic dopamine, diffusion coefficient)";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "sideUnits",
                "units per side of the square sheet; 15, --full 31",
                "sigmaMm",
                "width of the dopamine release footprint (mm); 0.2",
                "releases",
                "dopamine bursts; 5",
                "eta",
                "learning rate of the three-factor rule (per ms per Hz² per µM); 1e-6",
                "durationMs",
                "run duration (ms); 3000");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int side = ctx.intParam("sideUnits", ctx.full() ? 31 : 15);
        double spacing = 0.1;
        double sigma = ctx.param("sigmaMm", 0.2);
        int releases = ctx.intParam("releases", 5);
        double eta = ctx.param("eta", 1e-6);
        double durationMs = ctx.param("durationMs", 3000.0);
        double preHz = 10.0;
        double postHz = 5.0;
        double dt = 1.0;
        int n = side * side;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % side) * spacing;
            y[i] = (i / side) * spacing;
        }
        double cx = (side - 1) * spacing / 2;
        double cy = cx;
        RpeCoupling coupling = RpeCoupling.defaults().withSpreadSigmaMm(sigma);
        double[] releaseTimes = new double[releases];
        for (int k = 0; k < releases; k++) {
            releaseTimes[k] = 250.0 + 500.0 * k;
        }
        float[][] rows = new float[n][];
        int samples = (int) Math.round(durationMs / 10.0);
        double[] t = new double[samples];
        double[] atCentre = new double[samples];
        double[] at2Sigma = new double[samples];
        double[] at4Sigma = new double[samples];
        double baseline;
        double tau;
        try (Simulation sim =
                Simulation.builder().dtMs(dt).seed(ctx.seed()).threads(ctx.threads()).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 4, RateFunction.constant(preHz)));
            RateSource post = RateSource.of("post", n, RateFunction.constant(postHz));
            post.withPositions(x, y);
            sim.add(post);
            NeuromodulatorField da =
                    sim.add(NeuromodulatorField.dopamine(FieldGrid.covering(0.025, 0.3, post)));
            baseline = da.parameters().baselineMicroMolar();
            tau = da.parameters().tauMs();
            final float c0 = (float) baseline;
            final float rate = (float) eta;
            LocalRule threeFactor = (w, r, q, m) -> rate * r * q * Math.max(0f, m - c0);
            Projection p =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(0.5))
                            .withRule(
                                    LocalRule.named("three-factor", threeFactor)
                                            .modulatedBy("dopamine")
                                            .bounded(0, 1));
            DopamineFromRpe rpe = DopamineFromRpe.of(da, coupling);
            for (double tk : releaseTimes) {
                rpe.releaseAt(tk, 1.0, cx, cy);
            }
            for (int s = 0; s < samples; s++) {
                sim.run(10.0);
                t[s] = sim.timeMs();
                atCentre[s] = da.concentrationAt(cx, cy);
                at2Sigma[s] = da.concentrationAt(cx + 2 * sigma, cy);
                at4Sigma[s] = da.concentrationAt(cx + 4 * sigma, cy);
                ctx.progress((s + 1.0) / samples);
            }
            for (int i = 0; i < n; i++) {
                rows[i] = p.rowCopy(i);
            }
            // Final weights [post][pre] as a NumPy array (plasticity-io).
            Export.npy(ctx.outDir().resolve("final_weights.npy"), p);
        }
        double amount = coupling.burstMicroMolarPerUnitRpe();
        double drive = 0;
        for (double tk : releaseTimes) {
            drive += amount * tau * (1 - Math.exp(-(durationMs - tk) / tau));
        }
        double[] dist = new double[n];
        double[] dw = new double[n];
        double[] closed = new double[n];
        int nearest = 0;
        double sumDw = 0;
        double sumDwR2 = 0;
        double worst = 0;
        double closedCentre = eta * preHz * postHz * drive;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - cx;
            double dy = y[i] - cy;
            dist[i] = Math.sqrt(dx * dx + dy * dy);
            double s = 0;
            for (float v : rows[i]) {
                s += v - 0.5;
            }
            dw[i] = s / rows[i].length;
            closed[i] = closedCentre * Math.exp(-dist[i] * dist[i] / (2 * sigma * sigma));
            if (dist[i] < dist[nearest]) {
                nearest = i;
            }
            sumDw += dw[i];
            sumDwR2 += dw[i] * dist[i] * dist[i];
        }
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(dw[i] - closed[i]) / closedCentre);
        }
        double sigmaLearned = Math.sqrt(sumDwR2 / (2 * sumDw));
        double centre = dw[nearest];
        double centreRatio = dw[nearest] / closed[nearest];
        int changedBeyond = 0;
        int beyond = 0;
        for (int i = 0; i < n; i++) {
            if (dist[i] > 3.5 * sigma) {
                beyond++;
                if (dw[i] > 0.01 * centre) {
                    changedBeyond++;
                }
            }
        }

        Path csv =
                Csv.write(
                        ctx.outDir().resolve("targeted-dopamine.csv"),
                        new String[] {"x_mm", "y_mm", "distance_mm", "dw", "dw_closed_form"},
                        x,
                        y,
                        dist,
                        dw,
                        closed);
        Path traces =
                Csv.write(
                        ctx.outDir().resolve("targeted-dopamine-concentration.csv"),
                        new String[] {"time_ms", "da_centre_uM", "da_2sigma_uM", "da_4sigma_uM"},
                        t,
                        atCentre,
                        at2Sigma,
                        at4Sigma);
        double[] curveR = new double[100];
        double[] curveW = new double[100];
        double maxR = 0;
        for (double d : dist) {
            maxR = Math.max(maxR, d);
        }
        for (int k = 0; k < curveR.length; k++) {
            curveR[k] = maxR * k / (curveR.length - 1.0);
            curveW[k] = closedCentre * Math.exp(-curveR[k] * curveR[k] / (2 * sigma * sigma));
        }
        Path fig1 =
                Figures.line(
                                "Learning vs distance from a local dopamine release",
                                "distance from release point (mm)",
                                "weight change (weight units)")
                        .points("simulated neurons", dist, dw)
                        .series("closed form (release footprint)", curveR, curveW)
                        .write(ctx.outDir().resolve("targeted-dopamine-profile.png"));
        Path fig2 =
                Figures.line("Dopamine after five local releases", "time (ms)", "dopamine (µM)")
                        .series("at release point", t, atCentre)
                        .series("2 sigma away", t, at2Sigma)
                        .series("4 sigma away", t, at4Sigma)
                        .write(ctx.outDir().resolve("targeted-dopamine-concentration.png"));

        String closedSource =
                "closed form: footprint exp(-r^2/2 sigma^2) times decayed releases (this"
                        + " experiment's javadoc)";
        return new ExperimentResult()
                .file(ctx.outDir().resolve("final_weights.npy"))
                .metric(
                        Metric.within(
                                "dw nearest the release point / closed form",
                                centreRatio,
                                "",
                                1.0,
                                0.02,
                                closedSource + "; Euler error O(dt/tau)"))
                .metric(
                        Metric.within(
                                "spatial spread of learning (2-D sigma)",
                                sigmaLearned,
                                "mm",
                                sigma,
                                0.005,
                                "release footprint sigma (RpeCoupling), diffusion negligible"))
                .metric(
                        Metric.within(
                                "max profile deviation / centre change",
                                worst,
                                "",
                                0.0,
                                0.02,
                                closedSource))
                .metric(
                        Metric.criterion(
                                "neurons beyond 3.5 sigma with > 1 % of centre change",
                                changedBeyond,
                                "neurons of " + beyond,
                                "= 0",
                                changedBeyond == 0,
                                "footprint exp(-6.1) = 0.2 % at 3.5 sigma"))
                .figure(fig1)
                .figure(fig2)
                .file(csv)
                .file(traces);
    }
}
