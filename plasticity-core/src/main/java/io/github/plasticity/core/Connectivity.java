package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.IntList;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Which presynaptic units connect to each postsynaptic unit.
 *
 * <p>{@link #allToAll()} gives a dense projection; the others give a sparse one. Random builders
 * draw from the projection's own stream (derived from the simulation seed and the projection's
 * name). When a population projects onto itself, random builders exclude self-connections unless
 * {@link #withSelfConnections()} is used; {@link #allToAll()} includes them.
 */
public final class Connectivity {
    private enum Kind {
        ALL_TO_ALL,
        ONE_TO_ONE,
        FIXED_PROBABILITY,
        DISTANCE,
        EXPLICIT
    }

    private final Kind kind;
    private final double probability;
    private final double sigmaMm;
    private final int[][] explicit;
    private final boolean self;

    private Connectivity(
            Kind kind, double probability, double sigmaMm, int[][] explicit, boolean self) {
        this.kind = kind;
        this.probability = probability;
        this.sigmaMm = sigmaMm;
        this.explicit = explicit;
        this.self = self;
    }

    /** Every presynaptic unit to every postsynaptic unit (dense). */
    public static Connectivity allToAll() {
        return new Connectivity(Kind.ALL_TO_ALL, 1, 0, null, true);
    }

    /** Unit {@code i} to unit {@code i}; the populations must have the same size. */
    public static Connectivity oneToOne() {
        return new Connectivity(Kind.ONE_TO_ONE, 1, 0, null, true);
    }

    /**
     * Each pair independently with probability {@code p}.
     *
     * @param p connection probability, in [0, 1]
     * @return the builder
     */
    public static Connectivity fixedProbability(double p) {
        Args.inRange("p", p, 0.0, 1.0, "probability");
        return new Connectivity(Kind.FIXED_PROBABILITY, p, 0, null, false);
    }

    /**
     * Each pair with probability \( p_0 \exp(-d^2 / 2\sigma^2) \), {@code d} the distance on the
     * sheet between the units' positions.
     *
     * @param peakProbability \( p_0 \), in [0, 1]
     * @param sigmaMm \( \sigma \) (mm), &gt; 0 and finite
     * @return the builder
     */
    public static Connectivity distanceDependent(double peakProbability, double sigmaMm) {
        Args.inRange("peakProbability", peakProbability, 0.0, 1.0, "probability");
        Args.positive("sigmaMm", sigmaMm, "mm");
        return new Connectivity(Kind.DISTANCE, peakProbability, sigmaMm, null, false);
    }

    /**
     * Given presynaptic indices per postsynaptic unit.
     *
     * @param preByPost {@code preByPost[i]} lists the presynaptic units of post unit {@code i},
     *     strictly increasing; read, copied
     * @return the builder
     */
    public static Connectivity explicit(int[][] preByPost) {
        Args.notNull("preByPost", preByPost);
        int[][] copy = new int[preByPost.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Args.notNull("preByPost[" + i + "]", preByPost[i]).clone();
        }
        return new Connectivity(Kind.EXPLICIT, 1, 0, copy, true);
    }

    /** A copy that keeps self-connections when a population projects onto itself. */
    public Connectivity withSelfConnections() {
        return new Connectivity(kind, probability, sigmaMm, explicit, true);
    }

    boolean isDense() {
        return kind == Kind.ALL_TO_ALL;
    }

    /** Builds sparse rows: presynaptic indices per postsynaptic unit, increasing. */
    int[][] build(Population pre, Population post, UniformRandomProvider rng) {
        int nPost = post.size();
        int nPre = pre.size();
        boolean same = pre == post;
        int[][] rows = new int[nPost][];
        switch (kind) {
            case ONE_TO_ONE:
                if (nPre != nPost) {
                    throw new IllegalArgumentException(
                            "oneToOne needs populations of equal size: pre "
                                    + nPre
                                    + ", post "
                                    + nPost);
                }
                for (int i = 0; i < nPost; i++) {
                    rows[i] = new int[] {i};
                }
                return rows;
            case EXPLICIT:
                Args.length("preByPost", explicit.length, nPost);
                for (int i = 0; i < nPost; i++) {
                    int[] r = explicit[i];
                    for (int k = 0; k < r.length; k++) {
                        if (r[k] < 0 || r[k] >= nPre || (k > 0 && r[k] <= r[k - 1])) {
                            throw new IllegalArgumentException(
                                    "preByPost["
                                            + i
                                            + "] must hold strictly increasing indices in [0, "
                                            + nPre
                                            + "): "
                                            + java.util.Arrays.toString(r));
                        }
                    }
                    rows[i] = r.clone();
                }
                return rows;
            case FIXED_PROBABILITY:
            case DISTANCE:
                {
                    IntList row = new IntList(16);
                    double twoSigma2 = 2 * sigmaMm * sigmaMm;
                    for (int i = 0; i < nPost; i++) {
                        row.clear();
                        for (int j = 0; j < nPre; j++) {
                            if (same && !self && i == j) {
                                continue;
                            }
                            double p = probability;
                            if (kind == Kind.DISTANCE) {
                                double dx = post.xMm[i] - pre.xMm[j];
                                double dy = post.yMm[i] - pre.yMm[j];
                                p *= Math.exp(-(dx * dx + dy * dy) / twoSigma2);
                            }
                            if (rng.nextDouble() < p) {
                                row.add(j);
                            }
                        }
                        rows[i] = row.toArray();
                    }
                    return rows;
                }
            default:
                throw new IllegalStateException("dense connectivity has no sparse rows");
        }
    }
}
