package io.github.plasticity.maps;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.RateFunction;
import io.github.plasticity.core.RatePopulation;
import io.github.plasticity.core.RateSource;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.TransferFunction;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.core.internal.Args;
import io.github.plasticity.core.internal.IntList;

/**
 * A motor map as a network of the core: rate units at the sites of a {@link CorticalSheet}, lateral
 * Mexican-hat connections between them, afferent input per effector, and output (corticospinal)
 * weights from the sites onto effector units.
 *
 * <pre>
 *   afferents (RateSource, one unit per effector)
 *        | afferent: dense, effectors -&gt; sites
 *        v
 *   sites (RatePopulation at the sheet positions) &lt;-- excitation, inhibition (sites -&gt; sites)
 *        | output: dense, sites -&gt; effectors (the corticospinal weights W[e][i])
 *        v
 *   effectors (RatePopulation, one unit per effector: the drive of its motoneuron pool)
 * </pre>
 *
 * <p>Every part is an ordinary population or {@link Projection} of the simulation, so learning
 * rules attach to the projections ({@code network.output().withRule(...)}), monitors record them
 * and checkpoints save them. The map is not stored anywhere: it is read out of the weights by
 * {@link VirtualIcms} (what a stimulation of each site moves) or, anatomically, by {@link
 * #outputMap}. {@link #encode} writes a layout into the afferent and output weights.
 *
 * <p>Equations and parameters: {@link MapNetworkParameters}. Names: populations {@code
 * NAME.afferents}, {@code NAME.sites}, {@code NAME.effectors}; projections {@code NAME.afferent},
 * {@code NAME.excitation}, {@code NAME.inhibition}, {@code NAME.output}. Site units sit at their
 * sheet positions; afferent and effector units, which have no place on the sheet, are placed off it
 * (effector units at {@code x = -1} mm, afferent units at {@code x = -2} mm), so fields sampled on
 * the sheet do not reach them by accident. Not thread-safe, like its simulation.
 */
public final class MapNetwork {
    private final Simulation sim;
    private final String name;
    private final CorticalSheet sheet;
    private final BodyModel body;
    private final MapNetworkParameters parameters;
    private final double[] afferentRates;
    private final boolean ownDrive;
    private final RateSource afferents;
    private final RatePopulation sites;
    private final RatePopulation effectors;
    private final Projection afferent;
    private final Projection excitation;
    private final Projection inhibition;
    private final Projection output;

    private MapNetwork(
            Simulation sim,
            String name,
            CorticalSheet sheet,
            BodyModel body,
            MapNetworkParameters p,
            RateFunction drive) {
        this.sim = Args.notNull("sim", sim);
        this.name = Args.notNull("name", name);
        this.sheet = Args.notNull("sheet", sheet);
        this.body = Args.notNull("body", body);
        this.parameters = Args.notNull("parameters", p);
        int m = body.size();
        int n = sheet.siteCount();
        this.afferentRates = new double[m];
        this.ownDrive = drive == null;
        final double[] rates = afferentRates;
        RateFunction f = ownDrive ? (unit, t) -> rates[unit] : drive;
        RateSource ap = RateSource.of(name + ".afferents", m, f);
        double[] ax = new double[m];
        double[] ay = new double[m];
        for (int e = 0; e < m; e++) {
            ax[e] = -2.0;
            ay[e] = e * sheet.spacingMm();
        }
        ap.withPositions(ax, ay);
        this.afferents = sim.add(ap);
        RatePopulation sp =
                RatePopulation.of(
                        name + ".sites",
                        n,
                        p.siteTauMs(),
                        TransferFunction.thresholdLinear(
                                p.siteGain(), p.siteThreshold(), p.siteMaxRateHz()));
        sp.withPositions(sheet.xCopy(), sheet.yCopy());
        this.sites = sim.add(sp);
        double[] ex = new double[m];
        double[] ey = new double[m];
        for (int e = 0; e < m; e++) {
            ex[e] = -1.0;
            ey[e] = e * sheet.spacingMm();
        }
        RatePopulation ep =
                RatePopulation.of(
                        name + ".effectors",
                        m,
                        p.effectorTauMs(),
                        TransferFunction.thresholdLinear(1.0, 0.0, Double.POSITIVE_INFINITY));
        ep.withPositions(ex, ey);
        this.effectors = sim.add(ep);
        this.afferent =
                sim.connect(
                        name + ".afferent",
                        afferents,
                        sites,
                        Connectivity.allToAll(),
                        WeightInit.constant(0.0));
        this.excitation =
                lateral(name + ".excitation", p.excitationGain(), p.excitationSigmaMm(), 1.0);
        this.inhibition =
                lateral(name + ".inhibition", p.inhibitionGain(), p.inhibitionSigmaMm(), -1.0);
        this.output =
                sim.connect(
                        name + ".output",
                        sites,
                        effectors,
                        Connectivity.allToAll(),
                        WeightInit.constant(0.0));
    }

    private Projection lateral(String pname, double gain, double sigmaMm, double sign) {
        int n = sheet.siteCount();
        double h = sheet.spacingMm();
        double cutoff = 3 * sigmaMm;
        int[][] rows = new int[n][];
        IntList row = new IntList(16);
        for (int i = 0; i < n; i++) {
            row.clear();
            for (int j = 0; j < n; j++) {
                if (j != i && sheet.distanceMm(i, j) <= cutoff) {
                    row.add(j);
                }
            }
            rows[i] = row.toArray();
        }
        final double amp = sign * gain * h * h / (2 * Math.PI * sigmaMm * sigmaMm);
        final double twoS2 = 2 * sigmaMm * sigmaMm;
        final CorticalSheet s = sheet;
        return sim.connect(
                pname,
                sites,
                sites,
                Connectivity.explicit(rows),
                (post, pre, rng) -> {
                    double d = s.distanceMm(post, pre);
                    return amp * Math.exp(-d * d / twoS2);
                });
    }

    /**
     * Builds a map network in a simulation, with afferent rates set by {@link #setAfferentRatesHz}
     * (all 0 at first). Afferent and output weights start at 0: write a layout with {@link
     * #encode}.
     *
     * @param sim the simulation
     * @param name prefix of the populations' and projections' names (no {@code '/'})
     * @param sheet the sheet
     * @param body the body
     * @param parameters the parameters
     * @return the network
     */
    public static MapNetwork create(
            Simulation sim,
            String name,
            CorticalSheet sheet,
            BodyModel body,
            MapNetworkParameters parameters) {
        return new MapNetwork(sim, name, sheet, body, parameters, null);
    }

    /**
     * Builds a map network whose afferent rates follow a function of time.
     *
     * @param sim the simulation
     * @param name prefix of the populations' and projections' names (no {@code '/'})
     * @param sheet the sheet
     * @param body the body
     * @param parameters the parameters
     * @param afferentDrive rate of afferent unit {@code e} (effector {@code e}) over time (Hz)
     * @return the network
     */
    public static MapNetwork create(
            Simulation sim,
            String name,
            CorticalSheet sheet,
            BodyModel body,
            MapNetworkParameters parameters,
            RateFunction afferentDrive) {
        return new MapNetwork(
                sim, name, sheet, body, parameters, Args.notNull("afferentDrive", afferentDrive));
    }

    /** The simulation. */
    public Simulation simulation() {
        return sim;
    }

    /** The name prefix. */
    public String name() {
        return name;
    }

    /** The sheet. */
    public CorticalSheet sheet() {
        return sheet;
    }

    /** The body. */
    public BodyModel body() {
        return body;
    }

    /** The parameters. */
    public MapNetworkParameters parameters() {
        return parameters;
    }

    /** The afferent input units, one per effector (rates in Hz). */
    public RateSource afferents() {
        return afferents;
    }

    /** The site units, unit {@code i} at site {@code i} of the sheet. */
    public RatePopulation sites() {
        return sites;
    }

    /** The effector units, unit {@code e} driving effector {@code e} of the body. */
    public RatePopulation effectors() {
        return effectors;
    }

    /** Afferents onto sites (dense, post = site, pre = effector). */
    public Projection afferent() {
        return afferent;
    }

    /** Short-range lateral excitation between sites (sparse, weights &gt;= 0). */
    public Projection lateralExcitation() {
        return excitation;
    }

    /** Longer-range lateral inhibition between sites (sparse, weights &lt;= 0). */
    public Projection lateralInhibition() {
        return inhibition;
    }

    /** Output (corticospinal) weights from sites onto effectors (dense, post = effector). */
    public Projection output() {
        return output;
    }

    /**
     * Sets the afferent rates, held until changed.
     *
     * @param ratesHz one rate per effector (Hz), &gt;= 0 and finite; read, copied
     * @throws IllegalStateException if the network was built with its own afferent drive function
     */
    public void setAfferentRatesHz(double[] ratesHz) {
        if (!ownDrive) {
            throw new IllegalStateException(
                    "network '" + name + "' takes its afferent rates from a function");
        }
        Args.length("ratesHz", ratesHz.length, afferentRates.length);
        for (int e = 0; e < ratesHz.length; e++) {
            Args.nonNegative("ratesHz[" + e + "]", ratesHz[e], "Hz");
        }
        System.arraycopy(ratesHz, 0, afferentRates, 0, ratesHz.length);
    }

    /**
     * Sets the afferent rate of one effector, held until changed.
     *
     * @param effector effector index
     * @param rateHz rate (Hz), &gt;= 0 and finite
     */
    public void setAfferentRateHz(int effector, double rateHz) {
        if (!ownDrive) {
            throw new IllegalStateException(
                    "network '" + name + "' takes its afferent rates from a function");
        }
        Args.inRange("effector", effector, 0, afferentRates.length - 1, "index");
        afferentRates[effector] = Args.nonNegative("rateHz", rateHz, "Hz");
    }

    /** The output weight from a site onto an effector (weight units). */
    public double outputWeight(int site, int effector) {
        return output.weight(effector, site);
    }

    /**
     * Writes a layout into the network: output weight \( W_{ei} = G_{out} s_{ie} / s_{max} \) and
     * afferent weight \( A_{ie} = G_{aff} s_{ie} / s_{max} \), where {@code s} are the map's
     * strengths and \( s_{max} \) their largest value (so a codebook and a one-hot layout are
     * written on the same scale). Lateral weights are left as they are.
     *
     * @param map a map on the same sheet and with as many effectors as this network's body
     */
    public void encode(MotorMap map) {
        Args.notNull("map", map);
        if (!map.sheet().sameGeometry(sheet) || map.body().size() != body.size()) {
            throw new IllegalArgumentException(
                    "map on "
                            + map.sheet()
                            + " with "
                            + map.body().size()
                            + " effectors does not fit network '"
                            + name
                            + "' on "
                            + sheet
                            + " with "
                            + body.size()
                            + " effectors");
        }
        int n = sheet.siteCount();
        int m = body.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < m; e++) {
                max = Math.max(max, map.strength(i, e));
            }
        }
        double scale = max > 0 ? 1.0 / max : 0.0;
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < m; e++) {
                double s = Math.max(0.0, map.strength(i, e)) * scale;
                output.setWeight(e, i, parameters.outputGain() * s);
                afferent.setWeight(i, e, parameters.afferentGain() * s);
            }
        }
    }

    /**
     * The anatomical map: the output weights read directly, site {@code i} responding with the
     * effectors whose weight is at least {@code fraction} of the site's largest positive weight.
     *
     * @param fraction \( \rho \) of {@link MotorMap#relative}, in (0, 1]
     * @return the map
     */
    public MotorMap outputMap(double fraction) {
        int n = sheet.siteCount();
        int m = body.size();
        double[][] s = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < m; e++) {
                s[i][e] = Math.max(0.0, output.weight(e, i));
            }
        }
        return MotorMap.relative(sheet, body, s, fraction);
    }

    /**
     * Maps the network with virtual ICMS ({@link VirtualIcms#map}).
     *
     * @param icms the stimulation protocol
     * @return the evoked-movement map
     */
    public MotorMap icms(IcmsParameters icms) {
        return VirtualIcms.map(this, icms);
    }
}
