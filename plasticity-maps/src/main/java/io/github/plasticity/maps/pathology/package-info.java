/**
 * Maladaptive plasticity on the map: focal dystonia (de-differentiation of digit representations
 * under synchronous training with failed homeostasis, and the Sanger-Merzenich loop gain) and
 * stroke (a lesion of the hand territory, with and without rehabilitative training, and remote
 * premotor remapping). Equations and checks: SCIENCE.md section 10.
 */
package io.github.plasticity.maps.pathology;
