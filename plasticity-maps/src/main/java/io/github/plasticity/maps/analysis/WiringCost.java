package io.github.plasticity.maps.analysis;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;

/**
 * Wiring economy of a map layout (Chklovskii &amp; Koulakov 2004, Annu Rev Neurosci 27:369: a map
 * as the arrangement that minimises wire length for a given connectivity).
 *
 * <ul>
 *   <li><b>Corticospinal</b>: \( \sum_i L(i, \ell_{e_i}) \), the length of the axon from every
 *       responsive site {@code i} to the target level of its dominant effector \( e_i \) ({@link
 *       CorticospinalModel}).
 *   <li><b>Intracortical</b>: each site sends its connections to partner sites in proportion to how
 *       often its effector is used with theirs. With connection shares \( P_{ef} \) (a
 *       row-normalised co-activation matrix, {@link #connectionShares}) and {@code k} partners per
 *       effector, the cost is the mean over responsive sites of \( \sum_f P_{e_i f}\, \bar{d}_k(i,
 *       f) \), \( \bar{d}_k(i, f) \) being the mean distance from {@code i} to the {@code k}
 *       nearest other sites dominated by {@code f} (fewer when {@code f} has fewer; effectors
 *       without territory are skipped). Co-activated effectors placed far apart cost more;
 *       clustering an effector with itself is cheap when its self-share is large, so the cost
 *       trades compact territories against interleaving of co-used effectors.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class WiringCost {
    private WiringCost() {}

    /**
     * Total corticospinal wire length of a map.
     *
     * @param map the map
     * @param model the axon geometry
     * @return the summed length over responsive sites (mm)
     */
    public static double corticospinalMm(MotorMap map, CorticospinalModel model) {
        Args.notNull("model", model);
        double total = 0;
        for (double v : model.lengthsMm(Args.notNull("map", map))) {
            total += v;
        }
        return total;
    }

    /**
     * Row-normalised connection shares \( P_{ef} = C_{ef} / \sum_g C_{eg} \) (a row of zeros stays
     * zero).
     *
     * @param coActivation square non-negative matrix, such as {@code
     *     ActionRepertoire.coActivation()}; read
     * @return a new matrix
     */
    public static double[][] connectionShares(double[][] coActivation) {
        Args.notNull("coActivation", coActivation);
        int m = coActivation.length;
        double[][] p = new double[m][m];
        for (int e = 0; e < m; e++) {
            Args.length("coActivation[" + e + "]", coActivation[e].length, m);
            double sum = 0;
            for (int f = 0; f < m; f++) {
                Args.nonNegative(
                        "coActivation[" + e + "][" + f + "]", coActivation[e][f], "co-activation");
                sum += coActivation[e][f];
            }
            for (int f = 0; f < m; f++) {
                p[e][f] = sum > 0 ? coActivation[e][f] / sum : 0.0;
            }
        }
        return p;
    }

    /**
     * Mean intracortical wire length per responsive site.
     *
     * @param map the map
     * @param shares connection shares {@code [effector][effector]}, non-negative; read
     * @param partners {@code k}, partner sites per effector, &gt;= 1
     * @return the cost (mm per site), NaN without responsive sites
     */
    public static double intracorticalMm(MotorMap map, double[][] shares, int partners) {
        Args.notNull("shares", shares);
        Args.atLeast("partners", partners, 1);
        int m = map.body().size();
        Args.length("shares", shares.length, m);
        CorticalSheet s = map.sheet();
        int n = map.siteCount();
        int[] dom = map.dominantCopy();
        double[][] best = new double[m][partners];
        int[] filled = new int[m];
        double total = 0;
        int responsive = 0;
        for (int i = 0; i < n; i++) {
            int e = dom[i];
            if (e < 0) {
                continue;
            }
            responsive++;
            java.util.Arrays.fill(filled, 0);
            for (int j = 0; j < n; j++) {
                int f = dom[j];
                if (j == i || f < 0 || shares[e][f] == 0) {
                    continue;
                }
                double d = s.distanceMm(i, j);
                double[] b = best[f];
                int c = filled[f];
                if (c < partners) {
                    int k = c++;
                    while (k > 0 && b[k - 1] > d) {
                        b[k] = b[k - 1];
                        k--;
                    }
                    b[k] = d;
                    filled[f] = c;
                } else if (d < b[partners - 1]) {
                    int k = partners - 1;
                    while (k > 0 && b[k - 1] > d) {
                        b[k] = b[k - 1];
                        k--;
                    }
                    b[k] = d;
                }
            }
            double cost = 0;
            for (int f = 0; f < m; f++) {
                if (filled[f] > 0) {
                    double sum = 0;
                    for (int k = 0; k < filled[f]; k++) {
                        sum += best[f][k];
                    }
                    cost += shares[e][f] * sum / filled[f];
                }
            }
            total += cost;
        }
        return responsive == 0 ? Double.NaN : total / responsive;
    }

    /**
     * The rank of a value among values, 1 for the lowest; values equal within a relative 1e-12
     * share the best rank of their group.
     *
     * @param value the value ranked
     * @param values all values (including {@code value}); read
     * @return 1 + the number of values strictly lower
     */
    public static int rank(double value, double[] values) {
        int r = 1;
        double tol = 1e-12 * Math.abs(value);
        for (double v : values) {
            if (v < value - tol) {
                r++;
            }
        }
        return r;
    }
}
