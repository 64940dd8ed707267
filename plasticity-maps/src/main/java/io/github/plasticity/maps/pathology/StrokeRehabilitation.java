package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.VirtualIcms;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Peri-infarct remapping after a lesion of the M1 hand territory, with and without rehabilitative
 * training, and the remote premotor (PMv-analogue) hand area (Nudo et al. 1996 Science 272:1791;
 * Frost et al. 2003 J Neurophysiol 89:3205; SCIENCE.md C10.3).
 *
 * <p><b>Model</b> (use-dependent Hebbian learning of the output map, ours). Two {@link MapNetwork}s
 * of the forelimb ({@link #forelimb()}: shoulder, elbow, digits), M1 and PMv, each in its own
 * {@link Simulation} (step {@value #DT_MS} ms). Their afferent weights \( A_{ie} \) and output
 * weights \( W_{ei} \) start from the orderly layout blurred by a Gaussian of {@code blurSigmaMm}
 * (thalamocortical and corticospinal arbors overlap at band borders), \( s_{ie} = \sum_j
 * e^{-d_{ij}^2/2\sigma^2} [\mathrm{layout}(j) = e] / \sum_j e^{-d_{ij}^2/2\sigma^2} \), \( A_{ie} =
 * G_{aff} s_{ie} \), \( W_{ei} = G_{out} (h/h_{ref})^2 s_{ie} \) ({@code h} the sheet spacing, \(
 * h_{ref} = \) {@value #REFERENCE_SPACING_MM} mm: the output of a site is scaled by its area, so
 * the drive of a territory does not depend on the grid). The afferents are fixed (adult
 * thalamocortical topography); the output projection learns with the rate Hebbian rule of
 * plasticity-rules ({@link Hebbian#rate}, attached with {@link
 * io.github.plasticity.core.Projection#withRule}): \( dW_{ei}/dt = \eta (h/h_{ref})^2 m_e r_i -
 * W_{ei}/\tau \), bounded to \( [0, 1] \), with {@code m} the effector unit's rate and {@code r}
 * the site's rate. Use is a sequence of bouts ({@code boutMs}, then {@code restMs} of silence): in
 * a bout of effector {@code e} its afferent fires at {@code useRateHz} and its effector unit
 * receives the command {@code commandHz}; the sites of its territory and, through the lateral
 * connections and the blurred afferents, those at its borders fire, and their output weight onto
 * {@code e} grows. At equilibrium \( W_{ei} = \eta \tau (h/h_{ref})^2 \langle m_e r_i \rangle \),
 * proportional to how often {@code e} is used and how strongly site {@code i} fires when it is: a
 * border lies where the use-weighted drives of two effectors are equal, and moves towards the less
 * used one. The Hebbian decay makes this equilibrium independent of the history (no runaway front,
 * unlike normalised competitive learning).
 *
 * <p><b>Protocol.</b> Bouts are scheduled deterministically in proportion to the use shares (stride
 * scheduling: the effector with the largest accumulated credit goes next; initial credits seeded),
 * so every run uses each effector exactly in proportion. Baseline: shares = relative areas of the
 * body. Lesion: the {@code lesionFraction} of the M1 hand sites farthest from the arm (lateral end)
 * are clamped silent (strongly negative external input) and lose their weights. Hand deficit \( D =
 * 1 - \) (M1 output weight onto the digits from the surviving sites) / (the same before the
 * lesion). Recovery: without rehabilitation the hand is used \( 1 - \kappa D \) times as often as
 * at baseline (learned non-use, {@code nonUse} = \( \kappa \)); with rehabilitation {@code
 * rehabHandFactor} times as often. PMv runs the same bouts; in its hand bouts after the lesion the
 * hand afferent and command are \( 1 + c D \) times stronger (PMv recruited for the lost M1 output,
 * {@code premotorRecruitment} = c). Its hand weights then scale with \( F(D) = (1 - \kappa D)(1 + c
 * D)^2 \) (share times afferent times command), which increases with {@code D} on [0, 1) when \( 2c
 * - \kappa &gt; 3 \kappa c D \) (for \( \kappa = 0.5, c = 2 \): for all {@code D} &lt; 1), so the
 * PMv hand area grows with lesion size, as Frost et al. report ("proportional to the amount of M1
 * hand area destroyed").
 *
 * <p><b>Read-out.</b> Maps by {@link VirtualIcms} ({@link #icms()}) of the live networks (lesioned
 * sites unresponsive); hand area = the digits' territory (dominant effector), proximal area =
 * shoulder + elbow, and the hand's invasion of proximal territory = area of sites that were
 * shoulder or elbow before the lesion and are hand at the end.
 */
public final class StrokeRehabilitation {
    /**
     * Simulation step (ms): half the units' 10 ms time constant (the rate units integrate exactly
     * for input held over a step; the lateral input arrives one step late, which the stable lateral
     * network tolerates).
     */
    public static final double DT_MS = 5.0;

    /** Reference spacing \( h_{ref} \) of the output-weight and learning-rate scaling (mm). */
    public static final double REFERENCE_SPACING_MM = 0.25;

    private static final double CLAMP = -1e6;

    private StrokeRehabilitation() {}

    /**
     * The outcome of one run. Samples: index 0 = before the lesion (after baseline), 1 = right
     * after the lesion, then during recovery.
     *
     * @param recoveryMs recovery time at the samples (ms; 0 for the first two)
     * @param m1HandMm2 M1 hand (digits) area (mm²)
     * @param m1ProximalMm2 M1 shoulder + elbow area (mm²)
     * @param pmvHandMm2 PMv hand area (mm²)
     * @param handIntoProximalMm2 M1 area that was shoulder or elbow before the lesion and is hand
     *     at the sample (mm²)
     * @param handDeficit the hand deficit {@code D}
     * @param m1Before M1 map before the lesion
     * @param m1Lesioned M1 map right after the lesion
     * @param m1After M1 map at the end
     * @param pmvBefore PMv map before the lesion
     * @param pmvAfter PMv map at the end
     */
    public record Outcome(
            double[] recoveryMs,
            double[] m1HandMm2,
            double[] m1ProximalMm2,
            double[] pmvHandMm2,
            double[] handIntoProximalMm2,
            double handDeficit,
            MotorMap m1Before,
            MotorMap m1Lesioned,
            MotorMap m1After,
            MotorMap pmvBefore,
            MotorMap pmvAfter) {
        /** Last sample of a series. */
        public static double last(double[] series) {
            return series[series.length - 1];
        }
    }

    /**
     * The forelimb: shoulder and elbow of {@link BodyModel#standard()} and the five digits merged
     * into one effector {@code "digits"} (region hand, C8-T1 at level 8.5, relative area 1.2, ours:
     * the digit representation bordering the proximal (elbow) representation, as in the squirrel
     * monkey maps of Nudo et al. 1996; the wrist is left out so that the hand borders the elbow).
     *
     * @return the body
     */
    public static BodyModel forelimb() {
        BodyModel all = BodyModel.standard();
        List<Effector> es = new ArrayList<>();
        es.add(all.effector(all.indexOf("shoulder")));
        es.add(all.effector(all.indexOf("elbow")));
        es.add(new Effector("digits", "hand", all.effector(all.indexOf("D1")).targetLevel(), 1.2));
        return BodyModel.of(es);
    }

    /**
     * The PMv forelimb: {@link #forelimb()} with the digits' relative area halved to 0.6 (ours: a
     * premotor hand representation smaller than M1's, a third of the forelimb map, so that it has
     * proximal territory to grow into). Same effectors in the same order.
     *
     * @return the body
     */
    public static BodyModel premotorForelimb() {
        BodyModel f = forelimb();
        List<Effector> es = new ArrayList<>();
        for (int e = 0; e < f.size(); e++) {
            Effector x = f.effector(e);
            es.add(
                    x.region().equals("hand")
                            ? new Effector(x.name(), x.region(), x.targetLevel(), 0.6)
                            : x);
        }
        return BodyModel.of(es);
    }

    /**
     * The map network (ours): {@link MapNetworkParameters#defaults()} with output encoding gain
     * 0.01 (the scale of the Hebbian equilibrium; the effectors' cortical feedback, about 0.01 x 20
     * Hz per active site, stays below the 20 Hz command).
     *
     * @return the parameters
     */
    public static MapNetworkParameters network() {
        return MapNetworkParameters.defaults().withEncodingGains(1.0, 0.01);
    }

    /**
     * The ICMS read-out: {@link IcmsParameters#nudo1996()} with a movement threshold of 0.1 Hz
     * (ours, for output weights of order 0.01: a territory's core evokes about 1 Hz).
     *
     * @return the protocol
     */
    public static IcmsParameters icms() {
        return IcmsParameters.nudo1996().withMovementThresholdHz(0.1);
    }

    /** One map's network and learning state. */
    private static final class Area implements AutoCloseable {
        final Simulation sim;
        final MapNetwork net;
        final CorticalSheet sheet;
        final int n;
        final int m;
        final boolean[] live;
        final double[] rates;
        final double[] command;
        final long boutSteps;
        final long restSteps;

        Area(
                String name,
                CorticalSheet sheet,
                BodyModel body,
                MapNetworkParameters q,
                StrokeParameters p,
                long seed) {
            this.sheet = sheet;
            this.n = sheet.siteCount();
            this.m = body.size();
            this.sim = Simulation.builder().dtMs(DT_MS).seed(seed).threads(1).build();
            this.net = MapNetwork.create(sim, name, sheet, body, q);
            double area = Math.pow(sheet.spacingMm() / REFERENCE_SPACING_MM, 2);
            MotorMap layout = SomatotopicLayout.orderly(sheet, body);
            double b2 = 2 * p.blurSigmaMm() * p.blurSigmaMm();
            double[] s = new double[m];
            for (int i = 0; i < n; i++) {
                Arrays.fill(s, 0.0);
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    double d = sheet.distanceMm(i, j);
                    double g = Math.exp(-d * d / b2);
                    s[layout.dominant(j)] += g;
                    sum += g;
                }
                for (int e = 0; e < m; e++) {
                    net.afferent().setWeight(i, e, q.afferentGain() * s[e] / sum);
                    net.output().setWeight(e, i, q.outputGain() * area * s[e] / sum);
                }
            }
            net.output()
                    .withBounds(WeightBounds.hard(0.0, 1.0))
                    .withRule(
                            Hebbian.rate(
                                    new HebbianParameters(
                                            p.outputEta() * area, 1.0 / p.outputTauMs())));
            live = new boolean[n];
            Arrays.fill(live, true);
            rates = new double[m];
            command = new double[m];
            boutSteps = Math.max(1, Math.round(p.boutMs() / DT_MS));
            restSteps = Math.round(p.restMs() / DT_MS);
        }

        void bout(int e, double rateHz, double commandHz) {
            Arrays.fill(rates, 0.0);
            Arrays.fill(command, 0.0);
            rates[e] = rateHz;
            command[e] = commandHz;
            net.setAfferentRatesHz(rates);
            net.effectors().setExternalInput(command);
            sim.steps(boutSteps);
            Arrays.fill(rates, 0.0);
            Arrays.fill(command, 0.0);
            net.setAfferentRatesHz(rates);
            net.effectors().setExternalInput(command);
            sim.steps(restSteps);
        }

        void lesion(int i) {
            live[i] = false;
            net.sites().setExternalInput(i, CLAMP);
            for (int e = 0; e < m; e++) {
                net.afferent().setWeight(i, e, 0.0);
                net.output().setWeight(e, i, 0.0);
            }
        }

        double outputOnto(int[] effectors) {
            double sum = 0;
            for (int e : effectors) {
                for (int i = 0; i < n; i++) {
                    sum += net.output().weight(e, i);
                }
            }
            return sum;
        }

        MotorMap icms() {
            return VirtualIcms.map(net, StrokeRehabilitation.icms());
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    /** Stride scheduling of bouts in proportion to use shares. */
    private static final class Schedule {
        final double[] credit;
        double[] share;

        Schedule(int m, UniformRandomProvider rng) {
            credit = new double[m];
            for (int e = 0; e < m; e++) {
                credit[e] = rng.nextDouble();
            }
        }

        int next() {
            double total = 0;
            for (double v : share) {
                total += v;
            }
            int best = 0;
            for (int e = 0; e < credit.length; e++) {
                credit[e] += share[e] / total;
                if (credit[e] > credit[best]) {
                    best = e;
                }
            }
            credit[best] -= 1.0;
            return best;
        }
    }

    /**
     * The hand deficit a lesion would cause in a map: the share of the digits' output weight held
     * by the sites that {@link #run} would lesion.
     */
    private static List<Integer> lesionSites(CorticalSheet sheet, BodyModel body, double fraction) {
        boolean[] isHand = body.inRegion("hand");
        List<Integer> handSites = new ArrayList<>();
        MotorMap layout = SomatotopicLayout.orderly(sheet, body);
        for (int i = 0; i < sheet.siteCount(); i++) {
            if (isHand[layout.dominant(i)]) {
                handSites.add(i);
            }
        }
        handSites.sort(
                (i, j) ->
                        sheet.column(i) != sheet.column(j)
                                ? Integer.compare(sheet.column(j), sheet.column(i))
                                : Integer.compare(sheet.row(i), sheet.row(j)));
        int lesioned = (int) Math.round(fraction * handSites.size());
        return handSites.subList(0, lesioned);
    }

    /**
     * Runs one lesion (and recovery) protocol.
     *
     * @param m1Sheet the M1 sheet
     * @param pmvSheet the PMv sheet
     * @param net network parameters (gains at the reference spacing)
     * @param p the protocol
     * @param seed seed (initial scheduling credits)
     * @param samples samples during recovery, &gt;= 1
     * @return the outcome
     */
    public static Outcome run(
            CorticalSheet m1Sheet,
            CorticalSheet pmvSheet,
            MapNetworkParameters net,
            StrokeParameters p,
            long seed,
            int samples) {
        Args.notNull("m1Sheet", m1Sheet);
        Args.notNull("pmvSheet", pmvSheet);
        Args.notNull("net", net);
        Args.notNull("p", p);
        Args.atLeast("samples", samples, 1);
        BodyModel body = forelimb();
        int m = body.size();
        int[] hand = body.effectorsIn("hand");
        boolean[] isHand = body.inRegion("hand");
        int[] proximal = {body.indexOf("shoulder"), body.indexOf("elbow")};
        try (Area m1 = new Area("m1", m1Sheet, body, net, p, seed);
                Area pmv = new Area("pmv", pmvSheet, premotorForelimb(), net, p, seed)) {
            Schedule schedule = new Schedule(m, m1.sim.stream("stroke/schedule"));
            double[] baseUse = body.areaShares();
            schedule.share = baseUse.clone();
            double r = p.useRateHz();
            double c = p.commandHz();
            long baselineBouts = Math.round(p.baselineMs() / (p.boutMs() + p.restMs()));
            for (long t = 0; t < baselineBouts; t++) {
                int e = schedule.next();
                m1.bout(e, r, c);
                pmv.bout(e, r, c);
            }
            double handOutBefore = m1.outputOnto(hand);
            MotorMap m1Before = m1.icms();
            MotorMap pmvBefore = pmv.icms();
            for (int i : lesionSites(m1Sheet, body, p.lesionFraction())) {
                m1.lesion(i);
            }
            double deficit = 1 - m1.outputOnto(hand) / handOutBefore;
            MotorMap m1Lesioned = m1.icms();
            double[] use = baseUse.clone();
            for (int e : hand) {
                use[e] =
                        baseUse[e]
                                * (p.rehabilitation()
                                        ? p.rehabHandFactor()
                                        : 1 - p.nonUse() * deficit);
            }
            schedule.share = use;
            double boost = 1 + p.premotorRecruitment() * deficit;
            int k = samples + 2;
            double[] time = new double[k];
            double[] handM1 = new double[k];
            double[] prox = new double[k];
            double[] handPmv = new double[k];
            double[] invaded = new double[k];
            sample(
                    m1Before, pmvBefore, m1Before, hand, proximal, 0, handM1, prox, handPmv,
                    invaded);
            sample(
                    m1Lesioned,
                    pmvBefore,
                    m1Before,
                    hand,
                    proximal,
                    1,
                    handM1,
                    prox,
                    handPmv,
                    invaded);
            long recoveryBouts =
                    Math.max(1, Math.round(p.recoveryMs() / (p.boutMs() + p.restMs())));
            long done = 0;
            MotorMap m1Now = m1Lesioned;
            MotorMap pmvNow = pmvBefore;
            for (int s = 1; s <= samples; s++) {
                long until = Math.round(recoveryBouts * (double) s / samples);
                for (; done < until; done++) {
                    int e = schedule.next();
                    m1.bout(e, r, c);
                    double f = isHand[e] ? boost : 1.0;
                    pmv.bout(e, r * f, c * f);
                }
                m1Now = m1.icms();
                pmvNow = pmv.icms();
                time[s + 1] = done * (p.boutMs() + p.restMs());
                sample(
                        m1Now, pmvNow, m1Before, hand, proximal, s + 1, handM1, prox, handPmv,
                        invaded);
            }
            return new Outcome(
                    time,
                    handM1,
                    prox,
                    handPmv,
                    invaded,
                    deficit,
                    m1Before,
                    m1Lesioned,
                    m1Now,
                    pmvBefore,
                    pmvNow);
        }
    }

    /**
     * The remote (PMv) hand area against lesion size, without rehabilitation (Frost et al. 2003
     * assessed hand skill periodically over 3 months; their abstract describes no rehabilitative
     * training).
     *
     * @param lesionFraction the lesion fractions
     * @param handDeficit the M1 hand deficit {@code D} of each
     * @param pmvBeforeMm2 PMv hand area after baseline, before the lesion (mm²)
     * @param pmvAfterMm2 PMv hand area at the end of recovery, per lesion fraction (mm²)
     */
    public record Sweep(
            double[] lesionFraction,
            double[] handDeficit,
            double pmvBeforeMm2,
            double[] pmvAfterMm2) {
        /** Relative change of the PMv hand area per lesion fraction (after / before - 1). */
        public double[] pmvChange() {
            double[] c = new double[pmvAfterMm2.length];
            for (int k = 0; k < c.length; k++) {
                c[k] = pmvAfterMm2[k] / pmvBeforeMm2 - 1;
            }
            return c;
        }
    }

    /**
     * Runs the PMv part of {@link #run} (without rehabilitation, {@code p.rehabilitation()} and
     * {@code p.lesionFraction()} ignored) for several lesion sizes: M1 and PMv baselines once, then
     * for each lesion size the deficit of that M1 lesion and a PMv recovery from the same baseline.
     * The restored PMv starts its recovery at rest (in {@link #run} the rates left from the last
     * baseline rest, a few % of a bout's, carry over), otherwise the protocol is that of {@link
     * #run}.
     *
     * @param m1Sheet the M1 sheet
     * @param pmvSheet the PMv sheet
     * @param net network parameters
     * @param p the protocol
     * @param fractions lesion fractions, each in [0, 1)
     * @param seed seed (initial scheduling credits)
     * @return the sweep
     */
    public static Sweep remoteSweep(
            CorticalSheet m1Sheet,
            CorticalSheet pmvSheet,
            MapNetworkParameters net,
            StrokeParameters p,
            double[] fractions,
            long seed) {
        Args.notNull("m1Sheet", m1Sheet);
        Args.notNull("pmvSheet", pmvSheet);
        Args.notNull("net", net);
        Args.notNull("p", p);
        Args.notNull("fractions", fractions);
        for (double f : fractions) {
            p.withLesionFraction(f);
        }
        BodyModel body = forelimb();
        int m = body.size();
        int[] hand = body.effectorsIn("hand");
        boolean[] isHand = body.inRegion("hand");
        double[] deficit = new double[fractions.length];
        double[] after = new double[fractions.length];
        double before;
        double[] baseUse = body.areaShares();
        double r = p.useRateHz();
        double c = p.commandHz();
        long baselineBouts = Math.round(p.baselineMs() / (p.boutMs() + p.restMs()));
        long recoveryBouts = Math.max(1, Math.round(p.recoveryMs() / (p.boutMs() + p.restMs())));
        float[][] pmvWeights;
        double[] credits;
        try (Area m1 = new Area("m1", m1Sheet, body, net, p, seed);
                Area pmv = new Area("pmv", pmvSheet, premotorForelimb(), net, p, seed)) {
            Schedule schedule = new Schedule(m, m1.sim.stream("stroke/schedule"));
            schedule.share = baseUse.clone();
            for (long t = 0; t < baselineBouts; t++) {
                int e = schedule.next();
                m1.bout(e, r, c);
                pmv.bout(e, r, c);
            }
            double total = m1.outputOnto(hand);
            for (int k = 0; k < fractions.length; k++) {
                double lost = 0;
                for (int i : lesionSites(m1Sheet, body, fractions[k])) {
                    for (int e : hand) {
                        lost += m1.net.output().weight(e, i);
                    }
                }
                deficit[k] = lost / total;
            }
            before = area(pmv.icms(), hand);
            pmvWeights = new float[m][pmv.n];
            for (int e = 0; e < m; e++) {
                for (int i = 0; i < pmv.n; i++) {
                    pmvWeights[e][i] = pmv.net.output().weight(e, i);
                }
            }
            credits = schedule.credit.clone();
        }
        for (int k = 0; k < fractions.length; k++) {
            try (Area pmv = new Area("pmv", pmvSheet, premotorForelimb(), net, p, seed)) {
                for (int e = 0; e < m; e++) {
                    for (int i = 0; i < pmv.n; i++) {
                        pmv.net.output().setWeight(e, i, pmvWeights[e][i]);
                    }
                }
                Schedule schedule = new Schedule(m, pmv.sim.stream("stroke/schedule"));
                System.arraycopy(credits, 0, schedule.credit, 0, m);
                double[] use = baseUse.clone();
                for (int e : hand) {
                    use[e] = baseUse[e] * (1 - p.nonUse() * deficit[k]);
                }
                schedule.share = use;
                double boost = 1 + p.premotorRecruitment() * deficit[k];
                for (long t = 0; t < recoveryBouts; t++) {
                    int e = schedule.next();
                    double f = isHand[e] ? boost : 1.0;
                    pmv.bout(e, r * f, c * f);
                }
                after[k] = area(pmv.icms(), hand);
            }
        }
        return new Sweep(fractions.clone(), deficit, before, after);
    }

    private static void sample(
            MotorMap m1,
            MotorMap pmv,
            MotorMap m1Before,
            int[] hand,
            int[] proximal,
            int k,
            double[] handM1,
            double[] prox,
            double[] handPmv,
            double[] invaded) {
        handM1[k] = area(m1, hand);
        prox[k] = area(m1, proximal);
        handPmv[k] = area(pmv, hand);
        int sites = 0;
        for (int i = 0; i < m1.siteCount(); i++) {
            int now = m1.dominant(i);
            int before = m1Before.dominant(i);
            if (contains(hand, now) && contains(proximal, before)) {
                sites++;
            }
        }
        invaded[k] = sites * m1.sheet().siteAreaMm2();
    }

    private static boolean contains(int[] set, int e) {
        for (int v : set) {
            if (v == e) {
                return true;
            }
        }
        return false;
    }

    /** Sum of the territories (dominant effector) of some effectors (mm²). */
    public static double area(MotorMap map, int[] effectors) {
        double s = 0;
        for (int e : effectors) {
            s += MapAnalysis.areaMm2(map, e);
        }
        return s;
    }
}
