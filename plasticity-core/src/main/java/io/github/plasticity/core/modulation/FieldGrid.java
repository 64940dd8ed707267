package io.github.plasticity.core.modulation;

import io.github.plasticity.core.Population;
import io.github.plasticity.core.internal.Args;

/**
 * A square grid of nodes covering part of the cortical sheet, on which a {@link
 * NeuromodulatorField} stores its concentration. Node {@code (i, j)} sits at \( (x_0 + i h, y_0 + j
 * h) \) and stands for the square cell of side \( h \) centred on it; the field's no-flux boundary
 * lies on the outer faces of the border cells, half a spacing outside the outer nodes.
 *
 * @param x0Mm medial-lateral position of node (0, 0) (mm), finite
 * @param y0Mm rostral-caudal position of node (0, 0) (mm), finite
 * @param spacingMm node spacing \( h \) (mm), &gt; 0 and finite
 * @param nx number of nodes along x, &gt;= 1
 * @param ny number of nodes along y, &gt;= 1; {@code nx * ny} at most {@link Integer#MAX_VALUE}
 */
public record FieldGrid(double x0Mm, double y0Mm, double spacingMm, int nx, int ny) {
    /** Validates the grid (NaN and infinities refused). */
    public FieldGrid {
        Args.finite("x0Mm", x0Mm, "mm");
        Args.finite("y0Mm", y0Mm, "mm");
        Args.positive("spacingMm", spacingMm, "mm");
        Args.atLeast("nx", nx, 1);
        Args.atLeast("ny", ny, 1);
        if ((long) nx * ny > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "nx * ny must be <= " + Integer.MAX_VALUE + ": " + nx + " x " + ny);
        }
    }

    /**
     * The smallest grid with spacing {@code spacingMm} whose nodes span the positions of every unit
     * of the populations, widened by {@code marginMm} on each side.
     *
     * @param spacingMm node spacing (mm), &gt; 0 and finite
     * @param marginMm margin around the units (mm), &gt;= 0 and finite
     * @param populations populations whose unit positions must be covered (at least one)
     * @return the grid
     */
    public static FieldGrid covering(double spacingMm, double marginMm, Population... populations) {
        Args.positive("spacingMm", spacingMm, "mm");
        Args.nonNegative("marginMm", marginMm, "mm");
        if (populations == null || populations.length == 0) {
            throw new IllegalArgumentException("at least one population is needed");
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Population p : populations) {
            Args.notNull("population", p);
            for (int i = 0; i < p.size(); i++) {
                minX = Math.min(minX, p.xMm(i));
                maxX = Math.max(maxX, p.xMm(i));
                minY = Math.min(minY, p.yMm(i));
                maxY = Math.max(maxY, p.yMm(i));
            }
        }
        minX -= marginMm;
        minY -= marginMm;
        int nx = (int) Math.ceil((maxX + marginMm - minX) / spacingMm - 1e-9) + 1;
        int ny = (int) Math.ceil((maxY + marginMm - minY) / spacingMm - 1e-9) + 1;
        return new FieldGrid(minX, minY, spacingMm, nx, ny);
    }

    /** Number of nodes, {@code nx * ny}. */
    public int size() {
        return nx * ny;
    }

    /** Position of node column {@code i} (mm). */
    public double xMm(int i) {
        return x0Mm + i * spacingMm;
    }

    /** Position of node row {@code j} (mm). */
    public double yMm(int j) {
        return y0Mm + j * spacingMm;
    }

    /** Area of one cell, \( h^2 \) (mm²). */
    public double cellAreaMm2() {
        return spacingMm * spacingMm;
    }
}
