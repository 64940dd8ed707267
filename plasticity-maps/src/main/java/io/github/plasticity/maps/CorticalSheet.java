package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;
import java.util.Arrays;

/**
 * A flat patch of cortex sampled by sites on a square grid, with a mask that says which grid cells
 * belong to the cortical region being modelled.
 *
 * <p>The grid has {@code nx} columns along the medial-lateral axis and {@code ny} rows along the
 * rostral-caudal axis, {@code spacingMm} apart. Grid cell {@code (column, row)} sits at \( x =
 * column \cdot spacing \), \( y = row \cdot spacing \) (mm): {@code x = 0} is the medial edge,
 * {@code y = 0} the rostral edge. Sites are the grid cells inside the mask, numbered in raster
 * order (row by row, medial to lateral within a row). Each site stands for a square of cortex of
 * area {@link #siteAreaMm2()}. Two sites are <em>adjacent</em> when they are horizontal or vertical
 * grid neighbours (4-neighbourhood); adjacency defines patches, fractures and the topographic error
 * of self-organising maps throughout this package.
 *
 * <p>Immutable and thread-safe.
 */
public final class CorticalSheet {
    /** Which points of the grid belong to the cortical region. */
    @FunctionalInterface
    public interface Region {
        /**
         * Whether the point belongs to the region.
         *
         * @param xMm medial-lateral coordinate (mm)
         * @param yMm rostral-caudal coordinate (mm)
         * @return true inside the region
         */
        boolean contains(double xMm, double yMm);
    }

    private final int nx;
    private final int ny;
    private final double spacingMm;
    private final int[] cellOfSite;
    private final int[] siteOfCell;
    private final int[] pairA;
    private final int[] pairB;
    private final int[][] neighbours;

    private CorticalSheet(int nx, int ny, double spacingMm, boolean[] mask) {
        this.nx = nx;
        this.ny = ny;
        this.spacingMm = spacingMm;
        this.siteOfCell = new int[nx * ny];
        int n = 0;
        for (int c = 0; c < mask.length; c++) {
            siteOfCell[c] = mask[c] ? n++ : -1;
        }
        if (n == 0) {
            throw new IllegalArgumentException("the mask selects no grid cell");
        }
        this.cellOfSite = new int[n];
        for (int c = 0; c < mask.length; c++) {
            if (siteOfCell[c] >= 0) {
                cellOfSite[siteOfCell[c]] = c;
            }
        }
        int[] a = new int[2 * n];
        int[] b = new int[2 * n];
        int[] degree = new int[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            int col = cellOfSite[s] % nx;
            int row = cellOfSite[s] / nx;
            int right = col + 1 < nx ? siteOfCell[cellOfSite[s] + 1] : -1;
            int below = row + 1 < ny ? siteOfCell[cellOfSite[s] + nx] : -1;
            for (int t : new int[] {right, below}) {
                if (t >= 0) {
                    a[m] = s;
                    b[m] = t;
                    degree[s]++;
                    degree[t]++;
                    m++;
                }
            }
        }
        this.pairA = Arrays.copyOf(a, m);
        this.pairB = Arrays.copyOf(b, m);
        this.neighbours = new int[n][];
        int[] fill = new int[n];
        for (int s = 0; s < n; s++) {
            neighbours[s] = new int[degree[s]];
        }
        for (int k = 0; k < m; k++) {
            neighbours[pairA[k]][fill[pairA[k]]++] = pairB[k];
            neighbours[pairB[k]][fill[pairB[k]]++] = pairA[k];
        }
        for (int[] nb : neighbours) {
            Arrays.sort(nb);
        }
    }

    /**
     * A rectangular sheet: every grid cell is a site.
     *
     * @param nx columns along the medial-lateral axis, &gt;= 1
     * @param ny rows along the rostral-caudal axis, &gt;= 1
     * @param spacingMm distance between neighbouring sites (mm), &gt; 0 and finite
     * @return the sheet
     */
    public static CorticalSheet rectangle(int nx, int ny, double spacingMm) {
        checkGrid(nx, ny, spacingMm);
        boolean[] mask = new boolean[nx * ny];
        Arrays.fill(mask, true);
        return new CorticalSheet(nx, ny, spacingMm, mask);
    }

    /**
     * A sheet whose sites are the grid cells inside a region.
     *
     * @param nx columns along the medial-lateral axis, &gt;= 1
     * @param ny rows along the rostral-caudal axis, &gt;= 1
     * @param spacingMm distance between neighbouring sites (mm), &gt; 0 and finite
     * @param region which grid points are cortex; must select at least one
     * @return the sheet
     */
    public static CorticalSheet masked(int nx, int ny, double spacingMm, Region region) {
        checkGrid(nx, ny, spacingMm);
        Args.notNull("region", region);
        boolean[] mask = new boolean[nx * ny];
        for (int c = 0; c < mask.length; c++) {
            mask[c] = region.contains((c % nx) * spacingMm, (c / nx) * spacingMm);
        }
        return new CorticalSheet(nx, ny, spacingMm, mask);
    }

    /**
     * A sheet whose sites are the grid cells flagged in a mask.
     *
     * @param nx columns along the medial-lateral axis, &gt;= 1
     * @param ny rows along the rostral-caudal axis, &gt;= 1
     * @param spacingMm distance between neighbouring sites (mm), &gt; 0 and finite
     * @param mask {@code mask[row * nx + column]} true for cortex; length {@code nx * ny}; read,
     *     copied; at least one true
     * @return the sheet
     */
    public static CorticalSheet masked(int nx, int ny, double spacingMm, boolean[] mask) {
        checkGrid(nx, ny, spacingMm);
        Args.notNull("mask", mask);
        Args.length("mask", mask.length, nx * ny);
        return new CorticalSheet(nx, ny, spacingMm, mask.clone());
    }

    private static void checkGrid(int nx, int ny, double spacingMm) {
        Args.atLeast("nx", nx, 1);
        Args.atLeast("ny", ny, 1);
        Args.positive("spacingMm", spacingMm, "mm");
        if ((long) nx * ny > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("grid too large: " + nx + " x " + ny);
        }
    }

    /** Number of grid columns (medial-lateral). */
    public int nx() {
        return nx;
    }

    /** Number of grid rows (rostral-caudal). */
    public int ny() {
        return ny;
    }

    /** Distance between neighbouring grid points (mm). */
    public double spacingMm() {
        return spacingMm;
    }

    /** Area of cortex one site stands for, {@code spacingMm²} (mm²). */
    public double siteAreaMm2() {
        return spacingMm * spacingMm;
    }

    /** Number of sites (grid cells inside the mask). */
    public int siteCount() {
        return cellOfSite.length;
    }

    /** Grid column of a site (0 = medial). */
    public int column(int site) {
        return cellOfSite[site] % nx;
    }

    /** Grid row of a site (0 = rostral). */
    public int row(int site) {
        return cellOfSite[site] / nx;
    }

    /** Medial-lateral coordinate of a site (mm). */
    public double xMm(int site) {
        return column(site) * spacingMm;
    }

    /** Rostral-caudal coordinate of a site (mm). */
    public double yMm(int site) {
        return row(site) * spacingMm;
    }

    /**
     * The site at a grid cell.
     *
     * @param column grid column
     * @param row grid row
     * @return the site, or -1 when the cell is outside the grid or the mask
     */
    public int siteAt(int column, int row) {
        if (column < 0 || column >= nx || row < 0 || row >= ny) {
            return -1;
        }
        return siteOfCell[row * nx + column];
    }

    /** Medial-lateral coordinates of all sites (mm), a new array. */
    public double[] xCopy() {
        double[] x = new double[siteCount()];
        for (int s = 0; s < x.length; s++) {
            x[s] = xMm(s);
        }
        return x;
    }

    /** Rostral-caudal coordinates of all sites (mm), a new array. */
    public double[] yCopy() {
        double[] y = new double[siteCount()];
        for (int s = 0; s < y.length; s++) {
            y[s] = yMm(s);
        }
        return y;
    }

    /** Euclidean distance between two sites on the sheet (mm). */
    public double distanceMm(int a, int b) {
        double dx = (column(a) - column(b)) * spacingMm;
        double dy = (row(a) - row(b)) * spacingMm;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The adjacent sites of a site (4-neighbourhood inside the mask), increasing; a copy. */
    public int[] neighbours(int site) {
        return neighbours[site].clone();
    }

    /** Number of adjacent sites of a site (0 to 4). */
    public int neighbourCount(int site) {
        return neighbours[site].length;
    }

    /**
     * The {@code k}-th adjacent site of a site, in increasing order (no allocation).
     *
     * @param site the site
     * @param k index, {@code 0 <= k < neighbourCount(site)}
     * @return the adjacent site
     */
    public int neighbour(int site, int k) {
        return neighbours[site][k];
    }

    /** Number of unordered pairs of adjacent sites. */
    public int adjacentPairCount() {
        return pairA.length;
    }

    /** First site of adjacent pair {@code k} (the medial or rostral one). */
    public int pairFirst(int k) {
        return pairA[k];
    }

    /** Second site of adjacent pair {@code k} (the lateral or caudal one). */
    public int pairSecond(int k) {
        return pairB[k];
    }

    /** Whether the two sheets have the same grid, spacing and mask. */
    public boolean sameGeometry(CorticalSheet other) {
        return other == this
                || (other != null
                        && other.nx == nx
                        && other.ny == ny
                        && Double.compare(other.spacingMm, spacingMm) == 0
                        && Arrays.equals(other.cellOfSite, cellOfSite));
    }

    @Override
    public String toString() {
        return "CorticalSheet["
                + nx
                + " x "
                + ny
                + " grid, "
                + spacingMm
                + " mm, "
                + siteCount()
                + " sites]";
    }
}
