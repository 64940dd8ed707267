package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.Bcm;
import io.github.plasticity.rules.BcmParameters;
import io.github.plasticity.rules.PostActivity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@code bcm-selectivity}: the BCM rule with a sliding threshold makes a unit selective (SCIENCE.md
 * §3, check C3.2), and the slide is what reverses plasticity after pre-conditioning (check C10.4).
 *
 * <p><b>Selectivity (C3.2).</b> For K = 2, 3, 4 (full: 2 to 6) orthonormal input patterns (identity
 * vectors, rate sources), one pattern per 1 ms update in a seeded random order, the unit's response
 * is y = w.x rectified ({@link PostActivity#WEIGHTED_SUM}); eta = 0.001, threshold theta &larr;
 * theta + (y^2 - theta)/50 per update (Appendix A.4: tau_theta = -1/ln(49/50) ms makes the rule's
 * exact exponential update equal to it), 4e5 updates. Reference: one response K, the others 0,
 * theta = K. The response to pattern k is w_k; final responses are averaged over the last 10 % of
 * updates.
 *
 * <p><b>Metaplasticity (C10.4).</b> One synapse onto a linear rate unit (rates read from the
 * population), y0 = theta0 = 10 Hz, tau_theta = 5 s: 20 s of conditioning (test input silent, unit
 * driven to 30 Hz, or 10 Hz for the control), 1 s pause, then 500 ms of test input at 20 Hz (y = 20
 * Hz). With the sliding threshold the conditioned test depresses while the control potentiates;
 * with the threshold fixed the conditioning has no effect.
 */
public final class BcmSelectivityExperiment implements Experiment {
    @Override
    public String name() {
        return "bcm-selectivity";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "BCM with a sliding threshold becomes selective to one of K patterns (response K);"
                + " the slide reverses plasticity after pre-conditioning";
    }

    @Override
    public String reference() {
        return "Bienenstock, Cooper & Munro (1982) J Neurosci 2:32; Intrator & Cooper (1992) Neural"
                + " Netw 5:3; Castellani et al. (1999) Network 10:111; SCIENCE.md C3.2, C10.4";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "eta",
                "BCM learning rate; 0.001",
                "updates",
                "pattern presentations; 400000",
                "maxPatterns",
                "largest number of patterns K tried; 4, --full 6");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        double eta = ctx.param("eta", 0.001);
        int updates = ctx.intParam("updates", 400_000);
        int kMax = ctx.intParam("maxPatterns", ctx.full() ? 6 : 4);
        double tau = -1.0 / Math.log(1.0 - 1.0 / 50.0);
        int window = updates / 10;
        int every = Math.max(1, updates / 400);
        ExperimentResult result = new ExperimentResult();
        String src = "SCIENCE.md C3.2 [D]: one response K (±10 %), the others < 0.05";

        for (int k = 2; k <= kMax; k++) {
            int rows = updates / every + 1;
            double[] time = new double[rows];
            double[] theta = new double[rows];
            double[][] resp = new double[k][rows];
            double[] mean = new double[k];
            double thetaMean = 0;
            double[] last = new double[k];
            try (Simulation sim =
                    Simulation.builder()
                            .dtMs(1.0)
                            .seed(ctx.seed() * 31 + k)
                            .threads(ctx.threads())
                            .build()) {
                int[] order = new int[updates];
                UniformRandomProvider rng = sim.stream("order");
                for (int n = 0; n < updates; n++) {
                    order[n] = rng.nextInt(k);
                }
                RateSource in =
                        sim.add(
                                RateSource.of(
                                        "in",
                                        k,
                                        (i, t) -> order[(int) Math.round(t)] == i ? 1.0 : 0.0));
                RatePopulation out =
                        sim.add(RatePopulation.of("out", 1, 1.0, TransferFunction.linear()));
                Projection p =
                        sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.0, 1.0))
                                .withRule(
                                        Bcm.of(new BcmParameters(eta, tau, 1.0, 1.0, true))
                                                .withPostActivity(PostActivity.WEIGHTED_SUM));
                int r = 0;
                for (int n = 0; n <= updates; n++) {
                    if (n > 0) {
                        sim.step();
                    }
                    if (n % every == 0 && r < rows) {
                        time[r] = n / 1000.0;
                        theta[r] = p.ruleStateCopy("bcm", "theta")[0];
                        for (int i = 0; i < k; i++) {
                            resp[i][r] = Math.max(0, p.weight(0, i));
                        }
                        r++;
                    }
                    if (n > updates - window) {
                        for (int i = 0; i < k; i++) {
                            mean[i] += Math.max(0, p.weight(0, i)) / window;
                        }
                        thetaMean += p.ruleStateCopy("bcm", "theta")[0] / window;
                    }
                }
                for (int i = 0; i < k; i++) {
                    last[i] = Math.max(0, p.weight(0, i));
                }
            }
            ctx.progress((k - 1.0) / kMax);
            int sel = 0;
            for (int i = 1; i < k; i++) {
                if (mean[i] > mean[sel]) {
                    sel = i;
                }
            }
            double others = 0;
            for (int i = 0; i < k; i++) {
                if (i != sel) {
                    others = Math.max(others, last[i]);
                }
            }
            String[] header = new String[k + 2];
            double[][] cols = new double[k + 2][];
            header[0] = "update_thousands";
            cols[0] = time;
            header[1] = "theta";
            cols[1] = theta;
            Figures.Line fig =
                    Figures.line(
                            "BCM, K = " + k + " orthonormal patterns, eta = " + eta,
                            "updates (thousands; 1 per ms)",
                            "response y = w.x (dimensionless, y0 = 1)");
            for (int i = 0; i < k; i++) {
                header[i + 2] = "y_pattern" + i;
                cols[i + 2] = resp[i];
                fig.series("response to pattern " + i, time, resp[i]);
            }
            fig.series("threshold theta", time, theta);
            result.file(Csv.write(ctx.outDir().resolve("bcm-K" + k + ".csv"), header, cols));
            result.figure(fig.write(ctx.outDir().resolve("bcm-responses-K" + k + ".png")));
            result.metric(
                    Metric.within("selected response, K = " + k, mean[sel], "", k, 0.1 * k, src));
            result.metric(
                    Metric.criterion(
                            "largest other response, K = " + k,
                            others,
                            "",
                            "< 0.05",
                            others < 0.05,
                            src));
            result.metric(
                    Metric.within(
                            "mean threshold, K = " + k,
                            thetaMean,
                            "",
                            k,
                            0.1 * k,
                            "SCIENCE.md §3.2: theta = K at the selective fixed point"));
            result.metric(
                    Metric.within(
                            "averaged ODE selected response, K = " + k,
                            averagedOde(k, eta),
                            "",
                            k,
                            1e-6,
                            "SCIENCE.md C3.2 deterministic check"));
        }

        BcmParameters slide = new BcmParameters(1e-8, 5000.0, 10.0, 10.0, true);
        BcmParameters fixed = slide.withSlidingThreshold(false);
        double slideControl = conditioningTest(slide, 10.0);
        double slideConditioned = conditioningTest(slide, 30.0);
        double fixedControl = conditioningTest(fixed, 10.0);
        double fixedConditioned = conditioningTest(fixed, 30.0);
        ctx.progress(1.0);
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("control (10 Hz)", new double[] {slideControl, fixedControl});
        bars.put("pre-conditioned (30 Hz)", new double[] {slideConditioned, fixedConditioned});
        result.figure(
                Figures.bars(
                        ctx.outDir().resolve("bcm-metaplasticity.png"),
                        "Test-pathway change after conditioning (C10.4)",
                        "weight change (dimensionless)",
                        new String[] {"sliding threshold", "fixed threshold"},
                        bars));
        result.file(
                Csv.write(
                        ctx.outDir().resolve("bcm-metaplasticity.csv"),
                        new String[] {
                            "sliding", "control_dw", "conditioned_dw",
                        },
                        new double[] {1, 0},
                        new double[] {slideControl, fixedControl},
                        new double[] {slideConditioned, fixedConditioned}));
        String c104 = "SCIENCE.md C10.4 [D-suggested]; Bienenstock et al. 1982 sliding threshold";
        result.metric(
                Metric.criterion(
                        "sliding threshold: control change",
                        slideControl,
                        "",
                        "> 0 (LTP)",
                        slideControl > 0,
                        c104));
        result.metric(
                Metric.criterion(
                        "sliding threshold: pre-conditioned change",
                        slideConditioned,
                        "",
                        "< 0 (sign reversal)",
                        slideConditioned < 0,
                        c104));
        result.metric(
                Metric.criterion(
                        "fixed threshold: pre-conditioned change",
                        fixedConditioned,
                        "",
                        "> 0 and = control (no reversal)",
                        fixedConditioned > 0 && fixedConditioned == fixedControl,
                        c104));
        return result;
    }

    /** Test-pathway weight change after conditioning the unit at {@code conditioningHz}. */
    private static double conditioningTest(BcmParameters params, double conditioningHz) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(104).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, (i, t) -> t >= 21_000.0 ? 20.0 : 0.0));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 1, 10.0, TransferFunction.linear()));
            Projection p =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.constant(1.0))
                            .withRule(Bcm.of(params));
            out.setExternalInput(0, conditioningHz);
            sim.run(20_000.0);
            out.setExternalInput(0, 0.0);
            sim.run(1000.0);
            double before = p.weight(0, 0);
            sim.run(500.0);
            return p.weight(0, 0) - before;
        }
    }

    /**
     * The averaged ODE of the protocol, dw_i/dn = (eta/K) w_i (w_i - theta), dtheta/dn = (sum w_i^2
     * / K - theta)/50, RK4 with step 1 update for 60,000 updates; returns the winning weight.
     */
    static double averagedOde(int k, double eta) {
        double[] s = new double[k + 1];
        for (int i = 0; i < k; i++) {
            s[i] = 0.3 + 0.4 * i / k;
        }
        s[k] = 1.0;
        double[] k1 = new double[k + 1];
        double[] k2 = new double[k + 1];
        double[] k3 = new double[k + 1];
        double[] k4 = new double[k + 1];
        double[] t = new double[k + 1];
        for (int n = 0; n < 60_000; n++) {
            flow(s, k1, eta);
            for (int i = 0; i <= k; i++) {
                t[i] = s[i] + 0.5 * k1[i];
            }
            flow(t, k2, eta);
            for (int i = 0; i <= k; i++) {
                t[i] = s[i] + 0.5 * k2[i];
            }
            flow(t, k3, eta);
            for (int i = 0; i <= k; i++) {
                t[i] = s[i] + k3[i];
            }
            flow(t, k4, eta);
            for (int i = 0; i <= k; i++) {
                s[i] += (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
            }
        }
        double best = 0;
        for (int i = 0; i < k; i++) {
            best = Math.max(best, s[i]);
        }
        return best;
    }

    private static void flow(double[] s, double[] out, double eta) {
        int k = s.length - 1;
        double theta = s[k];
        double m2 = 0;
        for (int i = 0; i < k; i++) {
            double y = Math.max(0, s[i]);
            out[i] = eta / k * y * (y - theta);
            m2 += y * y / k;
        }
        out[k] = (m2 - theta) / 50.0;
    }
}
