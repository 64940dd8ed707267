package io.github.plasticity.maps.learning;

import io.github.plasticity.core.Gate;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.VirtualIcms;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import io.github.plasticity.rules.PostsynapticNormalization;
import io.github.plasticity.rules.PresynapticNormalization;
import io.github.plasticity.rules.SynapticScaling;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A motor map that learns from use: a {@link MapNetwork} whose afferent and output projections
 * carry rate Hebbian rules (gated by acetylcholine) and whose afferent projection carries
 * homeostatic synaptic scaling, driven by bouts of use of one effector at a time (equations in
 * {@link MapLearningParameters}).
 *
 * <p><b>Mechanism.</b> During a bout of effector {@code e}, the sites of its territory fire and,
 * through lateral excitation, so do the sites at its border. Hebbian learning strengthens the
 * afferent weight of {@code e} onto those border sites and their output weight onto {@code e}.
 * Scaling keeps each site's mean rate at the set point, so the afferents of a site compete: what
 * one gains in drive the others lose. Presynaptic normalisation keeps each afferent's total weight
 * (von der Malsburg 1973; Miller &amp; MacKay 1994), so what an afferent gains at its border it
 * loses in its core; postsynaptic normalisation keeps each effector's total corticospinal weight,
 * so an effector's output weights compete for sites too. A virtual ICMS map ({@link VirtualIcms})
 * reads the output weights. More use of {@code e} moves borders away from it (expansion); no use of
 * {@code e} lets its neighbours take its sites (shrinkage); every site keeps firing at the set
 * point, so the total responsive area is conserved.
 *
 * <p><b>Why it is bounded.</b> With the normalisations the mean site rate is fixed by the afferent
 * totals (\( \bar r \propto \sum_e p_e T_e \) for use shares \( p_e \) and equal totals \( T_e \),
 * whatever the shares), and a trained effector can only spread its fixed total over more sites by
 * weakening it at each: in the linear limit, with every site driven by one afferent at the set
 * point, the territory of {@code e} is proportional to its share \( p_e \) (\( n_e = p_e T_e / c
 * \), \( c \) the weight per site that gives the set point), a fixed point rather than a front.
 *
 * <p><b>Measured</b> (15 x 6 sheet, {@link MapLearningParameters#defaults()}, 4:1 digit training,
 * experiment {@code use-dependent-expansion}): the digits territory grew 1.74-2.04x after 60 s of
 * training and 1.93-2.22x after 120 s (seeds 1, 2): the change from 60 to 120 s was 0.18-0.25 of
 * the change from 0 to 60 s; the linear theory above predicts 0.5 / 0.2 = 2.5x. Over 200 s of
 * training the territory fluctuated by one or two columns of sites around its plateau and did not
 * take the sheet. The mean site rate stayed within 2 % of the set point; the total responsive area
 * within 2.2 %. Without any use (immobilisation) the effector keeps its afferent weights (no rule
 * changes them but the row scaling) and its total output weight, but its output weights drift to
 * the sites its neighbours drive and its territory is lost over about 90 model seconds: the bound
 * holds for used effectors, not for silent ones.
 *
 * <p><b>Rests.</b> Each bout is followed by a rest with no input, so the activity of one bout's
 * territory (decaying with the 10 ms unit time constant) has died out before the next afferent and
 * command start, and Hebbian learning does not bind consecutive effectors. The rests are needed
 * (measured, seed 1, 4:1 digit training): with rest 0 and the other defaults the map was not stable
 * (the digits territory vanished within 20 s of training and most of the sheet was unresponsive
 * after 110 s; part of this is the set point, calibrated with rests: the mean rate without them is
 * 4.5 Hz), and a variant without rests whose output weights were normalised per site instead of per
 * effector let the trained effector take the whole sheet.
 *
 * <p><b>Use schedule.</b> {@link #use} runs bouts whose effector is drawn independently with
 * probabilities proportional to the given shares, from the simulation's stream {@code "use"}
 * (seeded). Natural use is equal shares.
 *
 * <p><b>Time.</b> The simulation runs in ms of model time with a {@value #DT_MS} ms step, but
 * learning is compressed: the Hebbian time constants ({@code 1/gamma}) are seconds, not days. The
 * protocols therefore state how many model seconds stand for a day of training (see each protocol).
 *
 * <p>The acetylcholine concentration follows a given function of time (µM); the Hebbian gate is
 * {@link Gate#proportionalTo}({@value #ACETYLCHOLINE}, 1 µM), so 1 µM is the intact gain and 0
 * blocks Hebbian learning (and its decay) entirely. Scaling is not gated. Not thread-safe.
 */
public final class MapLearning implements AutoCloseable {
    /** Name of the acetylcholine modulator. */
    public static final String ACETYLCHOLINE = "acetylcholine";

    /** Time step of the simulation (ms): a fifth of the units' 10 ms time constant. */
    public static final double DT_MS = 2.0;

    private final Simulation sim;
    private final MapNetwork network;
    private final MapLearningParameters p;
    private final UniformRandomProvider rng;
    private final double[] rates;
    private final double[] command;
    private final long boutSteps;
    private final long restSteps;
    private double lastMeanRateHz = Double.NaN;
    private long bouts;

    private MapLearning(
            CorticalSheet sheet,
            BodyModel body,
            MotorMap initial,
            MapLearningParameters p,
            long seed,
            DoubleUnaryOperator achMicroMolar) {
        this.p = Args.notNull("parameters", p);
        Args.notNull("achMicroMolar", achMicroMolar);
        this.sim = Simulation.builder().dtMs(DT_MS).seed(seed).threads(1).build();
        sim.add(GlobalModulator.ofFunction(ACETYLCHOLINE, achMicroMolar));
        this.network = MapNetwork.create(sim, "map", sheet, body, p.network());
        network.encode(initial);
        Gate ach = Gate.proportionalTo(ACETYLCHOLINE, 1.0);
        network.afferent()
                .withBounds(WeightBounds.hard(0.0, p.afferentMax()))
                .withRule(
                        Hebbian.rate(
                                new HebbianParameters(p.afferentEta(), p.afferentDecayPerMs())),
                        ach)
                .withRule(SynapticScaling.of(p.scaling()))
                .withRule(PresynapticNormalization.of(p.normalization()));
        network.output()
                .withBounds(WeightBounds.hard(0.0, p.outputMax()))
                .withRule(
                        Hebbian.rate(new HebbianParameters(p.outputEta(), p.outputDecayPerMs())),
                        ach)
                .withRule(PostsynapticNormalization.of(p.normalization()));
        this.rng = sim.stream("use");
        this.rates = new double[body.size()];
        this.command = new double[body.size()];
        this.boutSteps = Math.max(1, Math.round(p.boutMs() / sim.dtMs()));
        this.restSteps = Math.round(p.restMs() / sim.dtMs());
    }

    /**
     * Builds a learning map with a constant, intact acetylcholine level (1 µM).
     *
     * @param sheet the sheet
     * @param body the body
     * @param initial the initial layout, written with {@link MapNetwork#encode}
     * @param parameters the parameters
     * @param seed seed of the simulation (bout order)
     * @return the map
     */
    public static MapLearning create(
            CorticalSheet sheet,
            BodyModel body,
            MotorMap initial,
            MapLearningParameters parameters,
            long seed) {
        return new MapLearning(sheet, body, initial, parameters, seed, t -> 1.0);
    }

    /**
     * Builds a learning map with a time course of acetylcholine.
     *
     * @param sheet the sheet
     * @param body the body
     * @param initial the initial layout, written with {@link MapNetwork#encode}
     * @param parameters the parameters
     * @param seed seed of the simulation (bout order)
     * @param achMicroMolar acetylcholine concentration (µM) as a function of model time (ms)
     * @return the map
     */
    public static MapLearning create(
            CorticalSheet sheet,
            BodyModel body,
            MotorMap initial,
            MapLearningParameters parameters,
            long seed,
            DoubleUnaryOperator achMicroMolar) {
        return new MapLearning(sheet, body, initial, parameters, seed, achMicroMolar);
    }

    /**
     * The forelimb used by the protocols, medial to lateral: shoulder, elbow, wrist (region arm),
     * digits (D2-D5) and thumb (region hand), equal relative areas, spinal levels as in {@link
     * BodyModel#standard()}.
     *
     * @return the body
     */
    public static BodyModel forelimb() {
        return BodyModel.of(
                List.of(
                        Effector.at("shoulder", "arm", "C5", 1.0),
                        Effector.spanning("elbow", "arm", "C5", "C7", 1.0),
                        Effector.spanning("wrist", "arm", "C6", "C7", 1.0),
                        Effector.spanning("digits", "hand", "C8", "T1", 1.0),
                        Effector.spanning("thumb", "hand", "C8", "T1", 1.0)));
    }

    /** The network (read its weights; do not attach further rules). */
    public MapNetwork network() {
        return network;
    }

    /** The parameters. */
    public MapLearningParameters parameters() {
        return p;
    }

    /** Model time (ms). */
    public double timeMs() {
        return sim.timeMs();
    }

    /** Number of bouts run so far. */
    public long bouts() {
        return bouts;
    }

    /**
     * Runs bouts of use for a duration (rounded down to whole bouts, each followed by its rest, at
     * least one).
     *
     * @param durationMs duration (ms), &gt; 0 and finite
     * @param shares relative use of each effector, &gt;= 0 and finite, not all 0; read
     * @return the mean rate of all sites over the period (Hz)
     */
    public double use(double durationMs, double[] shares) {
        Args.positive("durationMs", durationMs, "ms");
        Args.notNull("shares", shares);
        int m = rates.length;
        Args.length("shares", shares.length, m);
        double total = 0;
        for (int e = 0; e < m; e++) {
            total += Args.nonNegative("shares[" + e + "]", shares[e], "relative use");
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("shares must not all be 0");
        }
        long n = Math.max(1, (long) Math.floor(durationMs / (p.boutMs() + p.restMs())));
        int sites = network.sites().size();
        double sum = 0;
        for (long b = 0; b < n; b++) {
            double u = rng.nextDouble() * total;
            int chosen = m - 1;
            for (int e = 0; e < m; e++) {
                u -= shares[e];
                if (u < 0 && shares[e] > 0) {
                    chosen = e;
                    break;
                }
            }
            while (shares[chosen] == 0) {
                chosen--;
            }
            Arrays.fill(rates, 0.0);
            Arrays.fill(command, 0.0);
            rates[chosen] = p.useRateHz();
            command[chosen] = p.commandHz();
            network.setAfferentRatesHz(rates);
            network.effectors().setExternalInput(command);
            for (long s = 0; s < boutSteps; s++) {
                sim.step();
                double step = 0;
                for (int i = 0; i < sites; i++) {
                    step += network.sites().rateHz(i);
                }
                sum += step / sites;
            }
            if (restSteps > 0) {
                Arrays.fill(rates, 0.0);
                Arrays.fill(command, 0.0);
                network.setAfferentRatesHz(rates);
                network.effectors().setExternalInput(command);
                for (long s = 0; s < restSteps; s++) {
                    sim.step();
                    double step = 0;
                    for (int i = 0; i < sites; i++) {
                        step += network.sites().rateHz(i);
                    }
                    sum += step / sites;
                }
            }
            bouts++;
        }
        lastMeanRateHz = sum / (n * (boutSteps + restSteps));
        return lastMeanRateHz;
    }

    /** Mean site rate over the last call of {@link #use} (Hz), NaN before. */
    public double lastMeanRateHz() {
        return lastMeanRateHz;
    }

    /**
     * Maps the network now with virtual ICMS (the network is not changed).
     *
     * @param icms the protocol
     * @return the map
     */
    public MotorMap icms(IcmsParameters icms) {
        return VirtualIcms.map(network, icms);
    }

    /**
     * Evoked effector rates of every site now (virtual ICMS).
     *
     * @param icms the protocol
     * @return {@code rates[site][effector]} (Hz)
     */
    public double[][] evokedRatesHz(IcmsParameters icms) {
        return VirtualIcms.evokedRatesHz(network, icms);
    }

    @Override
    public void close() {
        sim.close();
    }
}
