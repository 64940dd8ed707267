/**
 * Skill learning versus repetition on the motor map (Plautz, Milliken &amp; Nudo 2000; Kleim et al.
 * 2004; SCIENCE.md C7.2): {@link io.github.plasticity.maps.skill.SkillTraining}, a {@link
 * io.github.plasticity.maps.MapNetwork} that learns an ordered sequence of effector activations
 * with the library's three-factor rule (eligibility traces read by dopamine released from a
 * reward-prediction error, gated by acetylcholine), and its yoked repetition control.
 */
package io.github.plasticity.maps.skill;
