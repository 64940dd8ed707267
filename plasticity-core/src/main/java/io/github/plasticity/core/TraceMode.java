package io.github.plasticity.core;

/** How a spike updates an exponential trace. */
public enum TraceMode {
    /** All-to-all interaction: each spike adds 1 ({@code x += 1}). */
    ALL_TO_ALL,
    /** Nearest-spike interaction: each spike resets the trace to 1 ({@code x = 1}). */
    NEAREST
}
