package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public factory and builder of the core rejects NaN, infinities and out-of-range values with
 * an IllegalArgumentException whose message names the parameter.
 */
class ValidationTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double[] NON_FINITE = {NAN, INF, -INF};

    private static IllegalArgumentException rejects(String parameter, Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e, parameter);
        assertTrue(
                x.getMessage().contains(parameter),
                "message should name " + parameter + ": " + x.getMessage());
        return x;
    }

    /**
     * Each non-finite value, and each listed out-of-range value, is refused naming the parameter.
     */
    private static void rejectsAll(String parameter, DoubleConsumer factory, double... outOfRange) {
        for (double v : NON_FINITE) {
            IllegalArgumentException x = rejects(parameter, () -> factory.accept(v));
            assertTrue(x.getMessage().contains(String.valueOf(v)), x.getMessage());
        }
        for (double v : outOfRange) {
            rejects(parameter, () -> factory.accept(v));
        }
    }

    @Test
    void lifParameters() {
        LifParameters d = LifParameters.songMillerAbbott2000();
        rejectsAll("tauMs", d::withTauMs, 0.0, -1.0);
        rejectsAll("vRestMv", d::withVRestMv);
        rejectsAll("vThresholdMv", d::withVThresholdMv, -60.0, -70.0);
        rejectsAll("vResetMv", d::withVResetMv, -54.0, -40.0);
        rejectsAll("refractoryMs", d::withRefractoryMs, -0.1);
        rejectsAll("tauSynMs", d::withTauSynMs, 0.0, -5.0);
        rejectsAll("currentMv", d::rateForConstantInputHz);
        IllegalArgumentException e = rejects("tauMs", () -> d.withTauMs(NAN));
        assertEquals("tauMs must be > 0 and finite (ms): NaN", e.getMessage());
        assertDoesNotThrow(() -> d.withRefractoryMs(0.0));
    }

    @Test
    void populations() {
        TransferFunction f = TransferFunction.linear();
        rejectsAll("tauMs", v -> RatePopulation.of("r", 3, v, f), 0.0, -1.0);
        rejects("size", () -> RatePopulation.of("r", 0, 10, f));
        rejects("transfer", () -> RatePopulation.of("r", 3, 10, null));
        rejects("name", () -> RatePopulation.of(null, 3, 10, f));
        rejects("name", () -> RatePopulation.of(" ", 3, 10, f));
        rejects("name", () -> RatePopulation.of("a/b", 3, 10, f));
        rejects("parameters", () -> LifPopulation.of("l", 3, null));
        rejects("size", () -> LifPopulation.of("l", -1, LifParameters.defaults()));
        RatePopulation r = RatePopulation.of("r", 3, 10, f);
        rejectsAll("external input", v -> r.setExternalInput(0, v));
        rejectsAll("rateHz", v -> r.setRate(0, v));
        rejects("values", () -> r.setExternalInput(new double[2]));
        rejects("values", () -> r.setExternalInput(null));
        rejects("values", () -> r.setExternalInput(new double[] {0, NAN, 0}));
        rejectsAll("rateTauMs", r::withRateTauMs, 0.0);
        LifPopulation l = LifPopulation.of("l", 2, LifParameters.defaults());
        rejectsAll("currentMv", v -> l.setExternalInput(1, v));
        rejects("currentMv", () -> l.setExternalInput(new double[] {1, INF}));
        rejects("currentMv", () -> l.setExternalInput(new double[3]));
        rejectsAll("vMv", v -> l.setVoltage(0, v));
    }

    @Test
    void positions() {
        RatePopulation r = RatePopulation.of("r", 3, 10, TransferFunction.linear());
        rejects("x", () -> r.withPositions(new double[2], new double[3]));
        rejects("y", () -> r.withPositions(new double[3], new double[4]));
        rejects("x", () -> r.withPositions(null, new double[3]));
        rejects("y", () -> r.withPositions(new double[] {0, 1, 2}, new double[] {0, NAN, 0}));
        rejects("x", () -> r.withPositions(new double[] {0, 1, INF}, new double[3]));
        r.withPositions(new double[] {0, 1, 2}, new double[] {3, 4, 5});
        Tol.absolute(0).check("x", 2.0, r.xMm(2));
        try (Simulation sim = Simulation.builder().build()) {
            sim.add(r);
            assertThrows(
                    IllegalStateException.class,
                    () -> r.withPositions(new double[3], new double[3]),
                    "positions are set before the population is added");
        }
    }

    @Test
    void poissonSource() {
        rejectsAll("rateHz", v -> PoissonSource.of("p", 3, v), -1.0);
        rejects("size", () -> PoissonSource.of("p", 0, 5.0));
        rejects("function", () -> PoissonSource.of("p", 3, (RateFunction) null));
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            // rate * dt > 1000: more than one spike per step
            PoissonSource tooFast = PoissonSource.of("p", 3, 10_001.0);
            rejects("rate", () -> sim.add(tooFast));
            assertEquals(0, sim.populations().size(), "a refused source is not added");
            assertDoesNotThrow(() -> sim.add(PoissonSource.of("q", 3, 10_000.0)));
            PoissonSource varying = sim.add(PoissonSource.of("v", 2, (i, t) -> t < 0.25 ? 1 : NAN));
            rejects("rate", () -> sim.run(1.0));
            assertTrue(varying.size() == 2);
        }
    }

    @Test
    void rateFunctionsAndSources() {
        rejectsAll("rateHz", RateFunction::constant, -1.0);
        rejects("ratesHz[1]", () -> RateFunction.perUnit(new double[] {1, -2}));
        rejects("ratesHz[0]", () -> RateFunction.perUnit(new double[] {NAN}));
        rejects("ratesHz", () -> RateFunction.perUnit(null));
        rejects("function", () -> RateSource.of("s", 2, null));
        try (Simulation sim = Simulation.builder().build()) {
            sim.add(RateSource.of("s", 2, (i, t) -> i == 1 ? INF : 1.0));
            rejects("rate", () -> sim.step());
        }
        rejectsAll("gain", v -> TransferFunction.thresholdLinear(v, 0, 10), -1.0);
        rejectsAll("threshold", v -> TransferFunction.thresholdLinear(1, v, 10));
        rejects("maxRateHz", () -> TransferFunction.thresholdLinear(1, 0, NAN));
        rejects("maxRateHz", () -> TransferFunction.thresholdLinear(1, 0, 0));
        rejectsAll("maxRateHz", v -> TransferFunction.sigmoid(v, 1, 0), 0.0);
        rejectsAll("slope", v -> TransferFunction.sigmoid(10, v, 0), 0.0);
        rejectsAll("midpoint", v -> TransferFunction.sigmoid(10, 1, v));
    }

    @Test
    void spikeTimeSource() {
        rejects("timesMs[0]", () -> SpikeTimeSource.of("s", new double[][] {{5.0, 3.0}}));
        rejects("timesMs[0]", () -> SpikeTimeSource.of("s", new double[][] {{5.0, 5.0}}));
        rejects("timesMs[1][0]", () -> SpikeTimeSource.of("s", new double[][] {{1}, {-1.0}}));
        for (double v : NON_FINITE) {
            rejects("timesMs[0][1]", () -> SpikeTimeSource.of("s", new double[][] {{1, v}}));
        }
        rejects("timesMs", () -> SpikeTimeSource.of("s", null));
        rejects("timesMs[1]", () -> SpikeTimeSource.of("s", new double[][] {{1}, null}));
        rejects("size", () -> SpikeTimeSource.of("s", new double[0][]));
        // Brian2 style: parallel arrays
        rejects("timesMs", () -> SpikeTimeSource.of("s", 2, new int[] {0, 1}, new double[] {1}));
        rejects("unit index", () -> SpikeTimeSource.of("s", 2, new int[] {2}, new double[] {1}));
        rejects("units", () -> SpikeTimeSource.of("s", 2, null, new double[] {1}));
        rejects("timesMs", () -> SpikeTimeSource.of("s", 2, new int[] {0}, new double[] {-1}));
        rejects("timesMs", () -> SpikeTimeSource.of("s", 2, new int[] {0}, new double[] {NAN}));
        rejects("size", () -> SpikeTimeSource.of("s", 0, new int[0], new double[0]));
        // Two spikes of one unit in one step are refused when added; the source stays unattached.
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            SpikeTimeSource s = SpikeTimeSource.of("s", new double[][] {{1.0, 1.2}});
            rejects("dtMs", () -> sim.add(s));
            assertEquals(0, sim.populations().size());
            try (Simulation fine = Simulation.builder().dtMs(0.1).build()) {
                assertDoesNotThrow(() -> fine.add(s));
            }
        }
    }

    @Test
    void connectivity() {
        rejectsAll("p", Connectivity::fixedProbability, -0.1, 1.1);
        rejectsAll("peakProbability", v -> Connectivity.distanceDependent(v, 1), -0.1, 1.5);
        rejectsAll("sigmaMm", v -> Connectivity.distanceDependent(0.5, v), 0.0, -1.0);
        rejects("preByPost", () -> Connectivity.explicit(null));
        rejects("preByPost[1]", () -> Connectivity.explicit(new int[][] {{0}, null}));
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", 3, RateFunction.constant(1)));
            Population b = sim.add(RatePopulation.of("b", 2, 5, TransferFunction.linear()));
            WeightInit w = WeightInit.constant(1);
            rejects(
                    "preByPost",
                    () -> sim.connect(a, b, Connectivity.explicit(new int[][] {{0}}), w));
            rejects(
                    "preByPost[0]",
                    () -> sim.connect(a, b, Connectivity.explicit(new int[][] {{1, 0}, {}}), w));
            rejects(
                    "preByPost[1]",
                    () -> sim.connect(a, b, Connectivity.explicit(new int[][] {{}, {3}}), w));
            rejects(
                    "preByPost[1]",
                    () -> sim.connect(a, b, Connectivity.explicit(new int[][] {{}, {-1}}), w));
            rejects("connectivity", () -> sim.connect(a, b, null, w));
            rejects("init", () -> sim.connect(a, b, Connectivity.allToAll(), null));
            rejects("projection name", () -> sim.connect("x/y", a, b, Connectivity.allToAll(), w));
            Population stranger = RateSource.of("c", 3, RateFunction.constant(1));
            rejects(
                    "pre population 'c'",
                    () -> sim.connect(stranger, b, Connectivity.allToAll(), w));
            rejects(
                    "initial weight",
                    () -> sim.connect(a, b, Connectivity.allToAll(), (i, j, r) -> NAN));
            assertEquals(0, sim.projections().size(), "refused projections are not added");
        }
    }

    @Test
    void weightInitAndBounds() {
        rejectsAll("w", WeightInit::constant);
        rejectsAll("min", v -> WeightInit.uniform(v, 1));
        rejectsAll("max", v -> WeightInit.uniform(0, v), 0.0, -1.0);
        rejectsAll("mean", v -> WeightInit.normal(v, 1));
        rejectsAll("sd", v -> WeightInit.normal(0, v), -1.0);
        // Hard bounds may be infinite (one-sided, or unbounded); soft bounds must be finite.
        assertDoesNotThrow(() -> WeightBounds.hard(0, INF));
        assertDoesNotThrow(() -> WeightBounds.hard(-INF, 1));
        rejects("min < max", () -> WeightBounds.hard(INF, 1));
        rejects("min < max", () -> WeightBounds.hard(0, -INF));
        rejectsAll("max", v -> WeightBounds.soft(0, v), 0.0);
        rejectsAll("min", v -> WeightBounds.soft(v, 1), 1.0);
        rejects("min < max", () -> WeightBounds.hard(NAN, 1));
        rejects("min < max", () -> WeightBounds.hard(0, NAN));
        rejects("min < max", () -> WeightBounds.hard(1, 1));
        rejects("must be finite", () -> WeightBounds.soft(-INF, 1));
        assertDoesNotThrow(WeightBounds::unbounded);
        rejects("min < max", () -> LocalRule.named("r", (w, a, b, m) -> 0).bounded(1, 0));
    }

    @Test
    void simulationBuilderAndRun() {
        rejectsAll("dtMs", v -> Simulation.builder().dtMs(v), 0.0, -0.1);
        rejects("threads", () -> Simulation.builder().threads(0));
        rejects("nonFiniteCheckEverySteps", () -> Simulation.builder().nonFiniteCheckEverySteps(0));
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            rejectsAll("durationMs", sim::run, -0.1);
            rejects("durationMs", () -> sim.run(0.25));
            rejects("durationMs", () -> sim.run(0.05));
            rejects("steps", () -> sim.steps(-1));
            assertEquals(0, sim.stepCount(), "refused runs compute nothing");
            sim.run(1000.0);
            assertEquals(10_000, sim.stepCount());
            rejects("key", () -> sim.stream(null));
            rejects(
                    "hook name",
                    () -> sim.addPhaseHook(Simulation.Phase.METABOLISM, "a/b", new NoHook()));
            rejects("hook", () -> sim.addPhaseHook(Simulation.Phase.METABOLISM, "h", null));
            rejects("population", () -> sim.add((Population) null));
            sim.add(RateSource.of("a", 1, RateFunction.constant(1)));
            rejects(
                    "'a' exists already",
                    () -> sim.add(RateSource.of("a", 1, RateFunction.constant(1))));
            rejects("no modulator named 'x'", () -> sim.modulator("x"));
        }
    }

    /**
     * The step count of a duration accepts the rounding error of dt (which grows with the number of
     * steps) and nothing more: a hundred-thousandth of a step off is refused.
     */
    @Test
    void durationsAreWholeNumbersOfSteps() {
        assertEquals(10_000L, Simulation.stepsFor(1000.0, 0.1));
        assertEquals(3L, Simulation.stepsFor(0.3, 0.1)); // 0.3 / 0.1 = 2.9999999999999996
        assertEquals(10_000_000_000L, Simulation.stepsFor(1e8, 0.01));
        assertEquals(0L, Simulation.stepsFor(0.0, 0.1));
        rejects("durationMs", () -> Simulation.stepsFor(0.1 + 1e-6, 0.1));
        rejects("durationMs", () -> Simulation.stepsFor(1e8 + 0.005, 0.01));
    }

    @Test
    void monitorsAndModulatorsAndGates() {
        RatePopulation r = RatePopulation.of("r", 3, 10, TransferFunction.linear());
        rejects("variable 'nope'", () -> Monitors.variable(r, "nope"));
        rejects("population", () -> Monitors.rates(null));
        rejects("unit", () -> Monitors.rates(r).units(3));
        rejectsAll("intervalMs", v -> Monitors.rates(r).everyMs(v), 0.0);
        rejectsAll("baselineMicroMolar", v -> GlobalModulator.of("m", v, 10), -1.0);
        rejectsAll("tauMs", v -> GlobalModulator.of("m", 0, v), 0.0);
        rejects("name", () -> GlobalModulator.of("a/b", 0, 10));
        GlobalModulator m = GlobalModulator.of("m", 0, 10);
        rejectsAll("amountMicroMolar", v -> m.releaseAt(1.0, v));
        rejectsAll("timeMs", v -> m.releaseAt(v, 1.0), -1.0);
        rejectsAll("gain", Gate::constant, -1.0);
        rejectsAll("referenceMicroMolar", v -> Gate.proportionalTo("m", v), 0.0);
        rejectsAll("thresholdMicroMolar", v -> Gate.threshold("m", v), -1.0);
        rejects("name", () -> LocalRule.named(null, (w, a, b, c) -> 0));
        try (Simulation sim = Simulation.builder().build();
                Simulation other = Simulation.builder().build()) {
            RatePopulation mine = sim.add(RatePopulation.of("p", 2, 5, TransferFunction.linear()));
            rejects("not part of this simulation", () -> other.monitor(Monitors.rates(mine)));
            rejects("not part of this simulation", () -> sim.monitor(Monitors.spikes(r)));
            sim.monitor(Monitors.rates(mine));
        }
        rejectsAll(
                "preTauMs", v -> LocalRule.named("x", (w, a, b, c) -> 0).readingTraces(v, 1), 0.0);
        rejectsAll(
                "postTauMs", v -> LocalRule.named("x", (w, a, b, c) -> 0).readingTraces(1, v), 0.0);
    }

    @Test
    void projectionsAndWeights() {
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", 3, RateFunction.constant(1)));
            Population b = sim.add(RatePopulation.of("b", 2, 5, TransferFunction.linear()));
            Projection p =
                    sim.connect(
                            a,
                            b,
                            Connectivity.explicit(new int[][] {{0, 2}, {}}),
                            WeightInit.constant(1));
            rejectsAll("value", v -> p.setWeight(0, 0, v));
            rejects("no synapse from 1 to 0", () -> p.setWeight(0, 1, 1.0));
            rejects("post", () -> p.weight(2, 0));
            rejects("pre", () -> p.weight(0, 3));
            assertTrue(Float.isNaN(p.weight(1, 0)), "unconnected pairs read as NaN");
            rejects("bounds", () -> p.withBounds(null));
            rejects("rule", () -> p.withRule(null));
            rejects("no rule 'x'", () -> p.ruleStateCopy("x", "y"));
            p.withRule(new CapturingRule());
            rejects("already has a rule named 'capture'", () -> p.withRule(new CapturingRule()));
            rejects("synapse", () -> Monitors.weights(p).synapses(2));
        }
    }

    private static final class NoHook implements Simulation.PhaseHook {
        @Override
        public void step(StepContext ctx) {}

        @Override
        public void registerState(StateRegistry registry) {}
    }
}
