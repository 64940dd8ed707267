package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The analytic protocol result of Graupner &amp; Brunel (2012), as computed by the authors' code
 * ({@code synapticChange.py}, {@code timeAboveThreshold.py}) and SCIENCE.md Appendix A.1.
 *
 * <p><b>Time above threshold.</b> A protocol repeated with period \( T = 1/f \) drives calcium, in
 * the steady state, to \( c(s) = \sum_k C_k e^{-((s - \phi_k) \bmod T)/\tau_{Ca}}/(1 -
 * e^{-T/\tau_{Ca}}) \) at phase {@code s}, with the presynaptic event at \( \phi_{pre} = D \) (the
 * calcium delay) and the postsynaptic one at \( \phi_{post} = \Delta t = t_{post} - t_{pre} \). \(
 * \alpha_d, \alpha_p \) are the fractions of the period with \( c &gt; \theta_d \), \( c &gt;
 * \theta_p \). Between events {@code c} decays exponentially, so the time above \( \theta \) after
 * an event that leaves calcium at \( c_k \) is \( \min(L_k, \tau_{Ca} \ln(c_k/\theta)) \), {@code
 * L_k} the time to the next event: {@link #pairing} returns these exact fractions; the {@code
 * OnGrid} variants count the points of a regular grid of {@code n} points per period instead (the
 * reference computation of SCIENCE.md, which differs by at most a few {@code 1/n}).
 *
 * <p><b>Outcome</b> ({@link #outcome}): with \( \Gamma_p = \gamma_p\alpha_p \), \( \Gamma_d =
 * \gamma_d\alpha_d \), the efficacy relaxes during a protocol of duration \( T_{tot} \) towards \(
 * \bar\rho = \Gamma_p/(\Gamma_p + \Gamma_d) \) with \( \tau_{eff} = \tau/(\Gamma_p + \Gamma_d) \)
 * and \( \sigma_\rho^2 = (\alpha_p + \alpha_d)\sigma^2/(\Gamma_p + \Gamma_d) \) (the cubic term
 * neglected). With \( x(\rho_0) = -(\rho_* - \bar\rho + (\bar\rho -
 * \rho_0)e^{-T_{tot}/\tau_{eff}})/ \sqrt{\sigma_\rho^2(1 - e^{-2T_{tot}/\tau_{eff}})} \), the UP
 * and DOWN transition probabilities are \( U = (1 + \mathrm{erf}\,x(0))/2 \), \( D = (1 -
 * \mathrm{erf}\,x(1))/2 \), and the change in synaptic strength (after/before, 1 = no change) is \(
 * [\beta(1-U) + (1-\beta)D + (\beta U + (1-\beta)(1-D))b]/[\beta + (1-\beta)b] \). Since the
 * Ornstein-Uhlenbeck variance at time {@code T} is \( \sigma_\rho^2(1 - e^{-2T/\tau_{eff}})/2 \)
 * for the noise of {@link GraupnerBrunelParameters}, {@code U} is exactly the Gaussian probability
 * of ending above \( \rho_* \).
 *
 * <p>Stateless and thread-safe.
 */
public final class GraupnerBrunelAnalysis {
    /** Grid points per period of the reference computation (SCIENCE.md Appendix A.1): 4e5. */
    public static final int REFERENCE_GRID_POINTS = 400_000;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private GraupnerBrunelAnalysis() {}

    /**
     * Fractions of time calcium spends above the thresholds during a periodic protocol.
     *
     * @param alphaD fraction above \( \theta_d \), in [0, 1]
     * @param alphaP fraction above \( \theta_p \), in [0, 1]
     * @param peakCalcium the largest calcium of the periodic steady state (dimensionless)
     */
    public record TimeAboveThreshold(double alphaD, double alphaP, double peakCalcium) {}

    /**
     * The analytic outcome of a protocol.
     *
     * @param potentiationRate \( \Gamma_p = \gamma_p \alpha_p \) (dimensionless)
     * @param depressionRate \( \Gamma_d = \gamma_d \alpha_d \) (dimensionless)
     * @param rhoBar asymptotic mean efficacy \( \bar\rho \); NaN when no threshold is crossed
     * @param sigmaRhoSquared \( \sigma_\rho^2 \) (dimensionless); 0 when no threshold is crossed
     * @param tauEffMs \( \tau_{eff} \) (ms); +inf when no threshold is crossed
     * @param upProbability probability {@code U} that a DOWN synapse ends UP
     * @param downProbability probability {@code D} that an UP synapse ends DOWN
     * @param change change in synaptic strength, after/before (1 = no change)
     */
    public record Outcome(
            double potentiationRate,
            double depressionRate,
            double rhoBar,
            double sigmaRhoSquared,
            double tauEffMs,
            double upProbability,
            double downProbability,
            double change) {}

    /**
     * Exact time above threshold for regular pre-post pairs.
     *
     * @param p the parameters
     * @param deltaTMs \( \Delta t = t_{post} - t_{pre} \) (ms), finite; the presynaptic calcium is
     *     further delayed by {@code D}
     * @param frequencyHz pairing frequency (Hz), &gt; 0 and finite
     * @return the fractions
     */
    public static TimeAboveThreshold pairing(
            GraupnerBrunelParameters p, double deltaTMs, double frequencyHz) {
        return pairingOnGrid(p, deltaTMs, frequencyHz, 0);
    }

    /**
     * Time above threshold for regular pre-post pairs, counted on a grid of {@code gridPoints}
     * points per period ({@code 0} gives the exact fractions of {@link #pairing}).
     *
     * @param p the parameters
     * @param deltaTMs \( \Delta t = t_{post} - t_{pre} \) (ms), finite
     * @param frequencyHz pairing frequency (Hz), &gt; 0 and finite
     * @param gridPoints points per period, &gt;= 0
     * @return the fractions
     */
    public static TimeAboveThreshold pairingOnGrid(
            GraupnerBrunelParameters p, double deltaTMs, double frequencyHz, long gridPoints) {
        Args.notNull("parameters", p);
        Args.finite("deltaTMs", deltaTMs, "ms");
        double period = 1000.0 / Args.positive("frequencyHz", frequencyHz, "Hz");
        return periodic(
                new double[] {p.delayMs(), deltaTMs},
                new double[] {p.effectiveCPre(), p.cPost()},
                period,
                p.tauCaMs(),
                p.thetaD(),
                p.thetaP(),
                gridPoints);
    }

    /**
     * Exact time above threshold for a regular presynaptic train without postsynaptic spikes.
     *
     * @param p the parameters
     * @param frequencyHz stimulation frequency (Hz), &gt; 0 and finite
     * @return the fractions
     */
    public static TimeAboveThreshold presynapticTrain(
            GraupnerBrunelParameters p, double frequencyHz) {
        return presynapticTrainOnGrid(p, frequencyHz, 0);
    }

    /**
     * Time above threshold for a regular presynaptic train, on a grid ({@code 0} = exact).
     *
     * @param p the parameters
     * @param frequencyHz stimulation frequency (Hz), &gt; 0 and finite
     * @param gridPoints points per period, &gt;= 0
     * @return the fractions
     */
    public static TimeAboveThreshold presynapticTrainOnGrid(
            GraupnerBrunelParameters p, double frequencyHz, long gridPoints) {
        Args.notNull("parameters", p);
        double period = 1000.0 / Args.positive("frequencyHz", frequencyHz, "Hz");
        return periodic(
                new double[] {p.delayMs()},
                new double[] {p.effectiveCPre()},
                period,
                p.tauCaMs(),
                p.thetaD(),
                p.thetaP(),
                gridPoints);
    }

    /**
     * The steady-state calcium peak of a regular presynaptic train, \( c_{max} = b_{NMDA} C_{pre} /
     * (1 - e^{-1/(f\tau_{Ca})}) \).
     *
     * @param p the parameters
     * @param frequencyHz stimulation frequency (Hz), &gt; 0 and finite
     * @return the peak (dimensionless)
     */
    public static double presynapticPeak(GraupnerBrunelParameters p, double frequencyHz) {
        double period = 1000.0 / Args.positive("frequencyHz", frequencyHz, "Hz");
        return p.effectiveCPre() / -Math.expm1(-period / p.tauCaMs());
    }

    /**
     * Time above threshold of any periodic protocol.
     *
     * @param phasesMs time of each calcium event within the period (ms), finite, taken modulo the
     *     period; read
     * @param amplitudes calcium jump of each event (dimensionless), &gt;= 0 and finite; read
     * @param periodMs the period (ms), &gt; 0 and finite
     * @param tauCaMs calcium decay time constant (ms), &gt; 0 and finite
     * @param thetaD depression threshold, &gt; 0 and finite
     * @param thetaP potentiation threshold, &gt; 0 and finite
     * @param gridPoints points per period of the grid count, &gt;= 0; 0 gives the exact fractions
     * @return the fractions
     */
    public static TimeAboveThreshold periodic(
            double[] phasesMs,
            double[] amplitudes,
            double periodMs,
            double tauCaMs,
            double thetaD,
            double thetaP,
            long gridPoints) {
        Args.length("amplitudes", amplitudes.length, phasesMs.length);
        Args.positive("periodMs", periodMs, "ms");
        Args.positive("tauCaMs", tauCaMs, "ms");
        Args.positive("thetaD", thetaD, "dimensionless");
        Args.positive("thetaP", thetaP, "dimensionless");
        Args.atLeast("gridPoints", gridPoints, 0L);
        final int m0 = phasesMs.length;
        final double period = periodMs;
        // Sort the events by phase in [0, T) and merge coincident ones.
        double[][] ev = new double[m0][];
        for (int k = 0; k < m0; k++) {
            Args.finite("phasesMs[" + k + "]", phasesMs[k], "ms");
            Args.nonNegative("amplitudes[" + k + "]", amplitudes[k], "dimensionless");
            double x = phasesMs[k] % period;
            if (x < 0) {
                x += period;
            }
            if (x >= period) {
                x -= period;
            }
            ev[k] = new double[] {x, amplitudes[k]};
        }
        Arrays.sort(ev, (a, b) -> Double.compare(a[0], b[0]));
        double[] ph = new double[m0];
        double[] amp = new double[m0];
        int m = 0;
        for (double[] e : ev) {
            if (m > 0 && e[0] == ph[m - 1]) {
                amp[m - 1] += e[1];
            } else {
                ph[m] = e[0];
                amp[m] = e[1];
                m++;
            }
        }
        final double norm = 1.0 / -Math.expm1(-period / tauCaMs);
        double peak = 0;
        double aboveD = 0;
        double aboveP = 0;
        long countD = 0;
        long countP = 0;
        for (int i = 0; i < m; i++) {
            double c = 0;
            for (int e = 0; e < m; e++) {
                double d = ph[i] - ph[e];
                if (d < 0) {
                    d += period;
                }
                c += amp[e] * Math.exp(-d / tauCaMs);
            }
            c *= norm;
            peak = Math.max(peak, c);
            double segment = (i + 1 < m ? ph[i + 1] : ph[0] + period) - ph[i];
            double tD = c > thetaD ? Math.min(segment, tauCaMs * Math.log(c / thetaD)) : 0;
            double tP = c > thetaP ? Math.min(segment, tauCaMs * Math.log(c / thetaP)) : 0;
            aboveD += tD;
            aboveP += tP;
            if (gridPoints > 0) {
                countD += gridCount(ph[i], ph[i] + tD, period, gridPoints);
                countP += gridCount(ph[i], ph[i] + tP, period, gridPoints);
            }
        }
        if (gridPoints > 0) {
            return new TimeAboveThreshold(
                    (double) countD / gridPoints, (double) countP / gridPoints, peak);
        }
        return new TimeAboveThreshold(aboveD / period, aboveP / period, peak);
    }

    /** Number of grid points {@code k T/n}, {@code 0 <= k < n}, in {@code [from, to)} mod T. */
    private static long gridCount(double from, double to, double period, long n) {
        if (!(to > from)) {
            return 0;
        }
        double scale = n / period;
        double a = from * scale;
        double b = to * scale;
        if (b <= n) {
            return integersIn(a, b, n);
        }
        return integersIn(a, n, n) + integersIn(0, b - n, n);
    }

    /** Integers {@code k} with {@code a <= k < b} and {@code 0 <= k < n}. */
    private static long integersIn(double a, double b, long n) {
        long lo = Math.max(0L, (long) Math.ceil(a));
        long hi = Math.min(n, (long) Math.ceil(b));
        return Math.max(0L, hi - lo);
    }

    /**
     * The analytic outcome of a protocol of duration {@code durationMs} with these fractions.
     *
     * @param p the parameters
     * @param alphaD fraction of time above \( \theta_d \), in [0, 1]
     * @param alphaP fraction of time above \( \theta_p \), in [0, 1]
     * @param durationMs protocol duration \( T_{tot} \) (ms), &gt;= 0 and finite
     * @return the outcome
     */
    public static Outcome outcome(
            GraupnerBrunelParameters p, double alphaD, double alphaP, double durationMs) {
        Args.notNull("parameters", p);
        Args.inRange("alphaD", alphaD, 0.0, 1.0, "fraction");
        Args.inRange("alphaP", alphaP, 0.0, 1.0, "fraction");
        Args.nonNegative("durationMs", durationMs, "ms");
        double gp = p.gammaP() * alphaP;
        double gd = p.gammaD() * alphaD;
        double rates = gp + gd;
        if (!(rates > 0)) {
            // No threshold crossed: no drive and (the noise being gated by calcium) no diffusion.
            return new Outcome(gp, gd, Double.NaN, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0, 1.0);
        }
        double rhoBar = gp / rates;
        double s2 = (alphaP + alphaD) * p.sigma() * p.sigma() / rates;
        double tauEff = p.tauMs() / rates;
        double decay = Math.exp(-durationMs / tauEff);
        double spread = s2 * -Math.expm1(-2 * durationMs / tauEff);
        double meanFromDown = rhoBar - rhoBar * decay;
        double meanFromUp = rhoBar + (1 - rhoBar) * decay;
        double up = aboveProbability(meanFromDown - p.rhoStar(), spread);
        double down = aboveProbability(p.rhoStar() - meanFromUp, spread);
        double beta = p.beta();
        double bb = p.b();
        double change =
                (beta * (1 - up) + (1 - beta) * down + (beta * up + (1 - beta) * (1 - down)) * bb)
                        / (beta + (1 - beta) * bb);
        return new Outcome(gp, gd, rhoBar, s2, tauEff, up, down, change);
    }

    /**
     * \( (1 + \mathrm{erf}(x/\sqrt{s}))/2 = \Phi(x \sqrt{2/s}) \): the probability that a Gaussian
     * of mean {@code x} and variance {@code s/2} is positive.
     */
    private static double aboveProbability(double x, double spread) {
        if (!(spread > 0)) {
            return x > 0 ? 1.0 : (x < 0 ? 0.0 : 0.5);
        }
        return STANDARD_NORMAL.cumulativeProbability(x * Math.sqrt(2.0 / spread));
    }

    /**
     * The analytic outcome of {@code pairs} regular pre-post pairs (exact time above threshold),
     * lasting {@code pairs/f}.
     *
     * @param p the parameters
     * @param deltaTMs \( \Delta t = t_{post} - t_{pre} \) (ms), finite
     * @param frequencyHz pairing frequency (Hz), &gt; 0 and finite
     * @param pairs number of pairs, &gt;= 0
     * @return the outcome
     */
    public static Outcome pairingOutcome(
            GraupnerBrunelParameters p, double deltaTMs, double frequencyHz, int pairs) {
        return pairingOutcomeOnGrid(p, deltaTMs, frequencyHz, pairs, 0);
    }

    /**
     * The analytic outcome of {@code pairs} regular pre-post pairs, the time above threshold
     * counted on a grid of {@code gridPoints} per period ({@code 0} = exact).
     *
     * @param p the parameters
     * @param deltaTMs \( \Delta t = t_{post} - t_{pre} \) (ms), finite
     * @param frequencyHz pairing frequency (Hz), &gt; 0 and finite
     * @param pairs number of pairs, &gt;= 0
     * @param gridPoints points per period, &gt;= 0
     * @return the outcome
     */
    public static Outcome pairingOutcomeOnGrid(
            GraupnerBrunelParameters p,
            double deltaTMs,
            double frequencyHz,
            int pairs,
            long gridPoints) {
        Args.atLeast("pairs", pairs, 0);
        TimeAboveThreshold a = pairingOnGrid(p, deltaTMs, frequencyHz, gridPoints);
        return outcome(p, a.alphaD(), a.alphaP(), pairs * 1000.0 / frequencyHz);
    }

    /**
     * The analytic outcome of {@code pulses} regular presynaptic spikes without postsynaptic spikes
     * (exact time above threshold), lasting {@code pulses/f}.
     *
     * @param p the parameters
     * @param frequencyHz stimulation frequency (Hz), &gt; 0 and finite
     * @param pulses number of presynaptic spikes, &gt;= 0
     * @return the outcome
     */
    public static Outcome presynapticTrainOutcome(
            GraupnerBrunelParameters p, double frequencyHz, int pulses) {
        Args.atLeast("pulses", pulses, 0);
        TimeAboveThreshold a = presynapticTrain(p, frequencyHz);
        return outcome(p, a.alphaD(), a.alphaP(), pulses * 1000.0 / frequencyHz);
    }
}
