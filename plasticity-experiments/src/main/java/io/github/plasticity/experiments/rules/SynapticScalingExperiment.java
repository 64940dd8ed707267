package io.github.plasticity.experiments.rules;

import static io.github.plasticity.core.internal.Means.mean;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.ScalingParameters;
import io.github.plasticity.rules.SynapticScaling;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@code synaptic-scaling}: multiplicative homeostatic scaling returns a unit's rate to its set
 * point and preserves the ratios of its weights (SCIENCE.md §4, checks C4.1-C4.3).
 *
 * <p>Two linear rate neurons r = sum_i w_i x_i, each with N = 100 (full: 1000) inputs at 10 Hz and
 * the same random weights normalised so that r = 10 Hz = a_goal; van Rossum, Bi &amp; Turrigiano
 * 2000 parameters (tau_a = 100 s, beta = 4e-5 /s/Hz, gamma = 1e-7 /s^2/Hz), dt = 1 s. At t = 1000 s
 * the inputs of one neuron drop to 4 Hz (a partial activity blockade, like TTX) and those of the
 * other rise to 20 Hz (hyperactivity, like bicuculline); the run lasts 2e5 s (full: 4e5 s).
 *
 * <p>Expected (derived): both rates return to 10 Hz; every weight of the deprived neuron is
 * multiplied by 10/4 = 2.5 and of the hyperactive one by 10/20 = 0.5 (directions as in Turrigiano
 * et al. 1998); rank-ordered weights after vs before lie on a line through the origin.
 */
public final class SynapticScalingExperiment implements Experiment {
    @Override
    public String name() {
        return "synaptic-scaling";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Multiplicative synaptic scaling returns the rate to its set point and preserves"
                + " weight ratios";
    }

    @Override
    public String reference() {
        return "Turrigiano et al. (1998) Nature 391:892; van Rossum, Bi & Turrigiano (2000) J"
                + " Neurosci 20:8812; SCIENCE.md C4.1-C4.3";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "inputs",
                "inputs; 100, --full 1000",
                "durationS",
                "run duration (s); 2e5, --full 4e5",
                "deprivedInputHz",
                "input rate during deprivation (Hz); 4",
                "hyperactiveInputHz",
                "input rate during hyperactivity (Hz); 20",
                "goalRateHz",
                "firing-rate set point (Hz); 10");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        int n = ctx.intParam("inputs", ctx.full() ? 1000 : 100);
        double durationS = ctx.param("durationS", ctx.full() ? 4e5 : 2e5);
        double deprivedHz = ctx.param("deprivedInputHz", 4.0);
        double hyperHz = ctx.param("hyperactiveInputHz", 20.0);
        double goal = ctx.param("goalRateHz", 10.0);
        double onsetS = 1000.0;
        ScalingParameters params = ScalingParameters.vanRossum2000().withGoalRateHz(goal);

        long steps = Math.round(durationS);
        int every = 100;
        int rows = (int) (steps / every) + 1;
        double[] hours = new double[rows];
        double[] rateDep = new double[rows];
        double[] rateHyp = new double[rows];
        double[] sensorDep = new double[rows];
        double[] sensorHyp = new double[rows];
        double[] w0Dep = new double[rows];
        double[] w1Dep = new double[rows];
        double[] w0Hyp = new double[rows];
        double[] w1Hyp = new double[rows];
        double[] before;
        double[] afterDep;
        double[] afterHyp;
        double settleDep = 0;
        double settleHyp = 0;
        try (Simulation sim =
                Simulation.builder().dtMs(1000.0).seed(ctx.seed()).threads(ctx.threads()).build()) {
            UniformRandomProvider rng = sim.stream("weights");
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = 0.2 + rng.nextDouble();
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] *= goal / (10.0 * sum);
            }
            double onsetMs = onsetS * 1000.0;
            RateSource inDep =
                    sim.add(
                            RateSource.of(
                                    "inputs-deprived",
                                    n,
                                    (i, t) -> t < onsetMs ? 10.0 : deprivedHz));
            RateSource inHyp =
                    sim.add(
                            RateSource.of(
                                    "inputs-hyperactive",
                                    n,
                                    (i, t) -> t < onsetMs ? 10.0 : hyperHz));
            RatePopulation dep =
                    sim.add(RatePopulation.of("deprived", 1, 1.0, TransferFunction.linear()));
            RatePopulation hyp =
                    sim.add(RatePopulation.of("hyperactive", 1, 1.0, TransferFunction.linear()));
            // both start at the set point (otherwise the first sample shows the rate before any
            // input has arrived)
            dep.setRate(0, goal);
            hyp.setRate(0, goal);
            Projection pDep =
                    sim.connect(inDep, dep, Connectivity.allToAll(), (post, pre, r) -> w[pre])
                            .withRule(SynapticScaling.of(params));
            Projection pHyp =
                    sim.connect(inHyp, hyp, Connectivity.allToAll(), (post, pre, r) -> w[pre])
                            .withRule(SynapticScaling.of(params));
            before = widen(pDep.rowCopy(0));
            int r = 0;
            for (long s = 0; s <= steps; s++) {
                if (s > 0) {
                    sim.step();
                }
                double rd = dep.rateHz(0);
                double rh = hyp.rateHz(0);
                if (s * 1000.0 > onsetMs) {
                    if (Math.abs(rd - goal) > 0.05 * Math.abs(deprivedHz / 10.0 * goal - goal)) {
                        settleDep = s - onsetS;
                    }
                    if (Math.abs(rh - goal) > 0.05 * Math.abs(hyperHz / 10.0 * goal - goal)) {
                        settleHyp = s - onsetS;
                    }
                }
                if (s % every == 0 && r < rows) {
                    hours[r] = s / 3600.0;
                    rateDep[r] = rd;
                    rateHyp[r] = rh;
                    sensorDep[r] = pDep.ruleStateCopy("scaling", "activity")[0];
                    sensorHyp[r] = pHyp.ruleStateCopy("scaling", "activity")[0];
                    w0Dep[r] = pDep.weight(0, 0);
                    w1Dep[r] = pDep.weight(0, 1);
                    w0Hyp[r] = pHyp.weight(0, 0);
                    w1Hyp[r] = pHyp.weight(0, 1);
                    r++;
                }
                if (s % 10_000 == 0) {
                    ctx.progress((double) s / steps);
                }
            }
            afterDep = widen(pDep.rowCopy(0));
            afterHyp = widen(pHyp.rowCopy(0));
        }

        double[] exact = ratios(before, afterDep);
        double[] exactHyp = ratios(before, afterHyp);
        double[] sortedBefore = before.clone();
        double[] sortedDep = afterDep.clone();
        double[] sortedHyp = afterHyp.clone();
        Arrays.sort(sortedBefore);
        Arrays.sort(sortedDep);
        Arrays.sort(sortedHyp);
        double[] rankDep = ratios(sortedBefore, sortedDep);
        double[] rankHyp = ratios(sortedBefore, sortedHyp);
        double kDep = mean(rankDep);
        double kHyp = mean(rankHyp);

        ExperimentResult result = new ExperimentResult();
        result.file(
                Csv.write(
                        ctx.outDir().resolve("synaptic-scaling-timecourse.csv"),
                        new String[] {
                            "time_h",
                            "rate_deprived_hz",
                            "sensor_deprived_hz",
                            "rate_hyperactive_hz",
                            "sensor_hyperactive_hz",
                            "w0_deprived",
                            "w1_deprived",
                            "w0_hyperactive",
                            "w1_hyperactive"
                        },
                        hours,
                        rateDep,
                        sensorDep,
                        rateHyp,
                        sensorHyp,
                        w0Dep,
                        w1Dep,
                        w0Hyp,
                        w1Hyp));
        result.file(
                Csv.write(
                        ctx.outDir().resolve("synaptic-scaling-weights.csv"),
                        new String[] {
                            "w_before_sorted", "w_deprived_sorted", "w_hyperactive_sorted"
                        },
                        sortedBefore,
                        sortedDep,
                        sortedHyp));
        // the figure shows the first day (the CSV holds the whole run)
        int shown = Math.min(rows, 24 * 3600 / every + 1);
        double[] h = Arrays.copyOf(hours, shown);
        double endH = h[shown - 1];
        result.figure(
                Figures.line(
                                "Rate returns to its set point (van Rossum et al. 2000 scaling)",
                                "time (h)",
                                "rate (Hz)")
                        .series("deprived: rate", h, Arrays.copyOf(rateDep, shown))
                        .series("deprived: sensor a", h, Arrays.copyOf(sensorDep, shown))
                        .series("hyperactive: rate", h, Arrays.copyOf(rateHyp, shown))
                        .series("hyperactive: sensor a", h, Arrays.copyOf(sensorHyp, shown))
                        .series(
                                "set point a_goal",
                                new double[] {0, endH},
                                new double[] {goal, goal})
                        .write(ctx.outDir().resolve("synaptic-scaling-rate.png")));
        double wMax = sortedBefore[n - 1];
        result.figure(
                Figures.line(
                                "Rank-ordered weights after vs before scaling",
                                "weight before (dimensionless)",
                                "weight after (dimensionless)")
                        .points("deprived (inputs " + deprivedHz + " Hz)", sortedBefore, sortedDep)
                        .points("hyperactive (inputs " + hyperHz + " Hz)", sortedBefore, sortedHyp)
                        .series(
                                "k = " + fmt(kDep) + " x before",
                                new double[] {0, wMax},
                                new double[] {0, kDep * wMax})
                        .series(
                                "k = " + fmt(kHyp) + " x before",
                                new double[] {0, wMax},
                                new double[] {0, kHyp * wMax})
                        .write(ctx.outDir().resolve("synaptic-scaling-ratios.png")));
        result.figure(
                Figures.line(
                                "Two weights of each neuron: same factor, same ratio",
                                "time (h)",
                                "weight (dimensionless)")
                        .series("deprived w0", hours, w0Dep)
                        .series("deprived w1", hours, w1Dep)
                        .series("hyperactive w0", hours, w0Hyp)
                        .series("hyperactive w1", hours, w1Hyp)
                        .write(ctx.outDir().resolve("synaptic-scaling-weights.png")));

        String c42 = "SCIENCE.md C4.2 [D]: the rate returns to a_goal (±0.01 Hz)";
        result.metric(
                Metric.within("deprived: final rate", rateDep[rows - 1], "Hz", goal, 0.01, c42));
        result.metric(
                Metric.within("hyperactive: final rate", rateHyp[rows - 1], "Hz", goal, 0.01, c42));
        double ulp2 = Math.scalb(1.0, -23);
        String c41 =
                "SCIENCE.md C4.1: ratios preserved; float weights: within 2^-23 relative (1e-12 needs"
                        + " doubles)";
        double devDep = maxRelativeDeviation(exact);
        double devHyp = maxRelativeDeviation(exactHyp);
        result.metric(
                Metric.criterion(
                        "deprived: max relative spread of w_after/w_before",
                        devDep,
                        "",
                        "<= 2^-23 (1.19e-7)",
                        devDep <= ulp2,
                        c41));
        result.metric(
                Metric.criterion(
                        "hyperactive: max relative spread of w_after/w_before",
                        devHyp,
                        "",
                        "<= 2^-23 (1.19e-7)",
                        devHyp <= ulp2,
                        c41));
        String c43 =
                "SCIENCE.md C4.3: sorted(w_after)/sorted(w_before) constant; CV < 1e-6 with float"
                        + " weights (1e-9 needs doubles)";
        double cvDep = cv(rankDep);
        double cvHyp = cv(rankHyp);
        result.metric(
                Metric.criterion(
                        "deprived: CV of rank ratios", cvDep, "", "< 1e-6", cvDep < 1e-6, c43));
        result.metric(
                Metric.criterion(
                        "hyperactive: CV of rank ratios", cvHyp, "", "< 1e-6", cvHyp < 1e-6, c43));
        String kSrc =
                "derived: r = k x_new sum(w) = a_goal gives k = 10 Hz / x_new; direction as"
                        + " Turrigiano et al. 1998 (TTX up, bicuculline down)";
        result.metric(
                Metric.within(
                        "deprived: scaling factor k", kDep, "", 10.0 / deprivedHz, 1e-3, kSrc));
        result.metric(
                Metric.within(
                        "hyperactive: scaling factor k", kHyp, "", 10.0 / hyperHz, 1e-3, kSrc));
        String tSrc = "SCIENCE.md C4.2: time scale hours to days (1 h to 96 h)";
        double settleDepH = settleDep / 3600.0;
        double settleHypH = settleHyp / 3600.0;
        result.metric(
                Metric.criterion(
                        "deprived: time to settle within 5 % of the perturbation",
                        settleDepH, "h", "1 to 96", settleDepH >= 1 && settleDepH <= 96, tSrc));
        result.metric(
                Metric.criterion(
                        "hyperactive: time to settle within 5 % of the perturbation",
                        settleHypH, "h", "1 to 96", settleHypH >= 1 && settleHypH <= 96, tSrc));
        return result;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static double[] ratios(double[] before, double[] after) {
        double[] r = new double[before.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = after[i] / before[i];
        }
        return r;
    }

    private static double cv(double[] a) {
        double m = mean(a);
        double v = 0;
        for (double x : a) {
            v += (x - m) * (x - m);
        }
        return Math.sqrt(v / (a.length - 1)) / m;
    }

    private static double maxRelativeDeviation(double[] a) {
        double m = mean(a);
        double d = 0;
        for (double x : a) {
            d = Math.max(d, Math.abs(x / m - 1));
        }
        return d;
    }
}
