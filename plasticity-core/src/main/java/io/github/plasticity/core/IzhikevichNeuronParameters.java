package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the Izhikevich (2003, IEEE Trans Neural Netw 14:1569) simple spiking model:
 *
 * <p>\( dv/dt = 0.04 v^2 + 5 v + 140 - u + I \), \( du/dt = a (b v - u) \); when \( v \ge v_{peak}
 * \) the unit spikes and \( v \leftarrow c \), \( u \leftarrow u + d \). {@code v} is in mV, time
 * in ms, {@code I} in mV/ms (the model's own scaling).
 *
 * @param a recovery rate (1/ms), &gt; 0 and finite
 * @param b sensitivity of {@code u} to {@code v} (1/ms relative to a, dimensionless), finite
 * @param c reset potential (mV), finite and &lt; vPeakMv
 * @param d after-spike increment of {@code u} (mV/ms), finite
 * @param vPeakMv spike cut-off (mV), finite
 */
public record IzhikevichNeuronParameters(double a, double b, double c, double d, double vPeakMv) {
    /** Validates every field; NaN and infinities are refused. */
    public IzhikevichNeuronParameters {
        Args.positive("a", a, "1/ms");
        Args.finite("b", b, "dimensionless");
        Args.finite("d", d, "mV/ms");
        Args.ordered("c", c, "vPeakMv", vPeakMv, "mV");
    }

    /**
     * Regular spiking excitatory cell (Izhikevich 2003): a 0.02, b 0.2, c -65 mV, d 8, peak 30 mV;
     * the excitatory units of Izhikevich's {@code spnet.m} and {@code daspnet.m} (2007).
     *
     * @return the parameters
     */
    public static IzhikevichNeuronParameters regularSpiking() {
        return new IzhikevichNeuronParameters(0.02, 0.2, -65.0, 8.0, 30.0);
    }

    /**
     * Fast spiking inhibitory cell as in Izhikevich's {@code spnet.m} and {@code daspnet.m}: a 0.1,
     * b 0.2, c -65 mV, d 2, peak 30 mV.
     *
     * @return the parameters
     */
    public static IzhikevichNeuronParameters fastSpiking() {
        return new IzhikevichNeuronParameters(0.1, 0.2, -65.0, 2.0, 30.0);
    }

    /** A copy with another {@code a} (1/ms). */
    public IzhikevichNeuronParameters withA(double v) {
        return new IzhikevichNeuronParameters(v, b, c, d, vPeakMv);
    }

    /** A copy with another {@code b}. */
    public IzhikevichNeuronParameters withB(double v) {
        return new IzhikevichNeuronParameters(a, v, c, d, vPeakMv);
    }

    /** A copy with another reset {@code c} (mV). */
    public IzhikevichNeuronParameters withC(double v) {
        return new IzhikevichNeuronParameters(a, b, v, d, vPeakMv);
    }

    /** A copy with another after-spike increment {@code d} (mV/ms). */
    public IzhikevichNeuronParameters withD(double v) {
        return new IzhikevichNeuronParameters(a, b, c, v, vPeakMv);
    }
}
