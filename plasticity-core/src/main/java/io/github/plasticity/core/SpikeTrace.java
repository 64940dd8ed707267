package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * An exponential spike trace per neuron of a population, shared by every rule that asks for the
 * same time constant and mode: \( dx/dt = -x/\tau \), and on a spike {@code x += 1} ({@link
 * TraceMode#ALL_TO_ALL}) or {@code x = 1} ({@link TraceMode#NEAREST}).
 *
 * <p>The decay is applied exactly ({@code x *= exp(-dt/tau)}) once per step in the traces phase,
 * after the step's spikes are known. For a neuron that spiked this step, {@link #beforeSpike()}
 * holds the decayed value just before its increment, which pair rules need for events that coincide
 * in one step (pre processed before post, as in Brian2).
 *
 * <p>Arrays returned here are live and owned by the population: read them, never write them. Not
 * thread-safe for writing; reading from rule kernels during the plasticity phase is safe.
 */
public final class SpikeTrace implements Stateful {
    private final double tauMs;
    private final TraceMode mode;
    private final double[] value;
    private final double[] beforeSpike;
    private double decay = Double.NaN;

    SpikeTrace(int size, double tauMs, TraceMode mode) {
        this.tauMs = Args.positive("tauMs", tauMs, "ms");
        this.mode = Args.notNull("mode", mode);
        this.value = new double[size];
        this.beforeSpike = new double[size];
    }

    /** Time constant (ms). */
    public double tauMs() {
        return tauMs;
    }

    /** Spike interaction mode. */
    public TraceMode mode() {
        return mode;
    }

    /** Live trace values after this step's spikes (dimensionless, 1 per spike). */
    public double[] values() {
        return value;
    }

    /**
     * Live values just before this step's increment: for neurons that spiked this step, the decayed
     * value without this step's spike; for the others it equals {@link #values()}.
     */
    public double[] beforeSpike() {
        return beforeSpike;
    }

    void prepare(double dtMs) {
        decay = Math.exp(-dtMs / tauMs);
    }

    void update(int[] spikes, int spikeCount) {
        final double d = decay;
        final double[] x = value;
        final double[] before = beforeSpike;
        // beforeSpike is written for every unit (not only those that spiked) so that it equals
        // values() for units that did not spike, as documented: a pre-pathway rule can then read
        // it for every post unit without testing which ones spiked.
        for (int i = 0; i < x.length; i++) {
            double v = x[i] * d;
            before[i] = v;
            x[i] = v;
        }
        if (mode == TraceMode.ALL_TO_ALL) {
            for (int k = 0; k < spikeCount; k++) {
                x[spikes[k]] += 1.0;
            }
        } else {
            for (int k = 0; k < spikeCount; k++) {
                x[spikes[k]] = 1.0;
            }
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        r.doubles("value", value);
        r.doubles("beforeSpike", beforeSpike);
    }
}
