package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.TraceMode;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.WeightMonitor;
import io.github.plasticity.rules.StdpParameters.WeightDependence;
import io.github.plasticity.testkit.Tolerance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Weight trajectories against Brian2 2.5.1 (float64), from the CSV files in {@code
 * src/test/resources/brian2} (how they were made: README.md there). Our weights are float32, so the
 * tolerances are float rounding bounds: each update rounds the weight by at most half an ulp, so
 * after {@code n} updates the difference is at most \( n \cdot 2^{-24} \max|w| \) (plus the float
 * rounding of per-step constants where stated).
 */
class Brian2CrossCheckTest {
    private static final double DT = 0.1;

    /** A CSV table: column name to values, in file order. */
    private static Map<String, double[]> readCsv(String resource) throws IOException {
        InputStream in = Brian2CrossCheckTest.class.getResourceAsStream("/brian2/" + resource);
        assertNotNull(in, "missing resource brian2/" + resource);
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        assertNotNull(header, resource + " has no header");
        Map<String, double[]> table = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] col = new double[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                col[k] = parse(rows.get(k)[c]);
            }
            table.put(header[c], col);
        }
        return table;
    }

    /** Numbers, or the category columns of small tables mapped to codes. */
    private static double parse(String cell) {
        switch (cell) {
            case "pre":
                return 0;
            case "post":
                return 1;
            case "additive":
                return 0;
            case "nearest":
                return 1;
            case "multiplicative":
                return 2;
            case "triplet":
                return 3;
            default:
                return Double.parseDouble(cell);
        }
    }

    private static double[][] spikeTimes(Map<String, double[]> spikes, int population, int n) {
        double[] pop = spikes.get("population");
        double[] unit = spikes.get("unit");
        double[] step = spikes.get("step");
        List<List<Double>> t = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            t.add(new ArrayList<>());
        }
        for (int k = 0; k < pop.length; k++) {
            if (pop[k] == population) {
                t.get((int) unit[k]).add(step[k] * DT);
            }
        }
        double[][] out = new double[n][];
        for (int u = 0; u < n; u++) {
            out[u] = t.get(u).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return out;
    }

    private static final class Variant {
        final String name;
        final LearningRule rule;
        final WeightBounds bounds;
        Projection projection;
        WeightMonitor monitor;

        Variant(String name, LearningRule rule, WeightBounds bounds) {
            this.name = name;
            this.rule = rule;
            this.bounds = bounds;
        }
    }

    /** The STDP variants compared, in the order of pair_stdp_initial.csv's variant codes. */
    static final String[] STDP_VARIANTS = {"additive", "nearest", "multiplicative", "triplet"};

    /**
     * Tolerances: at most ~200 updates per synapse, so 200 x 2^-24 x max|w|: 1.2e-7 for weights up
     * to gmax = 0.01 (1.2e-5 gmax), 2.4e-5 for triplet weights up to 2.
     */
    static final double[] STDP_TOLERANCES = {1.2e-7, 1.2e-7, 1.2e-7, 2.4e-5};

    /**
     * Runs the four STDP variants on Brian2's spike trains and returns, per variant, the largest
     * |ours - Brian2| over every synapse and every step in which Brian2 changed a weight.
     */
    static double[] stdpMaxDifferences() throws IOException {
        Map<String, double[]> spikes = readCsv("pair_stdp_spikes.csv");
        Map<String, double[]> initial = readCsv("pair_stdp_initial.csv");
        Map<String, double[]> brian = readCsv("pair_stdp_weights.csv");
        StdpParameters b2 = StdpParameters.brian2Example();
        WeightBounds gmax = WeightBounds.hard(0, 0.01);
        List<Variant> variants =
                List.of(
                        new Variant("additive", PairStdp.of(b2).named("additive"), gmax),
                        new Variant(
                                "nearest",
                                PairStdp.of(b2.withTraceMode(TraceMode.NEAREST)).named("nearest"),
                                gmax),
                        new Variant(
                                "multiplicative",
                                PairStdp.of(
                                                b2.withWeightDependence(
                                                        WeightDependence.MULTIPLICATIVE))
                                        .named("multiplicative"),
                                gmax),
                        new Variant(
                                "triplet",
                                TripletStdp.of(TripletParameters.visualCortexAllToAll()),
                                WeightBounds.hard(0, 2)));
        double[] steps = brian.get("step");
        long lastStep = (long) steps[steps.length - 1];
        double[] max = new double[variants.size()];
        try (Simulation sim = Simulation.builder().dtMs(DT).seed(1).build()) {
            Population pre = sim.add(SpikeTimeSource.of("pre", spikeTimes(spikes, 0, 3)));
            Population post = sim.add(SpikeTimeSource.of("post", spikeTimes(spikes, 1, 2)));
            double[] vIdx = initial.get("variant");
            for (int v = 0; v < variants.size(); v++) {
                Variant var = variants.get(v);
                var.projection =
                        sim.connect(
                                        var.name,
                                        pre,
                                        post,
                                        Connectivity.allToAll(),
                                        WeightInit.constant(0))
                                .withBounds(var.bounds)
                                .withRule(var.rule);
                int set = 0;
                for (int k = 0; k < vIdx.length; k++) {
                    if (vIdx[k] == v) {
                        var.projection.setWeight(
                                (int) initial.get("post")[k],
                                (int) initial.get("pre")[k],
                                initial.get("w0")[k]);
                        set++;
                    }
                }
                assertEquals(6, set, var.name + " initial weights");
                var.monitor = sim.monitor(Monitors.weights(var.projection));
            }
            sim.steps(lastStep + 1);
            for (int v = 0; v < variants.size(); v++) {
                Variant var = variants.get(v);
                float[][] ours = var.monitor.values();
                for (int post1 = 0; post1 < 2; post1++) {
                    for (int pre1 = 0; pre1 < 3; pre1++) {
                        double[] ref = brian.get(var.name + "_pre" + pre1 + "_post" + post1);
                        assertNotNull(ref, var.name + " " + pre1 + "->" + post1);
                        for (int r = 0; r < steps.length; r++) {
                            double d = Math.abs(ours[(int) steps[r]][post1 * 3 + pre1] - ref[r]);
                            max[v] = Math.max(max[v], d);
                        }
                    }
                }
            }
        }
        assertTrue(steps.length > 200, "Brian2 rows: " + steps.length);
        return max;
    }

    /**
     * Pair STDP (additive = Brian2's STDP example, nearest-spike, multiplicative) and triplet STDP
     * on 3 pre x 2 post spike generators with the same fixed trains over 1 s, at every step in
     * which Brian2 changed a weight, including pairs in one step, pairs one step apart and runs
     * clipped at both bounds.
     */
    @Test
    void stdpTrajectoriesMatchBrian2() throws IOException {
        double[] max = stdpMaxDifferences();
        for (int v = 0; v < max.length; v++) {
            Tolerance.absolute(STDP_TOLERANCES[v])
                    .check(STDP_VARIANTS[v] + ": max |ours - Brian2|", 0.0, max[v]);
        }
    }

    /**
     * Runs the rate Hebbian rule, plain and with decay and clip, on Brian2's set-up and returns the
     * largest |ours - Brian2| of each over all synapses and samples.
     */
    static double[] rateHebbianMaxDifferences() throws IOException {
        Map<String, double[]> brian = readCsv("rate_hebbian.csv");
        double[] rPre = {0.05, 0.3, 0.55, 0.8, 0.95};
        double[] rPost = {0.1, 0.45, 0.7, 0.9};
        double etaA = 1e-4;
        double etaB = 2e-3;
        double decay = 1e-3;
        String[] names = {"plain", "decayclip"};
        double[] max = new double[2];
        try (Simulation sim = Simulation.builder().dtMs(DT).seed(1).build()) {
            RateSource pre = sim.add(RateSource.of("pre", 5, RateFunction.perUnit(rPre)));
            RateSource post = sim.add(RateSource.of("post", 4, RateFunction.perUnit(rPost)));
            Projection plain =
                    sim.connect("plain", pre, post, Connectivity.allToAll(), WeightInit.constant(0))
                            .withRule(Hebbian.rate(new HebbianParameters(etaA / DT, 0.0)));
            Projection clipped =
                    sim.connect(
                                    "decayclip",
                                    pre,
                                    post,
                                    Connectivity.allToAll(),
                                    WeightInit.constant(0))
                            .withBounds(WeightBounds.hard(0, 1))
                            .withRule(Hebbian.rate(new HebbianParameters(etaB / DT, decay / DT)));
            Projection[] projections = {plain, clipped};
            for (int v = 0; v < 2; v++) {
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 5; j++) {
                        projections[v].setWeight(
                                i, j, brian.get(names[v] + "_pre" + j + "_post" + i)[0]);
                    }
                }
            }
            // Brian2 recorded w at the end of steps 0, 100, 200, ... (0-based): read ours after
            // exactly the same number of steps, step + 1.
            double[] steps = brian.get("step");
            float[][][] sampled = new float[2][steps.length - 1][];
            long done = 0;
            for (int r = 1; r < steps.length; r++) {
                long target = Math.round(steps[r]) + 1;
                sim.steps(target - done);
                done = target;
                for (int v = 0; v < 2; v++) {
                    sampled[v][r - 1] = projections[v].weightsCopy();
                }
            }
            for (int v = 0; v < 2; v++) {
                float[][] ours = sampled[v];
                for (int r = 1; r < steps.length; r++) {
                    int sample = r - 1;
                    for (int i = 0; i < 4; i++) {
                        for (int j = 0; j < 5; j++) {
                            double ref = brian.get(names[v] + "_pre" + j + "_post" + i)[r];
                            max[v] = Math.max(max[v], Math.abs(ours[sample][i * 5 + j] - ref));
                        }
                    }
                }
            }
            // The clip acts: the fastest-growing synapse sits at wmax = 1 in both simulators.
            assertEquals(1.0, brian.get("decayclip_pre4_post3")[steps.length - 1]);
            assertEquals(1.0f, clipped.weight(3, 4));
        }
        return max;
    }

    /**
     * Rate Hebbian, plain and with decay and clip, against Brian2's {@code run_regularly} form
     * (PEER-WORKLOADS.md B) on 5 x 4 units over 2000 steps. Tolerance 1e-4: per-step rounding of
     * float32 weights below 1 adds at most 2000 x 2^-25 = 6e-5, and rounding 1 - decay = 0.999 to
     * float (error below 2^-25 = 3e-8, i.e. 3e-5 of decay) moves the decaying trajectory by at most
     * 3e-5 of its distance to the fixed point.
     */
    @Test
    void rateHebbianTrajectoriesMatchBrian2() throws IOException {
        double[] max = rateHebbianMaxDifferences();
        Tolerance.absolute(1e-4).check("plain: max |ours - Brian2|", 0.0, max[0]);
        Tolerance.absolute(1e-4).check("decay+clip: max |ours - Brian2|", 0.0, max[1]);
    }
}
