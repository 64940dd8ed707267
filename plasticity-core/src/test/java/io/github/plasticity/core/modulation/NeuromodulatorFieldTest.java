package io.github.plasticity.core.modulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuromodulatorFieldTest {

    /** Largest |field - analytic| over all nodes, relative to the analytic peak excess. */
    private static double gaussianError(double spacing, int half, int substeps) {
        double amplitude = 2.0;
        double sigma = 0.05;
        double d = 1e-4;
        double tau = 500.0;
        double baseline = 0.1;
        double dt = 0.1;
        int steps = 1000;
        FieldGrid grid =
                new FieldGrid(
                        -half * spacing, -half * spacing, spacing, 2 * half + 1, 2 * half + 1);
        NeuromodulatorField f =
                NeuromodulatorField.of("m", grid, new FieldParameters(baseline, tau, d))
                        .withDiffusionSubsteps(substeps);
        try (Simulation sim = Simulation.builder().dtMs(dt).build()) {
            sim.add(f);
            f.releaseAt(0.0, amplitude, 0.0, 0.0, sigma);
            sim.steps(steps);
        }
        double t = steps * dt;
        // The release is deposited at the end of the first step, so it diffuses for t - dt
        // but decays for the whole t (exact decay from the release time).
        double s2 = sigma * sigma + 2 * d * (t - dt);
        double peak = amplitude * sigma * sigma / s2 * Math.exp(-t / tau);
        double[] c = f.concentrationCopy();
        double worst = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double x = grid.xMm(i);
                double y = grid.yMm(j);
                double expected = baseline + peak * Math.exp(-(x * x + y * y) / (2 * s2));
                worst = Math.max(worst, Math.abs(c[j * grid.nx() + i] - expected));
            }
        }
        return worst / peak;
    }

    /**
     * Closed form: a Gaussian of variance s0^2 under diffusion D and first-order decay tau stays
     * Gaussian, c = a s0^2/s^2 exp(-r^2/2s^2) exp(-t/tau), s^2 = s0^2 + 2 D t (on an unbounded
     * sheet; the grid edge is 6.7 s away, so the boundary is invisible). The explicit five-point
     * scheme's truncation error is D (h^2/12 - D dt/2) times the fourth derivatives, here h/s0 =
     * 0.2 and D dt/h^2 = 0.1; the measured error relative to the peak is 2.0e-4, and the check
     * allows 5e-4 (a scheme error of first order in h, or a wrong decay or diffusion constant, is
     * above 1e-2).
     */
    @Test
    void pointReleaseMatchesAnalyticGaussianWithDecay() {
        double error = gaussianError(0.01, 100, 1);
        assertTrue(error < 5e-4, "relative error at h = 0.01 mm: " + error);
    }

    /**
     * No-flux boundary and flux-form differences: without decay, diffusion only moves excess
     * around, so sum(e) h^2 stays at its value after the release, to round-off (relative 1e-12 over
     * 2000 steps of 400 nodes; doubles carry 1e-16 per operation). The release sits near a corner
     * so that much of it reaches the boundary.
     */
    @Test
    void massIsConservedWithoutDecay() {
        FieldGrid grid = new FieldGrid(0, 0, 0.05, 20, 20);
        NeuromodulatorField f =
                NeuromodulatorField.of(
                        "m", grid, new FieldParameters(0.0, Double.POSITIVE_INFINITY, 5e-3));
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            sim.add(f);
            f.releaseAt(0.0, 1.0, 0.1, 0.05, 0.1);
            sim.steps(1);
            double m0 = f.totalExcessMicroMolarMm2();
            double peak0 = max(f.concentrationCopy());
            sim.steps(2000);
            double m1 = f.totalExcessMicroMolarMm2();
            assertEquals(m0, m1, 1e-12 * m0, "total excess (µM mm^2)");
            assertTrue(max(f.concentrationCopy()) < 0.5 * peak0, "the release did not spread");
            // After 200 ms with D = 5e-3 mm^2/ms (diffusion length 1.4 mm) on a 1 mm square the
            // field is nearly uniform at m0 / area.
            double uniform = m0 / (1.0 * 1.0);
            double[] c = f.concentrationCopy();
            for (double v : c) {
                assertEquals(uniform, v, 0.05 * uniform);
            }
        }
    }

    /**
     * Without diffusion a global release decays as e(t) = a exp(-(t - t0)/tau) exactly: the step
     * applies exp(-dt/tau) per step, whose product over n steps differs from exp(-n dt/tau) only by
     * round-off (relative 1e-12 after 5000 steps).
     */
    @Test
    void decaysExponentiallyWithoutDiffusion() {
        FieldGrid grid = new FieldGrid(0, 0, 0.1, 3, 2);
        double tau = 150.0;
        double baseline = 0.2;
        NeuromodulatorField f =
                NeuromodulatorField.of("m", grid, new FieldParameters(baseline, tau, 0.0));
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            sim.add(f);
            f.releaseAt(3.05, 1.5);
            sim.run(500.0);
            double expected = baseline + 1.5 * Math.exp(-(500.0 - 3.05) / tau);
            for (double v : f.concentrationCopy()) {
                assertEquals(expected, v, 1e-12 * expected);
            }
            assertEquals(expected, f.concentrationAt(0.05, 0.03), 1e-12 * expected);
        }
    }

    @Test
    void stabilityGuardRefusesTooLargeStepAndNamesTheValues() {
        FieldGrid grid = new FieldGrid(0, 0, 0.01, 10, 10);
        FieldParameters p = new FieldParameters(0, 100, 1e-3);
        // D dt / h^2 = 1e-3 * 0.1 / 1e-4 = 1.0 > 1/4.
        try (Simulation sim = Simulation.builder().dtMs(0.1).build()) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> sim.add(NeuromodulatorField.of("m", grid, p)));
            String m = e.getMessage();
            assertTrue(m.contains("D dt / (n h^2) = 1.0"), m);
            assertTrue(m.contains("D = 0.001 mm^2/ms"), m);
            assertTrue(m.contains("dt = 0.1 ms"), m);
            assertTrue(m.contains("h = 0.01 mm"), m);
            assertTrue(m.contains("withDiffusionSubsteps(4)"), m);
            NeuromodulatorField ok = NeuromodulatorField.of("m", grid, p).withDiffusionSubsteps(4);
            sim.add(ok);
            assertEquals(0.25, ok.diffusionNumber(), 1e-15);
        }
        assertEquals(4, NeuromodulatorField.requiredSubsteps(1e-3, 0.1, 0.01));
        assertEquals(1, NeuromodulatorField.requiredSubsteps(0, 0.1, 0.01));
    }

    /**
     * Bilinear interpolation between the four surrounding nodes: with D = 0 and no decay the nodal
     * values are the Gaussian footprint, so a sample between nodes is their weighted mean
     * (round-off only).
     */
    @Test
    void sampleInterpolatesBilinearlyAndClampsOutside() {
        FieldGrid grid = new FieldGrid(-0.5, -0.5, 0.1, 11, 11);
        NeuromodulatorField f =
                NeuromodulatorField.of(
                        "m", grid, new FieldParameters(0.05, Double.POSITIVE_INFINITY, 0.0));
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            sim.add(f);
            f.releaseAt(0.0, 1.0, 0.03, -0.02, 0.15);
            sim.steps(1);
        }
        double[] c = f.concentrationCopy();
        double x = 0.137;
        double y = -0.261;
        int i0 = 6; // x node 0.1
        int j0 = 2; // y node -0.3
        double tx = (x - 0.1) / 0.1;
        double ty = (y + 0.3) / 0.1;
        double expected =
                (1 - tx) * (1 - ty) * c[j0 * 11 + i0]
                        + tx * (1 - ty) * c[j0 * 11 + i0 + 1]
                        + (1 - tx) * ty * c[(j0 + 1) * 11 + i0]
                        + tx * ty * c[(j0 + 1) * 11 + i0 + 1];
        double[] out = new double[2];
        f.sample(new double[] {x, 5.0}, new double[] {y, -0.5}, out);
        assertEquals(expected, out[0], 1e-14);
        // Outside the grid: value at the nearest point of the node span (corner node (10, 0)).
        assertEquals(c[10], out[1], 0.0);
        // At a node the interpolant equals the node.
        assertEquals(c[5 * 11 + 5], f.concentrationAt(0.0, 0.0), 1e-15);
    }

    @Test
    void dipsAreClippedAtZeroAndReleasesCannotBeInThePast() {
        FieldGrid grid = new FieldGrid(0, 0, 0.1, 2, 2);
        NeuromodulatorField f =
                NeuromodulatorField.of("m", grid, new FieldParameters(0.1, 100, 0.0));
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            sim.add(f);
            f.release(-0.5);
            sim.steps(1);
            assertEquals(0.0, f.concentrationAt(0.05, 0.05), 0.0);
            assertTrue(f.excessCopy()[0] < -0.1);
            assertThrows(IllegalArgumentException.class, () -> f.releaseAt(0.5, 1.0));
            assertThrows(IllegalArgumentException.class, () -> f.releaseAt(2.0, Double.NaN));
            assertThrows(IllegalArgumentException.class, () -> f.releaseAt(2.0, 1.0, 0, 0, 0.0));
        }
    }

    @Test
    void parametersRefuseNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new FieldParameters(Double.NaN, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FieldParameters(0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new FieldParameters(0, 0, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FieldParameters(0, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new FieldGrid(0, 0, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldGrid(0, 0, 0.1, 0, 1));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new FieldParameters(-1, 1, 0));
        assertEquals("baselineMicroMolar must be >= 0 and finite (µM): -1.0", e.getMessage());
    }

    /**
     * An influx of rate s held over a step adds s tau (1 - exp(-dt/tau)); a constant influx
     * therefore settles at s tau above baseline (closed form, round-off only).
     */
    @Test
    void constantInfluxSettlesAtRateTimesTau() {
        FieldGrid grid = new FieldGrid(0, 0, 0.1, 2, 1);
        NeuromodulatorField f =
                NeuromodulatorField.of("m", grid, new FieldParameters(0.0, 20.0, 0.0));
        f.addInflux(t -> 0.03);
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            sim.add(f);
            sim.run(200.0);
            double expected = 0.03 * 20.0 * (1 - Math.exp(-200.0 / 20.0));
            assertEquals(expected, f.concentrationAt(0, 0), 1e-12);
        }
    }

    @Test
    void checkpointRestoresFieldAndPendingReleases(@TempDir Path dir) throws IOException {
        FieldGrid grid = new FieldGrid(0, 0, 0.05, 12, 9);
        FieldParameters p = new FieldParameters(0.1, 80.0, 2e-4);
        double[] uninterrupted;
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            NeuromodulatorField f = sim.add(NeuromodulatorField.of("m", grid, p));
            f.releaseAt(10.0, 1.0, 0.2, 0.2, 0.05);
            f.releaseAt(60.0, -0.3);
            f.releaseAt(75.25, 0.7, 0.4, 0.1, 0.08);
            sim.run(100.0);
            uninterrupted = f.concentrationCopy();
        }
        Path file = dir.resolve("field.ckpt");
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            NeuromodulatorField f = sim.add(NeuromodulatorField.of("m", grid, p));
            f.releaseAt(10.0, 1.0, 0.2, 0.2, 0.05);
            f.releaseAt(60.0, -0.3);
            f.releaseAt(75.25, 0.7, 0.4, 0.1, 0.08);
            sim.run(50.0);
            sim.checkpoint(file);
        }
        try (Simulation sim = Simulation.builder().dtMs(0.5).build()) {
            NeuromodulatorField f = sim.add(NeuromodulatorField.of("m", grid, p));
            sim.restore(file);
            sim.run(50.0);
            assertArrayEquals(uninterrupted, f.concentrationCopy(), 0.0);
        }
        assertTrue(Files.exists(file));
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
