package io.github.plasticity.rules;

import io.github.plasticity.core.TraceMode;
import java.util.Arrays;

/**
 * An independent, event-by-event reference computation of the triplet rule for one synapse in
 * double precision (no simulation clock): traces decay exactly between events, and at equal times
 * the presynaptic spike is processed first (SCIENCE.md Appendix A.3).
 */
final class TripletReference {
    private TripletReference() {}

    /**
     * The total weight change (no bounds) for the given spike times.
     *
     * @param p parameters
     * @param preMs presynaptic spike times (ms), increasing
     * @param postMs postsynaptic spike times (ms), increasing
     * @return the change (weight units)
     */
    static double change(TripletParameters p, double[] preMs, double[] postMs) {
        int n = preMs.length + postMs.length;
        double[] time = new double[n];
        boolean[] isPre = new boolean[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < preMs.length; k++) {
            time[k] = preMs[k];
            isPre[k] = true;
        }
        for (int k = 0; k < postMs.length; k++) {
            time[preMs.length + k] = postMs[k];
        }
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(
                order,
                (a, b) ->
                        time[a] != time[b]
                                ? Double.compare(time[a], time[b])
                                : Boolean.compare(!isPre[a], !isPre[b]));
        boolean nearest = p.traceMode() == TraceMode.NEAREST;
        double r1 = 0;
        double r2 = 0;
        double o1 = 0;
        double o2 = 0;
        double last = Double.NaN;
        double dw = 0;
        for (int e : order) {
            double t = time[e];
            if (!Double.isNaN(last)) {
                double d = t - last;
                r1 *= Math.exp(-d / p.tauPlusMs());
                r2 *= Math.exp(-d / p.tauXMs());
                o1 *= Math.exp(-d / p.tauMinusMs());
                o2 *= Math.exp(-d / p.tauYMs());
            }
            last = t;
            if (isPre[e]) {
                dw -= o1 * (p.a2Minus() + p.a3Minus() * r2);
                r1 = nearest ? 1 : r1 + 1;
                r2 = nearest ? 1 : r2 + 1;
            } else {
                dw += r1 * (p.a2Plus() + p.a3Plus() * o2);
                o1 = nearest ? 1 : o1 + 1;
                o2 = nearest ? 1 : o2 + 1;
            }
        }
        return dw;
    }

    /**
     * Spike times of a pairing protocol: {@code pairs} pairings at {@code frequencyHz}, the
     * presynaptic spike at {@code startMs + k / f}, the postsynaptic one {@code deltaTMs} later.
     *
     * @return {pre times, post times}
     */
    static double[][] pairing(double startMs, int pairs, double frequencyHz, double deltaTMs) {
        double period = 1000.0 / frequencyHz;
        double[] pre = new double[pairs];
        double[] post = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            pre[k] = startMs + k * period;
            post[k] = pre[k] + deltaTMs;
        }
        return new double[][] {pre, post};
    }
}
