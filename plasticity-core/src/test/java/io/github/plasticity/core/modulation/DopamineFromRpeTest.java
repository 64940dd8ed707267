package io.github.plasticity.core.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Simulation;
import org.junit.jupiter.api.Test;

class DopamineFromRpeTest {
    private static final FieldGrid GRID = new FieldGrid(0, 0, 0.05, 21, 21);

    @Test
    void positiveErrorsBurstNegativeErrorsDipDownToZero() {
        NeuromodulatorField da = NeuromodulatorField.dopamine(GRID);
        DopamineFromRpe rpe = DopamineFromRpe.of(da, RpeCoupling.defaults());
        assertEquals(0.5, rpe.amountMicroMolar(1.0), 0.0);
        assertEquals(0.25, rpe.amountMicroMolar(0.5), 0.0);
        assertEquals(0.0, rpe.amountMicroMolar(0.0), 0.0);
        assertEquals(-0.045, rpe.amountMicroMolar(-0.5), 1e-15);
        // A dip removes at most the tonic level (0.09 µM).
        assertEquals(-0.09, rpe.amountMicroMolar(-3.0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> rpe.amountMicroMolar(Double.NaN));
    }

    /**
     * Global release: the concentration everywhere is c0 + a exp(-(t - t0)/tau) (closed form); a
     * full negative error silences dopamine (concentration 0 right after the dip).
     */
    @Test
    void globalBurstAndDipFollowTheClosedForm() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            NeuromodulatorField da = sim.add(NeuromodulatorField.dopamine(GRID));
            DopamineFromRpe rpe = DopamineFromRpe.of(da, RpeCoupling.defaults());
            rpe.releaseAt(10.0, 1.0);
            sim.run(110.0);
            double expected = 0.09 + 0.5 * Math.exp(-100.0 / 200.0);
            assertEquals(expected, da.concentrationAt(0.3, 0.7), 1e-12);
            rpe.release(-5.0);
            sim.steps(1);
            double after = 0.09 + (0.5 * Math.exp(-101.0 / 200.0) - 0.09 * Math.exp(-1.0 / 200.0));
            assertEquals(after, da.concentrationAt(0.3, 0.7), 1e-12);
            assertTrue(after > 0.09, "the earlier burst still dominates");
        }
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            NeuromodulatorField da = sim.add(NeuromodulatorField.dopamine(GRID));
            DopamineFromRpe.of(da, RpeCoupling.defaults()).release(-1.0);
            sim.steps(1);
            // c0 - c0 exp(-dt/tau) is 0.09 (1 - 0.995): almost silenced.
            assertEquals(0.09 * (1 - Math.exp(-1.0 / 200.0)), da.concentrationAt(0, 0), 1e-12);
        }
    }

    @Test
    void localReleasePeaksAtThePoint() {
        try (Simulation sim = Simulation.builder().dtMs(1.0).build()) {
            NeuromodulatorField da = sim.add(NeuromodulatorField.dopamine(GRID));
            DopamineFromRpe rpe = DopamineFromRpe.of(da, RpeCoupling.defaults());
            rpe.release(2.0, 0.5, 0.5);
            sim.steps(1);
            double peak = da.concentrationAt(0.5, 0.5) - 0.09;
            assertEquals(1.0 * Math.exp(-1.0 / 200.0), peak, 1e-3);
            double at = da.concentrationAt(0.7, 0.5) - 0.09; // one sigma away
            assertEquals(peak * Math.exp(-0.5), at, 1e-3 * peak);
        }
    }
}
