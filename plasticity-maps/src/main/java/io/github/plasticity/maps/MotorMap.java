package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;

/**
 * A motor map on a cortical sheet: for every site, how strongly it drives each effector, which
 * effectors it drives at all (its responses) and which one it drives most (its dominant effector).
 *
 * <p>A map is a read-out: of a layout (a self-organising map's codebook, an orderly homunculus), or
 * of a live {@link MapNetwork} through {@link VirtualIcms}. Strengths are in the units of their
 * source (effector rate in Hz for ICMS maps; codebook weights for layouts).
 *
 * <ul>
 *   <li><b>Responses.</b> With an absolute threshold \( \theta \), site {@code i} responds with
 *       effector {@code e} when \( s_{ie} &gt; \theta \) (an evoked movement above threshold). With
 *       a relative threshold \( \rho \), when \( s_{ie} \ge \rho \max_f s_{if} \) and \( \max_f
 *       s_{if} &gt; 0 \).
 *   <li><b>Dominant effector</b>: \( \arg\max_e s_{ie} \) over the responses (lowest index on
 *       ties), or {@code -1} for a site that responds with nothing (unresponsive).
 * </ul>
 *
 * <p>Immutable and thread-safe; accessors copy arrays.
 */
public final class MotorMap {
    private final CorticalSheet sheet;
    private final BodyModel body;
    private final int effectors;
    private final double[] strength;
    private final boolean[] responds;
    private final int[] dominant;

    private MotorMap(CorticalSheet sheet, BodyModel body, double[] strength, boolean[] responds) {
        this.sheet = sheet;
        this.body = body;
        this.effectors = body.size();
        this.strength = strength;
        this.responds = responds;
        int n = sheet.siteCount();
        this.dominant = new int[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            for (int e = 0; e < effectors; e++) {
                int k = i * effectors + e;
                if (responds[k] && (best < 0 || strength[k] > strength[i * effectors + best])) {
                    best = e;
                }
            }
            dominant[i] = best;
        }
    }

    /**
     * A map in which each site drives exactly one effector (strength 1) or none.
     *
     * @param sheet the sheet
     * @param body the body
     * @param effectorOfSite effector index per site, or -1 for an unresponsive site; length {@code
     *     sheet.siteCount()}; read, copied
     * @return the map
     */
    public static MotorMap ofAssignment(CorticalSheet sheet, BodyModel body, int[] effectorOfSite) {
        check(sheet, body);
        Args.notNull("effectorOfSite", effectorOfSite);
        Args.length("effectorOfSite", effectorOfSite.length, sheet.siteCount());
        int m = body.size();
        double[] s = new double[effectorOfSite.length * m];
        boolean[] r = new boolean[s.length];
        for (int i = 0; i < effectorOfSite.length; i++) {
            int e = effectorOfSite[i];
            if (e < -1 || e >= m) {
                throw new IllegalArgumentException(
                        "effectorOfSite[" + i + "] must be in [-1, " + (m - 1) + "]: " + e);
            }
            if (e >= 0) {
                s[i * m + e] = 1.0;
                r[i * m + e] = true;
            }
        }
        return new MotorMap(sheet, body, s, r);
    }

    /**
     * A map whose responses are the strengths above an absolute threshold (an ICMS read-out: the
     * effectors that move above threshold).
     *
     * @param sheet the sheet
     * @param body the body
     * @param strength {@code strength[site][effector]}, finite; read, copied
     * @param threshold response threshold (units of the strengths), finite
     * @return the map
     */
    public static MotorMap absolute(
            CorticalSheet sheet, BodyModel body, double[][] strength, double threshold) {
        check(sheet, body);
        Args.finite("threshold", threshold, "strength units");
        double[] s = flatten(sheet, body, strength);
        boolean[] r = new boolean[s.length];
        for (int k = 0; k < s.length; k++) {
            r[k] = s[k] > threshold;
        }
        return new MotorMap(sheet, body, s, r);
    }

    /**
     * A map whose responses at each site are the effectors within a fraction of the site's
     * strongest effector (for codebooks, where only relative weights matter).
     *
     * @param sheet the sheet
     * @param body the body
     * @param strength {@code strength[site][effector]}, finite; read, copied
     * @param fraction \( \rho \), in (0, 1]
     * @return the map
     */
    public static MotorMap relative(
            CorticalSheet sheet, BodyModel body, double[][] strength, double fraction) {
        check(sheet, body);
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException(
                    "fraction must be in (0, 1] (dimensionless): " + fraction);
        }
        double[] s = flatten(sheet, body, strength);
        boolean[] r = new boolean[s.length];
        int m = body.size();
        for (int i = 0; i < sheet.siteCount(); i++) {
            double max = 0;
            for (int e = 0; e < m; e++) {
                max = Math.max(max, s[i * m + e]);
            }
            if (max > 0) {
                for (int e = 0; e < m; e++) {
                    r[i * m + e] = s[i * m + e] >= fraction * max;
                }
            }
        }
        return new MotorMap(sheet, body, s, r);
    }

    private static void check(CorticalSheet sheet, BodyModel body) {
        Args.notNull("sheet", sheet);
        Args.notNull("body", body);
    }

    private static double[] flatten(CorticalSheet sheet, BodyModel body, double[][] strength) {
        Args.notNull("strength", strength);
        Args.length("strength", strength.length, sheet.siteCount());
        int m = body.size();
        double[] s = new double[strength.length * m];
        for (int i = 0; i < strength.length; i++) {
            Args.notNull("strength[" + i + "]", strength[i]);
            Args.length("strength[" + i + "]", strength[i].length, m);
            Args.allFinite("strength[" + i + "]", strength[i], "strength units");
            System.arraycopy(strength[i], 0, s, i * m, m);
        }
        return s;
    }

    /** The sheet. */
    public CorticalSheet sheet() {
        return sheet;
    }

    /** The body. */
    public BodyModel body() {
        return body;
    }

    /** Number of sites. */
    public int siteCount() {
        return dominant.length;
    }

    /** The dominant effector of a site, or -1 when it is unresponsive. */
    public int dominant(int site) {
        return dominant[site];
    }

    /** The dominant effector of every site (-1 for unresponsive sites), a new array. */
    public int[] dominantCopy() {
        return dominant.clone();
    }

    /** Whether site {@code site} responds with effector {@code effector}. */
    public boolean responds(int site, int effector) {
        Args.inRange("effector", effector, 0, effectors - 1, "index");
        return responds[site * effectors + effector];
    }

    /** Number of effectors a site responds with. */
    public int responseCount(int site) {
        int n = 0;
        for (int e = 0; e < effectors; e++) {
            if (responds[site * effectors + e]) {
                n++;
            }
        }
        return n;
    }

    /** The strength with which a site drives an effector (units of the source). */
    public double strength(int site, int effector) {
        Args.inRange("effector", effector, 0, effectors - 1, "index");
        return strength[site * effectors + effector];
    }

    /** Strengths of one site per effector, a new array. */
    public double[] strengthsCopy(int site) {
        double[] out = new double[effectors];
        System.arraycopy(strength, site * effectors, out, 0, effectors);
        return out;
    }

    /**
     * The responding effector of a site with the second-largest strength, or -1 when the site
     * responds with fewer than two effectors (used to draw overlap).
     *
     * @param site the site
     * @return the effector index or -1
     */
    public int secondResponse(int site) {
        int d = dominant[site];
        int best = -1;
        for (int e = 0; e < effectors; e++) {
            int k = site * effectors + e;
            if (e != d
                    && responds[k]
                    && (best < 0 || strength[k] > strength[site * effectors + best])) {
                best = e;
            }
        }
        return best;
    }
}
