package io.github.plasticity.rules.calcium;

import io.github.plasticity.core.internal.Args;

/**
 * A protocol-level simulator of one synapse under the Shouval, Bear &amp; Cooper (2002) rule (see
 * {@link ShouvalParameters}), written after folmez/CaDP-MatLab {@code CaDP.m} so that it reproduces
 * SCIENCE.md Appendix A.2 step for step:
 *
 * <ul>
 *   <li>forward Euler with step {@code dt}; at step {@code k} (time \( t_k = k\,dt \), {@code k =
 *       1..n}) a spike counts once \( t_{spike} &lt; t_k \);
 *   <li>\( V(t_k) = V_{rest} + \) the EPSPs of every counted presynaptic spike \( + \) the BPAP of
 *       the latest postsynaptic spike that has arrived (or the clamp potential in {@link
 *       #voltageClamp});
 *   <li>the NMDA current is driven by the most recent counted presynaptic spike only;
 *   <li>\( Ca_k = Ca_{k-1} + dt (I_{NMDA}(t_k) - Ca_{k-1}/\tau_{Ca}) \), then \( W_k = W_{k-1} +
 *       dt\, \eta(Ca_k)(\Omega(Ca_k) - \lambda W_{k-1}) \).
 * </ul>
 *
 * <p>Stateless and thread-safe; every call allocates only its result.
 */
public final class ShouvalProtocol {
    /** Initial weight of the protocols, \( W_0 = 0.25 \) = Ω(0) (Shouval et al. 2002). */
    public static final double INITIAL_WEIGHT = 0.25;

    /** Time step of the rate protocol of SCIENCE.md Appendix A.2 (ms): 1. */
    public static final double RATE_PROTOCOL_DT_MS = 1.0;

    /**
     * Pulses of the rate protocol (Dudek &amp; Bear 1992 low- and high-frequency stimulation, used
     * by Shouval et al. 2002 Fig. 3B): 900.
     */
    public static final int RATE_PROTOCOL_PULSES = 900;

    private ShouvalProtocol() {}

    /**
     * The outcome of a protocol.
     *
     * @param finalWeight W at the end (dimensionless)
     * @param weightRatio W at the end over W at the start (dimensionless)
     * @param peakCalciumUm the largest calcium reached (µM)
     * @param durationMs simulated duration (ms)
     */
    public record Result(
            double finalWeight, double weightRatio, double peakCalciumUm, double durationMs) {}

    /**
     * Time courses of a protocol, one value per step {@code k = 0..n} (index 0 is the initial
     * state).
     *
     * @param timeMs \( t_k \) (ms)
     * @param voltageMv depolarisation at the synapse (mV)
     * @param currentUmPerMs NMDA calcium current (µM/ms)
     * @param calciumUm calcium (µM)
     * @param weight W (dimensionless)
     */
    public record Trace(
            double[] timeMs,
            double[] voltageMv,
            double[] currentUmPerMs,
            double[] calciumUm,
            double[] weight) {}

    /**
     * The rate protocol of Shouval et al. (2002) Fig. 3B as specified in SCIENCE.md Appendix A.2:
     * {@code pulses} presynaptic spikes at {@code rateHz} (the first at 0 ms), no postsynaptic
     * spikes, \( dt = 1 \) ms, \( W_0 = 0.25 \), simulated for {@code pulses/rate + 1 s}. Use
     * parameters with a 10 mV EPSP ({@link ShouvalParameters#withEpspPeakMv}) for the paper's
     * curve.
     *
     * @param p the parameters
     * @param rateHz stimulation rate (Hz), &gt; 0 and finite
     * @param pulses number of presynaptic spikes, &gt;= 1
     * @return the outcome
     */
    public static Result presynapticTrain(ShouvalParameters p, double rateHz, int pulses) {
        double[] pre = regularTrain(rateHz, pulses);
        double duration = pulses * 1000.0 / rateHz + 1000.0;
        return simulate(p, pre, new double[0], duration, RATE_PROTOCOL_DT_MS, INITIAL_WEIGHT);
    }

    /**
     * Pairing presynaptic stimulation with a postsynaptic voltage clamp (Shouval et al. 2002 Fig.
     * 3A; folmez {@code CaDP('PPSwPVC', ...)}): the potential at the synapse is held at {@code
     * clampMv} (no EPSP, no BPAP), {@code pulses} presynaptic spikes at {@code rateHz}, \( dt = 1
     * \) ms, \( W_0 = 0.25 \), simulated for {@code pulses/rate + 1 s}.
     *
     * @param p the parameters
     * @param clampMv clamp potential (mV), finite
     * @param rateHz stimulation rate (Hz), &gt; 0 and finite
     * @param pulses number of presynaptic spikes, &gt;= 1
     * @return the outcome
     */
    public static Result voltageClamp(
            ShouvalParameters p, double clampMv, double rateHz, int pulses) {
        Args.finite("clampMv", clampMv, "mV");
        double[] pre = regularTrain(rateHz, pulses);
        double duration = pulses * 1000.0 / rateHz + 1000.0;
        int n = steps(duration, RATE_PROTOCOL_DT_MS);
        return run(p, pre, new double[0], n, RATE_PROTOCOL_DT_MS, INITIAL_WEIGHT, clampMv, null);
    }

    /**
     * Simulates arbitrary pre- and postsynaptic spike times.
     *
     * @param p the parameters
     * @param preTimesMs presynaptic spike times (ms), increasing; read
     * @param postTimesMs postsynaptic spike times (ms), increasing; read
     * @param durationMs duration (ms), &gt;= 0 and finite; {@code round(duration/dt)} steps are
     *     made
     * @param dtMs time step (ms), &gt; 0 and finite
     * @param initialWeight W at the start, finite and non-zero
     * @return the outcome
     */
    public static Result simulate(
            ShouvalParameters p,
            double[] preTimesMs,
            double[] postTimesMs,
            double durationMs,
            double dtMs,
            double initialWeight) {
        checkTimes("preTimesMs", preTimesMs);
        checkTimes("postTimesMs", postTimesMs);
        int n = steps(durationMs, dtMs);
        return run(p, preTimesMs, postTimesMs, n, dtMs, initialWeight, Double.NaN, null);
    }

    /**
     * Like {@link #simulate}, recording every step.
     *
     * @param p the parameters
     * @param preTimesMs presynaptic spike times (ms), increasing; read
     * @param postTimesMs postsynaptic spike times (ms), increasing; read
     * @param durationMs duration (ms), &gt;= 0 and finite
     * @param dtMs time step (ms), &gt; 0 and finite
     * @param initialWeight W at the start, finite and non-zero
     * @return the time courses
     */
    public static Trace trace(
            ShouvalParameters p,
            double[] preTimesMs,
            double[] postTimesMs,
            double durationMs,
            double dtMs,
            double initialWeight) {
        checkTimes("preTimesMs", preTimesMs);
        checkTimes("postTimesMs", postTimesMs);
        int n = steps(durationMs, dtMs);
        Trace t =
                new Trace(
                        new double[n + 1],
                        new double[n + 1],
                        new double[n + 1],
                        new double[n + 1],
                        new double[n + 1]);
        run(p, preTimesMs, postTimesMs, n, dtMs, initialWeight, Double.NaN, t);
        return t;
    }

    /**
     * Regular spike times {@code 0, 1000/rate, 2000/rate, ...} (ms).
     *
     * @param rateHz rate (Hz), &gt; 0 and finite
     * @param pulses number of spikes, &gt;= 1
     * @return the times (ms)
     */
    public static double[] regularTrain(double rateHz, int pulses) {
        Args.positive("rateHz", rateHz, "Hz");
        Args.atLeast("pulses", pulses, 1);
        double[] t = new double[pulses];
        double isi = 1000.0 / rateHz;
        for (int k = 0; k < pulses; k++) {
            t[k] = k * isi;
        }
        return t;
    }

    private static int steps(double durationMs, double dtMs) {
        Args.nonNegative("durationMs", durationMs, "ms");
        Args.positive("dtMs", dtMs, "ms");
        double n = Math.rint(durationMs / dtMs);
        if (n > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException(
                    "durationMs / dtMs must be < 2^31 steps: " + durationMs + " / " + dtMs);
        }
        return (int) n;
    }

    private static void checkTimes(String name, double[] t) {
        Args.notNull(name, t);
        for (int k = 0; k < t.length; k++) {
            Args.finite(name + "[" + k + "]", t[k], "ms");
            if (k > 0 && !(t[k] >= t[k - 1])) {
                throw new IllegalArgumentException(
                        name + " must be increasing (ms): " + t[k - 1] + " then " + t[k]);
            }
        }
    }

    private static Result run(
            ShouvalParameters p,
            double[] pre,
            double[] post,
            int n,
            double dt,
            double w0,
            double clampMv,
            Trace trace) {
        Args.notNull("parameters", p);
        Args.finite("initialWeight", w0, "dimensionless");
        if (w0 == 0) {
            throw new IllegalArgumentException("initialWeight must be non-zero: 0.0");
        }
        final boolean clamped = !Double.isNaN(clampMv);
        final double epspScale = p.epspPeakMv() / p.epspNorm();
        final double decD = Math.exp(-dt / p.epspTauDecayMs());
        final double decR = Math.exp(-dt / p.epspTauRiseMs());
        final double tauCa = p.tauCaMs();
        final double lambda = p.lambda();
        double epspD = 0;
        double epspR = 0;
        int nextPre = 0;
        int nextPost = 0;
        double lastPre = Double.NaN;
        double lastPost = Double.NaN;
        double ca = 0;
        double w = w0;
        double peak = 0;
        if (trace != null) {
            trace.voltageMv()[0] = clamped ? clampMv : p.vRestMv();
            trace.weight()[0] = w0;
        }
        for (int k = 1; k <= n; k++) {
            final double t = k * dt;
            epspD *= decD;
            epspR *= decR;
            while (nextPre < pre.length && pre[nextPre] < t) {
                double age = t - pre[nextPre];
                epspD += Math.exp(-age / p.epspTauDecayMs());
                epspR += Math.exp(-age / p.epspTauRiseMs());
                lastPre = pre[nextPre];
                nextPre++;
            }
            while (nextPost < post.length && post[nextPost] < t - p.bpapDelayMs()) {
                lastPost = post[nextPost];
                nextPost++;
            }
            double v;
            if (clamped) {
                v = clampMv;
            } else {
                v = p.vRestMv() + epspScale * (epspD - epspR);
                if (!Double.isNaN(lastPost)) {
                    v += p.bpapMv(t - lastPost);
                }
            }
            double current = 0;
            if (!Double.isNaN(lastPre)) {
                double age = t - lastPre;
                double gating =
                        p.nmdaFastFraction() * Math.exp(-age / p.nmdaTauFastMs())
                                + p.nmdaSlowFraction() * Math.exp(-age / p.nmdaTauSlowMs());
                current = gating * p.nmdaCurrentPerGating(v);
            }
            ca += dt * (current - ca / tauCa);
            w += dt * p.etaPerMs(ca) * (p.omega(ca) - lambda * w);
            peak = Math.max(peak, ca);
            if (trace != null) {
                trace.timeMs()[k] = t;
                trace.voltageMv()[k] = v;
                trace.currentUmPerMs()[k] = current;
                trace.calciumUm()[k] = ca;
                trace.weight()[k] = w;
            }
        }
        return new Result(w, w / w0, peak, n * dt);
    }
}
