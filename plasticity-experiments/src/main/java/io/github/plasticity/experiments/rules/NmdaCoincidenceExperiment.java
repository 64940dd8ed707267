package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.calcium.MgBlock;
import io.github.plasticity.rules.calcium.ShouvalCalciumRule;
import io.github.plasticity.rules.calcium.ShouvalParameters;
import io.github.plasticity.rules.calcium.ShouvalProtocol;
import java.nio.file.Path;
import java.util.Map;

/**
 * NMDA receptors as coincidence detectors: the Mg²⁺ block B(V) (Jahr &amp; Stevens 1990 fit), the
 * resulting calcium influx ratio between a depolarised and a resting synapse, measured in a
 * simulated network (Shouval calcium rule onto LIF units held at -65 and -20 mV), and the weight
 * change of presynaptic stimulation paired with a postsynaptic voltage clamp (Shouval, Bear &amp;
 * Cooper 2002 Fig. 3A).
 */
public final class NmdaCoincidenceExperiment implements Experiment {
    private static final double[] C11_V = {-100, -80, -65, -50, -40, -20, 0, 20, 40};
    private static final double[] C11_B = {
        0.0072, 0.0244, 0.0597, 0.1385, 0.2302, 0.5081, 0.7812, 0.9250, 0.9771
    };

    @Override
    public String name() {
        return "nmda-coincidence";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Mg2+ block of NMDA receptors makes calcium influx require pre- and postsynaptic"
                + " coincidence (about 6.5x more at -20 than at -65 mV); clamp-pairing gives LTD"
                + " then LTP with depolarisation";
    }

    @Override
    public String reference() {
        return "Jahr & Stevens 1990 J Neurosci 10:3178 (fit); Shouval, Bear & Cooper 2002 PNAS"
                + " 99:10831 Fig. 3A";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "mgMm",
                "extracellular magnesium (mM); 1.0",
                "clampPulses",
                "presynaptic pulses per clamp level; 100",
                "clampRateHz",
                "pulse rate during the clamp (Hz); 1");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        ExperimentResult result = new ExperimentResult();
        Path out = ctx.outDir();
        double mg = ctx.param("mgMm", 1.0);
        int pulses = ctx.intParam("clampPulses", 100);
        double clampRateHz = ctx.param("clampRateHz", 1.0);
        MgBlock one = new MgBlock(mg);
        MgBlock two = new MgBlock(2.0 * mg);
        ShouvalParameters sp = ShouvalParameters.shouvalBearCooper2002().withMgMm(mg);

        // 1. The block curve and the relative influx B(V)(V - Vr) / (B(-65)(-65 - Vr)).
        int nv = 141;
        double[] v = new double[nv];
        double[] b1 = new double[nv];
        double[] b2 = new double[nv];
        double[] influx = new double[nv];
        for (int k = 0; k < nv; k++) {
            v[k] = -100 + k;
            b1[k] = one.unblocked(v[k]);
            b2[k] = two.unblocked(v[k]);
            influx[k] = one.influxRatio(v[k], -65, sp.vReversalMv());
        }
        result.file(
                Csv.write(
                        out.resolve("mg_block.csv"),
                        new String[] {
                            "v_mV", "unblocked_1x", "unblocked_2x", "influx_relative_to_minus65mV"
                        },
                        v,
                        b1,
                        b2,
                        influx));
        result.figure(
                Figures.line(
                                "NMDA Mg2+ block, Jahr & Stevens (1990) fit",
                                "membrane potential (mV)",
                                "unblocked fraction B(V) (dimensionless)")
                        .series("[Mg] = " + mg + " mM", v, b1)
                        .series("[Mg] = " + 2 * mg + " mM", v, b2)
                        .write(out.resolve("mg_block.png")));
        result.figure(
                Figures.line(
                                "NMDA calcium influx relative to rest",
                                "membrane potential (mV)",
                                "B(V)(V - Vr) / B(-65)(-65 - Vr) (dimensionless)")
                        .series("[Mg] = " + mg + " mM", v, influx)
                        .write(out.resolve("nmda_influx.png")));
        ctx.progress(0.2);
        if (mg == 1.0) {
            for (int k = 0; k < C11_V.length; k += 2) {
                result.metric(
                        Metric.within(
                                "B(" + (int) C11_V[k] + " mV), 1 mM",
                                one.unblocked(C11_V[k]),
                                "",
                                C11_B[k],
                                1e-4,
                                "SCIENCE.md C1.1 [D] (closed form)"));
            }
            result.metric(
                    Metric.within(
                            "B(-65 mV), 2 mM",
                            two.unblocked(-65),
                            "",
                            0.0308,
                            1e-4,
                            "SCIENCE.md C1.1 [D]"));
        }

        // 2. Coincidence ratio measured in a network: LIF units held at -65 and -20 mV.
        double closedForm = one.influxRatio(-20, -65, sp.vReversalMv());
        double measured = simulatedRatio(sp.withEpspPeakMv(0), ctx.seed());
        result.metric(
                Metric.within(
                        "coincidence ratio Ca(-20 mV)/Ca(-65 mV), simulated",
                        measured,
                        "",
                        closedForm,
                        1e-4 * closedForm,
                        "closed form B(-20)(-150)/(B(-65)(-195)), SCIENCE.md C1.1"));
        if (mg == 1.0) {
            result.metric(
                    Metric.within(
                            "coincidence ratio, closed form",
                            closedForm,
                            "",
                            6.5,
                            0.1,
                            "SCIENCE.md C1.1 [D] (about 6.5)"));
        }
        ctx.progress(0.4);

        // 3. Pairing with a voltage clamp (Shouval et al. 2002 Fig. 3A).
        int nc = ctx.full() ? 61 : 13;
        double[] clamp = new double[nc];
        double[] ratio = new double[nc];
        for (int k = 0; k < nc; k++) {
            clamp[k] = -70 + k * 60.0 / (nc - 1);
            ratio[k] =
                    ShouvalProtocol.voltageClamp(sp, clamp[k], clampRateHz, pulses).weightRatio();
            ctx.progress(0.4 + 0.6 * (k + 1) / nc);
        }
        result.file(
                Csv.write(
                        out.resolve("voltage_clamp.csv"),
                        new String[] {"clamp_mV", "weight_ratio"},
                        clamp,
                        ratio));
        result.figure(
                Figures.line(
                                "Pairing with voltage clamp ("
                                        + pulses
                                        + " pulses at "
                                        + clampRateHz
                                        + " Hz), Shouval et al. 2002 Fig. 3A",
                                "clamp potential (mV)",
                                "W(final)/W(initial) (dimensionless)")
                        .series("Shouval rule", clamp, ratio)
                        .write(out.resolve("voltage_clamp.png")));
        double rest = ShouvalProtocol.voltageClamp(sp, -65, clampRateHz, pulses).weightRatio();
        double ltd = ShouvalProtocol.voltageClamp(sp, -55, clampRateHz, pulses).weightRatio();
        double ltp = ShouvalProtocol.voltageClamp(sp, -20, clampRateHz, pulses).weightRatio();
        String src = "Shouval, Bear & Cooper 2002 Fig. 3A (direction)";
        result.metric(
                Metric.criterion(
                        "W ratio clamped at -65 mV",
                        rest,
                        "",
                        "|x - 1| < 0.05",
                        Math.abs(rest - 1) < 0.05,
                        src));
        result.metric(
                Metric.criterion("W ratio clamped at -55 mV", ltd, "", "< 1 (LTD)", ltd < 1, src));
        result.metric(
                Metric.criterion("W ratio clamped at -20 mV", ltp, "", "> 1 (LTP)", ltp > 1, src));
        return result;
    }

    /** Ratio of the calcium one presynaptic spike brings to synapses at -20 and at -65 mV. */
    static double simulatedRatio(ShouvalParameters p, long seed) {
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(seed).build()) {
            SpikeTimeSource in = sim.add(SpikeTimeSource.of("in", new double[][] {{10.0}}));
            LifParameters lif = new LifParameters(20.0, -65.0, 0.0, -65.0, 1.0, 5.0);
            LifPopulation post = sim.add(LifPopulation.of("post", 2, lif));
            post.setExternalInput(1, 45.0);
            post.setVoltage(1, -20.0);
            // Weights bounded to 1e-6 mV: transmission must not move the clamped potentials.
            Projection proj =
                    sim.connect(in, post, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(0.0, 1e-6))
                            .withRule(ShouvalCalciumRule.of(p));
            sim.run(60.0);
            double[] ca = proj.ruleStateCopy("shouval", "calcium");
            return ca[1] / ca[0];
        }
    }
}
