package io.github.plasticity.core;

import io.github.plasticity.core.internal.Args;
import org.apache.commons.rng.UniformRandomProvider;

/** Initial weights of a projection, drawn from the projection's own random stream. */
@FunctionalInterface
public interface WeightInit {
    /**
     * The initial weight of the synapse from {@code pre} to {@code post}.
     *
     * @param post postsynaptic unit
     * @param pre presynaptic unit
     * @param rng the projection's stream (draws happen in row-major synapse order)
     * @return the weight (weight units), finite
     */
    double weight(int post, int pre, UniformRandomProvider rng);

    /**
     * Every weight equal to {@code w}.
     *
     * @param w weight (weight units), finite
     * @return the initialiser
     */
    static WeightInit constant(double w) {
        Args.finite("w", w, "weight units");
        return (post, pre, rng) -> w;
    }

    /**
     * Uniform on {@code [min, max)}.
     *
     * @param min lower end (weight units), finite
     * @param max upper end (weight units), finite, &gt; min
     * @return the initialiser
     */
    static WeightInit uniform(double min, double max) {
        Args.ordered("min", min, "max", max, "weight units");
        return (post, pre, rng) -> min + (max - min) * rng.nextDouble();
    }

    /**
     * Normal with the given mean and standard deviation (Box-Muller from the stream).
     *
     * @param mean mean (weight units), finite
     * @param sd standard deviation (weight units), &gt;= 0 and finite
     * @return the initialiser
     */
    static WeightInit normal(double mean, double sd) {
        Args.finite("mean", mean, "weight units");
        Args.nonNegative("sd", sd, "weight units");
        return (post, pre, rng) -> {
            double u1 = 1.0 - rng.nextDouble();
            double u2 = rng.nextDouble();
            return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        };
    }
}
