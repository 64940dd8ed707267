/**
 * Motor learning on the map: a {@link io.github.plasticity.maps.MapNetwork} with activity-dependent
 * plasticity (Hebbian learning on the afferent and output projections, homeostatic synaptic scaling
 * on the sites' afferent input, a cholinergic gate on the Hebbian learning rate) driven by bouts of
 * use of one effector at a time ({@link io.github.plasticity.maps.learning.MapLearning}), and read
 * out by virtual ICMS. The protocols (use-dependent expansion, immobilisation, cholinergic
 * depletion) are sequences of use schedules on it ({@link
 * io.github.plasticity.maps.learning.UseProtocol}). {@link
 * io.github.plasticity.maps.learning.EvokedDirection} models the transient shift of a
 * stimulation-evoked movement direction after practice (Classen et al. 1998) with a fast, decaying
 * Hebbian component of the output weights.
 */
package io.github.plasticity.maps.learning;
