package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Monitors: sampling interval and times, spikes, selected synapses and rule state. */
class MonitorsTest {

    /**
     * Interval sampling: with dt 0.1 ms and everyMs(1.0) the monitor records the state at 1, 2,
     * ..., 10 ms, the last sample being the final state. Reference: the closed-form relaxation of a
     * rate unit at those times (exact step; relative 1e-12 as in RatePopulationTest).
     */
    @Test
    void variableMonitorSamplesAtIntervalEnds() {
        double tau = 4.0;
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            RatePopulation pop = sim.add(RatePopulation.of("r", 3, tau, TransferFunction.linear()));
            pop.setExternalInput(new double[] {1.0, 2.0, 3.0});
            VariableMonitor every = sim.monitor(Monitors.rates(pop).units(2, 0).everyMs(1.0));
            VariableMonitor all = sim.monitor(Monitors.variable(pop, "external"));
            sim.run(10.0);
            assertEquals(10, every.sampleCount());
            assertArrayEquals(new int[] {2, 0}, every.unitsCopy());
            double[] times = every.timesMs();
            double[][] values = every.values();
            for (int s = 0; s < 10; s++) {
                Tol.relative(1e-12).check("sample time", s + 1.0, times[s]);
                double decay = Math.exp(-times[s] / tau);
                Tol.relative(1e-12).check("unit 2 at " + times[s], 3.0 * (1 - decay), values[s][0]);
                Tol.relative(1e-12).check("unit 0 at " + times[s], 1.0 * (1 - decay), values[s][1]);
                assertEquals(values[s][1], every.series(1)[s]);
            }
            assertEquals(pop.rateHz(2), values[9][0], "the last sample is the final state");
            assertEquals(100, all.sampleCount(), "default interval: every step");
            Tol.relative(1e-12).check("first sample time", 0.1, all.timesMs()[0]);
            assertArrayEquals(new double[] {1.0, 2.0, 3.0}, all.values()[57]);
            assertThrows(IllegalStateException.class, () -> every.everyMs(2.0));
            // Narrowing after setting the interval keeps it (it used to reset to every step).
            VariableMonitor narrowed = sim.monitor(Monitors.rates(pop).everyMs(2.0).units(1));
            sim.run(10.0);
            assertEquals(5, narrowed.sampleCount());
            Tol.relative(1e-12).check("first narrowed sample", 12.0, narrowed.timesMs()[0]);
        }
    }

    /**
     * A modulator monitor records the concentration the rules see at the end of each step: for a
     * global modulator following f(t) = 0.5 + t / 100 µM, exactly f at the sample's end time.
     * Unknown modulators are refused when attached, naming the known ones.
     */
    @Test
    void modulatorMonitorRecordsConcentrationAtUnits() {
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            RatePopulation pop = sim.add(RatePopulation.of("r", 2, 5.0, TransferFunction.linear()));
            sim.add(GlobalModulator.ofFunction("da", t -> 0.5 + t / 100.0));
            VariableMonitor m = sim.monitor(Monitors.modulator("da", pop).everyMs(2.0));
            sim.run(10.0);
            assertEquals(5, m.sampleCount());
            for (int k = 0; k < 5; k++) {
                double t = m.timesMs()[k];
                Tol.absolute(1e-12).check("sample time", 2.0 * (k + 1), t);
                Tol.relative(1e-12)
                        .check("da at unit 0, " + t + " ms", 0.5 + t / 100, m.values()[k][0]);
                assertEquals(m.values()[k][0], m.values()[k][1], "a global signal is uniform");
            }
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> sim.monitor(Monitors.modulator("ach", pop)));
            assertTrue(
                    e.getMessage().contains("ach") && e.getMessage().contains("da"),
                    e.getMessage());
        }
    }

    /**
     * A per-unit monitor reads a live array kept by another component; an array of the wrong size
     * is refused when attached.
     */
    @Test
    void perUnitMonitorReadsLiveArray() {
        double[] live = {1.0, 2.0, 3.0};
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            RatePopulation pop = sim.add(RatePopulation.of("r", 3, 5.0, TransferFunction.linear()));
            VariableMonitor m = sim.monitor(Monitors.perUnit("custom", pop, () -> live).units(2));
            sim.run(2.0);
            live[2] = 7.0;
            sim.run(1.0);
            assertArrayEquals(new double[] {3.0, 3.0, 7.0}, m.series(0), 0.0);
            assertThrows(
                    IllegalStateException.class,
                    () -> sim.monitor(Monitors.perUnit("short", pop, () -> new double[2])));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Monitors.perUnit("bad", pop, () -> live).units(3));
        }
    }

    /** Spikes are recorded with their unit and the start time of their step (Brian2 convention). */
    @Test
    void spikeMonitorRecordsReplayedSpikes() {
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            SpikeTimeSource src =
                    sim.add(
                            SpikeTimeSource.of(
                                    "src",
                                    3,
                                    new int[] {2, 0, 2, 1},
                                    new double[] {0.5, 1.0, 0.2, 1.04}));
            SpikeMonitor m = sim.monitor(Monitors.spikes(src));
            sim.run(2.0);
            assertEquals(4, m.count());
            assertArrayEquals(new int[] {2, 2, 0, 1}, m.units());
            double[] t = m.timesMs();
            double[] expected = {0.2, 0.5, 1.0, 1.0}; // 1.04 ms is step round(10.4) = 10
            for (int k = 0; k < 4; k++) {
                Tol.absolute(1e-12).check("spike time " + k, expected[k], t[k]);
            }
            assertArrayEquals(new int[] {1, 1, 2}, m.countsPerUnit());
            assertEquals(src, m.population());
            assertThrows(UnsupportedOperationException.class, () -> m.everyMs(1.0));
        }
    }

    /**
     * Selected synapses of a sparse projection with empty rows are mapped to the right (post, pre)
     * pairs: the rule sets each weight to a code of its pair and the step, so every sample names
     * its synapse. Also records a rule's per-synapse state.
     */
    @Test
    void weightMonitorRecordsSelectedSynapses() {
        int[][] rows = {{}, {0, 2}, {}, {}, {1}, {0, 1, 2}, {}};
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            RateSource a = sim.add(RateSource.of("a", 3, RateFunction.constant(1)));
            RateSource b = sim.add(RateSource.of("b", rows.length, RateFunction.constant(1)));
            Projection p =
                    sim.connect(a, b, Connectivity.explicit(rows), WeightInit.constant(0))
                            .withRule(new CodingRule());
            // synapse order: (1,0)=0 (1,2)=1 (4,1)=2 (5,0)=3 (5,1)=4 (5,2)=5
            WeightMonitor w = sim.monitor(Monitors.weights(p).synapses(5, 0, 2).everyMs(1.0));
            WeightMonitor state = sim.monitor(Monitors.ruleState(p, "code", "steps").synapses(3));
            WeightMonitor allWeights = sim.monitor(Monitors.weights(p));
            WeightMonitor narrowed = sim.monitor(Monitors.weights(p).everyMs(1.5).synapses(1));
            sim.run(3.0);
            assertArrayEquals(new int[] {5, 0, 2}, w.synapsesCopy());
            assertEquals(3, w.sampleCount());
            float[][] v = w.values();
            for (int s = 0; s < 3; s++) {
                int step = 2 * s + 1; // samples after steps 1, 3, 5 (t = 1, 2, 3 ms)
                Tol.absolute(0).check("time", s + 1.0, w.timesMs()[s]);
                assertEquals(code(5, 2, step), v[s][0]);
                assertEquals(code(1, 0, step), v[s][1]);
                assertEquals(code(4, 1, step), v[s][2]);
            }
            assertEquals(6, state.sampleCount());
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, state.series(0));
            assertEquals(6, allWeights.values()[5].length);
            assertEquals(2, narrowed.sampleCount());
            assertEquals(code(1, 2, 5), narrowed.values()[1][0]);
            assertArrayEquals(p.weightsCopy(), allWeights.values()[5]);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Monitors.ruleState(p, "code", "scalar"),
                    "scalar state is read with ruleStateCopy");
            assertArrayEquals(new double[] {6}, p.ruleStateCopy("code", "scalar"));
        }
    }

    private static float code(int post, int pre, int step) {
        return 100f * post + 10f * pre + step;
    }

    /** Sets each weight to 100 post + 10 pre + step index, and counts steps per synapse. */
    private static final class CodingRule implements LearningRule {
        @Override
        public String name() {
            return "code";
        }

        @Override
        public RuleKernel bind(RuleBinding b) {
            float[][] w = b.weights();
            int[][] idx = b.preIndices();
            float[][] steps = b.synapseState("steps", 0f);
            double[] scalar = b.state("scalar", 1, 0.0);
            return new RuleKernel() {
                @Override
                public void beforeUpdate(StepContext ctx) {
                    scalar[0]++;
                }

                @Override
                public void update(StepContext ctx, int from, int to) {
                    for (int i = from; i < to; i++) {
                        for (int k = 0; k < w[i].length; k++) {
                            w[i][k] = code(i, idx[i][k], (int) ctx.step());
                            steps[i][k]++;
                        }
                    }
                }
            };
        }
    }
}
