package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * Leaky integrate-and-fire units with exponential current synapses (see {@link LifParameters}), or,
 * built with {@link #conductanceBased}, with exponential excitatory conductances.
 *
 * <p><b>Current-based</b> (default, {@link #of}).
 *
 * <p>The subthreshold step is integrated exactly for input held constant over the step: with \(
 * v_\infty = v_{rest} + I_{ext} \) and \( A = I_{syn}\,\tau_{syn}/(\tau_{syn} - \tau_m) \), \( v
 * \leftarrow v_\infty + (v - v_\infty) e^{-dt/\tau_m} + A (e^{-dt/\tau_{syn}} - e^{-dt/\tau_m}) \)
 * (the limit \( I_{syn} (dt/\tau_m) e^{-dt/\tau_m} \) when the time constants are equal; the
 * coefficient is computed with {@code expm1} so that it stays accurate when they are close). A
 * spike is detected at the end of the step in which {@code v} reaches threshold (\( v \ge v_{th}
 * \)); the refractory period is rounded to whole steps. Consequently, under constant input, the
 * interspike interval is the closed-form one ({@link LifParameters#rateForConstantInputHz}) with
 * the charging time rounded up to whole steps and the refractory period to the nearest whole step
 * (at most one {@code dt} longer when the refractory period is a multiple of {@code dt}).
 *
 * <p><b>Conductance-based</b> ({@link #conductanceBased}): \( \tau_m\, dv/dt = v_{rest} - v +
 * I_{ext} + g\,(E - v) \), \( \tau_{syn}\, dg/dt = -g \), where the conductance {@code g} is
 * dimensionless (relative to the leak conductance) and a presynaptic spike adds its weight to it;
 * {@code E} is the reversal potential (mV). This is the neuron of Brian2's STDP example (Song,
 * Miller &amp; Abbott 2000 as written there: {@code dv/dt = (ge (Ee - v) + El - v) / taum}). The
 * step is exponential for the conductance held at its value at the middle of the step, \( \bar g =
 * g\, e^{-dt/2\tau_{syn}} \): \( v_\infty = (v_{rest} + I_{ext} + \bar g E)/(1 + \bar g) \), \( v
 * \leftarrow v_\infty + (v - v_\infty) e^{-(1 + \bar g) dt/\tau_m} \), exact for a constant
 * conductance and second-order accurate in {@code dt} otherwise (no exponential is evaluated per
 * unit while \( |\bar g|\, dt/\tau_m &lt; 0.03 \): a fifth-order series, relative error below
 * 1.1e-12). Weights onto a conductance-based population must be non-negative (a conductance).
 * Spikes, reset and refractory period are as in the current-based mode.
 *
 * <p>Variables: {@code "v"} (mV), {@code "iSyn"} (mV; the conductance {@code g}, dimensionless, in
 * the conductance-based mode), {@code "external"} (mV), {@code "refractory"} (remaining refractory
 * steps), {@code "rate"} (Hz, low-pass estimate).
 */
public final class LifPopulation extends Population {
    private final LifParameters p;
    private final double reversalMv;
    private final double[] v;
    private final double[] iSyn;
    private final double[] external;
    private final double[] refractory;
    // Derived within a step, not state: the candidate potential of every unit, and in the
    // conductance-based mode the exponent (1 + g) dt / tau_m's conductance part and v_inf, for the
    // units where the series does not hold.
    private final double[] candidate;
    private final double[] exponent;
    private final double[] vInfinity;
    private double decayM;
    private double decayS;
    private double synGain;
    private double halfDecayS;
    private double dtOverTauM;
    private int refractorySteps;

    private LifPopulation(String name, int size, LifParameters p, double reversalMv) {
        super(name, size);
        this.p = Args.notNull("parameters", p);
        this.reversalMv = reversalMv;
        this.v = new double[size];
        Arrays.fill(v, p.vRestMv());
        this.iSyn = new double[size];
        this.external = new double[size];
        this.refractory = new double[size];
        this.candidate = new double[size];
        boolean conductance = !Double.isNaN(reversalMv);
        this.exponent = new double[conductance ? size : 0];
        this.vInfinity = new double[conductance ? size : 0];
    }

    /**
     * Creates LIF units at rest.
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param parameters the unit parameters
     * @return the population
     */
    public static LifPopulation of(String name, int size, LifParameters parameters) {
        return new LifPopulation(name, size, parameters, Double.NaN);
    }

    /**
     * Creates LIF units at rest with conductance-based excitatory synapses: a presynaptic spike
     * adds its (dimensionless) weight to the conductance {@code g}, which decays with {@code
     * tauSynMs} and drives \( v \) towards {@code reversalMv} (see the class description).
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param parameters the unit parameters ({@code tauSynMs} is the conductance's time constant)
     * @param reversalMv reversal potential of the synaptic conductance (mV), finite and &gt; the
     *     threshold (an excitatory synapse)
     * @return the population
     */
    public static LifPopulation conductanceBased(
            String name, int size, LifParameters parameters, double reversalMv) {
        Args.notNull("parameters", parameters);
        Args.finite("reversalMv", reversalMv, "mV");
        if (!(reversalMv > parameters.vThresholdMv())) {
            throw new IllegalArgumentException(
                    "reversalMv must be > vThresholdMv ("
                            + parameters.vThresholdMv()
                            + " mV) for an excitatory conductance: "
                            + reversalMv
                            + " mV");
        }
        return new LifPopulation(name, size, parameters, reversalMv);
    }

    /** Whether the synapses are conductance-based ({@link #conductanceBased}). */
    public boolean isConductanceBased() {
        return !Double.isNaN(reversalMv);
    }

    /** The synaptic reversal potential (mV), NaN for current-based synapses. */
    public double reversalMv() {
        return reversalMv;
    }

    /** The unit parameters. */
    public LifParameters parameters() {
        return p;
    }

    /**
     * Sets the constant external current of unit {@code i}, expressed as a voltage (mV).
     *
     * @param i unit index
     * @param currentMv current (mV), finite
     */
    public void setExternalInput(int i, double currentMv) {
        external[i] = Args.finite("currentMv", currentMv, "mV");
    }

    /**
     * Sets the constant external current of every unit (mV).
     *
     * @param currentMv currents (mV), length {@link #size()}; read, copied
     */
    public void setExternalInput(double[] currentMv) {
        Args.length("currentMv", Args.notNull("currentMv", currentMv).length, size);
        Args.allFinite("currentMv", currentMv, "mV");
        System.arraycopy(currentMv, 0, external, 0, size);
    }

    /**
     * Sets the membrane potential of unit {@code i} (initial condition).
     *
     * @param i unit index
     * @param vMv potential (mV), finite
     */
    public void setVoltage(int i, double vMv) {
        v[i] = Args.finite("vMv", vMv, "mV");
    }

    /** Membrane potential of unit {@code i} (mV). */
    public double voltageMv(int i) {
        return v[i];
    }

    @Override
    public boolean isSpiking() {
        return true;
    }

    @Override
    boolean isInput() {
        return false;
    }

    @Override
    void attach(Simulation s, org.apache.commons.rng.UniformRandomProvider rng) {
        super.attach(s, rng);
        double dt = s.dtMs();
        decayM = Math.exp(-dt / p.tauMs());
        decayS = Math.exp(-dt / p.tauSynMs());
        // tauS/(tauS - tauM) (e^{-dt/tauS} - e^{-dt/tauM}) rewritten as
        // (dt/tauM) e^{-dt/tauM} expm1(delta)/delta with delta = dt (tauS - tauM)/(tauM tauS): the
        // difference of two nearly equal exponentials divided by a small difference of time
        // constants loses up to all digits when tauS is close to tauM (1e-5 relative error at
        // tauS = tauM (1 + 1e-9)); this form is accurate for every ratio and gives the limit
        // (dt/tauM) e^{-dt/tauM} when they are equal.
        double delta = dt * (p.tauSynMs() - p.tauMs()) / (p.tauMs() * p.tauSynMs());
        double ratio = delta == 0.0 ? 1.0 : Math.expm1(delta) / delta;
        synGain = (dt / p.tauMs()) * decayM * ratio;
        halfDecayS = Math.exp(-0.5 * dt / p.tauSynMs());
        dtOverTauM = dt / p.tauMs();
        refractorySteps = (int) Math.round(p.refractoryMs() / dt);
    }

    /** Live membrane potentials, for rules that read the voltage (mV). */
    double[] voltage() {
        return v;
    }

    /** Live synaptic currents, into which spiking projections add their weights (mV). */
    double[] synapticCurrent() {
        return iSyn;
    }

    @Override
    double[] spikeTarget() {
        return iSyn;
    }

    @Override
    void step(StepContext ctx) {
        clearSpikes();
        final double vRest = p.vRestMv();
        final double vTh = p.vThresholdMv();
        final double vReset = p.vResetMv();
        final boolean conductance = isConductanceBased();
        final double[] next = candidate;
        // First every unit's candidate potential, in a loop without branches so that the JIT
        // vectorises it (the one-pass loop with the refractory and threshold tests ran at a long
        // dependency chain per unit: plasticity-bench StdpNetwork); then, per unit, the refractory
        // period, the exponential where the series does not hold, and the threshold. The same
        // arithmetic as one pass, bit for bit.
        if (conductance) {
            conductanceCandidates(vRest);
        } else {
            currentCandidates(vRest);
        }
        for (int i = 0; i < size; i++) {
            if (refractory[i] > 0) {
                refractory[i] -= 1;
                v[i] = vReset;
                continue;
            }
            double vi = next[i];
            if (conductance && !(Math.abs(exponent[i]) < SERIES_LIMIT)) {
                double vInf = vInfinity[i];
                vi = vInf + (v[i] - vInf) * decayM * expMinus(exponent[i]);
            }
            if (vi >= vTh) {
                v[i] = vReset;
                refractory[i] = refractorySteps;
                emit(i);
            } else {
                v[i] = vi;
            }
        }
        updateRateEstimate(ctx.dtMs());
    }

    /** The candidate potentials of the conductance-based mode, and their v_inf and exponent. */
    private void conductanceCandidates(double vRest) {
        final int n = size;
        final double e = reversalMv;
        final double[] ext = external;
        final double[] in = input;
        final double[] g = iSyn;
        final double[] vv = v;
        final double[] next = candidate;
        final double[] x = exponent;
        final double[] vInf = vInfinity;
        final double dS = decayS;
        final double half = halfDecayS;
        final double k = dtOverTauM;
        final double dM = decayM;
        // Two loops: one loop body with all of it is too large for the JIT to unroll, and so to
        // vectorise (C2 17 compiled it to scalar code).
        for (int i = 0; i < n; i++) {
            double drive = vRest + ext[i] + in[i];
            in[i] = 0.0;
            double s = g[i];
            g[i] = s * dS;
            // s is the conductance g; held at its midpoint value over the step.
            double gm = s * half;
            vInf[i] = (drive + gm * e) / (1.0 + gm);
            x[i] = gm * k;
        }
        for (int i = 0; i < n; i++) {
            double vi = vInf[i];
            next[i] = vi + (vv[i] - vi) * dM * series(x[i]);
        }
    }

    /** The candidate potentials of the current-based mode. */
    private void currentCandidates(double vRest) {
        final int n = size;
        final double[] ext = external;
        final double[] in = input;
        final double[] cur = iSyn;
        final double[] vv = v;
        final double[] next = candidate;
        final double dS = decayS;
        final double dM = decayM;
        final double gain = synGain;
        for (int i = 0; i < n; i++) {
            double drive = vRest + ext[i] + in[i];
            in[i] = 0.0;
            double s = cur[i];
            cur[i] = s * dS;
            next[i] = drive + (vv[i] - drive) * dM + s * gain;
        }
    }

    /** Below this {@code |x|} the series gives \( e^{-x} \) to 1.1e-12 relative. */
    private static final double SERIES_LIMIT = 0.03;

    /**
     * \( e^{-x} \): a fifth-order series for {@code |x| < 0.03} (relative error below {@code
     * x^6/720} &lt; 1.1e-12), {@link Math#exp} above.
     */
    static double expMinus(double x) {
        if (Math.abs(x) < SERIES_LIMIT) {
            return series(x);
        }
        return Math.exp(-x);
    }

    /** The fifth-order series of \( e^{-x} \), accurate for small {@code |x|} only. */
    private static double series(double x) {
        return 1.0 - x * (1.0 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24 - x / 120))));
    }

    @Override
    List<String> ownVariableNames() {
        return List.of("v", "iSyn", "external", "refractory");
    }

    /**
     * The membrane potential and the synaptic current (or conductance). The others cannot turn
     * non-finite first: {@code external} is checked where it is set, {@code input} is reset every
     * step after entering the drive (a non-finite input makes {@code v} non-finite in the same
     * step), {@code refractory} counts whole steps, and the rate estimate follows the spikes.
     */
    @Override
    List<String> checkedVariableNames() {
        return List.of("v", "iSyn");
    }

    @Override
    double[] ownVariable(String variable) {
        switch (variable) {
            case "v":
                return v;
            case "iSyn":
                return iSyn;
            case "external":
                return external;
            case "refractory":
                return refractory;
            default:
                return null;
        }
    }
}
