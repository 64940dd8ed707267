package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * Leaky integrate-and-fire units with exponential current synapses (see {@link LifParameters}).
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
 * <p>Variables: {@code "v"} (mV), {@code "iSyn"} (mV), {@code "external"} (mV), {@code
 * "refractory"} (remaining refractory steps), {@code "rate"} (Hz, low-pass estimate).
 */
public final class LifPopulation extends Population {
    private final LifParameters p;
    private final double[] v;
    private final double[] iSyn;
    private final double[] external;
    private final double[] refractory;
    private double decayM;
    private double decayS;
    private double synGain;
    private int refractorySteps;

    private LifPopulation(String name, int size, LifParameters p) {
        super(name, size);
        this.p = Args.notNull("parameters", p);
        this.v = new double[size];
        Arrays.fill(v, p.vRestMv());
        this.iSyn = new double[size];
        this.external = new double[size];
        this.refractory = new double[size];
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
        return new LifPopulation(name, size, parameters);
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
        for (int i = 0; i < size; i++) {
            double vInf = vRest + external[i] + input[i];
            input[i] = 0.0;
            double s = iSyn[i];
            iSyn[i] = s * decayS;
            if (refractory[i] > 0) {
                refractory[i] -= 1;
                v[i] = vReset;
                continue;
            }
            double vi = vInf + (v[i] - vInf) * decayM + s * synGain;
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

    @Override
    List<String> ownVariableNames() {
        return List.of("v", "iSyn", "external", "refractory");
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
