package io.github.plasticity.core;

/**
 * A small network that exercises every kind of state a checkpoint must carry: Poisson and
 * spike-time sources, LIF and rate units, dense and sparse (fixed-probability, recurrent)
 * projections, local rules reading rates, traces and a modulator with pending releases, a rule with
 * its own random stream and per-synapse state, and monitors of every kind.
 */
final class TestNetwork implements AutoCloseable {
    final Simulation sim;
    final PoissonSource in;
    final LifPopulation out;
    final RatePopulation rates;
    final Projection sparse;
    final Projection dense;
    final Projection recurrent;
    final Projection rateProjection;
    final GlobalModulator dopamine;
    final SpikeMonitor outSpikes;
    final SpikeMonitor inSpikes;
    final WeightMonitor weights;
    final VariableMonitor voltage;
    final WeightMonitor noiseState;

    TestNetwork(long seed, int threads) {
        this(seed, threads, 40);
    }

    TestNetwork(long seed, int threads, int outSize) {
        sim = Simulation.builder().dtMs(0.1).seed(seed).threads(threads).build();
        in = sim.add(PoissonSource.of("in", 120, 30.0));
        SpikeTimeSource replay =
                sim.add(SpikeTimeSource.of("replay", new double[][] {{1.0, 30.0, 61.2}, {45.5}}));
        out = sim.add(LifPopulation.of("out", outSize, LifParameters.songMillerAbbott2000()));
        rates = sim.add(RatePopulation.of("rates", 6, 8.0, TransferFunction.sigmoid(50, 0.2, 10)));
        dopamine = sim.add(GlobalModulator.of("dopamine", 0.1, 50.0));
        dopamine.releaseAt(12.34, 1.0);
        dopamine.releaseAt(70.05, 0.5);
        LocalRule hebb = (w, pre, post, m) -> 1e-3f * pre * post * m - 1e-4f * w;
        sparse =
                sim.connect(
                                "sparse",
                                in,
                                out,
                                Connectivity.fixedProbability(0.3),
                                WeightInit.uniform(0.0, 4.0))
                        .withBounds(WeightBounds.hard(0.0, 6.0))
                        .withRule(
                                LocalRule.named("hebb", hebb)
                                        .readingTraces(20.0, 20.0)
                                        .modulatedBy("dopamine"))
                        .withRule(new NoiseRule());
        dense =
                sim.connect("dense", in, out, Connectivity.allToAll(), WeightInit.uniform(0, 1.0))
                        .withRule(
                                LocalRule.named("rate", (w, pre, post, m) -> 1e-6f * pre * post)
                                        .bounded(0.0, 1.0));
        recurrent =
                sim.connect(
                        "recurrent",
                        out,
                        out,
                        Connectivity.fixedProbability(0.1),
                        WeightInit.normal(0.5, 0.2));
        sim.connect("replay", replay, out, Connectivity.allToAll(), WeightInit.constant(5.0));
        rateProjection =
                sim.connect(
                                "rateProjection",
                                in,
                                rates,
                                Connectivity.fixedProbability(0.5),
                                WeightInit.uniform(0, 0.3))
                        .withRule(
                                LocalRule.named("cov", (w, pre, post, m) -> 1e-5f * (post - 10f))
                                        .bounded(-1, 1));
        outSpikes = sim.monitor(Monitors.spikes(out));
        inSpikes = sim.monitor(Monitors.spikes(in));
        weights = sim.monitor(Monitors.weights(sparse).synapses(0, 5, 17).everyMs(1.0));
        voltage = sim.monitor(Monitors.variable(out, "v").units(0, 3).everyMs(0.5));
        noiseState = sim.monitor(Monitors.ruleState(sparse, "noise", "kick").synapses(1, 2));
    }

    /** A rule with its own random stream and per-synapse state: serial draw, parallel apply. */
    static final class NoiseRule implements LearningRule {
        @Override
        public String name() {
            return "noise";
        }

        @Override
        public RuleKernel bind(RuleBinding b) {
            final org.apache.commons.rng.UniformRandomProvider rng = b.rng();
            final double[] draw = b.state("draw", 1, 0.0);
            final float[][] kick = b.synapseState("kick", 0f);
            final float[][] w = b.weights();
            return new RuleKernel() {
                @Override
                public void beforeUpdate(StepContext ctx) {
                    draw[0] = rng.nextDouble() - 0.5;
                }

                @Override
                public void update(StepContext ctx, int from, int to) {
                    float d = (float) (1e-4 * draw[0]);
                    for (int i = from; i < to; i++) {
                        for (int k = 0; k < w[i].length; k++) {
                            kick[i][k] = 0.9f * kick[i][k] + d;
                            w[i][k] = Math.max(0f, w[i][k] + kick[i][k]);
                        }
                    }
                }
            };
        }
    }

    /** Everything observable, for bit-for-bit comparison. */
    String fingerprint() {
        StringBuilder s = new StringBuilder();
        s.append("step ").append(sim.stepCount()).append('\n');
        s.append("outSpikes ").append(java.util.Arrays.toString(outSpikes.units()));
        s.append(java.util.Arrays.toString(outSpikes.timesMs())).append('\n');
        s.append("inSpikes ").append(java.util.Arrays.hashCode(inSpikes.units()));
        s.append(' ').append(inSpikes.count()).append('\n');
        for (Projection p : sim.projections()) {
            s.append(p.name()).append(' ');
            for (float f : p.weightsCopy()) {
                s.append(Integer.toHexString(Float.floatToRawIntBits(f))).append(',');
            }
            s.append('\n');
        }
        for (Population p : sim.populations()) {
            for (String v : p.variableNames()) {
                s.append(p.name()).append('.').append(v).append(' ');
                for (double d : p.variableCopy(v)) {
                    s.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
                }
                s.append('\n');
            }
        }
        s.append("dopamine ")
                .append(Double.doubleToRawLongBits(dopamine.concentrationMicroMolar()));
        s.append('\n');
        s.append("weights ").append(java.util.Arrays.deepToString(weights.values()));
        s.append(java.util.Arrays.toString(weights.timesMs())).append('\n');
        s.append("voltage ").append(java.util.Arrays.deepToString(voltage.values()));
        s.append(java.util.Arrays.toString(voltage.timesMs())).append('\n');
        s.append("noise ").append(java.util.Arrays.deepToString(noiseState.values())).append('\n');
        s.append("draw ")
                .append(java.util.Arrays.toString(sparse.ruleStateCopy("noise", "draw")))
                .append('\n');
        return s.toString();
    }

    @Override
    public void close() {
        sim.close();
    }
}
