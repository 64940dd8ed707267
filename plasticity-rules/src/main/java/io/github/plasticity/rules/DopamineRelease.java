package io.github.plasticity.rules;

import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.internal.Args;

/**
 * Turns reward-prediction errors into phasic dopamine: an error \( \delta \) at time {@code t}
 * releases \( k \delta \) into a {@link GlobalModulator} at {@code t} (a burst for \( \delta &gt; 0
 * \), a dip below the tonic baseline for \( \delta &lt; 0 \); the concentration is clamped at 0, so
 * give the modulator a baseline at least as large as the deepest dip to be seen).
 *
 * <p>Releases may be at any time not earlier than the simulation's current time, independently of
 * the step. Immutable; the modulator is mutated.
 */
public final class DopamineRelease {
    private final GlobalModulator modulator;
    private final double gain;

    private DopamineRelease(GlobalModulator modulator, double gain) {
        this.modulator = Args.notNull("modulator", modulator);
        this.gain = Args.finite("microMolarPerUnitError", gain, "µM per reward unit");
    }

    /**
     * A release of {@code microMolarPerUnitError} µM per unit of error.
     *
     * @param modulator the dopamine modulator
     * @param microMolarPerUnitError gain \( k \) (µM per reward unit), finite
     * @return the release
     */
    public static DopamineRelease of(GlobalModulator modulator, double microMolarPerUnitError) {
        return new DopamineRelease(modulator, microMolarPerUnitError);
    }

    /** The modulator. */
    public GlobalModulator modulator() {
        return modulator;
    }

    /** The gain \( k \) (µM per reward unit). */
    public double gain() {
        return gain;
    }

    /**
     * Releases \( k \delta \) at {@code timeMs}; nothing when \( \delta = 0 \).
     *
     * @param timeMs release time (ms), &gt;= the simulation's current time
     * @param delta prediction error (reward units), finite
     */
    public void deliver(double timeMs, double delta) {
        Args.finite("delta", delta, "reward units");
        if (delta != 0) {
            modulator.releaseAt(timeMs, gain * delta);
        }
    }
}
