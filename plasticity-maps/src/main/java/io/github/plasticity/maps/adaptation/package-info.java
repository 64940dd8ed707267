/**
 * The two-state model of motor adaptation (Smith, Ghazizadeh &amp; Shadmehr 2006, PLoS Biol
 * 4:e179): a fast process that learns and forgets quickly and a slow process that learns and
 * forgets slowly, simulated trial by trial ({@link
 * io.github.plasticity.maps.adaptation.TwoStateModel}), the classic protocols (spontaneous
 * recovery, savings, anterograde interference, rapid unlearning, and a model analogue of blocking
 * the slow process, {@link io.github.plasticity.maps.adaptation.AdaptationProtocols}), and fitting
 * the four parameters to trial-by-trial data ({@link
 * io.github.plasticity.maps.adaptation.TwoStateFit}).
 *
 * <p>Trials are dimensionless steps; the perturbation {@code f}, the output {@code x} and the error
 * {@code e} share one arbitrary unit (for example a force-field gain normalised to 1).
 */
package io.github.plasticity.maps.adaptation;
