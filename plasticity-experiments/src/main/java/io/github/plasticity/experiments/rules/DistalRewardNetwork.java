package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.IzhikevichNeuronParameters;
import io.github.plasticity.core.IzhikevichPopulation;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeMonitor;
import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.rules.IzhikevichDaStdp;
import io.github.plasticity.rules.IzhikevichParameters;
import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Izhikevich's {@code daspnet.m} (2007, Fig. 1) rebuilt with the library: {@code ne}
 * regular-spiking excitatory and {@code ni} fast-spiking inhibitory Izhikevich units, each with
 * {@code m} outgoing synapses (excitatory onto any unit, inhibitory onto excitatory units), weights
 * +1 / -1, 1 ms step, uniform "thalamic" noise 13 (rand - 1/2) per ms, dopamine-modulated STDP on
 * every excitatory synapse ({@link IzhikevichParameters#izhikevich2007()}). The synapse from
 * excitatory unit 0 to its first excitatory target starts at 0; whenever the target fires within 20
 * ms after unit 0, a reward (0.5 µM of dopamine) is scheduled 1 to 3 s later. In the control, the
 * same number of rewards arrives at random times.
 *
 * <p>Differences from daspnet.m: targets are drawn without repetition (daspnet may draw one target
 * twice), and the STDP pair convention is the library's (spikes at their emission step, no 1 ms
 * conduction delay in the pairing).
 */
final class DistalRewardNetwork {
    /** Network size and protocol. */
    record Config(int ne, int ni, int m, double durationS, double noise, double recordEveryS) {}

    /** What one run measured. */
    record Result(
            float rewardedWeight,
            double percentile,
            boolean selected,
            int rewards,
            double[] timeS,
            double[] rewardedTrace,
            double[] meanExcTrace,
            double[] rewardTimesMs,
            float[] excWeights,
            double meanRateHz,
            SpikeMonitor[] lastChunkSpikes) {}

    private DistalRewardNetwork() {}

    /** Selection criterion of SCIENCE.md C5.2: s >= 0.9 sm and in the top 1 % of exc weights. */
    static boolean selected(float s, double percentile, double sm) {
        return s >= 0.9 * sm && percentile >= 99.0;
    }

    /**
     * Runs the network.
     *
     * @param c size and protocol
     * @param seed master seed
     * @param shuffledRewards -1 for contingent rewards, else the number of rewards at random times
     * @param threads simulation threads
     * @param progress receives the fraction done
     * @return the measurements
     */
    static Result run(
            Config c, long seed, int shuffledRewards, int threads, DoubleConsumer progress) {
        IzhikevichParameters p = IzhikevichParameters.izhikevich2007();
        int n = c.ne() + c.ni();
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(seed).threads(threads).build()) {
            GlobalModulator da = sim.add(IzhikevichDaStdp.dopamine(p));
            IzhikevichPopulation exc =
                    sim.add(
                            IzhikevichPopulation.of(
                                            "exc",
                                            c.ne(),
                                            IzhikevichNeuronParameters.regularSpiking())
                                    .withUniformNoise(c.noise()));
            IzhikevichPopulation inh =
                    sim.add(
                            IzhikevichPopulation.of(
                                            "inh", c.ni(), IzhikevichNeuronParameters.fastSpiking())
                                    .withUniformNoise(c.noise()));
            // Outgoing targets per presynaptic unit, drawn without repetition, then inverted.
            UniformRandomProvider wiring = sim.stream("daspnet/wiring");
            int[][] excTargets = new int[c.ne()][];
            for (int j = 0; j < c.ne(); j++) {
                excTargets[j] = sample(wiring, n, c.m(), j);
            }
            int[][] inhTargets = new int[c.ni()][];
            for (int j = 0; j < c.ni(); j++) {
                inhTargets[j] = sample(wiring, c.ne(), c.m(), -1);
            }
            int[][] ee = invert(excTargets, 0, c.ne(), c.ne());
            int[][] ei = invert(excTargets, c.ne(), n, c.ne());
            int[][] ie = invert(inhTargets, 0, c.ne(), c.ni());
            Projection pee =
                    sim.connect("ee", exc, exc, Connectivity.explicit(ee), WeightInit.constant(1.0))
                            .withRule(IzhikevichDaStdp.of(p));
            Projection pei =
                    sim.connect("ei", exc, inh, Connectivity.explicit(ei), WeightInit.constant(1.0))
                            .withRule(IzhikevichDaStdp.of(p));
            sim.connect("ie", inh, exc, Connectivity.explicit(ie), WeightInit.constant(-1.0));
            // n1 = exc 0; n2 = its first excitatory target.
            int n2 = -1;
            for (int t : excTargets[0]) {
                if (t < c.ne()) {
                    n2 = t;
                    break;
                }
            }
            if (n2 < 0) {
                throw new IllegalStateException("excitatory unit 0 has no excitatory target");
            }
            pee.setWeight(n2, 0, 0.0);
            final int target = n2;
            RewardHook hook =
                    new RewardHook(
                            exc,
                            target,
                            da,
                            p.rewardDopamineMicroMolar(),
                            sim.stream("daspnet/reward"),
                            shuffledRewards < 0);
            sim.addPhaseHook(Simulation.Phase.METABOLISM, "reward", hook);
            double totalMs = c.durationS() * 1000.0;
            if (shuffledRewards >= 0) {
                UniformRandomProvider r = sim.stream("daspnet/shuffled");
                for (int k = 0; k < shuffledRewards; k++) {
                    double t = 1000.0 + Math.ceil((totalMs - 1000.0) * r.nextDouble());
                    da.releaseAt(t, p.rewardDopamineMicroMolar());
                    hook.times.add(t);
                }
            }
            int chunks = (int) Math.round(c.durationS() / c.recordEveryS());
            double[] time = new double[chunks + 1];
            double[] sTrace = new double[chunks + 1];
            double[] meanTrace = new double[chunks + 1];
            sTrace[0] = pee.weight(target, 0);
            meanTrace[0] = meanExc(pee, pei);
            long spikes = 0;
            SpikeMonitor[] last = null;
            for (int k = 1; k <= chunks; k++) {
                if (k == chunks) {
                    // Every spike of the last recording interval, for export (SONATA).
                    last =
                            new SpikeMonitor[] {
                                sim.monitor(Monitors.spikes(exc)), sim.monitor(Monitors.spikes(inh))
                            };
                }
                long before = hook.spikeCount;
                sim.run(c.recordEveryS() * 1000.0);
                spikes += hook.spikeCount - before;
                time[k] = k * c.recordEveryS();
                sTrace[k] = pee.weight(target, 0);
                meanTrace[k] = meanExc(pee, pei);
                progress.accept((double) k / chunks);
            }
            float[] all = concat(pee.weightsCopy(), pei.weightsCopy());
            float s = pee.weight(target, 0);
            int below = 0;
            for (float w : all) {
                if (w < s) {
                    below++;
                }
            }
            double percentile = 100.0 * below / all.length;
            double[] rewardTimes =
                    hook.times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Result(
                    s,
                    percentile,
                    selected(s, percentile, p.wMax()),
                    shuffledRewards < 0 ? hook.times.size() : shuffledRewards,
                    time,
                    sTrace,
                    meanTrace,
                    rewardTimes,
                    all,
                    spikes / (c.ne() * c.durationS()),
                    last);
        }
    }

    /** {@code m} distinct units of {@code [0, n)} other than {@code self}, increasing. */
    static int[] sample(UniformRandomProvider rng, int n, int m, int self) {
        boolean[] taken = new boolean[n];
        if (self >= 0) {
            taken[self] = true;
        }
        int[] out = new int[m];
        for (int k = 0; k < m; k++) {
            int t;
            do {
                t = rng.nextInt(n);
            } while (taken[t]);
            taken[t] = true;
            out[k] = t;
        }
        return out;
    }

    /**
     * Presynaptic lists per postsynaptic unit in {@code [from, to)}, from target lists whose
     * indices are global; returns rows indexed by {@code post - from}.
     */
    static int[][] invert(int[][] targets, int from, int to, int nPre) {
        int[] count = new int[to - from];
        for (int[] ts : targets) {
            for (int t : ts) {
                if (t >= from && t < to) {
                    count[t - from]++;
                }
            }
        }
        int[][] rows = new int[to - from][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new int[count[i]];
        }
        int[] fill = new int[to - from];
        for (int j = 0; j < nPre; j++) {
            for (int t : targets[j]) {
                if (t >= from && t < to) {
                    rows[t - from][fill[t - from]++] = j;
                }
            }
        }
        return rows;
    }

    private static double meanExc(Projection a, Projection b) {
        double s = 0;
        long n = 0;
        for (float w : a.weightsCopy()) {
            s += w;
            n++;
        }
        for (float w : b.weightsCopy()) {
            s += w;
            n++;
        }
        return s / n;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Watches n1 (exc 0) and n2, and schedules a delayed reward after each n1 -> n2 pairing. */
    static final class RewardHook implements Simulation.PhaseHook {
        private final IzhikevichPopulation exc;
        private final int n2;
        private final GlobalModulator da;
        private final double amount;
        private final UniformRandomProvider rng;
        private final boolean contingent;
        private final double[] lastN1 = {-1e9};
        final java.util.List<Double> times = new java.util.ArrayList<>();
        long spikeCount;

        RewardHook(
                IzhikevichPopulation exc,
                int n2,
                GlobalModulator da,
                double amount,
                UniformRandomProvider rng,
                boolean contingent) {
            this.exc = exc;
            this.n2 = n2;
            this.da = da;
            this.amount = amount;
            this.rng = rng;
            this.contingent = contingent;
        }

        @Override
        public void step(StepContext ctx) {
            spikeCount += exc.spikeCount();
            double t = ctx.timeMs();
            if (exc.spiked(n2) && t > lastN1[0] && t - lastN1[0] < 20.0 && contingent) {
                double when = t + 1000.0 + Math.ceil(2000.0 * rng.nextDouble());
                da.releaseAt(when, amount);
                times.add(when);
            }
            if (exc.spiked(0)) {
                lastN1[0] = t;
            }
        }

        @Override
        public void registerState(StateRegistry r) {
            r.doubles("lastN1", lastN1);
        }
    }
}
