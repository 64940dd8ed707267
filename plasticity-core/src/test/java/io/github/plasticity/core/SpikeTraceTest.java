package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Spike traces: exact exponential decay, all-to-all vs nearest, and beforeSpike. */
class SpikeTraceTest {
    private static final double DT = 0.1;
    private static final double TAU = 5.0;
    private static final int N1 = 10; // first spike of unit 0 (t = 1.0 ms)
    private static final int N2 = 30; // second spike of unit 0 (t = 3.0 ms)

    /**
     * Reference: closed form of dx/dt = -x/tau with x += 1 (all-to-all) or x = 1 (nearest) at each
     * spike. After step m, a spike of step n contributes e^{-(m - n) dt/tau} (the trace is on the
     * spike-time clock: a spike at t_s = n dt counts fully in the values after its own step). The
     * decay is applied as a repeated product of e^{-dt/tau}, so after k steps the relative error is
     * about k ulp (here <= 300 steps: 7e-14). Tolerance relative 1e-12.
     */
    @Test
    void tracesDecayExactlyAndCombineByMode() {
        try (Simulation sim = Simulation.builder().dtMs(DT).seed(1).build()) {
            SpikeTimeSource in =
                    sim.add(SpikeTimeSource.of("in", new double[][] {{N1 * DT, N2 * DT}, {}}));
            RatePopulation out =
                    sim.add(RatePopulation.of("out", 2, 10.0, TransferFunction.linear()));
            CapturingRule rule = new CapturingRule();
            sim.connect(in, out, Connectivity.oneToOne(), WeightInit.constant(0.0)).withRule(rule);
            SpikeTrace all = rule.binding.preTrace(TAU, TraceMode.ALL_TO_ALL);
            SpikeTrace nearest = rule.binding.preTrace(TAU, TraceMode.NEAREST);
            assertSame(all, rule.binding.preTrace(TAU, TraceMode.ALL_TO_ALL), "traces are shared");
            for (int m = 0; m < 300; m++) {
                sim.step();
                double a1 = m >= N1 ? Math.exp(-(m - N1) * DT / TAU) : 0.0;
                double a2 = m >= N2 ? Math.exp(-(m - N2) * DT / TAU) : 0.0;
                Tol tol = Tol.relative(1e-12);
                tol.check("all-to-all trace after step " + m, a1 + a2, all.values()[0]);
                tol.check("nearest trace after step " + m, m >= N2 ? a2 : a1, nearest.values()[0]);
                assertEquals(0.0, all.values()[1], "unit 1 never spikes");
                if (m == N1) {
                    // Value before this step's increment: nothing before the first spike.
                    assertEquals(0.0, all.beforeSpike()[0]);
                    assertEquals(0.0, nearest.beforeSpike()[0]);
                } else if (m == N2) {
                    double before = Math.exp(-(N2 - N1) * DT / TAU);
                    tol.check(
                            "all-to-all beforeSpike at the 2nd spike",
                            before,
                            all.beforeSpike()[0]);
                    tol.check(
                            "nearest beforeSpike at the 2nd spike",
                            before,
                            nearest.beforeSpike()[0]);
                } else {
                    // Documented: for units that did not spike, beforeSpike equals values.
                    assertEquals(all.values()[0], all.beforeSpike()[0], "step " + m);
                    assertEquals(nearest.values()[0], nearest.beforeSpike()[0], "step " + m);
                }
                assertEquals(all.values()[1], all.beforeSpike()[1]);
            }
        }
    }

    /**
     * A trace requested after some steps starts at zero and decays from the steps it sees; the
     * post-synaptic trace of a LIF population follows its spikes the same way. Reference: the same
     * closed form, on spikes recorded by a spike monitor.
     */
    @Test
    void postTraceFollowsMonitoredSpikes() {
        try (Simulation sim = Simulation.builder().dtMs(DT).seed(1).build()) {
            RateSource in = sim.add(RateSource.of("in", 1, RateFunction.constant(0.0)));
            LifPopulation lif =
                    sim.add(LifPopulation.of("lif", 1, LifParameters.songMillerAbbott2000()));
            lif.setExternalInput(0, 30.0);
            CapturingRule rule = new CapturingRule();
            sim.connect(in, lif, Connectivity.allToAll(), WeightInit.constant(0.0)).withRule(rule);
            SpikeTrace post = rule.binding.postTrace(20.0, TraceMode.ALL_TO_ALL);
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(lif));
            sim.steps(2000);
            double expected = 0;
            double end = 1999 * DT; // spike-time clock of the last step
            for (double t : spikes.timesMs()) {
                expected += Math.exp(-(end - t) / 20.0);
            }
            Tol.relative(1e-12).check("post trace after 200 ms", expected, post.values()[0]);
            assertEquals(true, spikes.count() > 5);
        }
    }
}
