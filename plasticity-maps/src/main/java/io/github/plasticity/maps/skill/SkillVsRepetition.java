package io.github.plasticity.maps.skill;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.maps.pathology.StrokeRehabilitation;

/**
 * Skill learning versus repetition (SCIENCE.md C7.2): the same number of movements of the digits
 * per day, with a learning signal (skill: an ordered sequence not yet mastered) or with almost none
 * (repetition: a task mastered on day 1). A phenomenological model, ours; all parameters in {@link
 * Parameters}.
 *
 * <p><b>Map.</b> The forelimb of {@link StrokeRehabilitation#forelimb()} on a sheet; baseline
 * output weights \( W^0_{ei} \) are the orderly layout blurred by a Gaussian ({@code blurSigmaMm})
 * and normalised per site; a digit movement activates site {@code i} with \( x_i \) = the blurred
 * digit input spread by a row-normalised Gaussian ({@code spreadSigmaMm}), scaled to 1 at its
 * maximum.
 *
 * <p><b>Per movement</b> {@code n} (rate-free units): performance \( P_{n+1} = P_n + \alpha L_n \)
 * with learning signal \( L_n = 1 - P_n \) (the error, or reward-prediction error, that a
 * dopamine-like signal reports; acetylcholine assumed present); a transient use-dependent bias \(
 * b_i \mathrel{+}= \eta_b x_i \) in both conditions, which decays with \( \tau_b \) between
 * sessions; and a gated structural (synaptic) change \( s_i \mathrel{+}= \eta_s L_n x_i \). After
 * each session the lasting weight \( c_i \) moves towards \( \kappa [s_i - \theta_s]_+ \) by a
 * fraction \( 1 - e^{-1/\tau_c} \) (one day of consolidation, \( \tau_c \) in days). The digit
 * weight at site {@code i} is \( W^0_{di} + b_i + c_i \): the map changes only once synaptic change
 * has accumulated beyond \( \theta_s \) and been consolidated, so it lags performance (Kleim et al.
 * 2004: synapses at days 7 and 10, map at day 10, performance from day 3). A site's effector is the
 * largest of its weights (territory = dominant effector).
 *
 * <p>Skill starts at \( P_0 = \) {@code skillStart}, repetition at {@code repetitionStart} (close
 * to 1: the large-well task of Plautz et al. 2000 needs no learning), so the repetition learning
 * signal is near 0 after day 1. Deterministic.
 */
public final class SkillVsRepetition {
    private SkillVsRepetition() {}

    /**
     * Parameters (ours; no published values).
     *
     * @param days training days, &gt;= 1
     * @param movementsPerDay movements per day, &gt;= 1
     * @param alpha performance learning rate per movement, in (0, 1]
     * @param skillStart initial performance of the skill task, in [0, 1]
     * @param repetitionStart initial performance of the repetition task, in [0, 1]
     * @param etaBias transient bias per movement, &gt;= 0
     * @param tauBiasHours bias decay time constant (h), &gt; 0
     * @param hoursBetweenSessions time from the end of a session to the next (h), &gt;= 0
     * @param etaStructural structural change per movement per unit learning signal, &gt;= 0
     * @param thetaStructural structural threshold \( \theta_s \), &gt;= 0
     * @param kappa weight per unit structural change above threshold, &gt;= 0
     * @param tauConsolidationDays time constant with which the map weight follows the structural
     *     change (days), &gt; 0
     * @param spreadSigmaMm lateral spread of activity (mm), &gt; 0
     * @param blurSigmaMm blur of the baseline weights (mm), &gt; 0
     */
    public record Parameters(
            int days,
            int movementsPerDay,
            double alpha,
            double skillStart,
            double repetitionStart,
            double etaBias,
            double tauBiasHours,
            double hoursBetweenSessions,
            double etaStructural,
            double thetaStructural,
            double kappa,
            double tauConsolidationDays,
            double spreadSigmaMm,
            double blurSigmaMm) {
        /** Validates every field (NaN and infinities refused). */
        public Parameters {
            Args.atLeast("days", days, 1);
            Args.atLeast("movementsPerDay", movementsPerDay, 1);
            Args.inRange("alpha", alpha, Double.MIN_VALUE, 1.0, "");
            Args.inRange("skillStart", skillStart, 0.0, 1.0, "");
            Args.inRange("repetitionStart", repetitionStart, 0.0, 1.0, "");
            Args.nonNegative("etaBias", etaBias, "weight units per movement");
            Args.positive("tauBiasHours", tauBiasHours, "h");
            Args.nonNegative("hoursBetweenSessions", hoursBetweenSessions, "h");
            Args.nonNegative("etaStructural", etaStructural, "per movement");
            Args.nonNegative("thetaStructural", thetaStructural, "");
            Args.nonNegative("kappa", kappa, "weight units");
            Args.positive("tauConsolidationDays", tauConsolidationDays, "days");
            Args.positive("spreadSigmaMm", spreadSigmaMm, "mm");
            Args.positive("blurSigmaMm", blurSigmaMm, "mm");
        }

        /**
         * Defaults (ours): 10 days of 100 movements; \( \alpha = 0.01 \); skill from 0.2,
         * repetition from 0.95; bias 0.01 per movement decaying with 0.25 h (Classen et al. 1998:
         * back to baseline in about 15-20 min), 22 h between sessions; structural change 0.005 per
         * movement, threshold 0.1, \( \kappa = 8 \), consolidation time constant 8 days (chosen
         * after Kleim et al. 2004: synaptogenesis at days 7-10, map change at day 10); spread and
         * blur 0.5 mm.
         *
         * @return the parameters
         */
        public static Parameters defaults() {
            return new Parameters(
                    10, 100, 0.01, 0.2, 0.95, 0.01, 0.25, 22.0, 0.005, 0.1, 8.0, 8.0, 0.5, 0.5);
        }
    }

    /**
     * The outcome of one condition, one value per day (index 0 = before training).
     *
     * @param performance performance at the end of each day's session
     * @param territoryEndOfSessionMm2 digit territory at the end of the session (mm²)
     * @param territoryNextDayMm2 digit territory before the next session (mm²)
     * @param structural mean structural change over the digit-active sites
     * @param before the map before training
     * @param after the map the day after the last session
     */
    public record Outcome(
            double[] performance,
            double[] territoryEndOfSessionMm2,
            double[] territoryNextDayMm2,
            double[] structural,
            MotorMap before,
            MotorMap after) {}

    /**
     * Runs one condition.
     *
     * @param sheet the sheet
     * @param p parameters
     * @param skill skill (true) or repetition (false)
     * @return the outcome
     */
    public static Outcome run(CorticalSheet sheet, Parameters p, boolean skill) {
        Args.notNull("sheet", sheet);
        Args.notNull("p", p);
        BodyModel body = StrokeRehabilitation.forelimb();
        int n = sheet.siteCount();
        int m = body.size();
        int d = body.indexOf("digits");
        MotorMap layout = SomatotopicLayout.orderly(sheet, body);
        double[][] w0 = new double[n][m];
        double b2 = 2 * p.blurSigmaMm() * p.blurSigmaMm();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double dist = sheet.distanceMm(i, j);
                double g = Math.exp(-dist * dist / b2);
                w0[i][layout.dominant(j)] += g;
                sum += g;
            }
            for (int e = 0; e < m; e++) {
                w0[i][e] /= sum;
            }
        }
        double[] x = new double[n];
        double s2 = 2 * p.spreadSigmaMm() * p.spreadSigmaMm();
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double v = 0;
            for (int j = 0; j < n; j++) {
                double dist = sheet.distanceMm(i, j);
                double k = Math.exp(-dist * dist / s2);
                sum += k;
                v += k * w0[j][d];
            }
            x[i] = v / sum;
            max = Math.max(max, x[i]);
        }
        for (int i = 0; i < n; i++) {
            x[i] /= max;
        }
        double[] bias = new double[n];
        double[] s = new double[n];
        double[] c = new double[n];
        double follow = 1 - Math.exp(-1.0 / p.tauConsolidationDays());
        int days = p.days();
        double[] perf = new double[days + 1];
        double[] endMm2 = new double[days + 1];
        double[] nextMm2 = new double[days + 1];
        double[] struct = new double[days + 1];
        double pf = skill ? p.skillStart() : p.repetitionStart();
        perf[0] = pf;
        MotorMap before = map(sheet, body, w0, bias, c, d);
        endMm2[0] = MapAnalysis.areaMm2(before, d);
        nextMm2[0] = endMm2[0];
        double decay = Math.exp(-p.hoursBetweenSessions() / p.tauBiasHours());
        MotorMap after = before;
        for (int day = 1; day <= days; day++) {
            for (int k = 0; k < p.movementsPerDay(); k++) {
                double signal = 1 - pf;
                pf += p.alpha() * signal;
                for (int i = 0; i < n; i++) {
                    bias[i] += p.etaBias() * x[i];
                    s[i] += p.etaStructural() * signal * x[i];
                }
            }
            perf[day] = pf;
            endMm2[day] = MapAnalysis.areaMm2(map(sheet, body, w0, bias, c, d), d);
            for (int i = 0; i < n; i++) {
                bias[i] *= decay;
                double target = p.kappa() * Math.max(0.0, s[i] - p.thetaStructural());
                c[i] += (target - c[i]) * follow;
            }
            after = map(sheet, body, w0, bias, c, d);
            nextMm2[day] = MapAnalysis.areaMm2(after, d);
            double sum = 0;
            double wsum = 0;
            for (int i = 0; i < n; i++) {
                sum += s[i] * x[i];
                wsum += x[i];
            }
            struct[day] = sum / wsum;
        }
        return new Outcome(perf, endMm2, nextMm2, struct, before, after);
    }

    private static MotorMap map(
            CorticalSheet sheet,
            BodyModel body,
            double[][] w0,
            double[] bias,
            double[] lasting,
            int d) {
        int n = sheet.siteCount();
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = w0[i].clone();
            w[i][d] += bias[i] + lasting[i];
        }
        return MotorMap.relative(sheet, body, w, 0.5);
    }
}
