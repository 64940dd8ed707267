package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import java.util.List;

/**
 * Rate units, \( \tau\, dr/dt = -r + f(I) \), where {@code I} is the summed input of incoming
 * projections (\( \sum_j w_{ij} r_j \)) plus an external input per unit.
 *
 * <p>The step is exact for input held constant over the step (exponential Euler): \( r \leftarrow
 * f(I) + (r - f(I)) e^{-dt/\tau} \). Input from projections arrives with one step of delay (it is
 * summed in the propagation phase of the previous step). Variables: {@code "rate"} (Hz), {@code
 * "external"} (input units).
 */
public final class RatePopulation extends Population {
    private final double tauMs;
    private final TransferFunction transfer;
    private final double[] external;
    private double decay;

    private RatePopulation(String name, int size, double tauMs, TransferFunction transfer) {
        super(name, size);
        this.tauMs = Args.positive("tauMs", tauMs, "ms");
        this.transfer = Args.notNull("transfer", transfer);
        this.external = new double[size];
    }

    /**
     * Creates rate units.
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param tauMs time constant (ms), &gt; 0 and finite
     * @param transfer the transfer function {@code f}
     * @return the population
     */
    public static RatePopulation of(
            String name, int size, double tauMs, TransferFunction transfer) {
        return new RatePopulation(name, size, tauMs, transfer);
    }

    /** Time constant (ms). */
    public double tauMs() {
        return tauMs;
    }

    /**
     * Sets the external input of unit {@code i}, held until changed.
     *
     * @param i unit index
     * @param value input (input units), finite
     */
    public void setExternalInput(int i, double value) {
        external[i] = Args.finite("external input", value, "input units");
    }

    /**
     * Sets the external input of every unit.
     *
     * @param values input (input units), length {@link #size()}; read, copied
     */
    public void setExternalInput(double[] values) {
        Args.length("values", Args.notNull("values", values).length, size);
        Args.allFinite("values", values, "input units");
        System.arraycopy(values, 0, external, 0, size);
    }

    /**
     * Sets the rate of unit {@code i} (the initial condition).
     *
     * @param i unit index
     * @param rateHz rate (Hz), finite
     */
    public void setRate(int i, double rateHz) {
        this.rateHz[i] = Args.finite("rateHz", rateHz, "Hz");
    }

    @Override
    public boolean isSpiking() {
        return false;
    }

    @Override
    boolean isInput() {
        return false;
    }

    @Override
    void attach(Simulation s, org.apache.commons.rng.UniformRandomProvider rng) {
        super.attach(s, rng);
        decay = Math.exp(-s.dtMs() / tauMs);
    }

    @Override
    void step(StepContext ctx) {
        final double d = decay;
        for (int i = 0; i < size; i++) {
            double target = transfer.rateHz(input[i] + external[i]);
            rateHz[i] = target + (rateHz[i] - target) * d;
            input[i] = 0.0;
        }
    }

    @Override
    List<String> ownVariableNames() {
        return List.of("external");
    }

    @Override
    double[] ownVariable(String variable) {
        return "external".equals(variable) ? external : null;
    }
}
