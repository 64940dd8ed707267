package io.github.plasticity.maps.layout;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of the batch self-organising map that lays an {@link ActionRepertoire} onto the sheet
 * ({@link SelfOrganisingMap}).
 *
 * <p>The neighbourhood is Gaussian in grid distance, \( h_{ij} = e^{-d_{ij}^2 / 2\sigma^2} \)
 * (distance in grid steps), and its width shrinks geometrically over the epochs, \( \sigma_t =
 * \sigma_0 (\sigma_{end}/\sigma_0)^{t/(T-1)} \), the last epoch using \( \sigma_{end} \). The final
 * width sets the trade-off of Aflalo &amp; Graziano 2006: a wide neighbourhood keeps the map
 * continuous (low topographic error) at the price of fit (high quantisation error).
 *
 * @param epochs number of batch epochs {@code T}, &gt;= 1
 * @param sigmaStartNodes \( \sigma_0 \) (grid steps), &gt; 0 and finite
 * @param sigmaEndNodes \( \sigma_{end} \) (grid steps), &gt; 0 and finite
 * @param somatotopyWeight weight of the somatotopic part of the features, &gt;= 0 and finite
 * @param handWeight weight of the hand-position part (per arm length), &gt;= 0 and finite
 * @param categoryWeight weight of the category part, &gt;= 0 and finite
 * @param initialNoise amplitude of the uniform noise added to the initial codebook, &gt;= 0 and
 *     finite
 */
public record SomParameters(
        int epochs,
        double sigmaStartNodes,
        double sigmaEndNodes,
        double somatotopyWeight,
        double handWeight,
        double categoryWeight,
        double initialNoise) {
    /** Validates every field (NaN and infinities refused). */
    public SomParameters {
        Args.atLeast("epochs", epochs, 1);
        Args.positive("sigmaStartNodes", sigmaStartNodes, "grid steps");
        Args.positive("sigmaEndNodes", sigmaEndNodes, "grid steps");
        Args.nonNegative("somatotopyWeight", somatotopyWeight, "dimensionless");
        Args.nonNegative("handWeight", handWeight, "per arm length");
        Args.nonNegative("categoryWeight", categoryWeight, "dimensionless");
        Args.nonNegative("initialNoise", initialNoise, "feature units");
    }

    /**
     * Defaults after Aflalo &amp; Graziano 2006 (J Neurosci 26:6288): a batch SOM whose codebook
     * starts from the orderly somatotopy (Woolsey's map in their model) and whose features combine
     * the three requisites. Their epochs, widths and requisite weights are not given in the sources
     * we could check (SCIENCE.md §8.1); ours: 30 epochs, \( \sigma \) from 2 to 1 grid steps,
     * weights 1 (somatotopy), 1 (hand position), 0.5 (category), initial noise 0.01. Starting from
     * the orderly map with a narrow neighbourhood keeps the gross somatotopy: with a start width of
     * 4 grid steps the digit territories lost their D1-D5 order in more seeds unless the somatotopy
     * weight was raised, which made the map less fractured.
     *
     * @return the parameters
     */
    public static SomParameters aflaloGraziano2006() {
        return new SomParameters(30, 2.0, 1.0, 1.0, 1.0, 0.5, 0.01);
    }

    /** A copy with another number of epochs. */
    public SomParameters withEpochs(int value) {
        return new SomParameters(
                value,
                sigmaStartNodes,
                sigmaEndNodes,
                somatotopyWeight,
                handWeight,
                categoryWeight,
                initialNoise);
    }

    /** A copy with another final neighbourhood width (grid steps). */
    public SomParameters withSigmaEndNodes(double value) {
        return new SomParameters(
                epochs,
                sigmaStartNodes,
                value,
                somatotopyWeight,
                handWeight,
                categoryWeight,
                initialNoise);
    }

    /** A copy with another initial neighbourhood width (grid steps). */
    public SomParameters withSigmaStartNodes(double value) {
        return new SomParameters(
                epochs,
                value,
                sigmaEndNodes,
                somatotopyWeight,
                handWeight,
                categoryWeight,
                initialNoise);
    }

    /** A copy with other requisite weights (somatotopy, hand position, category). */
    public SomParameters withWeights(double somatotopy, double hand, double category) {
        return new SomParameters(
                epochs, sigmaStartNodes, sigmaEndNodes, somatotopy, hand, category, initialNoise);
    }
}
