package io.github.plasticity.rules;

/** Row helpers shared by the rate rules of this package. Not API. */
final class Rows {
    private Rows() {}

    /**
     * The weighted sum \( \sum_k w_k x_{ix_k} \) of one row (dense rows use slot order).
     *
     * @param row weights of one postsynaptic unit; read
     * @param ix presynaptic index of each slot; read (ignored when dense)
     * @param x presynaptic rates (Hz); read
     * @param dense whether slot {@code k} is presynaptic unit {@code k}
     * @return the sum (weight units times Hz)
     */
    static double weightedSum(float[] row, int[] ix, double[] x, boolean dense) {
        double s = 0;
        if (dense) {
            for (int k = 0; k < row.length; k++) {
                s += row[k] * x[k];
            }
        } else {
            for (int k = 0; k < row.length; k++) {
                s += row[k] * x[ix[k]];
            }
        }
        return s;
    }
}
