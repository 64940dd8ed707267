package io.github.plasticity.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;

/** Spike-time networks shared by the STDP tests. */
final class StdpFixtures {
    private StdpFixtures() {}

    /**
     * Regular, interleaved spike trains on whole milliseconds (so every dt that divides 1 ms
     * replays them exactly): unit {@code u} fires at {@code offset + u * shift + k * period}.
     */
    static double[][] trains(int units, double durationMs, int offset, int shift, int period) {
        double[][] t = new double[units][];
        for (int u = 0; u < units; u++) {
            int n = 0;
            for (double s = offset + u * shift; s < durationMs; s += period) {
                n++;
            }
            t[u] = new double[n];
            for (int k = 0; k < n; k++) {
                t[u][k] = offset + u * shift + k * period;
            }
        }
        return t;
    }

    /** Empty spike trains. */
    static double[][] silent(int units) {
        double[][] t = new double[units][];
        for (int u = 0; u < units; u++) {
            t[u] = new double[0];
        }
        return t;
    }

    /**
     * The contract network: 6 presynaptic and 3 postsynaptic spike-time units, initial weights
     * uniform in [0.2, 0.8].
     */
    static Projection contractNetwork(
            Simulation sim,
            LearningRule rule,
            boolean active,
            Connectivity connectivity,
            WeightBounds bounds) {
        SpikeTimeSource pre =
                sim.add(SpikeTimeSource.of("pre", active ? trains(6, 200.0, 3, 2, 17) : silent(6)));
        SpikeTimeSource post =
                sim.add(
                        SpikeTimeSource.of(
                                "post", active ? trains(3, 200.0, 5, 3, 13) : silent(3)));
        return sim.connect(pre, post, connectivity, WeightInit.uniform(0.2, 0.8))
                .withBounds(bounds)
                .withRule(rule);
    }

    /** One presynaptic and one postsynaptic unit with the given spike times, weight {@code w0}. */
    static Projection pair(
            Simulation sim,
            LearningRule rule,
            double[] preMs,
            double[] postMs,
            double w0,
            WeightBounds bounds) {
        SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {preMs}));
        SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {postMs}));
        return sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(w0))
                .withBounds(bounds)
                .withRule(rule);
    }
}
