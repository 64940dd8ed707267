package io.github.plasticity.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A diagnostic, not the library: workload C written out in plain loops, Brian2's schedule step by
 * step (state update, threshold, pre pathway {@code ge += w; Apre += dApre; w = clip(w + Apost)},
 * post pathway {@code Apost += dApost; w = clip(w + Apre)}, reset), float64 weights, with either
 * Brian2's conductance-based neuron (Euler, as Brian2 integrates it) or the library's current-based
 * LIF ({@link io.github.plasticity.core.LifPopulation}'s exact current-based step, one unit of
 * conductance mapped to \( E_e - v_{reset} = 60 \) mV of current). The STDP code is the same for
 * both, so the difference between the two final weight distributions is the effect of the neuron
 * model alone; the conductance run checks the library's {@link StdpNetwork} in distribution.
 *
 * <p>{@code java -cp benchmarks.jar io.github.plasticity.bench.StdpNetworkReference
 * {conductance|current} [n] [nOut] [seconds] [seed]}.
 */
public final class StdpNetworkReference {
    private StdpNetworkReference() {}

    /**
     * Runs the network and returns {w mean, w std, fraction above 0.9 gmax, fraction below 0.1
     * gmax, output rate Hz, then the fractions of weights in ten bins of 0.1 gmax}, weights in
     * Brian2's units.
     *
     * @param conductance Brian2's conductance neuron (true) or the library's current-based LIF
     * @param n inputs
     * @param nOut neurons
     * @param seconds simulated time (s)
     * @param seed seed
     * @return the statistics
     */
    public static double[] run(boolean conductance, int n, int nOut, double seconds, long seed) {
        final double dt = 0.1;
        final double taum = 10.0;
        final double taue = 5.0;
        final double ee = 0.0;
        final double el = -74.0;
        final double vt = -54.0;
        final double vr = -60.0;
        final double gmax = StdpNetwork.GMAX;
        final double dApre = 0.01 * gmax;
        final double dApost = -1.05 * 0.01 * gmax;
        final double dTrace = Math.exp(-dt / 20.0);
        final double p = StdpNetwork.RATE_HZ * dt / 1000.0;
        // The library's exact current-based step (LifPopulation.attach/step).
        final double decayM = Math.exp(-dt / taum);
        final double decayS = Math.exp(-dt / taue);
        final double delta = dt * (taue - taum) / (taum * taue);
        final double synGain = (dt / taum) * decayM * (Math.expm1(delta) / delta);
        // The current-based variant maps a unit of conductance onto E_e - v_reset = 60 mV of
        // current.
        final double scale = conductance ? 1.0 : StdpNetwork.E_EXC_MV - StdpNetwork.V0_MV;

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] w = new double[nOut][n];
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble() * gmax;
            }
        }
        double[] v = new double[nOut];
        java.util.Arrays.fill(v, vr);
        double[] ge = new double[nOut];
        double[] apre = new double[n];
        double[] apost = new double[nOut];
        int[] preSp = new int[n];
        int[] postSp = new int[nOut];
        long steps = Math.round(seconds * 1000.0 / dt);
        long postCount = 0;
        for (long s = 0; s < steps; s++) {
            int np = 0;
            for (int j = 0; j < n; j++) {
                if (rng.nextDouble() < p) {
                    preSp[np++] = j;
                }
            }
            int nq = 0;
            for (int i = 0; i < nOut; i++) {
                if (conductance) {
                    double vi = v[i];
                    double g = ge[i];
                    v[i] = vi + dt * (g * (ee - vi) + el - vi) / taum;
                    ge[i] = g - dt * g / taue;
                    if (v[i] > vt) {
                        postSp[nq++] = i;
                    }
                } else {
                    double vi = el + (v[i] - el) * decayM + ge[i] * synGain;
                    ge[i] *= decayS;
                    v[i] = vi;
                    if (vi >= vt) {
                        postSp[nq++] = i;
                    }
                }
            }
            postCount += nq;
            for (int j = 0; j < n; j++) {
                apre[j] *= dTrace;
            }
            for (int i = 0; i < nOut; i++) {
                apost[i] *= dTrace;
            }
            for (int k = 0; k < np; k++) {
                int j = preSp[k];
                apre[j] += dApre;
                for (int i = 0; i < nOut; i++) {
                    ge[i] += w[i][j] * scale;
                    w[i][j] = Math.min(Math.max(w[i][j] + apost[i], 0.0), gmax);
                }
            }
            for (int k = 0; k < nq; k++) {
                int i = postSp[k];
                apost[i] += dApost;
                double[] row = w[i];
                for (int j = 0; j < n; j++) {
                    row[j] = Math.min(Math.max(row[j] + apre[j], 0.0), gmax);
                }
                v[i] = vr;
            }
        }
        double total = (double) n * nOut;
        double[] out = new double[15];
        double sum = 0;
        int above = 0;
        int below = 0;
        for (double[] row : w) {
            for (double x : row) {
                sum += x;
                above += x > 0.9 * gmax ? 1 : 0;
                below += x < 0.1 * gmax ? 1 : 0;
                out[5 + Math.min(9, (int) (x / gmax * 10.0))] += 1.0 / total;
            }
        }
        double mean = sum / total;
        double sum2 = 0;
        for (double[] row : w) {
            for (double x : row) {
                sum2 += (x - mean) * (x - mean);
            }
        }
        out[0] = mean;
        out[1] = Math.sqrt(sum2 / total);
        out[2] = above / total;
        out[3] = below / total;
        out[4] = postCount / (nOut * seconds);
        return out;
    }

    /**
     * Entry point.
     *
     * @param args {@code conductance} or {@code current}, then optional n (1000), nOut (n), seconds
     *     (10), seed (1)
     */
    public static void main(String[] args) {
        boolean conductance = args.length == 0 || !args[0].equals("current");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int nOut = args.length > 2 ? Integer.parseInt(args[2]) : n;
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 10.0;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        double[] r = run(conductance, n, nOut, seconds, seed);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(
                String.format(
                        Locale.ROOT,
                        "{\"kind\": \"reference_C\", \"neuron\": \"%s\", \"n\": %d, \"n_out\": %d,"
                                + " \"t_s\": %.3f, \"seed\": %d, \"w_mean\": %.8f, \"w_std\": %.8f,"
                                + " \"frac_above_0.9gmax\": %.6f, \"frac_below_0.1gmax\": %.6f,"
                                + " \"output_rate_hz\": %.4f}",
                        conductance ? "conductance" : "current",
                        n,
                        nOut,
                        seconds,
                        seed,
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        r[4]));
    }
}
