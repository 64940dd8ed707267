package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.Seeds;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Izhikevich (2003) spiking units (see {@link IzhikevichNeuronParameters}), integrated as in
 * Izhikevich's own {@code spnet.m} / {@code daspnet.m}: per step, {@code v} takes two half steps of
 * {@code dt/2} with the same input, then {@code u} one step of {@code dt}; the unit spikes at the
 * end of the step in which {@code v} reaches the peak, and is reset. The scheme is the published
 * one at {@code dt = 1} ms; use {@code dt <= 1} ms.
 *
 * <p><b>Input</b> (mV/ms) in a step: the constant external current, plus uniform noise \( A (\xi -
 * 1/2) \), \( \xi \sim U[0, 1) \) drawn every step from the population's own stream ({@link
 * #withUniformNoise}; daspnet's "thalamic input" is {@code A = 13} at {@code dt = 1} ms), plus
 * synaptic pulses: a presynaptic spike adds its weight {@code w} (mV) as a current {@code w / dt}
 * during the next step, so that it raises {@code v} by about {@code w} (exactly as daspnet at
 * {@code dt = 1} ms), plus rate input \( \sum_j w_{ij} r_j \) from rate projections.
 *
 * <p>Variables: {@code "v"} (mV), {@code "u"} (mV/ms), {@code "external"} (mV/ms), {@code "pulse"}
 * (mV, synaptic pulses pending for the next step), {@code "rate"} (Hz, low-pass estimate).
 */
public final class IzhikevichPopulation extends Population {
    private final IzhikevichNeuronParameters p;
    private final double[] v;
    private final double[] u;
    private final double[] external;
    private final double[] pulse;
    private double noiseAmplitude;
    private UniformRandomProvider rng;

    private IzhikevichPopulation(String name, int size, IzhikevichNeuronParameters p) {
        super(name, size);
        this.p = Args.notNull("parameters", p);
        this.v = new double[size];
        this.u = new double[size];
        Arrays.fill(v, p.c());
        Arrays.fill(u, p.b() * p.c());
        this.external = new double[size];
        this.pulse = new double[size];
    }

    /**
     * Creates units at {@code v = c}, {@code u = b c} (as daspnet: -65 mV, -13).
     *
     * @param name unique name
     * @param size number of units, &gt;= 1
     * @param parameters unit parameters
     * @return the population
     */
    public static IzhikevichPopulation of(
            String name, int size, IzhikevichNeuronParameters parameters) {
        return new IzhikevichPopulation(name, size, parameters);
    }

    /** The unit parameters. */
    public IzhikevichNeuronParameters parameters() {
        return p;
    }

    /**
     * Adds uniform noise input \( A (\xi - 1/2) \) to every unit, drawn every step. Must be called
     * before the population is added.
     *
     * @param amplitude {@code A} (mV/ms), &gt;= 0 and finite; 13 in daspnet (Izhikevich 2007)
     * @return this population
     */
    public IzhikevichPopulation withUniformNoise(double amplitude) {
        checkUnattached();
        this.noiseAmplitude = Args.nonNegative("amplitude", amplitude, "mV/ms");
        return this;
    }

    /**
     * Sets the constant external current of every unit.
     *
     * @param currentMvPerMs currents (mV/ms), length {@link #size()}; read, copied
     */
    public void setExternalInput(double[] currentMvPerMs) {
        Args.length("currentMvPerMs", currentMvPerMs.length, size);
        Args.allFinite("currentMvPerMs", currentMvPerMs, "mV/ms");
        System.arraycopy(currentMvPerMs, 0, external, 0, size);
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
    void attach(Simulation s, UniformRandomProvider stream) {
        super.attach(s, stream);
        this.rng = stream;
    }

    @Override
    double[] spikeTarget() {
        return pulse;
    }

    @Override
    void step(StepContext ctx) {
        clearSpikes();
        final double dt = ctx.dtMs();
        final double h = 0.5 * dt;
        final double invDt = 1.0 / dt;
        final double a = p.a();
        final double b = p.b();
        final double amp = noiseAmplitude;
        for (int i = 0; i < size; i++) {
            double current = external[i] + input[i] + pulse[i] * invDt;
            if (amp > 0) {
                current += amp * (rng.nextDouble() - 0.5);
            }
            input[i] = 0.0;
            pulse[i] = 0.0;
            double vi = v[i];
            double ui = u[i];
            vi += h * ((0.04 * vi + 5) * vi + 140 - ui + current);
            vi += h * ((0.04 * vi + 5) * vi + 140 - ui + current);
            ui += dt * a * (b * vi - ui);
            if (vi >= p.vPeakMv()) {
                vi = p.c();
                ui += p.d();
                emit(i);
            }
            v[i] = vi;
            u[i] = ui;
        }
        updateRateEstimate(dt);
    }

    @Override
    List<String> ownVariableNames() {
        return List.of("v", "u", "external", "pulse");
    }

    @Override
    double[] ownVariable(String variable) {
        switch (variable) {
            case "v":
                return v;
            case "u":
                return u;
            case "external":
                return external;
            case "pulse":
                return pulse;
            default:
                return null;
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        super.registerState(r);
        r.custom("rng", () -> Seeds.saveState(rng), bytes -> Seeds.restoreState(rng, bytes));
    }
}
