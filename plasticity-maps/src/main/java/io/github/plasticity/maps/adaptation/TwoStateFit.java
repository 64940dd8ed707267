package io.github.plasticity.maps.adaptation;

import io.github.plasticity.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits the four parameters of the two-state model to trial-by-trial outputs by least squares: the
 * sum over observed trials of \( (x_{model}(n) - x_{data}(n))^2 \), the model being run on the same
 * schedule (perturbations and trial types) from the naive state.
 *
 * <p>Method: Powell's BOBYQA (Apache Commons Math 3, bound-constrained, derivative-free) on the
 * transformed parameters \( \ln(1 - A_f), \ln B_f, \ln(1 - A_s), \ln B_s \), which puts retention
 * factors close to 1 and small learning rates on comparable scales; bounds \( 0 \le A \le 1 -
 * 10^{-5} \) and \( 10^{-6} \le B \le 1 \). Several starting points are tried and the best fit is
 * kept. The model is symmetric in its two processes, so the result is labelled with the process of
 * lower retention as the fast one ({@code aFast <= aSlow}). Parameter combinations for which the
 * model diverges score as a very large error.
 *
 * <p>Stateless and thread-safe.
 */
public final class TwoStateFit {
    private static final double MIN_ONE_MINUS_A = 1e-5;
    private static final double MIN_B = 1e-6;
    private static final double PENALTY = 1e100;

    private TwoStateFit() {}

    /**
     * The result of a fit.
     *
     * @param parameters the fitted parameters ({@code aFast <= aSlow})
     * @param sse sum of squared errors over the observed trials (perturbation units squared)
     * @param rmse root mean squared error (perturbation units)
     * @param observations number of observed trials used
     * @param evaluations model evaluations spent
     */
    public record Result(
            TwoStateParameters parameters,
            double sse,
            double rmse,
            int observations,
            int evaluations) {}

    /**
     * Fits with the default starting points (the published values and spread-out alternatives).
     *
     * @param perturbation {@code f} per trial (perturbation units); read
     * @param types trial types, same length; read
     * @param observed measured output per trial, same length; NaN marks an unobserved trial (set
     *     breaks always are); read
     * @return the best fit
     */
    public static Result fit(double[] perturbation, TrialType[] types, double[] observed) {
        List<TwoStateParameters> starts = new ArrayList<>();
        starts.add(TwoStateParameters.smithGhazizadehShadmehr2006());
        starts.add(new TwoStateParameters(0.8, 0.1, 0.99, 0.01));
        starts.add(new TwoStateParameters(0.95, 0.05, 0.999, 0.002));
        starts.add(new TwoStateParameters(0.6, 0.2, 0.98, 0.02));
        return fit(perturbation, types, observed, starts);
    }

    /**
     * Fits from the given starting points and keeps the best.
     *
     * @param perturbation {@code f} per trial (perturbation units); read
     * @param types trial types, same length; read
     * @param observed measured output per trial, same length, NaN when unobserved; read
     * @param starts starting points, at least one
     * @return the best fit
     */
    public static Result fit(
            double[] perturbation,
            TrialType[] types,
            double[] observed,
            List<TwoStateParameters> starts) {
        Args.notNull("perturbation", perturbation);
        Args.notNull("types", types);
        Args.notNull("observed", observed);
        Args.notNull("starts", starts);
        Args.length("types", types.length, perturbation.length);
        Args.length("observed", observed.length, perturbation.length);
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("starts must not be empty");
        }
        int nObs = 0;
        for (int k = 0; k < types.length; k++) {
            TrialType t = Args.notNull("types[" + k + "]", types[k]);
            if (t == TrialType.PERTURBATION) {
                Args.finite("perturbation[" + k + "]", perturbation[k], "perturbation units");
            }
            if (t != TrialType.SET_BREAK && !Double.isNaN(observed[k])) {
                Args.finite("observed[" + k + "]", observed[k], "perturbation units");
                nObs++;
            }
        }
        if (nObs < 4) {
            throw new IllegalArgumentException(
                    "observed must hold at least 4 observed trials to fit 4 parameters: " + nObs);
        }
        final double[] f = perturbation.clone();
        final TrialType[] ty = types.clone();
        final double[] obs = observed.clone();
        double[] lo = {
            Math.log(MIN_ONE_MINUS_A), Math.log(MIN_B), Math.log(MIN_ONE_MINUS_A), Math.log(MIN_B)
        };
        double[] hi = {0, 0, 0, 0};
        Result best = null;
        int evaluations = 0;
        for (TwoStateParameters s : starts) {
            Args.notNull("start", s);
            BOBYQAOptimizer opt = new BOBYQAOptimizer(9, 0.5, 1e-10);
            PointValuePair r =
                    opt.optimize(
                            new MaxEval(20_000),
                            new ObjectiveFunction(theta -> sse(fromTheta(theta), f, ty, obs)),
                            GoalType.MINIMIZE,
                            new InitialGuess(clamp(toTheta(s), lo, hi)),
                            new SimpleBounds(lo, hi));
            evaluations += opt.getEvaluations();
            double value = r.getValue();
            if (best == null || value < best.sse()) {
                TwoStateParameters p = ordered(fromTheta(r.getPoint()));
                best = new Result(p, value, Math.sqrt(value / nObs), nObs, 0);
            }
        }
        return new Result(best.parameters(), best.sse(), best.rmse(), nObs, evaluations);
    }

    /**
     * The sum of squared errors of a parameter set on a schedule (the fit's objective).
     *
     * @param p the parameters
     * @param perturbation {@code f} per trial; read
     * @param types trial types; read
     * @param observed measured outputs, NaN when unobserved; read
     * @return the SSE (perturbation units squared), or a very large value if the model diverges
     */
    public static double sse(
            TwoStateParameters p, double[] perturbation, TrialType[] types, double[] observed) {
        double af = p.aFast();
        double bf = p.bFast();
        double as = p.aSlow();
        double bs = p.bSlow();
        double xf = 0;
        double xs = 0;
        double sum = 0;
        for (int k = 0; k < types.length; k++) {
            double x = xf + xs;
            TrialType t = types[k];
            if (t != TrialType.SET_BREAK && !Double.isNaN(observed[k])) {
                double d = x - observed[k];
                sum += d * d;
            }
            double e = t == TrialType.PERTURBATION ? perturbation[k] - x : 0.0;
            xf = af * xf + bf * e;
            xs = as * xs + bs * e;
        }
        return sum < PENALTY ? sum : PENALTY;
    }

    private static double[] toTheta(TwoStateParameters p) {
        return new double[] {
            Math.log(Math.max(1 - p.aFast(), MIN_ONE_MINUS_A)),
            Math.log(Math.max(p.bFast(), MIN_B)),
            Math.log(Math.max(1 - p.aSlow(), MIN_ONE_MINUS_A)),
            Math.log(Math.max(p.bSlow(), MIN_B))
        };
    }

    private static TwoStateParameters fromTheta(double[] t) {
        return new TwoStateParameters(
                1 - Math.exp(t[0]), Math.exp(t[1]), 1 - Math.exp(t[2]), Math.exp(t[3]));
    }

    private static double[] clamp(double[] t, double[] lo, double[] hi) {
        double[] c = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            c[i] = Math.min(hi[i], Math.max(lo[i], t[i]));
        }
        return c;
    }

    private static TwoStateParameters ordered(TwoStateParameters p) {
        return p.aFast() <= p.aSlow()
                ? p
                : new TwoStateParameters(p.aSlow(), p.bSlow(), p.aFast(), p.bFast());
    }
}
