package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** Poisson sources: spike counts within exact binomial bounds. */
class PoissonSourceTest {

    /**
     * In each step each unit spikes with probability p = r dt / 1000 independently, so the total
     * count over N units and S steps is Binomial(N S, p). Reference: that distribution's quantiles
     * (Commons Statistics), two-sided at a false-failure probability of 1e-6 for the fixed seed
     * (0.5e-6 in each tail).
     */
    @Test
    void homogeneousCountIsWithinBinomialBounds() {
        int n = 200;
        double rate = 20.0;
        double dt = 0.1;
        int steps = 20_000;
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(20251129L).build()) {
            PoissonSource in = sim.add(PoissonSource.of("in", n, rate));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(in));
            sim.steps(steps);
            checkBinomial("total count", spikes.count(), n * steps, rate * dt / 1000.0, 1e-6);
            assertEquals(rate, in.rateHz(0), "the rate variable is the nominal rate");
        }
    }

    /**
     * Inhomogeneous source, one rate per unit and a rate that switches off at 1 s. Each unit's
     * count is Binomial(S, r_i dt / 1000); checked for the 8 units with a union bound, 1e-6 / 8 per
     * unit (total false-failure probability 1e-6). Units at 0 Hz never spike (exact).
     */
    @Test
    void inhomogeneousCountsPerUnitAreWithinBinomialBounds() {
        double dt = 0.1;
        int steps = 100_000; // 10 s
        double[] rates = {0.0, 2.0, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0};
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(7).build()) {
            PoissonSource in =
                    sim.add(
                            PoissonSource.of(
                                    "in",
                                    rates.length + 1,
                                    (i, t) -> i < rates.length ? rates[i] : (t < 1000 ? 50 : 0)));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(in));
            sim.steps(steps);
            int[] counts = spikes.countsPerUnit();
            assertEquals(0, counts[0]);
            for (int i = 1; i < rates.length; i++) {
                checkBinomial(
                        "count of unit " + i, counts[i], steps, rates[i] * dt / 1000.0, 1e-6 / 8);
            }
            double[] times = spikes.timesMs();
            int[] units = spikes.units();
            for (int k = 0; k < times.length; k++) {
                if (units[k] == rates.length) {
                    assertTrue(times[k] < 1000.0, "spike at " + times[k] + " ms after switch-off");
                }
            }
            assertEquals(0.0, in.rateHz(rates.length), "rate variable follows the function");
        }
    }

    /**
     * A constant-rate source draws the geometric gaps between spikes across units and steps instead
     * of one number per unit and step; the trials it stands for must still be independent
     * Bernoulli(p). Two consequences, checked at a total false-failure probability of 2e-6 for the
     * fixed seed: each unit's count over S steps is Binomial(S, p) (union bound over the 50 units,
     * 1e-6 / 50 each), so no unit is favoured by where the gaps start; and the number of steps in
     * which no unit spikes is Binomial(S, (1 - p)^N) (1e-6), which a sampler correlating the units
     * of a step would miss.
     */
    @Test
    void constantRateGapsAreIndependentTrialsPerUnitAndStep() {
        int n = 50;
        double rate = 40.0;
        double dt = 0.1;
        int steps = 100_000;
        double p = rate * dt / 1000.0;
        try (Simulation sim = Simulation.builder().dtMs(dt).seed(11).build()) {
            PoissonSource in = sim.add(PoissonSource.of("in", n, rate));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(in));
            sim.steps(steps);
            int[] counts = spikes.countsPerUnit();
            for (int i = 0; i < n; i++) {
                checkBinomial("count of unit " + i, counts[i], steps, p, 1e-6 / n);
            }
            double[] times = spikes.timesMs();
            int stepsWithSpikes = 0;
            for (int k = 0; k < times.length; k++) {
                if (k == 0 || times[k] != times[k - 1]) {
                    stepsWithSpikes++;
                }
            }
            checkBinomial(
                    "steps without a spike",
                    steps - stepsWithSpikes,
                    steps,
                    Math.pow(1 - p, n),
                    1e-6);
        }
    }

    /** At p = 1 every unit spikes in every step, at rate 0 none ever does (exact). */
    @Test
    void certainAndZeroRatesAreExact() {
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(3).build()) {
            PoissonSource all = sim.add(PoissonSource.of("all", 7, 2000.0));
            PoissonSource none = sim.add(PoissonSource.of("none", 7, 0.0));
            SpikeMonitor a = sim.monitor(Monitors.spikes(all));
            SpikeMonitor z = sim.monitor(Monitors.spikes(none));
            sim.steps(300);
            assertEquals(7 * 300, a.count());
            assertEquals(0, z.count());
        }
    }

    /** The same seed replays the same trains; another population name gives another stream. */
    @Test
    void streamsAreSeededPerName() {
        int[] a = run(5, "in");
        int[] b = run(5, "in");
        int[] c = run(5, "other");
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertTrue(!java.util.Arrays.equals(a, c));
    }

    private static int[] run(long seed, String name) {
        try (Simulation sim = Simulation.builder().seed(seed).build()) {
            PoissonSource in = sim.add(PoissonSource.of(name, 50, 30.0));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(in));
            sim.steps(2000);
            return spikes.units();
        }
    }

    private static void checkBinomial(String what, long count, int trials, double p, double alpha) {
        BinomialDistribution d = BinomialDistribution.of(trials, p);
        int lo = d.inverseCumulativeProbability(alpha / 2);
        int hi = d.inverseSurvivalProbability(alpha / 2);
        assertTrue(
                count >= lo && count <= hi,
                what
                        + " "
                        + count
                        + " outside ["
                        + lo
                        + ", "
                        + hi
                        + "] (Binomial("
                        + trials
                        + ", "
                        + p
                        + "), false-failure probability "
                        + alpha
                        + ")");
    }
}
