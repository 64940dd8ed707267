package io.github.plasticity.maps.pathology;

import io.github.plasticity.core.Simulation;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Peri-infarct remapping after a lesion of the M1 hand territory, with and without rehabilitative
 * training, and the remote premotor (PMv-analogue) hand area (Nudo et al. 1996 Science 272:1791;
 * Frost et al. 2003 J Neurophysiol 89:3205; SCIENCE.md C10.3).
 *
 * <p><b>Model</b> (use-dependent competitive Hebbian learning, ours). Two maps of the forelimb
 * ({@link #forelimb()}: shoulder, elbow, digits), M1 and a smaller PMv, each with afferent weights
 * \( A_{ie} \) (effector {@code e} onto site {@code i}) and output weights \( W_{ei} \),
 * initialised from the orderly layout blurred by a Gaussian of {@code blurSigmaMm} (thalamocortical
 * and corticospinal arbors overlap at band borders) and normalised per site to \( \sum_e A_{ie} =
 * G_{aff} \), \( \sum_e W_{ei} = G_{out} \). A use trial of effector {@code e} drives its afferent
 * at rate {@code r}: site input \( u_j = [\sum_f A_{jf} r_f]_+ \), site activity \( x_i = \sum_j
 * K_{ij} u_j \) with a row-normalised Gaussian lateral spread {@code K} ({@code spreadSigmaMm}; a
 * steady-state stand-in for the lateral excitation), the movement is effector {@code e} at rate
 * {@code r}, and the output weights learn \( \Delta W_{ei} = \eta x_i r \), then are renormalised
 * per site (a fixed synaptic budget: the competition). The afferent (input) topography is fixed, so
 * the output weights converge to \( W_{ei} \propto p_e x_i(e) \) for use frequencies \( p_e \): a
 * site moves the effector with the largest use-weighted input, and borders shift with use.
 * (Learning the afferents as well, with this normalisation, is unstable: the most used effector
 * takes the whole sheet.)
 *
 * <p><b>Protocol.</b> Baseline: effectors used at random in proportion to their relative areas (so
 * the baseline map is the use-dependent equilibrium of the layout). Lesion: the {@code
 * lesionFraction} of the hand sites farthest from the arm (lateral end) lose all weights and are
 * clamped silent. Hand deficit \( D = 1 - \) (M1 output weight onto the digits from the surviving
 * sites) / (the same before the lesion). Recovery: without rehabilitation a digit is used \( 1 - D
 * \) times as often as at baseline (learned non-use: the lost output is replaced by proximal
 * movements); with rehabilitation {@code rehabHandFactor} times as often. PMv learns from the same
 * trials; in hand trials after the lesion its afferents fire at \( r (1 + c D) \) (recruited in
 * proportion to the lost M1 hand output, {@code premotorRecruitment} = c).
 *
 * <p><b>Read-out.</b> Maps by {@link VirtualIcms} ({@link IcmsParameters#nudo1996()}) of {@link
 * MapNetwork}s carrying the current weights (lesioned sites clamped with a strongly negative input,
 * so they are unresponsive); hand area = the digits' territory (dominant effector), the proximal
 * area = shoulder + elbow.
 */
public final class StrokeRehabilitation {
    private static final double CLAMP = -1e6;

    private StrokeRehabilitation() {}

    /**
     * The outcome of one run. Samples: index 0 = before the lesion (after baseline), 1 = right
     * after the lesion, then during recovery.
     *
     * @param trial recovery trials at the samples (0 for the first two)
     * @param m1HandMm2 M1 hand (digits) area (mm²)
     * @param m1ProximalMm2 M1 shoulder + elbow area (mm²)
     * @param pmvHandMm2 PMv hand area (mm²)
     * @param handDeficit the hand deficit {@code D}
     * @param m1Before M1 map before the lesion
     * @param m1Lesioned M1 map right after the lesion
     * @param m1After M1 map at the end
     * @param pmvBefore PMv map before the lesion
     * @param pmvAfter PMv map at the end
     */
    public record Outcome(
            double[] trial,
            double[] m1HandMm2,
            double[] m1ProximalMm2,
            double[] pmvHandMm2,
            double handDeficit,
            MotorMap m1Before,
            MotorMap m1Lesioned,
            MotorMap m1After,
            MotorMap pmvBefore,
            MotorMap pmvAfter) {}

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

    /** One map's learning state. */
    private static final class Area {
        final CorticalSheet sheet;
        final int n;
        final int m;
        final double[][] a;
        final double[][] w;
        final boolean[] live;
        final double[][] k;
        final double gAff;
        final double gOut;
        final double[] u;
        final double[] x;

        Area(CorticalSheet sheet, BodyModel body, MapNetworkParameters net, StrokeParameters p) {
            this.sheet = sheet;
            this.n = sheet.siteCount();
            this.m = body.size();
            this.gAff = net.afferentGain();
            this.gOut = net.outputGain();
            MotorMap layout = SomatotopicLayout.orderly(sheet, body);
            a = new double[n][m];
            w = new double[m][n];
            live = new boolean[n];
            Arrays.fill(live, true);
            double b2 = 2 * p.blurSigmaMm() * p.blurSigmaMm();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double d = sheet.distanceMm(i, j);
                    a[i][layout.dominant(j)] += Math.exp(-d * d / b2);
                }
                for (int e = 0; e < m; e++) {
                    w[e][i] = a[i][e];
                }
            }
            k = new double[n][n];
            double s2 = 2 * p.spreadSigmaMm() * p.spreadSigmaMm();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    double d = sheet.distanceMm(i, j);
                    k[i][j] = Math.exp(-d * d / s2);
                    sum += k[i][j];
                }
                for (int j = 0; j < n; j++) {
                    k[i][j] /= sum;
                }
                normalise(i);
            }
            u = new double[n];
            x = new double[n];
        }

        void normalise(int i) {
            double sa = 0;
            double sw = 0;
            for (int e = 0; e < m; e++) {
                sa += a[i][e];
                sw += w[e][i];
            }
            for (int e = 0; e < m; e++) {
                a[i][e] = sa > 0 ? a[i][e] * gAff / sa : 0.0;
                w[e][i] = sw > 0 ? w[e][i] * gOut / sw : 0.0;
            }
        }

        void trial(int e, double rateHz, double movementHz, double eta) {
            for (int j = 0; j < n; j++) {
                u[j] = live[j] ? Math.max(0.0, a[j][e] * rateHz) : 0.0;
            }
            for (int i = 0; i < n; i++) {
                if (!live[i]) {
                    x[i] = 0;
                    continue;
                }
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += k[i][j] * u[j];
                }
                x[i] = s;
            }
            for (int i = 0; i < n; i++) {
                if (live[i] && x[i] > 0) {
                    w[e][i] += eta * x[i] * movementHz;
                    normalise(i);
                }
            }
        }

        void lesion(int i) {
            live[i] = false;
            Arrays.fill(a[i], 0.0);
            for (int e = 0; e < m; e++) {
                w[e][i] = 0.0;
            }
        }

        double outputOnto(int[] effectors) {
            double s = 0;
            for (int e : effectors) {
                for (int i = 0; i < n; i++) {
                    s += w[e][i];
                }
            }
            return s;
        }
    }

    /**
     * Runs one lesion (and recovery) protocol.
     *
     * @param m1Sheet the M1 sheet
     * @param pmvSheet the PMv sheet
     * @param net network parameters (gains, and the ICMS read-out network)
     * @param p the protocol
     * @param seed seed of the trial sequence
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
        boolean[] isHand = new boolean[m];
        for (int e : hand) {
            isHand[e] = true;
        }
        Area m1 = new Area(m1Sheet, body, net, p);
        Area pmv = new Area(pmvSheet, body, net, p);
        IcmsParameters icms = IcmsParameters.nudo1996();
        double r = p.stimulusRateHz();
        double eta = p.etaPerHz2();
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(seed).build()) {
            UniformRandomProvider rng = sim.stream("stroke/trials");
            double[] use = body.areaShares();
            double[] baseUse = use.clone();
            for (int t = 0; t < p.baselineTrials(); t++) {
                int e = draw(rng, use);
                m1.trial(e, r, r, eta);
                pmv.trial(e, r, r, eta);
            }
            double handOutBefore = m1.outputOnto(hand);
            MotorMap m1Before = icms(m1, body, net, icms);
            MotorMap pmvBefore = icms(pmv, body, net, icms);
            // lesion: the hand sites of the baseline map farthest from the arm (lateral end)
            List<Integer> handSites = new ArrayList<>();
            MotorMap layout = SomatotopicLayout.orderly(m1Sheet, body);
            for (int i = 0; i < m1.n; i++) {
                if (isHand[layout.dominant(i)]) {
                    handSites.add(i);
                }
            }
            handSites.sort(
                    (i, j) ->
                            m1Sheet.column(i) != m1Sheet.column(j)
                                    ? Integer.compare(m1Sheet.column(j), m1Sheet.column(i))
                                    : Integer.compare(m1Sheet.row(i), m1Sheet.row(j)));
            int lesioned = (int) Math.round(p.lesionFraction() * handSites.size());
            for (int q = 0; q < lesioned; q++) {
                m1.lesion(handSites.get(q));
            }
            double deficit = 1 - m1.outputOnto(hand) / handOutBefore;
            MotorMap m1Lesioned = icms(m1, body, net, icms);
            for (int e : hand) {
                use[e] =
                        baseUse[e]
                                * (p.rehabilitation()
                                        ? p.rehabHandFactor()
                                        : Math.max(0.0, 1 - deficit));
            }
            double pmvRate = r * (1 + p.premotorRecruitment() * deficit);
            int k = samples + 2;
            double[] trial = new double[k];
            double[] handM1 = new double[k];
            double[] prox = new double[k];
            double[] handPmv = new double[k];
            int[] proximal = {body.indexOf("shoulder"), body.indexOf("elbow")};
            sample(m1Before, pmvBefore, hand, proximal, 0, handM1, prox, handPmv);
            sample(m1Lesioned, pmvBefore, hand, proximal, 1, handM1, prox, handPmv);
            int done = 0;
            MotorMap m1Now = m1Lesioned;
            MotorMap pmvNow = pmvBefore;
            for (int s = 1; s <= samples; s++) {
                int until = (int) Math.round(p.recoveryTrials() * (double) s / samples);
                for (; done < until; done++) {
                    int e = draw(rng, use);
                    m1.trial(e, r, r, eta);
                    pmv.trial(e, isHand[e] ? pmvRate : r, r, eta);
                }
                m1Now = icms(m1, body, net, icms);
                pmvNow = icms(pmv, body, net, icms);
                trial[s + 1] = done;
                sample(m1Now, pmvNow, hand, proximal, s + 1, handM1, prox, handPmv);
            }
            return new Outcome(
                    trial,
                    handM1,
                    prox,
                    handPmv,
                    deficit,
                    m1Before,
                    m1Lesioned,
                    m1Now,
                    pmvBefore,
                    pmvNow);
        }
    }

    private static void sample(
            MotorMap m1,
            MotorMap pmv,
            int[] hand,
            int[] proximal,
            int k,
            double[] handM1,
            double[] prox,
            double[] handPmv) {
        handM1[k] = area(m1, hand);
        prox[k] = area(m1, proximal);
        handPmv[k] = area(pmv, hand);
    }

    /** Sum of the territories (dominant effector) of some effectors (mm²). */
    public static double area(MotorMap map, int[] effectors) {
        double s = 0;
        for (int e : effectors) {
            s += MapAnalysis.areaMm2(map, e);
        }
        return s;
    }

    private static int draw(UniformRandomProvider rng, double[] use) {
        double total = 0;
        for (double v : use) {
            total += v;
        }
        double u = rng.nextDouble() * total;
        for (int e = 0; e < use.length; e++) {
            u -= use[e];
            if (u < 0) {
                return e;
            }
        }
        return use.length - 1;
    }

    private static MotorMap icms(
            Area area, BodyModel body, MapNetworkParameters net, IcmsParameters icms) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            MapNetwork network = MapNetwork.create(sim, "m", area.sheet, body, net);
            for (int i = 0; i < area.n; i++) {
                for (int e = 0; e < area.m; e++) {
                    network.afferent().setWeight(i, e, area.a[i][e]);
                    network.output().setWeight(e, i, area.w[e][i]);
                }
                if (!area.live[i]) {
                    network.sites().setExternalInput(i, CLAMP);
                }
            }
            return VirtualIcms.map(network, icms);
        }
    }
}
