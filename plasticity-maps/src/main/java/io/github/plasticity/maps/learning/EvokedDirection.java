package io.github.plasticity.maps.learning;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.rules.Hebbian;
import io.github.plasticity.rules.HebbianParameters;
import java.util.List;

/**
 * A transient, training-induced change of the direction of an evoked movement (Classen et al. 1998,
 * J Neurophysiol 79:1117; SCIENCE.md C7.1).
 *
 * <p><b>Model.</b> A thumb representation: a small {@link MapNetwork} whose sites all project to
 * two antagonist effectors, extension and flexion, with a stable output weight (the {@code output}
 * projection, no rule: the anatomical baseline, biased to extension: \( W^s_{ext} &gt; W^s_{flex}
 * \) at every site) and a second, plastic, fast component (projection {@code fast}, sites onto
 * effectors, starting at 0) learning with the rate Hebbian rule with decay, \( dW^f/dt = \eta\,
 * r_{site}\, m_{eff} - W^f / \tau_f \). Training: every site receives the afferent drive of the
 * practised (flexion) movement at {@code useRateHz} and the flexion unit its command; at rest all
 * input is off and the fast component decays. Evoked direction (TMS read-out): the stimulated sites
 * (all) fire at {@code stimulusHz}; the evoked drive of effector {@code e} is \( \sum_i (W^s_{ei} +
 * W^f_{ei}) \cdot stimulusHz \); the direction is flexion when the flexion drive exceeds the
 * extension drive.
 *
 * <p><b>Time.</b> One model second stands for one minute. The fast component's decay time constant
 * \( \tau_f \) = 15 model s (15 min, the middle of the ~15-20 min return of Classen's evoked
 * direction, SCIENCE.md 7.1 [M]) and the learning rate \( \eta \) are ours (\( \eta \) chosen so
 * that the asymptote of the fast flexion weight under training is about twice the baseline bias of
 * 0.004; it is not fitted to the switch time). With the defaults the simulation switches after
 * about 11 min of training and reverts about 9 min after 30 min of training ({@code
 * evoked-direction-shift}).
 *
 * @param sheet the sheet (all sites are stimulated and trained)
 * @param network map-network parameters (lateral interactions)
 * @param extensionWeight stable output weight onto extension (weight units), &gt;= 0 and finite
 * @param flexionWeight stable output weight onto flexion (weight units), &gt;= 0 and finite
 * @param fastTauMs decay time constant of the fast component (ms model time), &gt; 0 and finite
 * @param fastEta Hebbian rate of the fast component (weight units per Hz² per ms), &gt;= 0 and
 *     finite
 * @param useRateHz afferent rate during training (Hz), &gt;= 0 and finite
 * @param commandHz motor command to the practised effector during training (Hz), &gt;= 0 and finite
 * @param stimulusHz rate of stimulated sites in the read-out (Hz), &gt; 0 and finite
 */
public record EvokedDirection(
        CorticalSheet sheet,
        MapNetworkParameters network,
        double extensionWeight,
        double flexionWeight,
        double fastTauMs,
        double fastEta,
        double useRateHz,
        double commandHz,
        double stimulusHz) {
    /** Index of the extension effector. */
    public static final int EXTENSION = 0;

    /** Index of the flexion effector. */
    public static final int FLEXION = 1;

    /** Validates the fields. */
    public EvokedDirection {
        Args.notNull("sheet", sheet);
        Args.notNull("network", network);
        Args.nonNegative("extensionWeight", extensionWeight, "weight units");
        Args.nonNegative("flexionWeight", flexionWeight, "weight units");
        Args.positive("fastTauMs", fastTauMs, "ms");
        Args.nonNegative("fastEta", fastEta, "weight units per Hz^2 per ms");
        Args.nonNegative("useRateHz", useRateHz, "Hz");
        Args.nonNegative("commandHz", commandHz, "Hz");
        Args.positive("stimulusHz", stimulusHz, "Hz");
    }

    /** Model milliseconds per real minute (1 model s = 1 min). */
    public static final double MODEL_MS_PER_MINUTE = 1000.0;

    /**
     * Our defaults: a 4 x 3 sheet at 0.25 mm, {@link MapNetworkParameters#defaults()}, stable
     * weights 0.012 (extension) and 0.008 (flexion), \( \tau_f \) = 15 model s, training at 20 Hz
     * afferent rate with a 20 Hz command, read-out at 50 Hz, \( \eta = 1.2 \times 10^{-9} \) (about
     * twice the bias as the asymptote of the fast flexion weight).
     *
     * @return the protocol
     */
    public static EvokedDirection classen1998() {
        return new EvokedDirection(
                CorticalSheet.rectangle(4, 3, 0.25),
                MapNetworkParameters.defaults(),
                0.012,
                0.008,
                15_000.0,
                1.2e-9,
                20.0,
                20.0,
                50.0);
    }

    /** The body: thumb extension and flexion. */
    public static BodyModel thumb() {
        return BodyModel.of(
                List.of(
                        Effector.spanning("thumb-extension", "hand", "C8", "T1", 1.0),
                        Effector.spanning("thumb-flexion", "hand", "C8", "T1", 1.0)));
    }

    /**
     * The outcome, sampled once per model second.
     *
     * @param timeMin time (min, real-time equivalent), 0 at the start of training
     * @param flexionMinusExtension evoked flexion drive minus extension drive (Hz); positive means
     *     the evoked direction is flexion
     * @param fastFlexionWeight mean fast flexion weight over sites (weight units)
     * @param trainingMin training duration (min)
     */
    public record Result(
            double[] timeMin,
            double[] flexionMinusExtension,
            double[] fastFlexionWeight,
            double trainingMin) {
        /** First time (min) at which the evoked direction is flexion, or NaN. */
        public double switchMin() {
            for (int k = 0; k < timeMin.length; k++) {
                if (flexionMinusExtension[k] > 0) {
                    return timeMin[k];
                }
            }
            return Double.NaN;
        }

        /** First time (min) after training at which the direction is extension again, or NaN. */
        public double revertMin() {
            for (int k = 0; k < timeMin.length; k++) {
                if (timeMin[k] > trainingMin && flexionMinusExtension[k] <= 0) {
                    return timeMin[k];
                }
            }
            return Double.NaN;
        }
    }

    /**
     * Runs training then rest.
     *
     * @param trainingMin training duration (min), &gt; 0
     * @param restMin rest after training (min), &gt; 0
     * @param seed simulation seed (the model is deterministic)
     * @return the outcome
     */
    public Result run(double trainingMin, double restMin, long seed) {
        Args.positive("trainingMin", trainingMin, "min");
        Args.positive("restMin", restMin, "min");
        BodyModel body = thumb();
        int n = sheet.siteCount();
        int samples = (int) Math.round(trainingMin + restMin) + 1;
        double[] t = new double[samples];
        double[] d = new double[samples];
        double[] wf = new double[samples];
        try (Simulation sim =
                Simulation.builder().dtMs(MapLearning.DT_MS).seed(seed).threads(1).build()) {
            MapNetwork net = MapNetwork.create(sim, "thumb", sheet, body, network);
            for (int i = 0; i < n; i++) {
                net.output().setWeight(EXTENSION, i, extensionWeight);
                net.output().setWeight(FLEXION, i, flexionWeight);
                net.afferent().setWeight(i, FLEXION, 1.0);
                net.afferent().setWeight(i, EXTENSION, 1.0);
            }
            Projection fast =
                    sim.connect(
                                    "thumb.fast",
                                    net.sites(),
                                    net.effectors(),
                                    Connectivity.allToAll(),
                                    WeightInit.constant(0.0))
                            .withBounds(WeightBounds.hard(0.0, 1.0))
                            .withRule(
                                    Hebbian.rate(new HebbianParameters(fastEta, 1.0 / fastTauMs)));
            long perSample = Math.round(MODEL_MS_PER_MINUTE / sim.dtMs());
            double[] command = new double[2];
            for (int k = 0; k < samples; k++) {
                if (k > 0) {
                    boolean training = (k - 1) < trainingMin;
                    double[] rates = new double[2];
                    rates[FLEXION] = training ? useRateHz : 0.0;
                    command[FLEXION] = training ? commandHz : 0.0;
                    net.setAfferentRatesHz(rates);
                    net.effectors().setExternalInput(command);
                    sim.steps(perSample);
                }
                double flex = 0;
                double ext = 0;
                double w = 0;
                for (int i = 0; i < n; i++) {
                    double wfl = fast.weight(FLEXION, i);
                    flex += (net.outputWeight(i, FLEXION) + wfl) * stimulusHz;
                    ext +=
                            (net.outputWeight(i, EXTENSION) + fast.weight(EXTENSION, i))
                                    * stimulusHz;
                    w += wfl;
                }
                t[k] = k;
                d[k] = flex - ext;
                wf[k] = w / n;
            }
        }
        return new Result(t, d, wf, trainingMin);
    }
}
