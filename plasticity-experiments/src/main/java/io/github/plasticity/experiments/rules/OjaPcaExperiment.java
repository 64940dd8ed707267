package io.github.plasticity.experiments.rules;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.experiments.Csv;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.experiments.ExperimentResult;
import io.github.plasticity.experiments.Figures;
import io.github.plasticity.experiments.Group;
import io.github.plasticity.experiments.Metric;
import io.github.plasticity.rules.Oja;
import io.github.plasticity.rules.OjaParameters;
import io.github.plasticity.rules.PostActivity;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * {@code oja-pca}: Oja's rule extracts the first principal component (SCIENCE.md §3, check C3.1).
 *
 * <p>Zero-mean Gaussian inputs with covariance C = [[3, 1], [1, 2]] drive one linear unit, one
 * sample per 1 ms step, through Oja's rule with eta = 0.002 per sample and y = w.x of the same
 * sample ({@link PostActivity#WEIGHTED_SUM}). Signed inputs are the rates of a linear {@link
 * RatePopulation} with a 1 µs time constant, set as external input each step. The weight vector is
 * compared with the principal eigenvector of C computed with EJML, and with the averaged ODE dw/dt
 * = Cw - (w'Cw)w integrated (RK4) from the same start on the time axis eta x samples.
 */
public final class OjaPcaExperiment implements Experiment {
    private static final double[][] C = {{3, 1}, {1, 2}};

    @Override
    public String name() {
        return "oja-pca";
    }

    @Override
    public Group group() {
        return Group.RULES;
    }

    @Override
    public String description() {
        return "Oja's rule converges to the unit-norm principal eigenvector of the input covariance";
    }

    @Override
    public String reference() {
        return "Oja E (1982) J Math Biol 15:267; Oja E (2008) Scholarpedia 3(3):3612; SCIENCE.md C3.1";
    }

    @Override
    public Map<String, String> parameters() {
        return Experiment.parameterList(
                "eta",
                "Oja learning rate; 0.002",
                "samples",
                "input samples; 200000, --full 1000000");
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws Exception {
        double eta = ctx.param("eta", 0.002);
        int samples = ctx.intParam("samples", ctx.full() ? 1_000_000 : 200_000);
        int every = Math.max(1, samples / 1000);

        double[] pc = principal(C);
        double lambda1 = pc[0];
        double e1 = pc[1];
        double e2 = pc[2];
        double l11 = Math.sqrt(C[0][0]);
        double l21 = C[1][0] / l11;
        double l22 = Math.sqrt(C[1][1] - l21 * l21);

        int rows = samples / every + 1;
        double[] n = new double[rows];
        double[] w1 = new double[rows];
        double[] w2 = new double[rows];
        double[] norm = new double[rows];
        double[] cos = new double[rows];
        int scatter = 1500;
        double[] sx = new double[scatter];
        double[] sy = new double[scatter];
        try (Simulation sim =
                Simulation.builder().dtMs(1.0).seed(ctx.seed()).threads(ctx.threads()).build()) {
            RatePopulation x = sim.add(RatePopulation.of("x", 2, 1e-3, TransferFunction.linear()));
            RatePopulation y = sim.add(RatePopulation.of("y", 1, 1e-3, TransferFunction.linear()));
            Projection p =
                    sim.connect(x, y, Connectivity.allToAll(), WeightInit.uniform(-0.5, 0.5))
                            .withRule(
                                    Oja.of(new OjaParameters(eta))
                                            .withPostActivity(PostActivity.WEIGHTED_SUM));
            ZigguratSampler.NormalizedGaussian g =
                    ZigguratSampler.NormalizedGaussian.of(sim.stream("samples"));
            double[] sample = new double[2];
            int r = 0;
            record(p, e1, e2, 0, r++, n, w1, w2, norm, cos);
            for (int k = 1; k <= samples; k++) {
                double z1 = g.sample();
                double z2 = g.sample();
                sample[0] = l11 * z1;
                sample[1] = l21 * z1 + l22 * z2;
                if (k <= scatter) {
                    sx[k - 1] = sample[0];
                    sy[k - 1] = sample[1];
                }
                x.setExternalInput(sample);
                sim.step();
                if (k % every == 0 && r < rows) {
                    record(p, e1, e2, k, r++, n, w1, w2, norm, cos);
                }
                if (k % 10_000 == 0) {
                    ctx.progress((double) k / samples);
                }
            }
        }

        // the averaged ODE from the same start, on the time axis eta * samples
        double[] ode1 = new double[rows];
        double[] ode2 = new double[rows];
        double[] w = {w1[0], w2[0]};
        double h = eta * every / 10.0;
        ode1[0] = w[0];
        ode2[0] = w[1];
        for (int r = 1; r < rows; r++) {
            for (int s = 0; s < 10; s++) {
                rk4(w, h);
            }
            ode1[r] = w[0];
            ode2[r] = w[1];
        }
        // the ODE run to convergence (t = 50, far beyond 1/(λ1 - λ2) = 0.45)
        double[] wc = {w1[0], w2[0]};
        for (int s = 0; s < 5000; s++) {
            rk4(wc, 0.01);
        }
        double sign = Math.signum(wc[0] * e1 + wc[1] * e2);
        double odeError = Math.max(Math.abs(wc[0] - sign * e1), Math.abs(wc[1] - sign * e2));

        int last = rows - 1;
        double finalNorm = norm[last];
        double finalCos = cos[last];
        double wx = w1[last];
        double wy = w2[last];
        double rayleigh =
                (wx * (C[0][0] * wx + C[0][1] * wy) + wy * (C[1][0] * wx + C[1][1] * wy))
                        / (wx * wx + wy * wy);

        ExperimentResult result = new ExperimentResult();
        result.file(
                Csv.write(
                        ctx.outDir().resolve("oja-pca.csv"),
                        new String[] {
                            "sample", "w1", "w2", "norm", "abs_cos_e_max", "ode_w1", "ode_w2"
                        },
                        n,
                        w1,
                        w2,
                        norm,
                        cos,
                        ode1,
                        ode2));
        double sgn = Math.signum(wx * e1 + wy * e2);
        double[] nk = new double[rows];
        for (int r = 0; r < rows; r++) {
            nk[r] = n[r] / 1000.0;
        }
        result.figure(
                Figures.line(
                                "Oja's rule, C = [[3,1],[1,2]], eta = " + eta,
                                "samples (thousands; 1 per ms)",
                                "weight (dimensionless)")
                        .series("w1", nk, w1)
                        .series("w2", nk, w2)
                        .series("w1, averaged ODE", nk, ode1)
                        .series("w2, averaged ODE", nk, ode2)
                        .series("e_max[1]", new double[] {0, nk[last]}, constant(sgn * e1))
                        .series("e_max[2]", new double[] {0, nk[last]}, constant(sgn * e2))
                        .series("|w|", nk, norm)
                        .write(ctx.outDir().resolve("oja-pca-weights.png")));
        double len = 3 * Math.sqrt(lambda1);
        result.figure(
                Figures.line("Input samples and the learned weight vector", "x1 (Hz)", "x2 (Hz)")
                        .points("input samples", sx, sy)
                        .series(
                                "±e_max (EJML) x 3 sqrt(lambda_max)",
                                new double[] {-len * e1, len * e1},
                                new double[] {-len * e2, len * e2})
                        .series(
                                "learned w x 3 sqrt(lambda_max)",
                                new double[] {0, len * wx},
                                new double[] {0, len * wy})
                        .write(ctx.outDir().resolve("oja-pca-samples.png")));

        String src = "SCIENCE.md C3.1 [D]; Oja 1982 (|w| -> 1, w -> ±e_max)";
        result.metric(Metric.within("|w| final", finalNorm, "", 1.0, 0.01, src));
        result.metric(
                Metric.criterion(
                        "|cos(w, e_max)| final", finalCos, "", "> 0.99", finalCos > 0.99, src));
        result.metric(
                Metric.within(
                        "lambda_max of C (EJML)",
                        lambda1,
                        "Hz^2",
                        3.6180,
                        5e-5,
                        "SCIENCE.md C3.1; closed form (5 + sqrt 5)/2"));
        result.metric(
                Metric.within(
                        "variance along w, w'Cw/|w|^2",
                        rayleigh,
                        "Hz^2",
                        lambda1,
                        0.05,
                        "the principal component captures lambda_max (Oja 1982); ±0.05 = |cos| > 0.99"));
        result.metric(
                Metric.within(
                        "averaged ODE distance to ±e_max (t = 50)",
                        odeError,
                        "",
                        0.0,
                        1e-6,
                        "SCIENCE.md C3.1 deterministic check"));
        return result;
    }

    private static double[] constant(double v) {
        return new double[] {v, v};
    }

    private static void record(
            Projection p,
            double e1,
            double e2,
            int k,
            int r,
            double[] n,
            double[] w1,
            double[] w2,
            double[] norm,
            double[] cos) {
        double a = p.weight(0, 0);
        double b = p.weight(0, 1);
        n[r] = k;
        w1[r] = a;
        w2[r] = b;
        norm[r] = Math.hypot(a, b);
        cos[r] = Math.abs(a * e1 + b * e2) / norm[r];
    }

    private static void flow(double[] w, double[] out) {
        double cw0 = C[0][0] * w[0] + C[0][1] * w[1];
        double cw1 = C[1][0] * w[0] + C[1][1] * w[1];
        double q = w[0] * cw0 + w[1] * cw1;
        out[0] = cw0 - q * w[0];
        out[1] = cw1 - q * w[1];
    }

    private static void rk4(double[] w, double h) {
        double[] k1 = new double[2];
        double[] k2 = new double[2];
        double[] k3 = new double[2];
        double[] k4 = new double[2];
        double[] t = new double[2];
        flow(w, k1);
        t[0] = w[0] + 0.5 * h * k1[0];
        t[1] = w[1] + 0.5 * h * k1[1];
        flow(t, k2);
        t[0] = w[0] + 0.5 * h * k2[0];
        t[1] = w[1] + 0.5 * h * k2[1];
        flow(t, k3);
        t[0] = w[0] + h * k3[0];
        t[1] = w[1] + h * k3[1];
        flow(t, k4);
        for (int i = 0; i < 2; i++) {
            w[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    /** Largest eigenvalue and its unit eigenvector (EJML symmetric eigen-decomposition). */
    static double[] principal(double[][] c) {
        DMatrixRMaj m = new DMatrixRMaj(c);
        EigenDecomposition_F64<DMatrixRMaj> eig =
                DecompositionFactory_DDRM.eig(c.length, true, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("eigen-decomposition failed");
        }
        int best = 0;
        for (int k = 1; k < eig.getNumberOfEigenvalues(); k++) {
            if (eig.getEigenvalue(k).real > eig.getEigenvalue(best).real) {
                best = k;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double norm = Math.hypot(v.get(0), v.get(1));
        return new double[] {eig.getEigenvalue(best).real, v.get(0) / norm, v.get(1) / norm};
    }
}
