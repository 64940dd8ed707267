package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global modulator: exact release timing, decay to baseline, dips, functions. */
class GlobalModulatorTest {
    private static final double DT = 0.1;
    private static final double TAU = 50.0;
    private static final double BASE = 0.5;

    /**
     * Reference: closed form of de/dt = -e/tau + a delta(t - t_r): e(t) = a e^{-(t - t_r)/tau} for
     * t >= t_r, c = baseline + e. A release at t_r = 1.234 ms, inside step 12 = (1.2, 1.3], gives
     * exactly a e^{-(1.3 - t_r)/tau} at that step's end, then decays; after 40 tau it is at the
     * baseline. The decay is a product of per-step factors, about one ulp per step (2000 steps:
     * 4e-13 relative). Tolerance relative 1e-12.
     */
    @Test
    void releaseBetweenStepsIsExactAtStepEnd() {
        try (Simulation sim = Simulation.builder().dtMs(DT).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("da", BASE, TAU));
            assertEquals(BASE, da.concentrationMicroMolar());
            double tr = 1.234;
            double a = 2.0;
            da.releaseAt(tr, a);
            for (int k = 0; k < 12; k++) {
                sim.step();
                assertEquals(BASE, da.concentrationMicroMolar(), "before the release");
            }
            for (int k = 12; k < 2000; k++) {
                sim.step();
                double tEnd = sim.timeMs();
                double expected = BASE + a * Math.exp(-(tEnd - tr) / TAU);
                Tol.relative(1e-12)
                        .check("c at " + tEnd + " ms", expected, da.concentrationMicroMolar());
            }
            sim.run(2000.0);
            Tol.absolute(1e-15).check("back to baseline", BASE, da.concentrationMicroMolar());
        }
    }

    /**
     * Several releases add linearly, whatever the order they were scheduled in; release() releases
     * at the current time; a dip below zero clamps the concentration at 0 while the excess keeps
     * its exact value. Reference: the closed-form sum, relative 1e-12.
     */
    @Test
    void releasesSuperposeAndDipsClamp() {
        try (Simulation sim = Simulation.builder().dtMs(DT).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("da", BASE, TAU));
            da.releaseAt(3.05, 1.0);
            da.releaseAt(1.01, 0.25);
            da.releaseAt(3.05, 0.5);
            sim.run(5.0);
            da.release(-3.0); // at 5.0 ms
            sim.run(0.1);
            double t = sim.timeMs();
            double e =
                    0.25 * Math.exp(-(t - 1.01) / TAU)
                            + 1.5 * Math.exp(-(t - 3.05) / TAU)
                            - 3.0 * Math.exp(-(t - 5.0) / TAU);
            assertTrue(BASE + e < 0);
            assertEquals(0.0, da.concentrationMicroMolar(), "clamped at zero");
            sim.run(200.0);
            t = sim.timeMs();
            e =
                    0.25 * Math.exp(-(t - 1.01) / TAU)
                            + 1.5 * Math.exp(-(t - 3.05) / TAU)
                            - 3.0 * Math.exp(-(t - 5.0) / TAU);
            Tol.relative(1e-12).check("c after the dip", BASE + e, da.concentrationMicroMolar());
            IllegalArgumentException past =
                    assertThrows(IllegalArgumentException.class, () -> da.releaseAt(100.0, 1.0));
            assertTrue(past.getMessage().contains("timeMs"), past.getMessage());
        }
    }

    /**
     * Many releases over a long run: applied releases are dropped from the schedule, so the
     * checkpoint stays small (it held every release ever made before) and scheduling stays cheap.
     */
    @Test
    void appliedReleasesAreNotKept(@TempDir Path dir) throws Exception {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            GlobalModulator da = sim.add(GlobalModulator.of("da", 0, 100));
            for (int k = 0; k < 5000; k++) {
                da.release(0.01);
                sim.step();
            }
            Path f = dir.resolve("m.ckpt");
            sim.checkpoint(f);
            assertTrue(Files.size(f) < 1000, "checkpoint of " + Files.size(f) + " bytes");
            // Each release at the start of a 1 ms step has decayed by e^{-1/100} at its end, so
            // after many steps c = 0.01 e^{-1/100} / (1 - e^{-1/100}) (geometric series; the
            // missing tail e^{-50} is far below the tolerance).
            double q = Math.exp(-1 / 100.0);
            Tol.relative(1e-9)
                    .check("steady state", 0.01 * q / (1 - q), da.concentrationMicroMolar());
        }
    }

    /** A time-course modulator follows its function; a non-finite value stops the run. */
    @Test
    void functionModulator() {
        try (Simulation sim = Simulation.builder().dtMs(DT).build()) {
            GlobalModulator ach =
                    sim.add(GlobalModulator.ofFunction("ach", t -> t < 10 ? 1.0 + t : Double.NaN));
            sim.run(5.0);
            Tol.relative(1e-15).check("c(5 ms)", 6.0, ach.concentrationMicroMolar());
            assertThrows(IllegalStateException.class, () -> ach.release(1.0));
            NonFiniteStateException e =
                    assertThrows(NonFiniteStateException.class, () -> sim.run(10.0));
            assertTrue(e.getMessage().contains("'ach'"), e.getMessage());
            assertEquals(99, e.step(), "step (9.9, 10.0] ends at t = 10 ms");
        }
    }
}
