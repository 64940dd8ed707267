package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.calcium.ShouvalCalciumRule;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import io.github.plasticity.rules.calcium.ShouvalProtocol;
import java.nio.file.Path;
import java.util.Map;

/**
 * The BCM-shaped frequency dependence of the Shouval, Bear &amp; Cooper (2002) calcium-control rule
 * (Fig. 3B): presynaptic trains of 900 pulses at low rates depress, at high rates potentiate
 * (SCIENCE.md C1.3, protocol of Appendix A.2). The learning rule, run in a simulation on the same
 * trains, reproduces the protocol simulator; blocking NMDA receptors abolishes both LTD and LTP.
 */
public final class ShouvalFrequencyExperiment implements Experiment {
    @Override
    public String name() {
        return "shouval-frequency";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Calcium control (Shouval 2002): LTD at 1-5 Hz, LTP at >= 20 Hz presynaptic"
                + " stimulation (BCM-shaped curve); NMDA block abolishes both";
    }

    @Override
    public String reference() {
        return "Shouval, Bear & Cooper 2002 PNAS 99:10831 Fig. 3B; Dudek & Bear 1992 PNAS (900"
                + " pulses)";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "pulses",
                "pulses of the frequency protocol; 900",
                "epspPeakMv",
                "EPSP peak per presynaptic spike (mV); 10 (Shouval 2002 Fig. 3B)",
                "rulePulses",
                "pulses simulated with the rule for the check; 100, --full the protocol's pulses");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        ExperimentResult result = new ExperimentResult();
        Path out = ctx.outDir();
        int pulses = ctx.intParam("pulses", ShouvalProtocol.RATE_PROTOCOL_PULSES);
        double epsp = ctx.param("epspPeakMv", 10.0);
        int rulePulses = ctx.intParam("rulePulses", ctx.full() ? pulses : 100);
        ShouvalParameters p = ShouvalParameters.shouvalBearCooper2002().withEpspPeakMv(epsp);
        ShouvalParameters blocked = p.withNmdaBlock(0.0);
        double[] rates =
                ctx.full()
                        ? new double[] {
                            0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 70, 100
                        }
                        : new double[] {0.5, 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 100};
        double[] ratio = new double[rates.length];
        double[] ratioBlocked = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            ratio[k] = ShouvalProtocol.presynapticTrain(p, rates[k], pulses).weightRatio();
            ratioBlocked[k] =
                    ShouvalProtocol.presynapticTrain(blocked, rates[k], pulses).weightRatio();
            ctx.progress(0.8 * (k + 1) / rates.length);
        }
        result.file(
                Csv.write(
                        out.resolve("frequency_curve.csv"),
                        new String[] {"rate_Hz", "weight_ratio", "weight_ratio_nmda_blocked"},
                        rates,
                        ratio,
                        ratioBlocked));
        double[] logRates = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            logRates[k] = Math.log10(rates[k]);
        }
        result.figure(
                Figures.line(
                                "Shouval et al. 2002 Fig. 3B: " + pulses + " presynaptic pulses",
                                "log10 stimulation rate (log10 Hz)",
                                "W(final)/W(initial) (dimensionless)")
                        .series("calcium control", logRates, ratio)
                        .series("NMDA receptors blocked", logRates, ratioBlocked)
                        .write(out.resolve("frequency_curve.png")));

        String src = "SCIENCE.md C1.3 (Shouval et al. 2002 Fig. 3B)";
        double maxLow = Double.NEGATIVE_INFINITY;
        double minHigh = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double crossing = Double.NaN;
        for (int k = 0; k < rates.length; k++) {
            if (rates[k] >= 1 && rates[k] <= 5) {
                maxLow = Math.max(maxLow, ratio[k]);
            }
            if (rates[k] >= 20) {
                minHigh = Math.min(minHigh, ratio[k]);
            }
            max = Math.max(max, ratio[k]);
            if (k > 0 && Double.isNaN(crossing) && ratio[k - 1] < 1 && ratio[k] >= 1) {
                double f = (1 - ratio[k - 1]) / (ratio[k] - ratio[k - 1]);
                crossing = rates[k - 1] + f * (rates[k] - rates[k - 1]);
            }
        }
        result.metric(
                Metric.criterion("max W ratio at 1-5 Hz", maxLow, "", "< 0.7", maxLow < 0.7, src));
        result.metric(
                Metric.criterion(
                        "min W ratio at >= 20 Hz", minHigh, "", "> 1.5", minHigh > 1.5, src));
        result.metric(
                Metric.criterion("max W ratio", max, "", "<= 4.0 (Omega_max/W0)", max <= 4.0, src));
        result.metric(
                Metric.criterion(
                        "LTD-to-LTP crossing rate",
                        crossing,
                        "Hz",
                        "between 5 and 20 Hz",
                        crossing > 5 && crossing < 20,
                        "Shouval et al. 2002 Fig. 3B ([M] crossing near 10 Hz, unverified)"));
        double maxBlockedChange = 0;
        for (double r : ratioBlocked) {
            maxBlockedChange = Math.max(maxBlockedChange, Math.abs(r - 1));
        }
        result.metric(
                Metric.criterion(
                        "max |W ratio - 1| with NMDA block 0",
                        maxBlockedChange,
                        "",
                        "< 1e-6 (no LTD, no LTP)",
                        maxBlockedChange < 1e-6,
                        "DESIGN.md: blocking NMDA receptors abolishes both"));

        // The learning rule in a simulation, on the same trains (dt = 1 ms), against the
        // protocol simulator.
        double[] ruleRates = {1.0, 20.0};
        for (int k = 0; k < ruleRates.length; k++) {
            double expected =
                    ShouvalProtocol.presynapticTrain(p, ruleRates[k], rulePulses).weightRatio();
            double measured = ruleRatio(p, ruleRates[k], rulePulses, ctx.seed());
            result.metric(
                    Metric.within(
                            "rule in a simulation, W ratio at " + ruleRates[k] + " Hz",
                            measured,
                            "",
                            expected,
                            1e-4 * Math.abs(expected),
                            "protocol simulator, SCIENCE.md Appendix A.2 ("
                                    + rulePulses
                                    + " pulses)"));
            double measuredBlocked = ruleRatio(blocked, ruleRates[k], rulePulses, ctx.seed());
            result.metric(
                    Metric.within(
                            "rule in a simulation with NMDA block 0, W ratio at "
                                    + ruleRates[k]
                                    + " Hz",
                            measuredBlocked,
                            "",
                            1.0,
                            1e-6,
                            "DESIGN.md: blocking NMDA receptors abolishes LTP and LTD"));
            ctx.progress(0.8 + 0.1 * (k + 1));
        }
        return result;
    }

    /** W/W0 of the Shouval rule on one synapse driven by a regular train, dt = 1 ms. */
    static double ruleRatio(ShouvalParameters p, double rateHz, int pulses, long seed) {
        double duration = pulses * 1000.0 / rateHz + 1000.0;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(seed).build()) {
            SpikeTimeSource in =
                    sim.add(
                            SpikeTimeSource.of(
                                    "in",
                                    new double[][] {ShouvalProtocol.regularTrain(rateHz, pulses)}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[1][0]));
            Projection proj =
                    sim.connect(
                                    in,
                                    post,
                                    Connectivity.allToAll(),
                                    WeightInit.constant(ShouvalProtocol.INITIAL_WEIGHT))
                            .withRule(ShouvalCalciumRule.of(p));
            sim.run(duration);
            return proj.ruleStateCopy("shouval", "weightExact")[0] / ShouvalProtocol.INITIAL_WEIGHT;
        }
    }
}
