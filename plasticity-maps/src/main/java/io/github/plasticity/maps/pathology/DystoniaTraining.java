package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.rules.Bcm;
import io.github.plasticity.rules.BcmParameters;
import io.github.plasticity.rules.ScalingParameters;
import io.github.plasticity.rules.SynapticScaling;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Focal-dystonia protocol (SCIENCE.md C10.1, C10.2): digit training of a hand map whose afferent
 * (receptive-field) weights learn with BCM, read out as receptive fields, digit overlap,
 * inter-digit distance and the Sanger-Merzenich loop gain.
 *
 * <p><b>Model.</b> A {@link MapNetwork} of the five digits on a sheet, encoded with the orderly
 * (area 3b-like) layout: each site receives afferent weight G_aff from its own digit and 0 from the
 * others. Training follows {@link DystoniaParameters}; only the afferent projection learns.
 *
 * <p><b>Read-outs.</b> The receptive field of site {@code i} is the set of digits whose afferent
 * weight is at least half the site's strongest and above a small floor ({@link #receptiveFields}).
 * From it: RF size (mean number of digits per responsive site), dual-response fraction, mean Dice
 * overlap of the digits' response fields (all pairs), mean distance between the response-field
 * centroids of adjacent digits (the representational distance of Elbert et al. 1998), and the loop
 * gain {@link SensorimotorLoop#gainFromArea} with the untrained map as reference (\( g_{ref} = 0.5
 * \)). Overflow: touching one digit at the stimulus rate drives site {@code i} at \( y_i = \) the
 * site transfer of \( A_{ie} r \) (feed-forward, lateral interactions left out), and effector
 * {@code f} at \( D_f = \sum_i W_{fi} y_i \) through the fixed orderly output weights; the overflow
 * index is \( \sum_{f \ne e} D_f / D_e \), averaged over digits.
 *
 * <p><b>Why intact homeostasis protects the map.</b> Under synchronous stimulation every afferent
 * of a site fires at the same rate, so BCM changes all of them by the same amount: it can move the
 * mean afferent weight but not the difference between a site's own digit and the others. The
 * sliding threshold holds the stimulated rate at its equilibrium \( y = \theta = \langle y^2
 * \rangle / y_0 \) (with the defaults' set point, the rate the sites have before training), which
 * bounds the common increment far below what fusion needs (a foreign digit enters the field only
 * when its weight reaches half the own digit's); scaling (goal {@code y0Hz} for the time-averaged
 * rate, gaps included, the same equilibrium) is multiplicative and keeps the ratios. With a fixed
 * threshold nothing bounds the common increment: once synchronous drive (all digit zones active, so
 * more lateral excitation) exceeds the threshold, every co-active afferent grows to its bound and
 * the digits fuse. This needs the threshold to be faster than the weights (see {@link
 * DystoniaParameters#healthy()}).
 */
public final class DystoniaTraining {
    /** Receptive-field threshold \( \rho \) as a fraction of the afferent gain. */
    public static final double RF_FRACTION = 0.5;

    /** Absolute floor \( \phi \) of a receptive-field input, as a fraction of the afferent gain. */
    public static final double RF_FLOOR = 0.1;

    /** Loop gain of the untrained map (ours: the C10.1 example g = 0.5). */
    public static final double REFERENCE_GAIN = 0.5;

    private DystoniaTraining() {}

    /**
     * The outcome of one training run, sampled at {@code trial[k]} (trial 0 = before training).
     *
     * @param trial trial counts at the samples
     * @param rfSize mean receptive-field size (digits per responsive site)
     * @param dualFraction share of responsive sites with more than one digit
     * @param meanDice mean Dice overlap of the digits' response fields
     * @param centroidDistanceMm mean adjacent-digit centroid distance (mm)
     * @param loopGain Sanger-Merzenich loop gain
     * @param overflow overflow index (other digits' drive / own drive)
     * @param before receptive-field map before training
     * @param after receptive-field map after training
     */
    public record Outcome(
            double[] trial,
            double[] rfSize,
            double[] dualFraction,
            double[] meanDice,
            double[] centroidDistanceMm,
            double[] loopGain,
            double[] overflow,
            MotorMap before,
            MotorMap after) {
        /** Last sample of a series. */
        public static double last(double[] series) {
            return series[series.length - 1];
        }
    }

    /**
     * The five digits of {@link BodyModel#standard()}, D5 (medial) to D1 (lateral).
     *
     * @return the hand
     */
    public static BodyModel hand() {
        BodyModel all = BodyModel.standard();
        List<Effector> digits = new ArrayList<>();
        for (int e : all.effectorsIn("hand")) {
            digits.add(all.effector(e));
        }
        return BodyModel.of(digits);
    }

    /**
     * Runs one training protocol.
     *
     * @param sheet the sheet
     * @param network network parameters
     * @param p the protocol
     * @param seed seed (digit order of asynchronous training)
     * @param samples number of samples after the initial one, &gt;= 1
     * @return the outcome
     */
    public static Outcome run(
            CorticalSheet sheet,
            MapNetworkParameters network,
            DystoniaParameters p,
            long seed,
            int samples) {
        Args.notNull("sheet", sheet);
        Args.notNull("network", network);
        Args.notNull("p", p);
        Args.atLeast("samples", samples, 1);
        BodyModel hand = hand();
        int m = hand.size();
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(seed).build()) {
            MapNetwork net = MapNetwork.create(sim, "hand", sheet, hand, network);
            Projection aff = net.afferent();
            aff.withBounds(WeightBounds.hard(0.0, p.maxWeightFactor() * network.afferentGain()));
            net.encode(SomatotopicLayout.orderly(sheet, hand));
            aff.withRule(
                    Bcm.of(
                            new BcmParameters(
                                    p.bcmEta(),
                                    p.tauThetaMs(),
                                    p.theta0Hz(),
                                    p.y0Hz(),
                                    p.slidingThreshold())));
            if (p.scaling()) {
                aff.withRule(
                        SynapticScaling.of(new ScalingParameters(1000.0, 4e-6, 0.0, p.y0Hz())));
            }
            UniformRandomProvider rng = sim.stream("dystonia/digits");
            long trialSteps = Math.round(p.trialMs() / sim.dtMs());
            long gapSteps = Math.round(p.gapMs() / sim.dtMs());
            double[] rates = new double[m];
            int k = samples + 1;
            double[] trial = new double[k];
            double[] rf = new double[k];
            double[] dual = new double[k];
            double[] dice = new double[k];
            double[] dist = new double[k];
            double[] gain = new double[k];
            double[] over = new double[k];
            MotorMap before = receptiveFields(net);
            double refArea = meanResponseAreaMm2(before);
            record(net, before, refArea, p.stimulusRateHz(), 0, rf, dual, dice, dist, gain, over);
            int done = 0;
            for (int s = 1; s <= samples; s++) {
                int until = (int) Math.round(p.trials() * (double) s / samples);
                for (; done < until; done++) {
                    if (p.synchronous()) {
                        java.util.Arrays.fill(rates, p.stimulusRateHz());
                    } else {
                        java.util.Arrays.fill(rates, 0.0);
                        rates[rng.nextInt(m)] = p.stimulusRateHz();
                    }
                    net.setAfferentRatesHz(rates);
                    sim.steps(trialSteps);
                    java.util.Arrays.fill(rates, 0.0);
                    net.setAfferentRatesHz(rates);
                    sim.steps(gapSteps);
                }
                trial[s] = done;
                record(
                        net,
                        receptiveFields(net),
                        refArea,
                        p.stimulusRateHz(),
                        s,
                        rf,
                        dual,
                        dice,
                        dist,
                        gain,
                        over);
            }
            return new Outcome(
                    trial, rf, dual, dice, dist, gain, over, before, receptiveFields(net));
        }
    }

    private static void record(
            MapNetwork net,
            MotorMap map,
            double refArea,
            double rateHz,
            int k,
            double[] rf,
            double[] dual,
            double[] dice,
            double[] dist,
            double[] gain,
            double[] over) {
        rf[k] = meanReceptiveFieldSize(map);
        dual[k] = MapAnalysis.dualResponseFraction(map);
        dice[k] = MapAnalysis.meanDice(map);
        dist[k] = meanAdjacentCentroidDistanceMm(map);
        gain[k] = SensorimotorLoop.gainFromArea(meanResponseAreaMm2(map), refArea, REFERENCE_GAIN);
        over[k] = overflow(net, rateHz);
    }

    /**
     * The receptive-field map of a network: digit {@code e} is in the field of site {@code i} when
     * \( A_{ie} \ge \rho \max_f A_{if} \) (within a fraction of the site's strongest input) and \(
     * A_{ie} &gt; \phi\, G_{aff} \) (an appreciable input at all), \( \rho = \) {@link
     * #RF_FRACTION}, \( \phi = \) {@link #RF_FLOOR}.
     *
     * @param net the network
     * @return the map (strengths = afferent weights of the digits in the field, 0 for the others)
     */
    public static MotorMap receptiveFields(MapNetwork net) {
        int n = net.sheet().siteCount();
        int m = net.body().size();
        double[][] s = new double[n][m];
        for (int i = 0; i < n; i++) {
            double max = 0;
            for (int e = 0; e < m; e++) {
                s[i][e] = net.afferent().weight(i, e);
                max = Math.max(max, s[i][e]);
            }
            for (int e = 0; e < m; e++) {
                if (s[i][e] < RF_FRACTION * max) {
                    s[i][e] = 0.0;
                }
            }
        }
        return MotorMap.absolute(
                net.sheet(), net.body(), s, RF_FLOOR * net.parameters().afferentGain());
    }

    /** Mean number of effectors per responsive site (NaN without responsive sites). */
    public static double meanReceptiveFieldSize(MotorMap map) {
        int sites = 0;
        int total = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            int c = map.responseCount(i);
            if (c > 0) {
                sites++;
                total += c;
            }
        }
        return sites == 0 ? Double.NaN : total / (double) sites;
    }

    /** Mean response-field area over all effectors (mm²). */
    public static double meanResponseAreaMm2(MotorMap map) {
        int m = map.body().size();
        double sum = 0;
        for (int e = 0; e < m; e++) {
            sum += MapAnalysis.responseAreaMm2(map, e);
        }
        return sum / m;
    }

    /**
     * Centroid of the response field of an effector (all sites responding with it, dominant or
     * not).
     *
     * @param map the map
     * @param e effector
     * @return {@code {x, y}} (mm), NaN when empty
     */
    public static double[] responseCentroidMm(MotorMap map, int e) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            if (map.responds(i, e)) {
                x += map.sheet().xMm(i);
                y += map.sheet().yMm(i);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {x / n, y / n};
    }

    /** Mean distance between response-field centroids of consecutive effectors (mm). */
    public static double meanAdjacentCentroidDistanceMm(MotorMap map) {
        int m = map.body().size();
        double sum = 0;
        int n = 0;
        for (int e = 0; e + 1 < m; e++) {
            double[] a = responseCentroidMm(map, e);
            double[] b = responseCentroidMm(map, e + 1);
            double d = Math.hypot(a[0] - b[0], a[1] - b[1]);
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The overflow index of a network (class javadoc): other digits' drive over the touched
     * digit's, averaged over digits.
     *
     * @param net the network
     * @param rateHz afferent rate of the touched digit (Hz)
     * @return the index (0 for a perfectly segregated map)
     */
    public static double overflow(MapNetwork net, double rateHz) {
        MapNetworkParameters q = net.parameters();
        int n = net.sheet().siteCount();
        int m = net.body().size();
        double sum = 0;
        int counted = 0;
        double[] drive = new double[m];
        for (int e = 0; e < m; e++) {
            java.util.Arrays.fill(drive, 0.0);
            for (int i = 0; i < n; i++) {
                double in = net.afferent().weight(i, e) * rateHz;
                double y =
                        Math.min(
                                q.siteMaxRateHz(),
                                Math.max(0.0, q.siteGain() * (in - q.siteThreshold())));
                for (int f = 0; f < m; f++) {
                    drive[f] += net.output().weight(f, i) * y;
                }
            }
            if (drive[e] > 0) {
                double others = 0;
                for (int f = 0; f < m; f++) {
                    others += f == e ? 0 : drive[f];
                }
                sum += others / drive[e];
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }
}
