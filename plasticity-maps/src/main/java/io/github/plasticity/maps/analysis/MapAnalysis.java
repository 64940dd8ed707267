package io.github.plasticity.maps.analysis;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;

/**
 * Quantitative indices of a motor map (SCIENCE.md §8.2). All use the sheet's 4-neighbourhood for
 * adjacency; the territory of an effector is the set of sites where it is dominant, and its
 * response field the set of sites that respond with it at all (the two differ where sites respond
 * with several effectors).
 *
 * <p>Stateless and thread-safe.
 */
public final class MapAnalysis {
    private MapAnalysis() {}

    /**
     * Fracture density: the fraction of adjacent pairs of responsive sites whose dominant effectors
     * differ (mirrors the count of borders in an ICMS map).
     *
     * @param map the map
     * @return the fraction in [0, 1], or NaN when no two adjacent sites are responsive
     */
    public static double fractureDensity(MotorMap map) {
        CorticalSheet s = map.sheet();
        int pairs = 0;
        int borders = 0;
        for (int k = 0; k < s.adjacentPairCount(); k++) {
            int a = map.dominant(s.pairFirst(k));
            int b = map.dominant(s.pairSecond(k));
            if (a >= 0 && b >= 0) {
                pairs++;
                if (a != b) {
                    borders++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : borders / (double) pairs;
    }

    /** Number of sites whose dominant effector is {@code effector}. */
    public static int territorySites(MotorMap map, int effector) {
        checkEffector(map, effector);
        int n = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            if (map.dominant(i) == effector) {
                n++;
            }
        }
        return n;
    }

    /**
     * Territory area: the area of the sites where the effector is dominant.
     *
     * @param map the map
     * @param effector effector index
     * @return area (mm²)
     */
    public static double areaMm2(MotorMap map, int effector) {
        return territorySites(map, effector) * map.sheet().siteAreaMm2();
    }

    /** Territory areas of all effectors (mm²), a new array in effector order. */
    public static double[] areasMm2(MotorMap map) {
        double[] a = new double[map.body().size()];
        for (int e = 0; e < a.length; e++) {
            a[e] = areaMm2(map, e);
        }
        return a;
    }

    /**
     * Response-field area: the area of the sites that respond with the effector (dominant or not).
     *
     * @param map the map
     * @param effector effector index
     * @return area (mm²)
     */
    public static double responseAreaMm2(MotorMap map, int effector) {
        checkEffector(map, effector);
        int n = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            if (map.responds(i, effector)) {
                n++;
            }
        }
        return n * map.sheet().siteAreaMm2();
    }

    /**
     * Patches: the number of connected components (4-neighbourhood) of an effector's territory.
     *
     * @param map the map
     * @param effector effector index
     * @return the number of patches (0 when it has no territory)
     */
    public static int patchCount(MotorMap map, int effector) {
        checkEffector(map, effector);
        CorticalSheet s = map.sheet();
        int n = map.siteCount();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int patches = 0;
        for (int start = 0; start < n; start++) {
            if (seen[start] || map.dominant(start) != effector) {
                continue;
            }
            patches++;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int i = stack[--top];
                for (int k = 0; k < s.neighbourCount(i); k++) {
                    int j = s.neighbour(i, k);
                    if (!seen[j] && map.dominant(j) == effector) {
                        seen[j] = true;
                        stack[top++] = j;
                    }
                }
            }
        }
        return patches;
    }

    /** Patch counts of all effectors, a new array in effector order. */
    public static int[] patchCounts(MotorMap map) {
        int[] p = new int[map.body().size()];
        for (int e = 0; e < p.length; e++) {
            p[e] = patchCount(map, e);
        }
        return p;
    }

    /**
     * Dice overlap of two effectors' response fields, \( 2|T_e \cap T_f| / (|T_e| + |T_f|) \).
     *
     * @param map the map
     * @param e first effector
     * @param f second effector
     * @return the overlap in [0, 1], or NaN when both response fields are empty
     */
    public static double dice(MotorMap map, int e, int f) {
        checkEffector(map, e);
        checkEffector(map, f);
        int te = 0;
        int tf = 0;
        int both = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            boolean a = map.responds(i, e);
            boolean b = map.responds(i, f);
            te += a ? 1 : 0;
            tf += b ? 1 : 0;
            both += a && b ? 1 : 0;
        }
        return te + tf == 0 ? Double.NaN : 2.0 * both / (te + tf);
    }

    /**
     * Mean Dice overlap over all unordered pairs of the given effectors (pairs whose overlap is
     * undefined are skipped).
     *
     * @param map the map
     * @param effectors at least two effector indices; read
     * @return the mean overlap, or NaN when no pair is defined
     */
    public static double meanDice(MotorMap map, int... effectors) {
        double sum = 0;
        int n = 0;
        for (int a = 0; a < effectors.length; a++) {
            for (int b = a + 1; b < effectors.length; b++) {
                double d = dice(map, effectors[a], effectors[b]);
                if (!Double.isNaN(d)) {
                    sum += d;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean Dice overlap over all pairs of the body's effectors. */
    public static double meanDice(MotorMap map) {
        int[] all = new int[map.body().size()];
        for (int e = 0; e < all.length; e++) {
            all[e] = e;
        }
        return meanDice(map, all);
    }

    /**
     * Share of responsive sites that respond with two or more effectors (dual-response sites, the
     * ICMS measure of overlap used by Nudo et al. 1996).
     *
     * @param map the map
     * @return the fraction in [0, 1], or NaN without responsive sites
     */
    public static double dualResponseFraction(MotorMap map) {
        int responsive = 0;
        int dual = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            int c = map.responseCount(i);
            if (c > 0) {
                responsive++;
                if (c > 1) {
                    dual++;
                }
            }
        }
        return responsive == 0 ? Double.NaN : dual / (double) responsive;
    }

    /** Share of sites that respond with no effector. */
    public static double unresponsiveFraction(MotorMap map) {
        int n = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            if (map.dominant(i) < 0) {
                n++;
            }
        }
        return n / (double) map.siteCount();
    }

    /**
     * Centroid of an effector's territory.
     *
     * @param map the map
     * @param effector effector index
     * @return {@code {x, y}} (mm), NaN when it has no territory
     */
    public static double[] centroidMm(MotorMap map, int effector) {
        checkEffector(map, effector);
        CorticalSheet s = map.sheet();
        double x = 0;
        double y = 0;
        int n = 0;
        for (int i = 0; i < map.siteCount(); i++) {
            if (map.dominant(i) == effector) {
                x += s.xMm(i);
                y += s.yMm(i);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {x / n, y / n};
    }

    /**
     * Distance between two effectors' territory centroids (the representational distance of Elbert
     * et al. 1998 for digits).
     *
     * @param map the map
     * @param e first effector
     * @param f second effector
     * @return distance (mm), NaN when either has no territory
     */
    public static double centroidDistanceMm(MotorMap map, int e, int f) {
        double[] a = centroidMm(map, e);
        double[] b = centroidMm(map, f);
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /**
     * Distances between the centroids of consecutive effectors of a list (for digits D1..D5: the
     * four inter-digit distances).
     *
     * @param map the map
     * @param effectors effector indices in order; read
     * @return {@code effectors.length - 1} distances (mm)
     */
    public static double[] consecutiveCentroidDistancesMm(MotorMap map, int... effectors) {
        double[] d = new double[Math.max(0, effectors.length - 1)];
        for (int k = 0; k < d.length; k++) {
            d[k] = centroidDistanceMm(map, effectors[k], effectors[k + 1]);
        }
        return d;
    }

    /**
     * Whether the territory centroids of the listed effectors are strictly ordered along the
     * medial-lateral axis, increasing or decreasing (all territories non-empty).
     *
     * @param map the map
     * @param effectors effector indices in the order to test, such as D1..D5; read
     * @return true when monotone
     */
    public static boolean centroidsOrderedMediolaterally(MotorMap map, int... effectors) {
        if (effectors.length < 2) {
            return true;
        }
        double[] x = new double[effectors.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = centroidMm(map, effectors[k])[0];
            if (Double.isNaN(x[k])) {
                return false;
            }
        }
        boolean up = true;
        boolean down = true;
        for (int k = 1; k < x.length; k++) {
            up &= x[k] > x[k - 1];
            down &= x[k] < x[k - 1];
        }
        return up || down;
    }

    /**
     * Whether the territory centroids of the listed effectors keep their order along the axis from
     * the first effector's centroid to the last one's: their projections on that axis are strictly
     * increasing (all territories non-empty). Unlike {@link #centroidsOrderedMediolaterally} it
     * allows the sequence to run in any direction on the sheet.
     *
     * @param map the map
     * @param effectors effector indices in the order to test, such as D1..D5; read
     * @return true when ordered
     */
    public static boolean centroidsOrderedAlongAxis(MotorMap map, int... effectors) {
        if (effectors.length < 2) {
            return true;
        }
        double[][] c = new double[effectors.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = centroidMm(map, effectors[k]);
            if (Double.isNaN(c[k][0])) {
                return false;
            }
        }
        double ax = c[c.length - 1][0] - c[0][0];
        double ay = c[c.length - 1][1] - c[0][1];
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] p : c) {
            double t = (p[0] - c[0][0]) * ax + (p[1] - c[0][1]) * ay;
            if (!(t > previous)) {
                return false;
            }
            previous = t;
        }
        return true;
    }

    private static void checkEffector(MotorMap map, int e) {
        Args.notNull("map", map);
        Args.inRange("effector", e, 0, map.body().size() - 1, "index");
    }
}
