package io.github.plasticity.maps.layout;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A batch Kohonen self-organising map of an {@link ActionRepertoire} onto a {@link CorticalSheet},
 * after Aflalo &amp; Graziano 2006 (J Neurosci 26:6288): one codebook vector per site, initialised
 * with the orderly somatotopy, trained on feature vectors that combine somatotopy, hand position
 * and action category. The M1-like map is read from the somatotopic part of the trained codebook.
 *
 * <p><b>Batch update</b> (Kohonen 2001, Self-Organizing Maps, §3.14): each epoch assigns every
 * feature vector {@code x} to its best-matching unit (BMU, the site with the nearest codebook
 * vector in Euclidean distance, lowest index on ties) and replaces each codebook vector by \( w_j =
 * \sum_i h_{ji} S_i / \sum_i h_{ji} n_i \), with \( S_i \) the sum and \( n_i \) the number of
 * vectors whose BMU is {@code i}; a site whose denominator underflows to 0 keeps its vector.
 * Neighbourhood and its schedule: {@link SomParameters}.
 *
 * <p><b>Initial codebook</b>: somatotopic part \( w_s \) times the one-hot effector of {@link
 * SomatotopicLayout#orderly} at the site (Woolsey's somatotopy in the original), hand-position and
 * category parts the mean of the data, plus uniform noise of amplitude {@code initialNoise} drawn
 * from the given stream in site-major order.
 *
 * <p><b>Quality</b> (SCIENCE.md §8.2), measured with the final codebook: quantisation error \( QE =
 * \frac{1}{N} \sum_x \lVert x - w_{BMU(x)} \rVert \) (feature units); topographic error (Kiviluoto
 * 1996) TE = fraction of vectors whose best and second-best units are not adjacent sites
 * (4-neighbourhood of the sheet).
 */
public final class SelfOrganisingMap {
    private SelfOrganisingMap() {}

    /** A trained map. */
    public static final class Trained {
        private final CorticalSheet sheet;
        private final BodyModel body;
        private final SomParameters parameters;
        private final int dim;
        private final double[] codebook;
        private final int[] bmu;
        private final double quantisationError;
        private final double topographicError;

        private Trained(
                CorticalSheet sheet,
                BodyModel body,
                SomParameters parameters,
                int dim,
                double[] codebook,
                int[] bmu,
                double qe,
                double te) {
            this.sheet = sheet;
            this.body = body;
            this.parameters = parameters;
            this.dim = dim;
            this.codebook = codebook;
            this.bmu = bmu;
            this.quantisationError = qe;
            this.topographicError = te;
        }

        /** The sheet. */
        public CorticalSheet sheet() {
            return sheet;
        }

        /** The parameters used. */
        public SomParameters parameters() {
            return parameters;
        }

        /** Quantisation error (feature units). */
        public double quantisationError() {
            return quantisationError;
        }

        /** Topographic error (fraction of actions, 0 to 1). */
        public double topographicError() {
            return topographicError;
        }

        /** Codebook vector of a site, a new array (feature units). */
        public double[] codebook(int site) {
            double[] w = new double[dim];
            System.arraycopy(codebook, site * dim, w, 0, dim);
            return w;
        }

        /** The best-matching site of every action under the final codebook, a new array. */
        public int[] bestMatchingSites() {
            return bmu.clone();
        }

        /**
         * The somatotopic part of the codebook divided by the somatotopy weight: each site's
         * involvement of each effector.
         *
         * @return {@code [site][effector]}, a new array
         */
        public double[][] somatotopicStrengths() {
            int n = sheet.siteCount();
            int m = body.size();
            double ws = parameters.somatotopyWeight();
            double scale = ws > 0 ? 1.0 / ws : 1.0;
            double[][] s = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int e = 0; e < m; e++) {
                    s[i][e] = Math.max(0.0, codebook[i * dim + e] * scale);
                }
            }
            return s;
        }

        /**
         * The M1-like map: dominant effector = argmax of the somatotopic part (SCIENCE.md §8.2); a
         * site responds with the effectors within {@code fraction} of its strongest one.
         *
         * @param fraction \( \rho \) of {@link MotorMap#relative}, in (0, 1]
         * @return the map
         */
        public MotorMap map(double fraction) {
            return MotorMap.relative(sheet, body, somatotopicStrengths(), fraction);
        }
    }

    /**
     * Trains a map.
     *
     * @param sheet the sheet (one codebook vector per site)
     * @param repertoire the actions
     * @param p the parameters
     * @param rng stream for the initial-codebook noise
     * @return the trained map
     */
    public static Trained train(
            CorticalSheet sheet,
            ActionRepertoire repertoire,
            SomParameters p,
            UniformRandomProvider rng) {
        Args.notNull("sheet", sheet);
        Args.notNull("repertoire", repertoire);
        Args.notNull("p", p);
        Args.notNull("rng", rng);
        BodyModel body = repertoire.body();
        int m = body.size();
        int dim = ActionRepertoire.featureDimension(body);
        int nodes = sheet.siteCount();
        int count = repertoire.size();
        double[][] xs =
                repertoire.features(p.somatotopyWeight(), p.handWeight(), p.categoryWeight());
        double[] x = new double[count * dim];
        double[] mean = new double[dim];
        for (int a = 0; a < count; a++) {
            System.arraycopy(xs[a], 0, x, a * dim, dim);
            for (int k = 0; k < dim; k++) {
                mean[k] += xs[a][k] / count;
            }
        }
        MotorMap initial = SomatotopicLayout.orderly(sheet, body);
        double[] w = new double[nodes * dim];
        for (int j = 0; j < nodes; j++) {
            for (int k = 0; k < dim; k++) {
                double base =
                        k < m ? (initial.dominant(j) == k ? p.somatotopyWeight() : 0.0) : mean[k];
                w[j * dim + k] = base + p.initialNoise() * (2 * rng.nextDouble() - 1);
            }
        }
        int[] col = new int[nodes];
        int[] row = new int[nodes];
        for (int j = 0; j < nodes; j++) {
            col[j] = sheet.column(j);
            row[j] = sheet.row(j);
        }
        double[] hx = new double[sheet.nx()];
        double[] hy = new double[sheet.ny()];
        int[] bmu = new int[count];
        double[] sums = new double[nodes * dim];
        double[] hits = new double[nodes];
        double[] num = new double[dim];
        int epochs = p.epochs();
        for (int t = 0; t < epochs; t++) {
            double sigma =
                    epochs == 1
                            ? p.sigmaEndNodes()
                            : p.sigmaStartNodes()
                                    * Math.pow(
                                            p.sigmaEndNodes() / p.sigmaStartNodes(),
                                            t / (double) (epochs - 1));
            assign(x, count, w, nodes, dim, bmu, null);
            java.util.Arrays.fill(sums, 0.0);
            java.util.Arrays.fill(hits, 0.0);
            for (int a = 0; a < count; a++) {
                int b = bmu[a];
                hits[b] += 1;
                for (int k = 0; k < dim; k++) {
                    sums[b * dim + k] += x[a * dim + k];
                }
            }
            // The Gaussian is separable on the grid: h = hx[|dcol|] * hy[|drow|].
            double inv2s2 = 1.0 / (2 * sigma * sigma);
            for (int k = 0; k < hx.length; k++) {
                hx[k] = Math.exp(-k * k * inv2s2);
            }
            for (int k = 0; k < hy.length; k++) {
                hy[k] = Math.exp(-k * k * inv2s2);
            }
            for (int j = 0; j < nodes; j++) {
                double den = 0;
                java.util.Arrays.fill(num, 0.0);
                for (int i = 0; i < nodes; i++) {
                    if (hits[i] == 0) {
                        continue;
                    }
                    double hij = hx[Math.abs(col[j] - col[i])] * hy[Math.abs(row[j] - row[i])];
                    den += hij * hits[i];
                    for (int k = 0; k < dim; k++) {
                        num[k] += hij * sums[i * dim + k];
                    }
                }
                if (den > 0) {
                    for (int k = 0; k < dim; k++) {
                        w[j * dim + k] = num[k] / den;
                    }
                }
            }
        }
        int[] second = new int[count];
        double qe = assign(x, count, w, nodes, dim, bmu, second);
        int errors = 0;
        for (int a = 0; a < count; a++) {
            if (!adjacent(sheet, bmu[a], second[a])) {
                errors++;
            }
        }
        return new Trained(sheet, body, p, dim, w, bmu, qe / count, errors / (double) count);
    }

    private static boolean adjacent(CorticalSheet sheet, int a, int b) {
        for (int k = 0; k < sheet.neighbourCount(a); k++) {
            if (sheet.neighbour(a, k) == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the BMU (and the second-best unit when {@code second != null}) of every vector; returns
     * the summed distance to the BMU.
     */
    private static double assign(
            double[] x, int count, double[] w, int nodes, int dim, int[] bmu, int[] second) {
        double total = 0;
        for (int a = 0; a < count; a++) {
            int off = a * dim;
            int best = -1;
            int next = -1;
            double bestD = Double.POSITIVE_INFINITY;
            double nextD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < nodes; j++) {
                int wo = j * dim;
                double d = 0;
                // Without a second-best unit to track, stop summing once d cannot win.
                double limit = second == null ? bestD : nextD;
                for (int k = 0; k < dim && d < limit; k++) {
                    double diff = x[off + k] - w[wo + k];
                    d += diff * diff;
                }
                if (d < bestD) {
                    next = best;
                    nextD = bestD;
                    best = j;
                    bestD = d;
                } else if (d < nextD) {
                    next = j;
                    nextD = d;
                }
            }
            bmu[a] = best;
            if (second != null) {
                second[a] = next;
            }
            total += Math.sqrt(bestD);
        }
        return total;
    }
}
