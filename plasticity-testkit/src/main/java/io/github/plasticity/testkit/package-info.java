/**
 * Test support published for users: {@link io.github.plasticity.testkit.LearningRuleContract} (the
 * contract every learning rule passes) and {@link io.github.plasticity.testkit.Seeded} (seeded
 * inputs for property tests whose failures print their seed).
 */
package io.github.plasticity.testkit;
