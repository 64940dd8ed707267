package io.github.plasticity.rules;

import io.github.plasticity.core.internal.Args;

/**
 * Parameters of {@link PresynapticNormalization} and {@link PostsynapticNormalization}: the form of
 * the constraint on a total weight (the outgoing weight of a presynaptic unit, or the incoming
 * weight of a postsynaptic unit), and how fast it is enforced.
 *
 * <p>Written for the presynaptic case, with \( S_j = \sum_i w_{ij} \) the column total of
 * presynaptic unit {@code j} after the other rules of the step (the postsynaptic case exchanges
 * rows and columns), \( T_j \) its target and \( k = 1 - e^{-dt/\tau} \) ({@code k = 1} for \( \tau
 * = 0 \)):
 *
 * <ul>
 *   <li>{@link Form#MULTIPLICATIVE}: \( w_{ij} \leftarrow w_{ij} (1 + k (T_j / S_j - 1)) \), which
 *       preserves the ratios of the weights of a column (von der Malsburg 1973, Kybernetik 14:85,
 *       eq. 6; Miller &amp; MacKay 1994, Neural Comput 6:100, "multiplicative constraint");
 *   <li>{@link Form#SUBTRACTIVE}: \( w_{ij} \leftarrow w_{ij} + k (T_j - S_j) / n_j \) with \( n_j
 *       \) the number of synapses of the column, which preserves the differences (Miller &amp;
 *       MacKay 1994, "subtractive constraint").
 * </ul>
 *
 * <p>With \( \tau = 0 \) the constraint holds exactly after every step (up to float rounding and
 * the projection's bounds); with \( \tau &gt; 0 \) the total relaxes to its target with time
 * constant \( \tau \) (exactly: \( S - T \) is multiplied by \( e^{-dt/\tau} \) per step when no
 * other rule acts).
 *
 * @param form multiplicative or subtractive, not null
 * @param tauMs relaxation time constant \( \tau \) (ms), &gt;= 0 and finite; 0 enforces the total
 *     every step
 */
public record NormalizationParameters(Form form, double tauMs) {
    /** The form of the constraint. */
    public enum Form {
        /** Every weight of the column is multiplied by the same factor. */
        MULTIPLICATIVE,
        /** The same amount is added to every weight of the column. */
        SUBTRACTIVE
    }

    /** Validates both fields (NaN and infinities refused). */
    public NormalizationParameters {
        Args.notNull("form", form);
        Args.nonNegative("tauMs", tauMs, "ms");
    }

    /**
     * Multiplicative normalisation enforced every step (\( \tau = 0 \)), the form of von der
     * Malsburg 1973 (his eq. 6 rescales the afferent sum of a cortical cell after each learning
     * step; Miller &amp; MacKay 1994 analyse the multiplicative and subtractive forms for either
     * side).
     *
     * @return the parameters
     */
    public static NormalizationParameters vonDerMalsburg1973() {
        return new NormalizationParameters(Form.MULTIPLICATIVE, 0.0);
    }

    /**
     * A copy with another form.
     *
     * @param value the form, not null
     * @return the copy
     */
    public NormalizationParameters withForm(Form value) {
        return new NormalizationParameters(value, tauMs);
    }

    /**
     * A copy with another relaxation time constant.
     *
     * @param value \( \tau \) (ms), &gt;= 0 and finite
     * @return the copy
     */
    public NormalizationParameters withTauMs(double value) {
        return new NormalizationParameters(form, value);
    }
}
