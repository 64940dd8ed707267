package io.github.plasticity.maps.adaptation;

/** The kind of a trial of an adaptation protocol. */
public enum TrialType {
    /**
     * A movement under perturbation {@code f}: the error {@code e = f - x} drives learning. A
     * null-field (washout) trial is a perturbation trial with {@code f = 0}.
     */
    PERTURBATION,
    /**
     * An error-clamp trial: the error is held at zero whatever the output, so both processes only
     * decay (\( x_i \leftarrow A_i x_i \)); the output {@code x} is measured.
     */
    ERROR_CLAMP,
    /**
     * A set break or between-session interval expressed in trials: no movement and no error; both
     * processes decay as in an error clamp, but no output is observed (fits ignore these trials).
     */
    SET_BREAK
}
