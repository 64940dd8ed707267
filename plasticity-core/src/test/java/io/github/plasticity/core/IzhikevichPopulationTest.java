package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IzhikevichPopulationTest {
    /**
     * Reference: Izhikevich's spnet.m / daspnet.m loop for one unit at dt = 1 ms, written out
     * independently (v two half steps, then u; reset at v >= 30).
     */
    static List<Double> reference(IzhikevichNeuronParameters p, double current, int steps) {
        double v = p.c();
        double u = p.b() * v;
        List<Double> spikes = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            v = v + 0.5 * ((0.04 * v + 5) * v + 140 - u + current);
            v = v + 0.5 * ((0.04 * v + 5) * v + 140 - u + current);
            u = u + p.a() * (p.b() * v - u);
            if (v >= 30) {
                spikes.add((double) t);
                v = p.c();
                u += p.d();
            }
        }
        return spikes;
    }

    @Test
    void matchesDaspnetLoopExactly() {
        for (IzhikevichNeuronParameters p :
                new IzhikevichNeuronParameters[] {
                    IzhikevichNeuronParameters.regularSpiking(),
                    IzhikevichNeuronParameters.fastSpiking()
                }) {
            try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
                IzhikevichPopulation n = sim.add(IzhikevichPopulation.of("n", 1, p));
                n.setExternalInput(new double[] {10.0});
                SpikeMonitor m = sim.monitor(Monitors.spikes(n));
                sim.run(1000.0);
                List<Double> expected = reference(p, 10.0, 1000);
                double[] got = m.timesMs();
                assertEquals(expected.size(), got.length, "spike count for " + p);
                assertTrue(got.length > 5, "tonic firing expected for " + p);
                for (int k = 0; k < got.length; k++) {
                    assertEquals(expected.get(k), got[k], "spike " + k + " for " + p);
                }
            }
        }
    }

    /** A presynaptic spike of weight w raises v by about w in the next step (daspnet's pulse). */
    @Test
    void spikeRaisesVoltageByAboutItsWeight() {
        double[] v = new double[2];
        for (int k = 0; k < 2; k++) {
            try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
                SpikeTimeSource pre =
                        sim.add(
                                SpikeTimeSource.of(
                                        "pre",
                                        new double[][] {
                                            k == 0 ? new double[0] : new double[] {5.0}
                                        }));
                IzhikevichPopulation n =
                        sim.add(
                                IzhikevichPopulation.of(
                                        "n", 1, IzhikevichNeuronParameters.regularSpiking()));
                sim.connect(pre, n, Connectivity.allToAll(), WeightInit.constant(2.0));
                sim.run(7.0);
                v[k] = n.voltageMv(0);
            }
        }
        double dv = v[1] - v[0];
        assertTrue(dv > 1.5 && dv < 2.5, "voltage step " + dv + " mV for w = 2 mV");
    }

    @Test
    void noiseIsSeededAndCheckpointed(@TempDir Path dir) {
        double[] a;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(4).build()) {
            IzhikevichPopulation n =
                    sim.add(
                            IzhikevichPopulation.of(
                                            "n", 20, IzhikevichNeuronParameters.regularSpiking())
                                    .withUniformNoise(13.0));
            sim.run(400.0);
            a = n.variableCopy("v");
        }
        Path file = dir.resolve("c.ckpt");
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(4).build()) {
            sim.add(
                    IzhikevichPopulation.of("n", 20, IzhikevichNeuronParameters.regularSpiking())
                            .withUniformNoise(13.0));
            sim.run(200.0);
            sim.checkpoint(file);
        }
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(4).build()) {
            IzhikevichPopulation n =
                    sim.add(
                            IzhikevichPopulation.of(
                                            "n", 20, IzhikevichNeuronParameters.regularSpiking())
                                    .withUniformNoise(13.0));
            sim.restore(file);
            sim.run(200.0);
            assertArrayEquals(a, n.variableCopy("v"));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void invalidParametersAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IzhikevichNeuronParameters(Double.NaN, 0.2, -65, 8, 30));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IzhikevichNeuronParameters(0.02, 0.2, 40, 8, 30));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        IzhikevichPopulation.of("n", 1, IzhikevichNeuronParameters.fastSpiking())
                                .withUniformNoise(-1));
    }
}
