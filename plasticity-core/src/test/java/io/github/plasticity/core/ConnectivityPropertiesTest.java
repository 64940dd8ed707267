package io.github.plasticity.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Connectivity builders and the sparse layout, over seeded random inputs. */
class ConnectivityPropertiesTest {
    static LongStream seeds() {
        return SeededInputs.seeds(20251129L, 25);
    }

    /** A built projection with its binding (to reach the transposed index). */
    private record Built(Projection projection, RuleBinding binding) {}

    private static Built build(
            Simulation sim, Population pre, Population post, Connectivity c, WeightInit init) {
        CapturingRule rule = new CapturingRule();
        Projection p = sim.connect(pre, post, c, init).withRule(rule);
        return new Built(p, rule.binding);
    }

    /**
     * The CSR rows and the transposed index describe the same synapse set: every (post, slot)
     * appears exactly once in the columns, each column entry points back to its presynaptic unit,
     * rows and columns are strictly increasing, and the counts agree with synapseCount.
     */
    static void checkLayout(Built b, String where) {
        RuleBinding rb = b.binding();
        int[][] rows = rb.preIndices();
        float[][] w = rb.weights();
        int nPre = rb.pre().size();
        int nPost = rb.post().size();
        assertEquals(nPost, rows.length, where);
        long total = 0;
        for (int i = 0; i < nPost; i++) {
            assertEquals(rows[i].length, w[i].length, where + " row " + i);
            assertArrayEquals(rows[i], b.projection().preIndicesCopy(i), where);
            for (int k = 0; k < rows[i].length; k++) {
                assertTrue(rows[i][k] >= 0 && rows[i][k] < nPre, where);
                assertTrue(k == 0 || rows[i][k] > rows[i][k - 1], where + " row " + i);
            }
            total += rows[i].length;
        }
        assertEquals(b.projection().synapseCount(), total, where);
        boolean[][] seen = new boolean[nPost][];
        for (int i = 0; i < nPost; i++) {
            seen[i] = new boolean[rows[i].length];
        }
        long columnTotal = 0;
        for (int j = 0; j < nPre; j++) {
            int[] posts = rb.columnPosts(j);
            int[] slots = rb.columnSlots(j);
            assertEquals(posts.length, slots.length, where);
            for (int e = 0; e < posts.length; e++) {
                assertTrue(e == 0 || posts[e] > posts[e - 1], where + " column " + j);
                assertEquals(j, rows[posts[e]][slots[e]], where + " column " + j);
                assertTrue(!seen[posts[e]][slots[e]], where + " synapse listed twice");
                seen[posts[e]][slots[e]] = true;
            }
            columnTotal += posts.length;
        }
        assertEquals(total, columnTotal, where + ": every synapse is in one column");
    }

    /**
     * Fixed probability: layout consistent; no self-connection onto the same population unless
     * asked; the synapse count is Binomial(pairs, p). Reference: that distribution's quantiles at a
     * two-sided false-failure probability of 1e-6 per seed (2.5e-5 over the 25 seeds).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void fixedProbabilityMatchesP(long seed) {
        UniformRandomProvider rng = SeededInputs.rng(seed);
        int nPre = 1 + rng.nextInt(60);
        int nPost = 1 + rng.nextInt(60);
        double p = rng.nextDouble();
        boolean recurrent = rng.nextBoolean();
        boolean self = rng.nextBoolean();
        String input =
                "nPre "
                        + nPre
                        + ", nPost "
                        + nPost
                        + ", p "
                        + p
                        + ", recurrent "
                        + recurrent
                        + ", self "
                        + self;
        String where = SeededInputs.describe(seed, input);
        try (Simulation sim = Simulation.builder().seed(rng.nextLong()).build()) {
            Population pre = sim.add(RateSource.of("pre", nPre, RateFunction.constant(1)));
            Population post =
                    recurrent
                            ? pre
                            : sim.add(
                                    RatePopulation.of(
                                            "post", nPost, 10, TransferFunction.linear()));
            Connectivity c = Connectivity.fixedProbability(p);
            if (self) {
                c = c.withSelfConnections();
            }
            Built b = build(sim, pre, post, c, WeightInit.uniform(0, 1));
            checkLayout(b, where);
            int pairs = pre.size() * post.size();
            if (recurrent && !self) {
                pairs -= pre.size();
                for (int i = 0; i < post.size(); i++) {
                    assertTrue(
                            java.util.Arrays.binarySearch(b.projection().preIndicesCopy(i), i) < 0,
                            where + ": self-connection of " + i);
                }
            }
            long count = b.projection().synapseCount();
            if (pairs == 0) {
                assertEquals(0, count, where);
                return;
            }
            BinomialDistribution d = BinomialDistribution.of(pairs, p);
            int lo = d.inverseCumulativeProbability(0.5e-6);
            int hi = d.inverseSurvivalProbability(0.5e-6);
            assertTrue(
                    count >= lo && count <= hi,
                    where + ": " + count + " synapses, outside [" + lo + ", " + hi + "]");
        }
    }

    /** p = 0 and p = 1 are exact: no synapse, every pair. */
    @Test
    void probabilityZeroAndOneAreExact() {
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", 7, RateFunction.constant(1)));
            Population b = sim.add(RateSource.of("b", 5, RateFunction.constant(1)));
            assertEquals(
                    0,
                    build(sim, a, b, Connectivity.fixedProbability(0), init())
                            .projection()
                            .synapseCount());
            Built all = build(sim, a, b, Connectivity.fixedProbability(1), init());
            assertEquals(35, all.projection().synapseCount());
            checkLayout(all, "p = 1");
        }
    }

    /**
     * Distance-dependent: each pair connects with p0 exp(-d^2 / 2 sigma^2). Units on a line 0.05 mm
     * apart; in each distance bin the count of connections is a sum of independent Bernoulli trials
     * whose mean is the sum of the pair probabilities. Reference: that mean, with Hoeffding's bound
     * |X - E X| <= sqrt(n ln(2/delta)/2) for the n pairs of the bin, delta = 1e-6 / bins per seed
     * (false-failure probability 1e-6 per seed). Also checks the fall-off: the empirical connection
     * probability decreases from bin to bin.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void distanceDependentFallsOffWithDistance(long seed) {
        UniformRandomProvider rng = SeededInputs.rng(seed);
        int n = 150;
        double sigma = 0.3 + 0.4 * rng.nextDouble();
        double p0 = 0.5 + 0.5 * rng.nextDouble();
        String where = SeededInputs.describe(seed, "sigma " + sigma + " mm, p0 " + p0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.05 * i;
        }
        int bins = 6;
        double binWidth = sigma * 0.5; // bins up to 3 sigma
        try (Simulation sim = Simulation.builder().seed(rng.nextLong()).build()) {
            Population pre =
                    sim.add(RateSource.of("pre", n, RateFunction.constant(1)).withPositions(x, y));
            Population post =
                    sim.add(
                            RatePopulation.of("post", n, 10, TransferFunction.linear())
                                    .withPositions(x, y));
            Built b = build(sim, pre, post, Connectivity.distanceDependent(p0, sigma), init());
            checkLayout(b, where);
            double[] expected = new double[bins];
            double[] observed = new double[bins];
            long[] pairs = new long[bins];
            int[][] rows = b.binding().preIndices();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double d = Math.abs(x[i] - x[j]);
                    int bin = (int) (d / binWidth);
                    if (bin >= bins) {
                        continue;
                    }
                    pairs[bin]++;
                    expected[bin] += p0 * Math.exp(-d * d / (2 * sigma * sigma));
                    if (java.util.Arrays.binarySearch(rows[i], j) >= 0) {
                        observed[bin]++;
                    }
                }
            }
            double delta = 1e-6 / bins;
            for (int k = 0; k < bins; k++) {
                double bound = Math.sqrt(pairs[k] * Math.log(2 / delta) / 2);
                assertTrue(
                        Math.abs(observed[k] - expected[k]) <= bound,
                        where
                                + ": bin "
                                + k
                                + " observed "
                                + observed[k]
                                + ", expected "
                                + expected[k]
                                + " +- "
                                + bound);
            }
            for (int k = 1; k < bins; k++) {
                assertTrue(
                        observed[k] / pairs[k] < observed[k - 1] / pairs[k - 1],
                        where + ": probability does not fall from bin " + (k - 1) + " to " + k);
            }
        }
    }

    /** One-to-one: row i holds exactly i; sizes must match. */
    @ParameterizedTest
    @MethodSource("seeds")
    void oneToOne(long seed) {
        int n = 1 + SeededInputs.rng(seed).nextInt(100);
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", n, RateFunction.constant(1)));
            Population b = sim.add(RatePopulation.of("b", n, 5, TransferFunction.linear()));
            Built built = build(sim, a, b, Connectivity.oneToOne(), init());
            checkLayout(built, SeededInputs.describe(seed, "n " + n));
            for (int i = 0; i < n; i++) {
                assertArrayEquals(new int[] {i}, built.projection().preIndicesCopy(i));
                assertArrayEquals(new int[] {i}, built.binding().columnPosts(i));
            }
            Population c = sim.add(RateSource.of("c", n + 1, RateFunction.constant(1)));
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> sim.connect(c, b, Connectivity.oneToOne(), init()));
            assertTrue(e.getMessage().contains("oneToOne"), e.getMessage());
        }
    }

    /** Explicit rows are kept as given, with their transposed index; weights follow them. */
    @ParameterizedTest
    @MethodSource("seeds")
    void explicitRowsAreKept(long seed) {
        UniformRandomProvider rng = SeededInputs.rng(seed);
        int nPre = 1 + rng.nextInt(40);
        int nPost = 1 + rng.nextInt(40);
        int[][] rows = new int[nPost][];
        for (int i = 0; i < nPost; i++) {
            java.util.List<Integer> r = new java.util.ArrayList<>();
            for (int j = 0; j < nPre; j++) {
                if (rng.nextDouble() < 0.3) {
                    r.add(j);
                }
            }
            rows[i] = r.stream().mapToInt(Integer::intValue).toArray();
        }
        String where = SeededInputs.describe(seed, java.util.Arrays.deepToString(rows));
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", nPre, RateFunction.constant(1)));
            Population b = sim.add(RatePopulation.of("b", nPost, 5, TransferFunction.linear()));
            Built built =
                    build(
                            sim,
                            a,
                            b,
                            Connectivity.explicit(rows),
                            (post, pre, r) -> 1000.0 * post + pre);
            checkLayout(built, where);
            for (int i = 0; i < nPost; i++) {
                assertArrayEquals(rows[i], built.projection().preIndicesCopy(i), where);
                for (int j : rows[i]) {
                    assertEquals(1000f * i + j, built.projection().weight(i, j), where);
                }
            }
        }
    }

    /** A dense projection keeps no transposed index; asking for it is an error, as documented. */
    @Test
    void denseHasNoTransposedIndex() {
        try (Simulation sim = Simulation.builder().build()) {
            Population a = sim.add(RateSource.of("a", 3, RateFunction.constant(1)));
            Population b = sim.add(RatePopulation.of("b", 2, 5, TransferFunction.linear()));
            Built built = build(sim, a, b, Connectivity.allToAll(), init());
            assertTrue(built.binding().isDense());
            assertEquals(6, built.projection().synapseCount());
            assertArrayEquals(new int[] {0, 1, 2}, built.binding().preIndices()[1]);
            assertThrows(IllegalStateException.class, () -> built.binding().columnPosts(0));
            assertThrows(IllegalStateException.class, () -> built.binding().columnSlots(0));
        }
    }

    private static WeightInit init() {
        return WeightInit.constant(0.5);
    }
}
