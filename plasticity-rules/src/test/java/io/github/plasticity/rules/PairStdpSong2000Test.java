package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LifParameters;
import io.github.plasticity.core.LifPopulation;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.PoissonSource;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.Tolerance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * SCIENCE.md C2.3, reduced: Brian2's STDP example (Song, Miller &amp; Abbott 2000) with 1000
 * Poisson inputs at 15 Hz onto one LIF neuron, run for 30 s instead of 100 s (the {@code
 * stdp-song2000-bimodal} experiment runs 100 s with {@code --full}).
 *
 * <p>The example's neuron, \( \tau_m dv/dt = g_e(E_e - v_r) + E_l - v \) with a constant driving
 * force \( E_e - v_r = 60 \) mV, is the library's current-based LIF unit with weights in mV = 60 mV
 * x Brian2's weights (g_max = 0.01 becomes 0.6 mV); see {@code StdpSong2000Experiment}.
 *
 * <p><b>Reference.</b> SCIENCE.md C2.3 asks for more than 70 % of the weights in the lowest or
 * highest 10 % of [0, g_max] after 100 s. Brian2 2.5.1 running its own example gives far less
 * (src/test/resources/brian2/song2000_network.csv, seeds 1-4): 0.315-0.341 after 30 s, 0.422-0.454
 * after 100 s; this library gives 0.320-0.337 (seeds 1-4) after 30 s and 0.436-0.464 after 100 s.
 * So the test checks what the example does: the distribution is bimodal with its modes at the
 * bounds (each extreme decile holds more weights than its neighbour: Song et al.'s bimodality), the
 * extreme fraction agrees with Brian2's mean over its seeds within 0.06 and the mean output rate
 * within 10 Hz (seed-to-seed spreads in both simulators: below 0.015 and about 3 Hz at 30 s). The
 * run is seeded, hence deterministic.
 */
class PairStdpSong2000Test {
    private static final double GMAX_MV = 0.6;

    /** Brian2's mean over seeds of {@code column} at {@code timeS}, from song2000_network.csv. */
    private static double brian2Mean(String column, int timeS) throws IOException {
        InputStream in =
                PairStdpSong2000Test.class.getResourceAsStream("/brian2/song2000_network.csv");
        assertNotNull(in, "missing brian2/song2000_network.csv");
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            double sum = 0;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (Integer.parseInt(cells[1]) == timeS) {
                    sum += Double.parseDouble(cells[Arrays.asList(header).indexOf(column)]);
                    n++;
                }
            }
            assertTrue(n >= 4, "Brian2 seeds at " + timeS + " s: " + n);
            return sum / n;
        }
    }

    @Test
    void weightsBecomeBimodal() throws IOException {
        float[] w;
        int outputSpikes;
        try (Simulation sim = Simulation.builder().dtMs(0.1).seed(1).build()) {
            PoissonSource in = sim.add(PoissonSource.of("inputs", 1000, 15.0));
            LifPopulation out =
                    sim.add(
                            LifPopulation.of(
                                    "neuron",
                                    1,
                                    new LifParameters(10.0, -74.0, -54.0, -60.0, 0.0, 5.0)));
            out.setVoltage(0, -60.0);
            Projection syn =
                    sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0, GMAX_MV))
                            .withBounds(WeightBounds.hard(0, GMAX_MV))
                            .withRule(
                                    PairStdp.of(StdpParameters.brian2Example().withWMax(GMAX_MV)));
            SpikeMonitor spikes = sim.monitor(Monitors.spikes(out));
            sim.run(30_000.0);
            w = syn.weightsCopy();
            outputSpikes = spikes.count();
        }
        int[] decile = new int[10];
        for (float v : w) {
            decile[Math.min(9, (int) (v / GMAX_MV * 10))]++;
        }
        assertTrue(
                decile[0] > decile[1] && decile[9] > decile[8],
                "no modes at 0 and g_max: deciles " + Arrays.toString(decile));
        double extreme = (decile[0] + decile[9]) / (double) w.length;
        Tolerance.absolute(0.06)
                .check(
                        "fraction in the extreme deciles at 30 s",
                        brian2Mean("frac_extreme", 30),
                        extreme);
        Tolerance.absolute(10.0)
                .check(
                        "mean output rate over 30 s (Hz)",
                        brian2Mean("mean_rate_hz", 30),
                        outputSpikes / 30.0);
    }
}
