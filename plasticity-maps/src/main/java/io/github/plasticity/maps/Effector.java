package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;

/**
 * A body part that the motor map moves, with the level of its motoneurons along the neuraxis.
 *
 * @param name unique name within its body model, such as {@code "D1"} or {@code "wrist"}
 * @param region the body region (block) it belongs to, such as {@code "hand"}; blocks are kept
 *     together when gross layouts are permuted
 * @param targetLevel level of its motoneurons on the {@link SpinalLevel} scale (C1 = 1, T1 = 9, L1
 *     = 21, S1 = 26; brainstem nuclei below 1), finite
 * @param relativeArea share of cortex it gets in an orderly (S1-like) layout, relative to the other
 *     effectors of the body, &gt; 0 and finite
 */
public record Effector(String name, String region, double targetLevel, double relativeArea) {
    /** Validates the fields. */
    public Effector {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("effector name must be non-blank: " + name);
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(
                    "region of effector '" + name + "' must be non-blank: " + region);
        }
        Args.finite("targetLevel", targetLevel, "segments");
        Args.positive("relativeArea", relativeArea, "relative area");
    }

    /**
     * An effector whose motoneurons lie at a named level.
     *
     * @param name unique name
     * @param region body region
     * @param level a level name for {@link SpinalLevel#of}, such as {@code "C5"}
     * @param relativeArea relative cortical area, &gt; 0
     * @return the effector
     */
    public static Effector at(String name, String region, String level, double relativeArea) {
        return new Effector(name, region, SpinalLevel.of(level), relativeArea);
    }

    /**
     * An effector whose motoneurons span two levels (placed at their midpoint).
     *
     * @param name unique name
     * @param region body region
     * @param from rostral level name, such as {@code "C8"}
     * @param to caudal level name, such as {@code "T1"}
     * @param relativeArea relative cortical area, &gt; 0
     * @return the effector
     */
    public static Effector spanning(
            String name, String region, String from, String to, double relativeArea) {
        return new Effector(name, region, SpinalLevel.span(from, to), relativeArea);
    }

    /** A copy with another relative area. */
    public Effector withRelativeArea(double value) {
        return new Effector(name, region, targetLevel, value);
    }
}
