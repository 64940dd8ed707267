package io.github.plasticity.maps.layout;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A repertoire of actions described the way Aflalo &amp; Graziano 2006 (J Neurosci 26:6288)
 * describe the motor repertoire: each action has a somatotopic part (how much each effector is
 * involved, 0 to 1), a hand position relative to the mouth (3 components) and an ethological
 * category (one of five, or none for actions that do not use the arm).
 *
 * <p>{@link #grazianoAflalo} generates a repertoire for {@link BodyModel#standard()}; {@link #of}
 * takes a user's own. Immutable and thread-safe.
 */
public final class ActionRepertoire {
    /** Number of hand-position components. */
    public static final int HAND_DIMENSIONS = 3;

    /** The ethological action categories of Aflalo &amp; Graziano 2006. */
    public enum Category {
        /** Bringing the hand to the mouth (grasp, elbow flexion, mouth opening). */
        HAND_TO_MOUTH,
        /** Defensive posture: hand in the space beside the face, face squinting. */
        DEFENSIVE,
        /** Manipulation in central space in front of the chest: individuated digits. */
        CENTRAL_SPACE_MANIPULATION,
        /** Reaching to points away from the body, hand opening. */
        REACHING,
        /** Climbing: hand above the head, power grip, trunk and legs. */
        CLIMBING
    }

    private final BodyModel body;
    private final double[][] somatotopic;
    private final double[][] hand;
    private final int[] category;

    private ActionRepertoire(BodyModel body, double[][] s, double[][] h, int[] c) {
        this.body = body;
        this.somatotopic = s;
        this.hand = h;
        this.category = c;
    }

    /**
     * A user-defined repertoire.
     *
     * @param body the body
     * @param somatotopic {@code [action][effector]} involvement, each in [0, 1]; read, copied
     * @param handPosition {@code [action][3]} hand position relative to the mouth (arm lengths),
     *     finite; read, copied
     * @param category {@code [action]} ordinal of {@link Category}, or -1 for none; read, copied
     * @return the repertoire
     */
    public static ActionRepertoire of(
            BodyModel body, double[][] somatotopic, double[][] handPosition, int[] category) {
        Args.notNull("body", body);
        Args.notNull("somatotopic", somatotopic);
        Args.notNull("handPosition", handPosition);
        Args.notNull("category", category);
        int n = somatotopic.length;
        if (n == 0) {
            throw new IllegalArgumentException("a repertoire needs at least one action");
        }
        Args.length("handPosition", handPosition.length, n);
        Args.length("category", category.length, n);
        double[][] s = new double[n][];
        double[][] h = new double[n][];
        for (int a = 0; a < n; a++) {
            Args.length("somatotopic[" + a + "]", somatotopic[a].length, body.size());
            Args.length("handPosition[" + a + "]", handPosition[a].length, HAND_DIMENSIONS);
            for (int e = 0; e < body.size(); e++) {
                Args.inRange(
                        "somatotopic[" + a + "][" + e + "]",
                        somatotopic[a][e],
                        0,
                        1,
                        "involvement");
            }
            Args.allFinite("handPosition[" + a + "]", handPosition[a], "arm lengths");
            Args.inRange(
                    "category[" + a + "]",
                    category[a],
                    -1,
                    Category.values().length - 1,
                    "category ordinal");
            s[a] = somatotopic[a].clone();
            h[a] = handPosition[a].clone();
        }
        return new ActionRepertoire(body, s, h, category.clone());
    }

    /**
     * A seeded repertoire for {@link BodyModel#standard()} (any body with effectors named {@code
     * leg, trunk, shoulder, elbow, wrist, D1..D5, face}), our simplification of the repertoire of
     * Aflalo &amp; Graziano 2006.
     *
     * <p>Each action is drawn from one of eight kinds with these probabilities: the five arm
     * categories 0.12 each, leg actions 0.14, trunk actions 0.08, face actions 0.18. A kind fixes
     * the typical involvement profile {@code P} of the effectors (below) and the hand position (x
     * lateral, y up, z forward from the mouth, in arm lengths, with uniform jitter). The action's
     * focus, the effector that leads it, is drawn with probability proportional to \( P_e^2 \); the
     * focus gets involvement 1, every other effector \( P_e u_e \) with \( u_e \) uniform in [0.4,
     * 1]; when the focus is a digit its neighbouring digits get at least 0.5 (digit enslaving,
     * Häger-Ross &amp; Schieber 2000).
     *
     * <ul>
     *   <li>hand-to-mouth: elbow 0.9, face 0.7, wrist 0.5, shoulder 0.3, D1 and D2 0.8, D3 0.3, D4
     *       and D5 0.2, trunk 0.1; hand at the mouth.
     *   <li>defensive: shoulder 0.8, elbow 0.7, face 0.6, wrist 0.4, trunk 0.4, digits 0.3; hand
     *       beside the face.
     *   <li>central-space manipulation: wrist 0.6, elbow 0.3, shoulder 0.1; one primary digit (D1
     *       0.3, D2 0.3, D3 0.2, D4 0.1, D5 0.1) at 1.0, its neighbours 0.4, the others 0.1; hand
     *       in front of the chest.
     *   <li>reaching: shoulder 0.9, elbow 0.8, digits 0.5, wrist 0.4, trunk 0.3; hand at 0.8 arm
     *       lengths in a random direction in front (azimuth ±60°, elevation ±30°).
     *   <li>climbing: shoulder 0.9, digits 0.8, elbow 0.7, trunk 0.6, leg 0.6, wrist 0.4; hand
     *       above the head.
     *   <li>leg: leg 0.9, trunk 0.4; trunk: trunk 0.9, leg 0.3, shoulder 0.3; face: face 0.9 (all
     *       three with the hand at rest beside the body and no category).
     * </ul>
     *
     * @param body a body with the standard effector names
     * @param size number of actions, &gt;= 1
     * @param rng source of randomness (drawn in action order)
     * @return the repertoire
     */
    public static ActionRepertoire grazianoAflalo(
            BodyModel body, int size, UniformRandomProvider rng) {
        Args.notNull("body", body);
        Args.atLeast("size", size, 1);
        Args.notNull("rng", rng);
        int leg = body.indexOf("leg");
        int trunk = body.indexOf("trunk");
        int shoulder = body.indexOf("shoulder");
        int elbow = body.indexOf("elbow");
        int wrist = body.indexOf("wrist");
        int face = body.indexOf("face");
        int[] d = new int[5];
        for (int k = 0; k < 5; k++) {
            d[k] = body.indexOf("D" + (k + 1));
        }
        int m = body.size();
        double[][] s = new double[size][m];
        double[][] h = new double[size][HAND_DIMENSIONS];
        int[] c = new int[size];
        double[] kindP = {0.12, 0.12, 0.12, 0.12, 0.12, 0.14, 0.08, 0.18};
        double[] digitP = {0.3, 0.3, 0.2, 0.1, 0.1};
        double[] profile = new double[m];
        double[] focusP = new double[m];
        for (int a = 0; a < size; a++) {
            int kind = pick(kindP, rng.nextDouble());
            double[] v = s[a];
            double[] p = h[a];
            c[a] = kind < 5 ? kind : -1;
            java.util.Arrays.fill(profile, 0.0);
            switch (kind) {
                case 0: // hand to mouth
                    profile[elbow] = 0.9;
                    profile[face] = 0.7;
                    profile[wrist] = 0.5;
                    profile[shoulder] = 0.3;
                    profile[d[0]] = 0.8;
                    profile[d[1]] = 0.8;
                    profile[d[2]] = 0.3;
                    profile[d[3]] = 0.2;
                    profile[d[4]] = 0.2;
                    profile[trunk] = 0.1;
                    set(p, 0.0, 0.0, 0.05, 0.05, rng);
                    break;
                case 1: // defensive
                    profile[shoulder] = 0.8;
                    profile[elbow] = 0.7;
                    profile[face] = 0.6;
                    profile[wrist] = 0.4;
                    profile[trunk] = 0.4;
                    for (int k : d) {
                        profile[k] = 0.3;
                    }
                    set(p, 0.3, 0.1, 0.2, 0.15, rng);
                    break;
                case 2: // central-space manipulation
                    profile[wrist] = 0.6;
                    profile[elbow] = 0.3;
                    profile[shoulder] = 0.1;
                    int primary = pick(digitP, rng.nextDouble());
                    for (int k = 0; k < 5; k++) {
                        int dist = Math.abs(k - primary);
                        profile[d[k]] = dist == 0 ? 1.0 : (dist == 1 ? 0.4 : 0.1);
                    }
                    set(p, 0.0, -0.35, 0.35, 0.1, rng);
                    break;
                case 3: // reaching
                    profile[shoulder] = 0.9;
                    profile[elbow] = 0.8;
                    profile[wrist] = 0.4;
                    profile[trunk] = 0.3;
                    for (int k : d) {
                        profile[k] = 0.5;
                    }
                    double az = Math.toRadians(-60 + 120 * rng.nextDouble());
                    double el = Math.toRadians(-30 + 60 * rng.nextDouble());
                    p[0] = 0.8 * Math.sin(az) * Math.cos(el);
                    p[1] = 0.8 * Math.sin(el) - 0.2;
                    p[2] = 0.8 * Math.cos(az) * Math.cos(el);
                    break;
                case 4: // climbing
                    profile[shoulder] = 0.9;
                    profile[elbow] = 0.7;
                    profile[wrist] = 0.4;
                    profile[trunk] = 0.6;
                    profile[leg] = 0.6;
                    for (int k : d) {
                        profile[k] = 0.8;
                    }
                    set(p, 0.2, 0.6, 0.2, 0.15, rng);
                    break;
                case 5: // leg
                    profile[leg] = 0.9;
                    profile[trunk] = 0.4;
                    set(p, 0.15, -0.7, 0.1, 0.05, rng);
                    break;
                case 6: // trunk
                    profile[trunk] = 0.9;
                    profile[leg] = 0.3;
                    profile[shoulder] = 0.3;
                    set(p, 0.15, -0.7, 0.1, 0.05, rng);
                    break;
                default: // face
                    profile[face] = 0.9;
                    set(p, 0.15, -0.7, 0.1, 0.05, rng);
                    break;
            }
            double sum = 0;
            for (int e = 0; e < m; e++) {
                focusP[e] = profile[e] * profile[e];
                sum += focusP[e];
            }
            for (int e = 0; e < m; e++) {
                focusP[e] /= sum;
            }
            int focus = pick(focusP, rng.nextDouble());
            for (int e = 0; e < m; e++) {
                v[e] = profile[e] * (0.4 + 0.6 * rng.nextDouble());
            }
            v[focus] = 1.0;
            for (int k = 0; k < 5; k++) {
                if (d[k] == focus) {
                    if (k > 0) {
                        v[d[k - 1]] = Math.max(v[d[k - 1]], 0.5);
                    }
                    if (k < 4) {
                        v[d[k + 1]] = Math.max(v[d[k + 1]], 0.5);
                    }
                }
            }
        }
        return new ActionRepertoire(body, s, h, c);
    }

    private static int pick(double[] p, double u) {
        double cum = 0;
        for (int k = 0; k < p.length - 1; k++) {
            cum += p[k];
            if (u < cum) {
                return k;
            }
        }
        return p.length - 1;
    }

    private static void set(
            double[] p, double x, double y, double z, double jitter, UniformRandomProvider rng) {
        p[0] = x + jitter * (2 * rng.nextDouble() - 1);
        p[1] = y + jitter * (2 * rng.nextDouble() - 1);
        p[2] = z + jitter * (2 * rng.nextDouble() - 1);
    }

    /** The body. */
    public BodyModel body() {
        return body;
    }

    /** Number of actions. */
    public int size() {
        return category.length;
    }

    /** Involvement of an effector in an action, in [0, 1]. */
    public double involvement(int action, int effector) {
        return somatotopic[action][effector];
    }

    /** Hand position of an action relative to the mouth (arm lengths), component 0..2. */
    public double handPosition(int action, int axis) {
        return hand[action][axis];
    }

    /** Category ordinal of an action, or -1 for none. */
    public int category(int action) {
        return category[action];
    }

    /**
     * Co-activation statistics, \( C_{ef} = \frac{1}{N} \sum_a s_{ae} s_{af} \): how often and how
     * strongly two effectors are used together (the diagonal is the mean squared involvement).
     *
     * @return {@code [effector][effector]}, symmetric, a new array
     */
    public double[][] coActivation() {
        int m = body.size();
        double[][] c = new double[m][m];
        for (double[] v : somatotopic) {
            for (int e = 0; e < m; e++) {
                for (int f = 0; f < m; f++) {
                    c[e][f] += v[e] * v[f];
                }
            }
        }
        for (double[] row : c) {
            for (int f = 0; f < m; f++) {
                row[f] /= somatotopic.length;
            }
        }
        return c;
    }

    /**
     * The feature vectors a self-organising map is trained on: \( [w_s s_a, w_h p_a, w_c c_a] \),
     * somatotopic involvement, hand position and one-hot category, each part scaled by its
     * requisite weight.
     *
     * @param somatotopyWeight \( w_s \), &gt;= 0 and finite
     * @param handWeight \( w_h \), &gt;= 0 and finite
     * @param categoryWeight \( w_c \), &gt;= 0 and finite
     * @return {@code [action][m + 3 + 5]}, a new array
     */
    public double[][] features(double somatotopyWeight, double handWeight, double categoryWeight) {
        Args.nonNegative("somatotopyWeight", somatotopyWeight, "dimensionless");
        Args.nonNegative("handWeight", handWeight, "per arm length");
        Args.nonNegative("categoryWeight", categoryWeight, "dimensionless");
        int m = body.size();
        int dim = featureDimension(body);
        double[][] x = new double[size()][dim];
        for (int a = 0; a < size(); a++) {
            for (int e = 0; e < m; e++) {
                x[a][e] = somatotopyWeight * somatotopic[a][e];
            }
            for (int k = 0; k < HAND_DIMENSIONS; k++) {
                x[a][m + k] = handWeight * hand[a][k];
            }
            if (category[a] >= 0) {
                x[a][m + HAND_DIMENSIONS + category[a]] = categoryWeight;
            }
        }
        return x;
    }

    /** Length of a feature vector for a body: effectors + 3 + 5. */
    public static int featureDimension(BodyModel body) {
        return body.size() + HAND_DIMENSIONS + Category.values().length;
    }
}
