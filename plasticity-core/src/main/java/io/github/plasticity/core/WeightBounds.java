package io.github.plasticity.core;

/**
 * Bounds on synaptic weights, applied by rules after each update.
 *
 * <p>{@link #hard} clips: \( w \leftarrow \min(w_{max}, \max(w_{min}, w + \Delta w)) \). {@link
 * #soft} scales the change by the distance to the bound it moves towards (multiplicative weight
 * dependence, van Rossum, Bi &amp; Turrigiano 2000): \( \Delta w \cdot (w_{max} - w)/(w_{max} -
 * w_{min}) \) for \( \Delta w &gt; 0 \), \( \Delta w \cdot (w - w_{min})/(w_{max} - w_{min}) \)
 * otherwise, then clips.
 *
 * @param min lower bound (weight units)
 * @param max upper bound (weight units), &gt; min
 * @param soft whether the bounds are soft
 */
public record WeightBounds(float min, float max, boolean soft) {
    /**
     * Validates: {@code min < max}, neither NaN; hard bounds may be infinite (one-sided bounds such
     * as {@code hard(0, inf)}, or {@link #unbounded()}), soft bounds must be finite.
     */
    public WeightBounds {
        if (!(min < max)) {
            throw new IllegalArgumentException(
                    "weight bounds must satisfy min < max, neither NaN (weight units): min "
                            + min
                            + ", max "
                            + max);
        }
        if (soft && (Float.isInfinite(min) || Float.isInfinite(max))) {
            throw new IllegalArgumentException(
                    "soft weight bounds min and max must be finite (weight units): min "
                            + min
                            + ", max "
                            + max);
        }
    }

    /** No bounds: {@code [-inf, +inf]}, hard (the default of a new projection). */
    public static WeightBounds unbounded() {
        return new WeightBounds(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, false);
    }

    /**
     * Hard bounds.
     *
     * @param min lower bound (weight units)
     * @param max upper bound (weight units), &gt; min
     * @return the bounds
     */
    public static WeightBounds hard(double min, double max) {
        return new WeightBounds((float) min, (float) max, false);
    }

    /**
     * Soft bounds.
     *
     * @param min lower bound (weight units), finite
     * @param max upper bound (weight units), finite and &gt; min
     * @return the bounds
     */
    public static WeightBounds soft(double min, double max) {
        return new WeightBounds((float) min, (float) max, true);
    }

    /**
     * Applies a change to a weight under these bounds.
     *
     * @param w current weight
     * @param dw proposed change
     * @return the new weight, within bounds
     */
    public float apply(float w, float dw) {
        float x;
        if (soft) {
            float range = max - min;
            x = dw > 0 ? w + dw * (max - w) / range : w + dw * (w - min) / range;
        } else {
            x = w + dw;
        }
        return Math.min(max, Math.max(min, x));
    }

    /** Clips a weight into the bounds. */
    public float clip(float w) {
        return Math.min(max, Math.max(min, w));
    }
}
