package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.Seeded;
import io.github.plasticity.testkit.Tolerance;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * SCIENCE.md C2.2: for independent pre and post trains the mean drift of additive pair STDP is \(
 * \nu_{pre}\nu_{post}(A_+\tau_+ - A_-\tau_-) T \) (Kempter, Gerstner &amp; van Hemmen 1999), which
 * is negative with the Song (2000) parameters: 10 Hz x 10 Hz x (-5e-6 s) x 1000 s = -0.5 (units of
 * g_max).
 *
 * <p><b>Set-up.</b> 20 presynaptic and 20 postsynaptic units, all-to-all: 400 synapses, each with
 * its own pair of independent 10 Hz trains (trains are shared only along a row or a column; the
 * covariance this adds is computed below). Every train is drawn from its own seeded stream, so the
 * 400 synapses play the role of many seeds in one run. Trains are Bernoulli processes on a 1 ms
 * lattice (spike probability 0.01 per bin, so exactly 10 Hz, as a Poisson generator with a 1 ms
 * step makes them); the simulation step is 0.5 ms, presynaptic bins fall on even steps and
 * postsynaptic bins on odd ones. No pre and post spike then share a step, and the expected drift is
 * a midpoint Riemann sum of the window integral, relative error \( (1/20)^2/24 = 10^{-4} \). The
 * traces decay exactly per step, so the coarse step changes nothing else. (With pre and post on the
 * same steps, same-step pairs count as \( \Delta t = 0 \) potentiation, as in Brian2, and bias the
 * drift by \( +(A_+ + A_-)\,dt/2 \) per unit rate product: +10 % at dt = 0.1 ms. That bias belongs
 * to the time grid, not to the rule.) Bounds are [-10, 10] g_max: no weight comes near them.
 *
 * <p><b>Tolerance and false-failure probability.</b> For independent Poisson trains the drift of
 * one synapse has variance \( \nu^2 T \int K^2 + 2\nu^3 T (\int K)^2 = 0.0526 \) (\( \int K^2 =
 * (A_+^2\tau_+ + A_-^2\tau_-)/2 \)); two synapses sharing a train covary by \( \nu^3 T (\int K)^2 =
 * 2.5\cdot 10^{-5} \). The mean over the 400 synapses then has standard deviation 0.0116, and the
 * 10 % tolerance (0.05) is 4.3 standard deviations: two-sided false-failure probability below 2e-5
 * (the Bernoulli trains are slightly less variable than Poisson ones).
 */
class PairStdpDriftTest {
    private static final double RATE_HZ = 10.0;
    private static final double T_MS = 1_000_000.0;
    private static final double BIN_MS = 1.0;
    private static final int N = 20;

    /** Bernoulli spike train on bins {@code k * BIN_MS + offsetMs}, geometric gaps. */
    private static double[] train(UniformRandomProvider rng, double offsetMs) {
        double p = RATE_HZ * BIN_MS / 1000.0;
        double logQ = Math.log1p(-p);
        long bins = Math.round(T_MS / BIN_MS);
        double[] out = new double[16];
        int n = 0;
        long k = -1;
        while (true) {
            // Geometric gap >= 1: P(gap = g) = (1-p)^(g-1) p.
            k += 1 + (long) Math.floor(Math.log(1.0 - rng.nextDouble()) / logQ);
            if (k >= bins - 1) {
                break;
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, 2 * n);
            }
            out[n++] = k * BIN_MS + offsetMs;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double[][] trains(long seed, double offsetMs) {
        double[][] t = new double[N][];
        for (int u = 0; u < N; u++) {
            t[u] = train(Seeded.rng(seed + u), offsetMs);
        }
        return t;
    }

    /** Exact all-pairs sum of the window for two trains (double precision, no clock). */
    private static double pairSum(StdpParameters s, double[] pre, double[] post) {
        double sum = 0;
        int lo = 0;
        double reach = 40 * Math.max(s.tauPlusMs(), s.tauMinusMs());
        for (double tPost : post) {
            while (lo < pre.length && pre[lo] < tPost - reach) {
                lo++;
            }
            for (int k = lo; k < pre.length && pre[k] <= tPost + reach; k++) {
                sum += s.pairWindow(tPost - pre[k]);
            }
        }
        return sum;
    }

    @Test
    void uncorrelatedTrainsDriftAtRateProductTimesWindowIntegral() {
        StdpParameters song = StdpParameters.songMillerAbbott2000();
        double[][] pre = trains(1000, 0.0);
        double[][] post = trains(2000, 0.5 * BIN_MS);
        float[] w;
        try (Simulation sim = Simulation.builder().dtMs(0.5 * BIN_MS).seed(7).build()) {
            SpikeTimeSource a = sim.add(SpikeTimeSource.of("pre", pre));
            SpikeTimeSource b = sim.add(SpikeTimeSource.of("post", post));
            Projection p =
                    sim.connect(a, b, Connectivity.allToAll(), WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(-10, 10))
                            .withRule(PairStdp.of(song));
            sim.run(T_MS);
            w = p.weightsCopy();
        }
        double mean = 0;
        for (float v : w) {
            mean += v;
        }
        mean /= w.length;

        // Reference: nu_pre nu_post (A+ tau+ - A- tau-) T, in units of g_max (SCIENCE.md C2.2).
        double nu = RATE_HZ / 1000.0; // spikes per ms
        double expected = nu * nu * song.windowIntegral() * T_MS;
        Tolerance.absolute(1e-12).check("C2.2 reference", -0.5, expected);

        // The stated false-failure probability rests on this standard deviation.
        double intK = song.windowIntegral();
        double intK2 =
                (Math.pow(song.aPlus(), 2) * song.tauPlusMs()
                                + Math.pow(song.aMinus(), 2) * song.tauMinusMs())
                        / 2;
        double var1 = nu * nu * T_MS * intK2 + 2 * nu * nu * nu * T_MS * intK * intK;
        double cov = nu * nu * nu * T_MS * intK * intK;
        double sdMean = Math.sqrt((var1 + 2 * (N - 1) * cov) / (N * N));
        assertTrue(0.05 >= 4.3 * sdMean, "tolerance is " + 0.05 / sdMean + " sd");

        Tolerance.relative(0.10).check("mean drift over 1000 s (g_max)", expected, mean);

        // The rule adds exactly the window over all pairs of the realised trains, up to float32
        // rounding: ~2e4 roundings of random sign, each below 3e-8 near |w| ~ 0.5, add up to
        // about sqrt(2e4) x 3e-8 = 4e-6.
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Tolerance.absolute(1e-4)
                        .check(
                                "synapse " + j + "->" + i + " vs all-pairs sum",
                                pairSum(song, pre[j], post[i]),
                                w[i * N + j]);
            }
        }
    }
}
