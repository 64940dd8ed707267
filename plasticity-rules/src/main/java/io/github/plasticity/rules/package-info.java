/**
 * The built-in learning rules. Each rule is an immutable description with a parameters record
 * (validated, literature defaults by name) that binds to a projection through the core's {@link
 * io.github.plasticity.core.LearningRule} SPI.
 */
package io.github.plasticity.rules;
