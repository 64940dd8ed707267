package io.github.plasticity.maps.adaptation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plasticity.testkit.Seeded;
import io.github.plasticity.testkit.Tolerance;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The two-state model against SCIENCE.md section 6.3 and closed forms. */
class TwoStateModelTest {
    private static final TwoStateParameters SGS = TwoStateParameters.smithGhazizadehShadmehr2006();

    /** SCIENCE.md 6.3 [D] numbers are given to 3-4 digits; their stated tolerance is 1e-3. */
    private static final Tolerance SCIENCE = Tolerance.absolute(1e-3);

    /**
     * SCIENCE.md 6.3: under constant f = 1, x_inf = 0.5789 with x_f = 0.1579 and x_s = 0.4211; fast
     * only (B_s = 0): 0.2727 = B_f / (1 - A_f + B_f). Checked on the closed-form fixed point and on
     * a simulation of 20 000 trials (which converges to it: the slowest eigenvalue is 0.9938,
     * 0.9938^20000 < 1e-50).
     */
    @Test
    void asymptotesMatchScience() {
        TwoStateModel.State fp = SGS.fixedPoint(1.0);
        SCIENCE.check("x_inf", 0.5789, fp.output());
        SCIENCE.check("x_f inf", 0.1579, fp.fast());
        SCIENCE.check("x_s inf", 0.4211, fp.slow());
        TwoStateModel.State fastOnly = SGS.withBSlow(0).fixedPoint(1.0);
        SCIENCE.check("fast-only x_inf", 0.2727, fastOnly.output());
        assertEquals(0.0, fastOnly.slow());
        // closed forms exactly: 11/19 and 3/11
        Tolerance.relative(1e-12).check("x_inf = 11/19", 11.0 / 19.0, fp.output());
        Tolerance.relative(1e-12).check("fast only = 3/11", 3.0 / 11.0, fastOnly.output());

        TwoStateModel m = TwoStateModel.of(SGS);
        m.run(TrialType.PERTURBATION, 1.0, 20_000);
        Tolerance.relative(1e-12).check("simulated x_f", fp.fast(), m.state().fast());
        Tolerance.relative(1e-12).check("simulated x_s", fp.slow(), m.state().slow());
        assertTrue(SGS.isStable());
        assertTrue(SGS.isFastSlowOrdered());
    }

    /**
     * SCIENCE.md 6.3, with its convention: naive learning from x(1) = 0, x(n) the output on trial n
     * before its update, so x(10) follows 9 updates: x(10) = 0.206, x(30) = 0.331. Also x(2) = B_f
     * + B_s = 0.034 exactly (one update from zero with e = 1).
     */
    @Test
    void naiveLearningCurveMatchesScience() {
        Trajectory t = TwoStateModel.of(SGS).run(TrialType.PERTURBATION, 1.0, 30);
        assertEquals(0.0, t.outputAt(1));
        Tolerance.relative(1e-15).check("x(2)", 0.034, t.outputAt(2));
        SCIENCE.check("x(10)", 0.206, t.outputAt(10));
        SCIENCE.check("x(30)", 0.331, t.outputAt(30));
    }

    static LongStream seeds() {
        return Seeded.seeds(62006L, 20);
    }

    /**
     * Property: for random stable parameters, constant f and a random initial state, the simulated
     * states equal the closed form s(n) = s* + M^(n-1) (s(1) - s*), M = [[A_f - B_f, -B_f], [-B_s,
     * A_s - B_s]], with M^k from Sylvester's formula over its eigenvalues. Relative tolerance 1e-9
     * on the distance to the fixed point plus 1e-12 absolute (rounding of 300 recursions and of the
     * eigen-decomposition).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void trajectoryMatchesMatrixPowerClosedForm(long seed) {
        UniformRandomProvider rng = Seeded.rng(seed);
        TwoStateParameters p =
                new TwoStateParameters(
                        0.5 + 0.45 * rng.nextDouble(),
                        0.01 + 0.2 * rng.nextDouble(),
                        0.97 + 0.029 * rng.nextDouble(),
                        0.0005 + 0.01 * rng.nextDouble());
        double f = -2 + 4 * rng.nextDouble();
        TwoStateModel.State s1 =
                new TwoStateModel.State(rng.nextDouble() - 0.5, rng.nextDouble() - 0.5);
        String where = Seeded.describe(seed, p + ", f " + f + ", " + s1);
        assertTrue(p.isStable(), where);
        Trajectory t = TwoStateModel.of(p, s1).run(TrialType.PERTURBATION, f, 300);
        TwoStateModel.State star = p.fixedPoint(f);
        double m11 = p.aFast() - p.bFast();
        double m12 = -p.bFast();
        double m21 = -p.bSlow();
        double m22 = p.aSlow() - p.bSlow();
        double tr = m11 + m22;
        double det = m11 * m22 - m12 * m21;
        double root = Math.sqrt(tr * tr / 4 - det); // real: m12 m21 >= 0
        double l1 = tr / 2 + root;
        double l2 = tr / 2 - root;
        double d1 = s1.fast() - star.fast();
        double d2 = s1.slow() - star.slow();
        double[] fast = t.fast();
        double[] slow = t.slow();
        for (int n = 1; n <= 300; n++) {
            int k = n - 1;
            double p1 = Math.pow(l1, k);
            double p2 = Math.pow(l2, k);
            // M^k = (l1^k (M - l2 I) - l2^k (M - l1 I)) / (l1 - l2)
            double a11 = (p1 * (m11 - l2) - p2 * (m11 - l1)) / (l1 - l2);
            double a12 = (p1 * m12 - p2 * m12) / (l1 - l2);
            double a21 = (p1 * m21 - p2 * m21) / (l1 - l2);
            double a22 = (p1 * (m22 - l2) - p2 * (m22 - l1)) / (l1 - l2);
            double ef = star.fast() + a11 * d1 + a12 * d2;
            double es = star.slow() + a21 * d1 + a22 * d2;
            double scale = Math.abs(d1) + Math.abs(d2);
            Tolerance tol = Tolerance.absolute(1e-9 * scale + 1e-12);
            tol.check(where + ": x_f(" + n + ")", ef, fast[n - 1]);
            tol.check(where + ": x_s(" + n + ")", es, slow[n - 1]);
        }
    }

    /**
     * Error clamp and set break both only decay the states: x(n + k) = x_f A_f^k + x_s A_s^k
     * (closed form, relative 1e-12); the clamp records the output, the break marks it unobserved.
     */
    @Test
    void clampAndBreakOnlyDecay() {
        TwoStateModel.State s = new TwoStateModel.State(-0.3, 0.4);
        Trajectory clamp = TwoStateModel.of(SGS, s).run(TrialType.ERROR_CLAMP, Double.NaN, 50);
        Trajectory rest = TwoStateModel.of(SGS, s).run(TrialType.SET_BREAK, Double.NaN, 50);
        for (int n = 1; n <= 50; n++) {
            double expected = -0.3 * Math.pow(0.92, n - 1) + 0.4 * Math.pow(0.996, n - 1);
            Tolerance.relative(1e-12).check("clamp x(" + n + ")", expected, clamp.outputAt(n));
            assertEquals(clamp.outputAt(n), rest.outputAt(n));
            assertEquals(0.0, clamp.error()[n - 1]);
            assertTrue(Double.isNaN(rest.observedOutput()[n - 1]));
            assertEquals(clamp.outputAt(n), clamp.observedOutput()[n - 1]);
        }
        assertEquals(clamp.finalState(), rest.finalState());
    }

    /** A schedule mixing trial types equals the trial-by-trial calls; errors are f - x. */
    @Test
    void scheduleEqualsTrialByTrialCalls() {
        double[] f = {1, 1, 0.5, Double.NaN, -1, Double.NaN, 2};
        TrialType[] ty = {
            TrialType.PERTURBATION,
            TrialType.PERTURBATION,
            TrialType.PERTURBATION,
            TrialType.ERROR_CLAMP,
            TrialType.PERTURBATION,
            TrialType.SET_BREAK,
            TrialType.PERTURBATION
        };
        Trajectory t = TwoStateModel.of(SGS).run(f, ty);
        TwoStateModel m = TwoStateModel.of(SGS);
        double[] x = new double[7];
        x[0] = m.perturbationTrial(1);
        x[1] = m.perturbationTrial(1);
        x[2] = m.perturbationTrial(0.5);
        x[3] = m.errorClampTrial();
        x[4] = m.perturbationTrial(-1);
        x[5] = m.output();
        m.setBreakTrial();
        x[6] = m.perturbationTrial(2);
        assertArrayEquals(x, t.output());
        assertEquals(m.state(), t.finalState());
        assertEquals(0.5 - x[2], t.error()[2]);
        double[] sum = t.fast();
        for (int k = 0; k < 7; k++) {
            sum[k] += t.slow()[k];
        }
        assertArrayEquals(t.output(), sum);
        Trajectory part = t.slice(2, 5);
        assertEquals(3, part.trials());
        assertEquals(x[2], part.outputAt(1));
        assertEquals(t.fast()[5], part.finalState().fast());
    }

    /** washout-to-zero runs until the next output is at most 0 and refuses to run forever. */
    @Test
    void runUntilOutputAtMost() {
        TwoStateModel m = TwoStateModel.of(SGS);
        m.run(TrialType.PERTURBATION, 1.0, 400);
        Trajectory w = m.runUntilOutputAtMost(-1, 0, 1000);
        assertTrue(m.output() <= 0);
        for (double x : w.output()) {
            assertTrue(x > 0);
        }
        TwoStateModel frozen = TwoStateModel.of(new TwoStateParameters(0.5, 0, 0.5, 0));
        assertEquals(0, frozen.runUntilOutputAtMost(-1, 0, 10).trials());
        TwoStateModel deaf =
                TwoStateModel.of(
                        new TwoStateParameters(0.999, 0, 0.999, 0), new TwoStateModel.State(1, 0));
        assertThrows(IllegalStateException.class, () -> deaf.runUntilOutputAtMost(-1, 0, 10));
    }

    @Test
    void rejectsBadInput() {
        TwoStateModel m = TwoStateModel.of(SGS);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> m.perturbationTrial(bad));
            assertTrue(e.getMessage().startsWith("f must be finite"), e.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> m.run(new double[] {bad}, new TrialType[] {TrialType.PERTURBATION}));
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> m.run(new double[2], new TrialType[] {TrialType.PERTURBATION}));
        assertThrows(IllegalArgumentException.class, () -> m.run(TrialType.ERROR_CLAMP, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new TwoStateModel.State(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> TwoStateModel.of(null));
        Trajectory t = m.run(TrialType.PERTURBATION, 1, 3);
        assertThrows(IllegalArgumentException.class, () -> t.outputAt(0));
        assertThrows(IllegalArgumentException.class, () -> t.outputAt(4));
        assertEquals(0.0, m.run(TrialType.ERROR_CLAMP, Double.NaN, 0).trials());
    }
}
