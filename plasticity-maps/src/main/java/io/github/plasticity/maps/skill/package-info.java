/**
 * Skill learning versus repetition on the motor map (Plautz, Milliken &amp; Nudo 2000; Kleim et al.
 * 2004; SCIENCE.md C7.2).
 */
package io.github.plasticity.maps.skill;
