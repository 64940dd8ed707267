package io.github.plasticity.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.plasticity.bench.Workloads.DenseRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layout-study kernels compute what the library's Hebbian rule computes: starting from the
 * library's weights and rates after one step, k more steps of each kernel give the library's
 * weights after k more steps, bit for bit (same float arithmetic in the same order).
 */
class LayoutKernelsTest {
    private static final int N = 37;
    private static final int STEPS = 25;

    @ParameterizedTest
    @EnumSource(DenseRule.class)
    void kernelsMatchTheLibraryBitForBit(DenseRule form) {
        try (Simulation sim = Workloads.denseRate(N, 1, form, Workloads.hebbian(form))) {
            Projection p = sim.projections().get(0);
            sim.step();
            float[] w0 = p.weightsCopy();
            double[] pre = p.pre().ratesCopy();
            double[] post = p.post().ratesCopy();
            sim.steps(STEPS);
            float[] expected = p.weightsCopy();

            double eta = Workloads.ETA_PER_STEP / Workloads.DT_MS;
            boolean dc = form == DenseRule.DECAY_CLAMP;
            double decay = dc ? Workloads.DECAY_PER_STEP / Workloads.DT_MS : 0.0;
            float lo = dc ? 0f : Float.NEGATIVE_INFINITY;
            float hi = dc ? (float) Workloads.WMAX : Float.POSITIVE_INFINITY;
            double dt = Workloads.DT_MS;

            float[][] rows = toRows(w0);
            float[][] rowsOld = toRows(w0);
            float[] flat = w0.clone();
            float[] preF = new float[N];
            for (int s = 0; s < STEPS; s++) {
                LayoutKernels.toFloat(pre, preF);
                LayoutKernels.rows(rows, preF, post, eta, decay, dt, lo, hi);
                LayoutKernels.flat(flat, N, preF, post, eta, decay, dt, lo, hi);
                LayoutKernels.rowsBeforeFix(rowsOld, pre, post, eta, decay, dt, lo, hi);
            }
            assertArrayEquals(expected, flatten(rows), "rows");
            assertArrayEquals(expected, flat, "flat");
            assertArrayEquals(expected, flatten(rowsOld), "rows before the perf change");
        }
    }

    @ParameterizedTest
    @EnumSource(DenseRule.class)
    void twoThreadsGiveTheSameWeightsAsOne(DenseRule form) {
        float[] one;
        try (Simulation sim = Workloads.denseRate(N, 1, form, Workloads.hebbian(form))) {
            sim.steps(STEPS);
            one = sim.projections().get(0).weightsCopy();
        }
        try (Simulation sim = Workloads.denseRate(N, 2, form, Workloads.hebbian(form))) {
            sim.steps(STEPS);
            assertArrayEquals(one, sim.projections().get(0).weightsCopy());
        }
    }

    @ParameterizedTest
    @EnumSource(DenseRule.class)
    void benchmarkStateStepsTheLibraryNetwork(DenseRule form) {
        DenseHebbianBenchmark b = new DenseHebbianBenchmark();
        b.n = 16;
        b.threads = 2;
        b.rule = form;
        b.setUp();
        try {
            assertEquals(1L, b.step());
            assertEquals(256L, b.simulation().projections().get(0).synapseCount());
        } finally {
            b.tearDown();
        }
    }

    private static float[][] toRows(float[] w) {
        float[][] r = new float[N][N];
        for (int i = 0; i < N; i++) {
            System.arraycopy(w, i * N, r[i], 0, N);
        }
        return r;
    }

    private static float[] flatten(float[][] r) {
        float[] out = new float[N * N];
        for (int i = 0; i < N; i++) {
            System.arraycopy(r[i], 0, out, i * N, N);
        }
        return out;
    }
}
