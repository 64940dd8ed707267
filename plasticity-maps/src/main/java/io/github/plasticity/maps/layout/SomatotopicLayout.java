package io.github.plasticity.maps.layout;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orderly somatotopic (S1-like, area 3b) layouts: every site represents exactly one effector, each
 * effector's territory is one contiguous band across the sheet, and the bands follow each other
 * from the medial to the lateral edge in a given order.
 *
 * <p>Sites are ranked by medial-lateral position (ties by rostral-caudal position) and cut into
 * consecutive runs whose sizes are proportional to the effectors' relative areas ({@link
 * #siteCounts}: the same counts whatever the order, so layouts in different orders are compared
 * with equal territory sizes). On a rectangular sheet a band boundary is a straight column boundary
 * or a column boundary with one step, so the number of adjacent site pairs with different effectors
 * is at most \( (k - 1)(n_y + 1) \) for {@code k} effectors: near the minimum \( (k-1) n_y \) of
 * any layout with contiguous full-height bands.
 */
public final class SomatotopicLayout {
    private SomatotopicLayout() {}

    /**
     * The canonical orderly map: effectors in the body's map order (for {@link
     * BodyModel#standard()}: leg medial, face lateral).
     *
     * @param sheet the sheet
     * @param body the body
     * @return the map, each site responding with one effector
     */
    public static MotorMap orderly(CorticalSheet sheet, BodyModel body) {
        int[] order = new int[body.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        return inOrder(sheet, body, order);
    }

    /**
     * An orderly map with the effectors laid out medial to lateral in a given order.
     *
     * @param sheet the sheet
     * @param body the body
     * @param order a permutation of the effector indices, medial first; read
     * @return the map
     */
    public static MotorMap inOrder(CorticalSheet sheet, BodyModel body, int[] order) {
        Args.notNull("sheet", sheet);
        Args.notNull("body", body);
        Args.notNull("order", order);
        int m = body.size();
        Args.length("order", order.length, m);
        boolean[] seen = new boolean[m];
        for (int e : order) {
            if (e < 0 || e >= m || seen[e]) {
                throw new IllegalArgumentException(
                        "order must be a permutation of 0.."
                                + (m - 1)
                                + ": "
                                + Arrays.toString(order));
            }
            seen[e] = true;
        }
        int n = sheet.siteCount();
        Integer[] rank = new Integer[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        Arrays.sort(
                rank, Comparator.<Integer>comparingInt(sheet::column).thenComparingInt(sheet::row));
        int[] count = siteCounts(body, n);
        int[] assignment = new int[n];
        int start = 0;
        for (int k = 0; k < m; k++) {
            for (int r = start; r < start + count[order[k]]; r++) {
                assignment[rank[r]] = order[k];
            }
            start += count[order[k]];
        }
        return MotorMap.ofAssignment(sheet, body, assignment);
    }

    /**
     * How many of {@code n} sites each effector gets: its share of the relative areas, rounded by
     * the largest-remainder method (ties to the lower effector index), so the counts sum to {@code
     * n} and do not depend on the order in which the effectors are laid out.
     *
     * @param body the body
     * @param n number of sites, &gt;= 0
     * @return sites per effector, in effector order
     */
    public static int[] siteCounts(BodyModel body, int n) {
        Args.atLeast("n", n, 0);
        double[] share = body.areaShares();
        int m = share.length;
        int[] count = new int[m];
        double[] rest = new double[m];
        int used = 0;
        for (int e = 0; e < m; e++) {
            double exact = share[e] * n;
            count[e] = (int) Math.floor(exact);
            rest[e] = exact - count[e];
            used += count[e];
        }
        for (; used < n; used++) {
            int best = 0;
            for (int e = 1; e < m; e++) {
                if (rest[e] > rest[best]) {
                    best = e;
                }
            }
            count[best]++;
            rest[best] = -1;
        }
        return count;
    }

    /**
     * An orderly map with the body regions (blocks) in a given medial-to-lateral order, the
     * effectors keeping their map order inside each region.
     *
     * @param sheet the sheet
     * @param body the body
     * @param regionOrder a permutation of {@link BodyModel#regions()}
     * @return the map
     */
    public static MotorMap blocks(CorticalSheet sheet, BodyModel body, List<String> regionOrder) {
        Args.notNull("regionOrder", regionOrder);
        if (regionOrder.size() != body.regions().size()
                || !regionOrder.containsAll(body.regions())) {
            throw new IllegalArgumentException(
                    "regionOrder must be a permutation of " + body.regions() + ": " + regionOrder);
        }
        int[] order = new int[body.size()];
        int k = 0;
        for (String r : regionOrder) {
            for (int e : body.effectorsIn(r)) {
                order[k++] = e;
            }
        }
        return inOrder(sheet, body, order);
    }

    /**
     * Every order of the body's regions (all {@code r!} permutations, the canonical order first,
     * then in lexicographic order of region indices).
     *
     * @param body the body
     * @return the region orders
     */
    public static List<List<String>> regionPermutations(BodyModel body) {
        List<String> regions = body.regions();
        int r = regions.size();
        if (r > 9) {
            throw new IllegalArgumentException(
                    "too many regions to enumerate their permutations: " + r);
        }
        List<List<String>> out = new ArrayList<>();
        int[] p = new int[r];
        for (int i = 0; i < r; i++) {
            p[i] = i;
        }
        while (true) {
            List<String> order = new ArrayList<>(r);
            for (int i : p) {
                order.add(regions.get(i));
            }
            out.add(order);
            int i = r - 2;
            while (i >= 0 && p[i] >= p[i + 1]) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            int j = r - 1;
            while (p[j] <= p[i]) {
                j--;
            }
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
            for (int a = i + 1, b = r - 1; a < b; a++, b--) {
                t = p[a];
                p[a] = p[b];
                p[b] = t;
            }
        }
    }
}
