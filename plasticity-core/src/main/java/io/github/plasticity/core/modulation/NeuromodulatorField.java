package io.github.plasticity.core.modulation;

import io.github.plasticity.core.Modulator;
import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.internal.Args;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A neuromodulator concentration on a grid covering the cortical sheet (µM): tonic baseline, phasic
 * releases, first-order clearance and diffusion,
 *
 * <p>\[ c = \max(0,\ c_0 + e), \qquad \frac{\partial e}{\partial t} = D \nabla^2 e - \frac{e}{\tau}
 * + \sum_k a_k\, g_k(x, y)\, \delta(t - t_k) + s(t)\, g_s(x, y), \]
 *
 * <p>where \( e \) is the excess over the baseline \( c_0 \) ({@link FieldParameters}), a release
 * \( k \) at time \( t_k \) adds \( a_k \) µM with footprint \( g_k = 1 \) (global) or \( g_k =
 * \exp(-((x - x_k)^2 + (y - y_k)^2) / 2\sigma_k^2) \) (local, peak \( a_k \) at the release point,
 * amount \( 2\pi\sigma_k^2 a_k \) µM·mm² on an unbounded sheet), and influxes \( s(t) \) (µM/ms)
 * add continuous release. Negative releases are dips; the concentration read by rules is clipped at
 * 0.
 *
 * <p><b>Numerics.</b> Each step (1) diffuses \( e \) with the explicit five-point scheme in flux
 * form, {@link #withDiffusionSubsteps n} times with step \( \Delta t/n \); (2) applies the decay
 * exactly, \( e \leftarrow e\, e^{-\Delta t/\tau} \) (decay is spatially uniform, so it commutes
 * with diffusion and the splitting is exact); (3) adds the releases whose time lies in the step,
 * each decayed exactly from its time to the step's end \( a_k e^{-(t_{end} - t_k)/\tau} \) but not
 * diffused during that partial step (an \( O(D \Delta t) \) approximation); (4) adds influxes, \(
 * s(t_{mid})\, \tau (1 - e^{-\Delta t/\tau}) \) (exact for a rate constant over the step). The
 * explicit step is stable and monotone (no new extrema, so no negative concentrations) when \( r =
 * D (\Delta t / n) / h^2 \le 1/4 \) (2-D); {@link Modulator#attach} refuses a time step beyond this
 * bound with an {@link IllegalArgumentException} naming \( D \), \( \Delta t \), \( h \), \( n \),
 * \( r \) and the number of substeps that would be stable. With measured diffusion coefficients (\(
 * \sim 10^{-7}\ \text{mm}^2/\text{ms} \)) and grid spacings of tens of µm, \( r \) is below \(
 * 10^{-3} \).
 *
 * <p><b>Boundary.</b> No flux across the outer faces of the border cells (half a spacing outside
 * the outer nodes): diffusion conserves \( \sum e\, h^2 \) to round-off; only decay and releases
 * change it.
 *
 * <p><b>Sampling.</b> {@link #sample} interpolates the nodal concentrations \( \max(0, c_0 + e) \)
 * bilinearly; positions outside the span of the nodes take the value at the nearest point of that
 * span (constant extrapolation, consistent with the no-flux boundary).
 *
 * <p>State (checkpointed): the excess per node, the clock and the pending releases. Influxes are
 * configuration and must be added again, identically, before a restore. Not thread-safe: schedule
 * releases from the thread that drives the simulation.
 */
public final class NeuromodulatorField implements Modulator {
    /**
     * The largest stable explicit diffusion number \( D \Delta t_{sub} / h^2 \) in two dimensions.
     */
    public static final double STABILITY_LIMIT = 0.25;

    private static final int REL_FIELDS = 5;

    private final String name;
    private final FieldGrid grid;
    private final FieldParameters parameters;
    private final int nx;
    private final int ny;
    private final double h;
    private final double baseline;
    private final double tauMs;
    private final double diffusion;
    private final double[] excess;
    private final double[] scratch;
    private final double[] gx;
    private final double[] gy;
    private final double[] clock = new double[1];
    private final List<Influx> influxes = new ArrayList<>();
    private int substeps = 1;
    private boolean attached;
    private double dtMs = Double.NaN;
    private double decay = 1.0;
    private double influxFactorMs;
    private double r;

    // Pending releases sorted by time: time, amount, x, y, sigma (sigma 0 = global).
    private double[] releases = new double[REL_FIELDS * 8];
    private int releaseCount;
    private int next;

    private static final class Influx {
        final DoubleUnaryOperator rate;
        final double[] profile;

        Influx(DoubleUnaryOperator rate, double[] profile) {
            this.rate = rate;
            this.profile = profile;
        }
    }

    private NeuromodulatorField(String name, FieldGrid grid, FieldParameters parameters) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("name must be non-blank without '/': " + name);
        }
        this.name = name;
        this.grid = Args.notNull("grid", grid);
        this.parameters = Args.notNull("parameters", parameters);
        this.nx = grid.nx();
        this.ny = grid.ny();
        this.h = grid.spacingMm();
        this.baseline = parameters.baselineMicroMolar();
        this.tauMs = parameters.tauMs();
        this.diffusion = parameters.diffusionMm2PerMs();
        this.excess = new double[grid.size()];
        this.scratch = new double[grid.size()];
        this.gx = new double[nx];
        this.gy = new double[ny];
    }

    /**
     * A field.
     *
     * @param name unique modulator name (rules and gates refer to it)
     * @param grid the grid
     * @param parameters baseline, clearance and diffusion
     * @return the field, at baseline everywhere
     */
    public static NeuromodulatorField of(String name, FieldGrid grid, FieldParameters parameters) {
        return new NeuromodulatorField(name, grid, parameters);
    }

    /**
     * A dopamine field named {@code "dopamine"} with {@link FieldParameters#dopamine()}.
     *
     * @param grid the grid
     * @return the field
     */
    public static NeuromodulatorField dopamine(FieldGrid grid) {
        return of("dopamine", grid, FieldParameters.dopamine());
    }

    /**
     * An acetylcholine field named {@code "acetylcholine"} with {@link
     * FieldParameters#acetylcholine()}.
     *
     * @param grid the grid
     * @return the field
     */
    public static NeuromodulatorField acetylcholine(FieldGrid grid) {
        return of("acetylcholine", grid, FieldParameters.acetylcholine());
    }

    /**
     * Splits each step's diffusion into {@code n} explicit substeps (default 1), which raises the
     * stable time step {@code n}-fold. Must be called before the field is added to a simulation.
     *
     * @param n substeps, &gt;= 1
     * @return this field
     */
    public NeuromodulatorField withDiffusionSubsteps(int n) {
        if (attached) {
            throw new IllegalStateException(
                    "field '" + name + "' is already part of a simulation; set substeps before");
        }
        this.substeps = Args.atLeast("substeps", n, 1);
        return this;
    }

    /**
     * The smallest number of substeps for which the explicit diffusion step is stable.
     *
     * @param diffusionMm2PerMs diffusion coefficient (mm²/ms), &gt;= 0 and finite
     * @param dtMs time step (ms), &gt; 0 and finite
     * @param spacingMm grid spacing (mm), &gt; 0 and finite
     * @return \( \lceil D \Delta t / (h^2/4) \rceil \), at least 1
     */
    public static int requiredSubsteps(double diffusionMm2PerMs, double dtMs, double spacingMm) {
        Args.nonNegative("diffusionMm2PerMs", diffusionMm2PerMs, "mm^2/ms");
        Args.positive("dtMs", dtMs, "ms");
        Args.positive("spacingMm", spacingMm, "mm");
        double n = Math.ceil(diffusionMm2PerMs * dtMs / (spacingMm * spacingMm) / STABILITY_LIMIT);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, n));
    }

    @Override
    public String name() {
        return name;
    }

    /** The grid. */
    public FieldGrid grid() {
        return grid;
    }

    /** The parameters. */
    public FieldParameters parameters() {
        return parameters;
    }

    /** Diffusion substeps per simulation step. */
    public int diffusionSubsteps() {
        return substeps;
    }

    /**
     * The explicit diffusion number \( D \Delta t / (n h^2) \) of the attached field (NaN before
     * attachment); at most {@link #STABILITY_LIMIT}.
     */
    public double diffusionNumber() {
        return r;
    }

    /**
     * Checks the stability bound and prepares the step constants.
     *
     * @param dt the simulation's time step (ms)
     * @throws IllegalArgumentException if \( D \Delta t/(n h^2) &gt; 1/4 \)
     * @throws IllegalStateException if the field is already part of a simulation
     */
    @Override
    public void attach(double dt) {
        if (attached) {
            throw new IllegalStateException("field '" + name + "' is already part of a simulation");
        }
        Args.positive("dtMs", dt, "ms");
        double number = diffusion * (dt / substeps) / (h * h);
        if (!(number <= STABILITY_LIMIT)) {
            throw new IllegalArgumentException(
                    "field '"
                            + name
                            + "': explicit diffusion is unstable, D dt / (n h^2) = "
                            + number
                            + " > "
                            + STABILITY_LIMIT
                            + " (D = "
                            + diffusion
                            + " mm^2/ms, dt = "
                            + dt
                            + " ms, h = "
                            + h
                            + " mm, n = "
                            + substeps
                            + " substeps); use withDiffusionSubsteps("
                            + requiredSubsteps(diffusion, dt, h)
                            + "), a coarser grid or a smaller time step");
        }
        this.dtMs = dt;
        this.r = number;
        if (tauMs == Double.POSITIVE_INFINITY) {
            this.decay = 1.0;
            this.influxFactorMs = dt;
        } else {
            this.decay = Math.exp(-dt / tauMs);
            this.influxFactorMs = -tauMs * Math.expm1(-dt / tauMs);
        }
        this.attached = true;
    }

    /**
     * Schedules a global release (added everywhere on the grid).
     *
     * @param timeMs release time (ms), &gt;= the end of the last computed step, finite
     * @param amountMicroMolar concentration added (µM), finite; negative for a dip
     */
    public void releaseAt(double timeMs, double amountMicroMolar) {
        checkRelease(timeMs, amountMicroMolar);
        insert(timeMs, amountMicroMolar, 0, 0, 0);
    }

    /**
     * Schedules a local release with a Gaussian footprint.
     *
     * @param timeMs release time (ms), &gt;= the end of the last computed step, finite
     * @param amountMicroMolar peak concentration added at the release point (µM), finite; negative
     *     for a dip
     * @param xMm release point (mm), finite
     * @param yMm release point (mm), finite
     * @param sigmaMm standard deviation of the footprint (mm), &gt; 0 and finite
     */
    public void releaseAt(
            double timeMs, double amountMicroMolar, double xMm, double yMm, double sigmaMm) {
        checkRelease(timeMs, amountMicroMolar);
        Args.finite("xMm", xMm, "mm");
        Args.finite("yMm", yMm, "mm");
        Args.positive("sigmaMm", sigmaMm, "mm");
        insert(timeMs, amountMicroMolar, xMm, yMm, sigmaMm);
    }

    /**
     * A global release now (at the end of the last computed step; it enters the next step).
     *
     * @param amountMicroMolar concentration added (µM), finite
     */
    public void release(double amountMicroMolar) {
        releaseAt(clock[0], amountMicroMolar);
    }

    /**
     * A local release now.
     *
     * @param amountMicroMolar peak concentration added (µM), finite
     * @param xMm release point (mm), finite
     * @param yMm release point (mm), finite
     * @param sigmaMm footprint standard deviation (mm), &gt; 0 and finite
     */
    public void release(double amountMicroMolar, double xMm, double yMm, double sigmaMm) {
        releaseAt(clock[0], amountMicroMolar, xMm, yMm, sigmaMm);
    }

    /**
     * Adds a continuous global release, \( s(t) \) µM/ms, evaluated once per step at the step's
     * midpoint. The function must return finite values and should be a pure function of time.
     *
     * @param rateMicroMolarPerMs release rate as a function of time in ms (µM/ms)
     */
    public void addInflux(DoubleUnaryOperator rateMicroMolarPerMs) {
        influxes.add(new Influx(Args.notNull("rate", rateMicroMolarPerMs), null));
    }

    /**
     * Adds a continuous local release with a Gaussian footprint (peak rate at the point).
     *
     * @param rateMicroMolarPerMs peak release rate as a function of time in ms (µM/ms)
     * @param xMm centre (mm), finite
     * @param yMm centre (mm), finite
     * @param sigmaMm footprint standard deviation (mm), &gt; 0 and finite
     */
    public void addInflux(
            DoubleUnaryOperator rateMicroMolarPerMs, double xMm, double yMm, double sigmaMm) {
        Args.notNull("rate", rateMicroMolarPerMs);
        Args.finite("xMm", xMm, "mm");
        Args.finite("yMm", yMm, "mm");
        Args.positive("sigmaMm", sigmaMm, "mm");
        double[] profile = new double[grid.size()];
        footprint(xMm, yMm, sigmaMm);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                profile[j * nx + i] = gx[i] * gy[j];
            }
        }
        influxes.add(new Influx(rateMicroMolarPerMs, profile));
    }

    private void checkRelease(double timeMs, double amount) {
        Args.finite("amountMicroMolar", amount, "µM");
        if (!(timeMs >= clock[0] && timeMs < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "timeMs must be >= the current time "
                            + clock[0]
                            + " and finite (ms): "
                            + timeMs);
        }
    }

    private void insert(double t, double a, double x, double y, double s) {
        if (next > 0) {
            // Drop releases already applied, so the pending list stays small.
            System.arraycopy(
                    releases, next * REL_FIELDS, releases, 0, (releaseCount - next) * REL_FIELDS);
            releaseCount -= next;
            next = 0;
        }
        if ((releaseCount + 1) * REL_FIELDS > releases.length) {
            releases = Arrays.copyOf(releases, releases.length * 2);
        }
        int pos = releaseCount;
        while (pos > 0 && releases[(pos - 1) * REL_FIELDS] > t) {
            pos--;
        }
        System.arraycopy(
                releases,
                pos * REL_FIELDS,
                releases,
                (pos + 1) * REL_FIELDS,
                (releaseCount - pos) * REL_FIELDS);
        int o = pos * REL_FIELDS;
        releases[o] = t;
        releases[o + 1] = a;
        releases[o + 2] = x;
        releases[o + 3] = y;
        releases[o + 4] = s;
        releaseCount++;
    }

    @Override
    public void step(StepContext ctx) {
        if (!attached) {
            throw new IllegalStateException("field '" + name + "' is not part of a simulation");
        }
        final double t1 = ctx.endTimeMs();
        if (diffusion > 0 && excess.length > 1) {
            for (int s = 0; s < substeps; s++) {
                diffuse();
            }
        }
        if (decay != 1.0) {
            final double d = decay;
            final double[] e = excess;
            for (int k = 0; k < e.length; k++) {
                e[k] *= d;
            }
        }
        while (next < releaseCount && releases[next * REL_FIELDS] <= t1) {
            int o = next * REL_FIELDS;
            double f =
                    tauMs == Double.POSITIVE_INFINITY ? 1.0 : Math.exp(-(t1 - releases[o]) / tauMs);
            deposit(releases[o + 1] * f, releases[o + 2], releases[o + 3], releases[o + 4]);
            next++;
        }
        if (!influxes.isEmpty()) {
            double tMid = ctx.timeMs() + 0.5 * ctx.dtMs();
            for (int q = 0; q < influxes.size(); q++) {
                Influx in = influxes.get(q);
                double rate = in.rate.applyAsDouble(tMid);
                if (!(Math.abs(rate) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalStateException(
                            "influx of field '"
                                    + name
                                    + "' returned "
                                    + rate
                                    + " µM/ms at "
                                    + tMid
                                    + " ms; it must be finite");
                }
                double amount = rate * influxFactorMs;
                if (amount == 0) {
                    continue;
                }
                final double[] e = excess;
                if (in.profile == null) {
                    for (int k = 0; k < e.length; k++) {
                        e[k] += amount;
                    }
                } else {
                    final double[] g = in.profile;
                    for (int k = 0; k < e.length; k++) {
                        e[k] += amount * g[k];
                    }
                }
            }
        }
        clock[0] = t1;
    }

    /** One explicit diffusion substep in flux form with no-flux faces. */
    private void diffuse() {
        final double[] e = excess;
        final double[] out = scratch;
        final double rr = r;
        final int w = nx;
        for (int j = 0; j < ny; j++) {
            final int row = j * w;
            final boolean interiorRow = j > 0 && j < ny - 1;
            if (interiorRow && w > 2) {
                out[row] = e[row] + rr * boundaryLaplacian(0, j);
                for (int k = row + 1; k < row + w - 1; k++) {
                    double c = e[k];
                    out[k] =
                            c
                                    + rr
                                            * ((e[k - 1] - c)
                                                    + (e[k + 1] - c)
                                                    + (e[k - w] - c)
                                                    + (e[k + w] - c));
                }
                out[row + w - 1] = e[row + w - 1] + rr * boundaryLaplacian(w - 1, j);
            } else {
                for (int i = 0; i < w; i++) {
                    out[row + i] = e[row + i] + rr * boundaryLaplacian(i, j);
                }
            }
        }
        System.arraycopy(out, 0, e, 0, e.length);
    }

    private double boundaryLaplacian(int i, int j) {
        final double[] e = excess;
        final int k = j * nx + i;
        final double c = e[k];
        double lap = 0;
        if (i > 0) {
            lap += e[k - 1] - c;
        }
        if (i < nx - 1) {
            lap += e[k + 1] - c;
        }
        if (j > 0) {
            lap += e[k - nx] - c;
        }
        if (j < ny - 1) {
            lap += e[k + nx] - c;
        }
        return lap;
    }

    private void deposit(double amount, double x, double y, double sigma) {
        final double[] e = excess;
        if (sigma == 0) {
            for (int k = 0; k < e.length; k++) {
                e[k] += amount;
            }
            return;
        }
        footprint(x, y, sigma);
        for (int j = 0; j < ny; j++) {
            double a = amount * gy[j];
            if (a == 0) {
                continue;
            }
            int row = j * nx;
            for (int i = 0; i < nx; i++) {
                e[row + i] += a * gx[i];
            }
        }
    }

    /** Fills gx, gy with the separable Gaussian factors of a footprint. */
    private void footprint(double x, double y, double sigma) {
        double inv = 1.0 / (2 * sigma * sigma);
        for (int i = 0; i < nx; i++) {
            double d = grid.xMm(i) - x;
            gx[i] = Math.exp(-d * d * inv);
        }
        for (int j = 0; j < ny; j++) {
            double d = grid.yMm(j) - y;
            gy[j] = Math.exp(-d * d * inv);
        }
    }

    @Override
    public void sample(double[] xMm, double[] yMm, double[] outMicroMolar) {
        if (xMm.length != yMm.length || outMicroMolar.length != xMm.length) {
            throw new IllegalArgumentException(
                    "xMm, yMm and outMicroMolar must have equal lengths: "
                            + xMm.length
                            + ", "
                            + yMm.length
                            + ", "
                            + outMicroMolar.length);
        }
        for (int q = 0; q < xMm.length; q++) {
            outMicroMolar[q] = concentrationAt(xMm[q], yMm[q]);
        }
    }

    /**
     * The concentration at a point, interpolated bilinearly between nodes (µM).
     *
     * @param xMm position (mm)
     * @param yMm position (mm)
     * @return the concentration (µM), &gt;= 0
     */
    public double concentrationAt(double xMm, double yMm) {
        double fx = clampIndex((xMm - grid.x0Mm()) / h, nx);
        double fy = clampIndex((yMm - grid.y0Mm()) / h, ny);
        int i0 = Math.min((int) fx, Math.max(0, nx - 2));
        int j0 = Math.min((int) fy, Math.max(0, ny - 2));
        double tx = fx - i0;
        double ty = fy - j0;
        int i1 = Math.min(i0 + 1, nx - 1);
        int j1 = Math.min(j0 + 1, ny - 1);
        double c00 = node(i0, j0);
        double c10 = node(i1, j0);
        double c01 = node(i0, j1);
        double c11 = node(i1, j1);
        return (1 - ty) * ((1 - tx) * c00 + tx * c10) + ty * ((1 - tx) * c01 + tx * c11);
    }

    private static double clampIndex(double f, int n) {
        if (!(f > 0)) {
            return 0;
        }
        return Math.min(f, n - 1);
    }

    private double node(int i, int j) {
        return Math.max(0.0, baseline + excess[j * nx + i]);
    }

    /** Nodal concentrations \( \max(0, c_0 + e) \), row by row ({@code j * nx + i}) (µM). */
    public double[] concentrationCopy() {
        double[] c = new double[excess.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = Math.max(0.0, baseline + excess[k]);
        }
        return c;
    }

    /** Nodal excess over baseline \( e \), row by row (µM); may be negative after dips. */
    public double[] excessCopy() {
        return excess.clone();
    }

    /**
     * The total excess, \( \sum_k e_k h^2 \) (µM·mm²): conserved by diffusion, changed only by
     * decay, releases and influxes.
     */
    public double totalExcessMicroMolarMm2() {
        double s = 0;
        for (double v : excess) {
            s += v;
        }
        return s * h * h;
    }

    /** Time up to which the field has been computed (ms). */
    public double timeMs() {
        return clock[0];
    }

    /** The step length this field was attached with (ms), NaN before. */
    public double dtMs() {
        return dtMs;
    }

    @Override
    public void registerState(StateRegistry registry) {
        registry.doubles("excess", excess);
        registry.doubles("time", clock);
        registry.custom(
                "releases",
                () -> {
                    int n = releaseCount - next;
                    ByteBuffer b = ByteBuffer.allocate(8 * REL_FIELDS * n);
                    for (int k = next * REL_FIELDS; k < releaseCount * REL_FIELDS; k++) {
                        b.putDouble(releases[k]);
                    }
                    return b.array();
                },
                bytes -> {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    int n = bytes.length / (8 * REL_FIELDS);
                    double[] a = new double[Math.max(REL_FIELDS * 8, n * REL_FIELDS)];
                    for (int k = 0; k < n * REL_FIELDS; k++) {
                        a[k] = b.getDouble();
                    }
                    releases = a;
                    releaseCount = n;
                    next = 0;
                });
    }
}
