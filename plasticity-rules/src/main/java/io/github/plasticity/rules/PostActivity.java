package io.github.plasticity.rules;

/**
 * Where a rate rule of the Hebbian family ({@link Oja}, {@link Bcm}, {@link Covariance}) takes the
 * postsynaptic activity {@code y} from.
 *
 * <p>The library transmits with one step of delay: the rate a postsynaptic population shows in step
 * {@code n} was computed from the presynaptic rates of step {@code n - 1} (see {@link
 * io.github.plasticity.core.Projection}). For inputs that change slowly compared with the time step
 * this is immaterial and {@link #POPULATION_RATE} is the natural choice; it also lets other inputs
 * of the postsynaptic unit (other projections, external drive) take part in learning. For the
 * classical discrete-time analyses, in which a new input sample is drawn every step and the output
 * is the instantaneous linear response to that same sample (Oja 1982; the BCM selectivity analyses
 * of Intrator &amp; Cooper 1992 and Castellani et al. 1999), {@link #WEIGHTED_SUM} pairs each
 * sample with its own response.
 */
public enum PostActivity {
    /**
     * {@code y_i} is the rate of postsynaptic unit {@code i} in this step (Hz), as the population's
     * own dynamics computed it (default).
     */
    POPULATION_RATE,
    /**
     * {@code y_i = sum_j w_ij x_j}: the instantaneous response of a linear unit to this step's
     * presynaptic rates through this projection's weights, taken before this step's update (Hz for
     * dimensionless weights). The postsynaptic population's own rate is not read.
     */
    WEIGHTED_SUM
}
