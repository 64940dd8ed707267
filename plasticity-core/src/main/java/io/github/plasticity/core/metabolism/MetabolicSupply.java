package io.github.plasticity.core.metabolism;

import io.github.plasticity.core.Monitors;
import io.github.plasticity.core.NonFiniteStateException;
import io.github.plasticity.core.Population;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.StateRegistry;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.VariableMonitor;
import io.github.plasticity.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metabolic supply of a set of neurons: an ATP pool per neuron, consumed by spikes, synaptic
 * transmission and plasticity ({@link EnergyCosts}) and refilled by oxidising lactate that
 * astrocytes make from glucose when they take up glutamate (the astrocyte-neuron lactate shuttle,
 * Pellerin &amp; Magistretti 1994; transport after Jolivet et al. 2015, {@link ShuttleParameters}).
 * Runs in the metabolism phase of every step ({@link Simulation.Phase#METABOLISM}), after
 * neuromodulators and before plasticity, so rules and gates see this step's ATP.
 *
 * <p><b>Compartments.</b> Square astrocyte domains of side {@link Builder#domainSizeMm} tile the
 * bounding box of the tracked neurons (domain {@code (floor((x - xmin)/s), floor((y - ymin)/s))});
 * each domain has an astrocyte (lactate \( L_g \), glucose \( G_g \), glutamate awaiting glycolysis
 * \( U \)) and extracellular space (\( L_e, G_e \)), with volumes \( m V_g/V_n \) and \( m V_e/V_n
 * \) times one neuron's for a domain of \( m \) neurons; each neuron has ATP \( A \) and lactate \(
 * L_n \). Domains without neurons stay inert.
 *
 * <p><b>Events per step.</b> A tracked neuron's spikes are its own spike flags (spiking
 * populations) or its expected count \( r\, \Delta t \) (rate populations). For each registered
 * projection a presynaptic spike (or expected spike count) makes {@code releasesPerTransmission}
 * vesicle releases at every synapse of the presynaptic unit: releases onto a tracked postsynaptic
 * neuron cost it \( c_{post} \), cost the astrocytes \( c_{rec} \) and deliver glutamate to its
 * domain's astrocyte; releases by a tracked presynaptic neuron cost it \( c_{pre} \). Spiking
 * presynaptic populations are counted event by event; a sparse projection from a rate population
 * costs one pass over its synapses per step.
 *
 * <p><b>Equations</b> (rates in mM/s of the compartment's own concentration; MCT/GLUT fluxes \(
 * v(S_1, S_2) = T_{max}(S_1/(S_1 + K_t) - S_2/(S_2 + K_t)) \), {@link ReversibleTransport}):
 *
 * <ul>
 *   <li>neuron: \( \dot A = (b + Y v_{ox})\, \rho - D\, \phi(A)/\phi(A_0) \), \( \phi(A) = A/(A +
 *       K_A) \) (the costs are charged in full at the initial, resting ATP \( A_0 \) and less as
 *       ATP runs out), with respiratory control \( \rho = (A_{tot} - A)/(A_{tot} - A + K_{ADP}) \),
 *       lactate oxidation \( v_{ox} = V_{ox}\, L_n/(L_n + K_L)\, \rho \), demand \( D \) from the
 *       costs; \( \dot L_n = v_{en} - v_{ox} \), import \( v_{en} = v(L_e, L_n) \) (MCT2);
 *   <li>astrocyte: \( \dot U = u - \gamma \), glycolysis \( \gamma = (U/\tau_{gly})\, G_g/(G_g +
 *       K_{hk}) \) (1 glutamate : 1 glucose : 2 lactate), \( \dot G_g = v_{cg} + v_{eg} - \gamma
 *       \), \( \dot L_g = 2\gamma - v_{ge} - v_{gc} \), export \( v_{ge} = v(L_g, L_e) \) (MCT1/4);
 *   <li>extracellular: \( \dot L_e = v_{ge} V_g/V_e - \sum v_{en} / (m V_e/V_n) - v_{ec} + L_{exo}
 *       \), \( \dot G_e = v_{ce} - v_{eg} V_g/V_e + G_{exo} \); capillary concentrations are fixed.
 * </ul>
 *
 * <p><b>Numerics.</b> Forward Euler on substeps of at most {@link #MAX_SUBSTEP_MS} (and short
 * enough for the ATP feedback, \( h \le K_{ADP}/(2 P_{max}) \)), with the step's demand spread
 * evenly over its substeps. Consumption never takes ATP below 0. Every flux moves the same amount
 * out of one pool and into another, so lactate, glucose and glutamate balance to round-off ({@link
 * #ledger()}).
 *
 * <p><b>Plasticity.</b> Rules charge consolidation to a neuron through {@link
 * #plasticityCostSink(Population)}; the charge is paid in the next step. Gates and rules read ATP
 * through {@link #liveAtp(Population)}.
 *
 * <p>State (checkpointed under the hook's name): ATP, lactate, domain pools, pending plasticity
 * charges, energy budget and ledger. {@link #setInterventions} is configuration, not state. Not
 * thread-safe except as documented for the plasticity sink.
 */
public final class MetabolicSupply implements Simulation.PhaseHook {
    /** The longest Euler substep (ms). */
    public static final double MAX_SUBSTEP_MS = 1.0;

    private static final int L_GLU_UP = 0;
    private static final int L_GLU_PROC = 1;
    private static final int L_GLC_CONS = 2;
    private static final int L_LAC_PROD = 3;
    private static final int L_ATP_G_MADE = 4;
    private static final int L_ATP_G_SPENT = 5;
    private static final int L_LAC_OX = 6;
    private static final int L_ATP_N_LAC = 7;
    private static final int L_ATP_N_BASAL = 8;
    private static final int L_LAC_CAP = 9;
    private static final int L_GLC_CAP = 10;
    private static final int L_LAC_EXO = 11;
    private static final int L_GLC_EXO = 12;
    private static final int L_LAC_GE = 13;
    private static final int L_LAC_EN = 14;
    private static final int L_INIT_LAC = 15;
    private static final int L_INIT_GLC = 16;
    private static final int L_INIT_GLU = 17;
    private static final int LEDGER_SIZE = 18;

    private final String name;
    private final Population[] pops;
    private final Map<Population, Integer> popIndex = new LinkedHashMap<>();
    private final Synapses[] synapses;
    private final EnergyCosts costs;
    private final ShuttleParameters sp;
    private Interventions interventions;
    private final double domainSizeMm;
    private final double xMinMm;
    private final double yMinMm;
    private final int domainsX;
    private final int domainsY;
    private final int[][] domainOf;
    private final int[] neuronsIn;

    private final double[][] atp;
    private final double[][] lactate;
    private final double[][] plasticity;
    private final double[] lacG;
    private final double[] lacE;
    private final double[] glcG;
    private final double[] glcE;
    private final double[] gluG;
    private final double[] budget = new double[EnergyCategory.values().length];
    private final double[] ledger = new double[LEDGER_SIZE];

    private final double[][] spikes;
    private final double[][] releasesIn;
    private final double[][] releasesOut;
    private final double[][] demand;
    private final double[][] metFraction;
    private final double[] domainImport;
    private final double[] domainRecycling;

    private static final class Synapses {
        final Projection projection;
        final double releasesPerTransmission;
        final int pre;
        final int post;
        final boolean dense;
        final int[][] columns;
        final int[][] rows;
        final int[] outDegree;

        Synapses(Projection p, double rpt, int pre, int post) {
            this.projection = p;
            this.releasesPerTransmission = rpt;
            this.pre = pre;
            this.post = post;
            this.dense = p.isDense();
            int nPre = p.pre().size();
            int nPost = p.post().size();
            this.outDegree = new int[nPre];
            if (dense) {
                this.columns = null;
                this.rows = null;
                Arrays.fill(outDegree, nPost);
            } else {
                this.rows = new int[nPost][];
                for (int i = 0; i < nPost; i++) {
                    rows[i] = p.preIndicesCopy(i);
                    for (int j : rows[i]) {
                        outDegree[j]++;
                    }
                }
                this.columns = new int[nPre][];
                int[] fill = new int[nPre];
                for (int j = 0; j < nPre; j++) {
                    columns[j] = new int[outDegree[j]];
                }
                for (int i = 0; i < nPost; i++) {
                    for (int j : rows[i]) {
                        columns[j][fill[j]++] = i;
                    }
                }
            }
        }
    }

    private MetabolicSupply(Builder b) {
        this.name = b.name;
        this.pops = b.neurons.toArray(new Population[0]);
        for (int p = 0; p < pops.length; p++) {
            popIndex.put(pops[p], p);
        }
        this.costs = b.costs;
        this.sp = b.shuttle;
        this.interventions = b.interventions;
        this.domainSizeMm = b.domainSizeMm;
        List<Synapses> syn = new ArrayList<>();
        for (int k = 0; k < b.projections.size(); k++) {
            Projection pr = b.projections.get(k);
            Integer pre = popIndex.get(pr.pre());
            Integer post = popIndex.get(pr.post());
            syn.add(
                    new Synapses(
                            pr,
                            b.releasesPerTransmission.get(k),
                            pre == null ? -1 : pre,
                            post == null ? -1 : post));
        }
        this.synapses = syn.toArray(new Synapses[0]);

        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Population p : pops) {
            for (int i = 0; i < p.size(); i++) {
                minX = Math.min(minX, p.xMm(i));
                maxX = Math.max(maxX, p.xMm(i));
                minY = Math.min(minY, p.yMm(i));
                maxY = Math.max(maxY, p.yMm(i));
            }
        }
        this.xMinMm = minX;
        this.yMinMm = minY;
        this.domainsX = (int) Math.floor((maxX - minX) / domainSizeMm) + 1;
        this.domainsY = (int) Math.floor((maxY - minY) / domainSizeMm) + 1;
        long nd = (long) domainsX * domainsY;
        if (nd > 50_000_000L) {
            throw new IllegalArgumentException(
                    "domainSizeMm "
                            + domainSizeMm
                            + " mm gives "
                            + nd
                            + " astrocyte domains; use larger domains");
        }
        int nDomains = (int) nd;
        this.neuronsIn = new int[nDomains];
        this.domainOf = new int[pops.length][];
        this.atp = new double[pops.length][];
        this.lactate = new double[pops.length][];
        this.plasticity = new double[pops.length][];
        this.spikes = new double[pops.length][];
        this.releasesIn = new double[pops.length][];
        this.releasesOut = new double[pops.length][];
        this.demand = new double[pops.length][];
        this.metFraction = new double[pops.length][];
        for (int p = 0; p < pops.length; p++) {
            int n = pops[p].size();
            domainOf[p] = new int[n];
            for (int i = 0; i < n; i++) {
                int dx =
                        Math.min(
                                domainsX - 1,
                                (int) Math.floor((pops[p].xMm(i) - minX) / domainSizeMm));
                int dy =
                        Math.min(
                                domainsY - 1,
                                (int) Math.floor((pops[p].yMm(i) - minY) / domainSizeMm));
                int d = dy * domainsX + dx;
                domainOf[p][i] = d;
                neuronsIn[d]++;
            }
            atp[p] = new double[n];
            Arrays.fill(atp[p], sp.initialAtpMilliMolar());
            lactate[p] = new double[n];
            Arrays.fill(lactate[p], sp.initialNeuronLactateMilliMolar());
            plasticity[p] = new double[n];
            spikes[p] = new double[n];
            releasesIn[p] = new double[n];
            releasesOut[p] = new double[n];
            demand[p] = new double[n];
            metFraction[p] = new double[n];
        }
        this.lacG = new double[nDomains];
        this.lacE = new double[nDomains];
        this.glcG = new double[nDomains];
        this.glcE = new double[nDomains];
        this.gluG = new double[nDomains];
        Arrays.fill(lacG, sp.initialAstrocyteLactateMilliMolar());
        Arrays.fill(lacE, sp.initialEcsLactateMilliMolar());
        Arrays.fill(glcG, sp.initialAstrocyteGlucoseMilliMolar());
        Arrays.fill(glcE, sp.initialEcsGlucoseMilliMolar());
        this.domainImport = new double[nDomains];
        this.domainRecycling = new double[nDomains];
        ledger[L_INIT_LAC] = lactatePool();
        ledger[L_INIT_GLC] = glucosePool();
        ledger[L_INIT_GLU] = glutamatePool();
    }

    /**
     * A builder with the defaults {@link EnergyCosts#attwellLaughlin2001()}, {@link
     * ShuttleParameters#jolivet2015()}, no interventions and 0.05 mm domains.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link MetabolicSupply}. */
    public static final class Builder {
        private final List<Population> neurons = new ArrayList<>();
        private final List<Projection> projections = new ArrayList<>();
        private final List<Double> releasesPerTransmission = new ArrayList<>();
        private EnergyCosts costs = EnergyCosts.attwellLaughlin2001();
        private ShuttleParameters shuttle = ShuttleParameters.jolivet2015();
        private Interventions interventions = Interventions.none();
        private double domainSizeMm = 0.05;
        private String name = "metabolism";

        private Builder() {}

        /**
         * Populations whose units get an ATP pool (neurons of the modelled tissue).
         *
         * @param populations the populations, part of the simulation the supply is attached to
         * @return this builder
         */
        public Builder neurons(Population... populations) {
            for (Population p : Args.notNull("populations", populations)) {
                Args.notNull("population", p);
                if (neurons.contains(p)) {
                    throw new IllegalArgumentException(
                            "population '" + p.name() + "' is already tracked");
                }
                neurons.add(p);
            }
            return this;
        }

        /**
         * Counts the synaptic events of a projection, one vesicle release per transmission.
         *
         * @param projection the projection
         * @return this builder
         */
        public Builder synapses(Projection projection) {
            return synapses(projection, 1.0);
        }

        /**
         * Counts the synaptic events of a projection: each presynaptic spike makes {@code
         * perTransmission} vesicle releases at each of its synapses (a model synapse that stands
         * for several biological ones; for example {@code 2000 / inDegree} to give each neuron the
         * 2000 releases per spike of Attwell &amp; Laughlin's cortex).
         *
         * @param projection the projection
         * @param perTransmission releases per model transmission, &gt;= 0 and finite
         * @return this builder
         */
        public Builder synapses(Projection projection, double perTransmission) {
            Args.notNull("projection", projection);
            Args.nonNegative("releasesPerTransmission", perTransmission, "releases");
            if (projections.contains(projection)) {
                throw new IllegalArgumentException(
                        "projection '" + projection.name() + "' is already counted");
            }
            projections.add(projection);
            releasesPerTransmission.add(perTransmission);
            return this;
        }

        /**
         * Side of the square astrocyte domains (default 0.05 mm, our choice: protoplasmic
         * astrocytes occupy non-overlapping domains tens of µm across).
         *
         * @param sizeMm side (mm), &gt; 0 and finite
         * @return this builder
         */
        public Builder domainSizeMm(double sizeMm) {
            this.domainSizeMm = Args.positive("domainSizeMm", sizeMm, "mm");
            return this;
        }

        /**
         * The cost constants.
         *
         * @param c the costs
         * @return this builder
         */
        public Builder costs(EnergyCosts c) {
            this.costs = Args.notNull("costs", c);
            return this;
        }

        /**
         * The shuttle parameters.
         *
         * @param p the parameters
         * @return this builder
         */
        public Builder shuttle(ShuttleParameters p) {
            this.shuttle = Args.notNull("shuttle", p);
            return this;
        }

        /**
         * The initial interventions (changeable later with {@link
         * MetabolicSupply#setInterventions}).
         *
         * @param i the interventions
         * @return this builder
         */
        public Builder interventions(Interventions i) {
            this.interventions = Args.notNull("interventions", i);
            return this;
        }

        /**
         * The hook's name (default {@code "metabolism"}), which keys its checkpoint state.
         *
         * @param n a name unique among the simulation's phase hooks
         * @return this builder
         */
        public Builder name(String n) {
            if (n == null || n.isBlank() || n.contains("/")) {
                throw new IllegalArgumentException("name must be non-blank without '/': " + n);
            }
            this.name = n;
            return this;
        }

        /**
         * Builds the supply and adds it to the simulation's metabolism phase.
         *
         * @param sim the simulation holding the populations and projections
         * @return the supply
         */
        public MetabolicSupply attach(Simulation sim) {
            Args.notNull("sim", sim);
            if (neurons.isEmpty()) {
                throw new IllegalArgumentException("at least one neuron population is needed");
            }
            List<Population> members = sim.populations();
            for (Population p : neurons) {
                if (!members.contains(p)) {
                    throw new IllegalArgumentException(
                            "population '" + p.name() + "' is not part of the simulation");
                }
            }
            List<Projection> projs = sim.projections();
            for (Projection p : projections) {
                if (!projs.contains(p)) {
                    throw new IllegalArgumentException(
                            "projection '" + p.name() + "' is not part of the simulation");
                }
            }
            MetabolicSupply s = new MetabolicSupply(this);
            sim.addPhaseHook(Simulation.Phase.METABOLISM, name, s);
            return s;
        }
    }

    /** The hook's name. */
    public String name() {
        return name;
    }

    /** The cost constants. */
    public EnergyCosts costs() {
        return costs;
    }

    /** The shuttle parameters. */
    public ShuttleParameters shuttle() {
        return sp;
    }

    /** The current interventions. */
    public Interventions interventions() {
        return interventions;
    }

    /**
     * Changes the interventions from the next step on (blocking transporters or infusing substrates
     * during a run). Configuration, not checkpointed state.
     *
     * @param i the interventions
     */
    public void setInterventions(Interventions i) {
        this.interventions = Args.notNull("interventions", i);
    }

    /** Number of astrocyte domains (including empty ones). */
    public int domainCount() {
        return neuronsIn.length;
    }

    /** Number of tracked neurons in domain {@code d}. */
    public int neuronsInDomain(int d) {
        return neuronsIn[d];
    }

    /**
     * The astrocyte domain of a tracked neuron.
     *
     * @param population a tracked population
     * @param unit the unit
     * @return the domain index
     */
    public int domainOf(Population population, int unit) {
        return domainOf[index(population)][unit];
    }

    /** Whether a population is tracked. */
    public boolean tracks(Population population) {
        return popIndex.containsKey(population);
    }

    private int index(Population p) {
        Integer k = popIndex.get(p);
        if (k == null) {
            throw new IllegalArgumentException(
                    "population '"
                            + (p == null ? "null" : p.name())
                            + "' has no ATP pool in metabolism '"
                            + name
                            + "'");
        }
        return k;
    }

    /**
     * Live ATP per unit of a tracked population (mM), updated each metabolism phase. Read it; do
     * not write it.
     *
     * @param population a tracked population
     * @return the live array
     */
    public double[] liveAtp(Population population) {
        return atp[index(population)];
    }

    /**
     * A monitor of the ATP of every unit of a tracked population (mM), sampled at the end of each
     * step or interval; attach it with {@link Simulation#monitor}.
     *
     * @param population a tracked population
     * @return the monitor, named {@code "atp/<supply>/<population>"}
     */
    public VariableMonitor atpMonitor(Population population) {
        index(population);
        return Monitors.perUnit(
                "atp/" + name + "/" + population.name(), population, () -> liveAtp(population));
    }

    /**
     * The array into which plasticity charges its ATP cost per postsynaptic unit (mM); the supply
     * consumes it in the next step and zeroes it. A rule kernel may add to the entries of the units
     * of its own row range from concurrent calls (disjoint ranges).
     *
     * @param population a tracked population
     * @return the live array
     */
    public double[] plasticityCostSink(Population population) {
        return plasticity[index(population)];
    }

    /** A copy of the ATP of a tracked population (mM). */
    public double[] atpCopy(Population population) {
        return liveAtp(population).clone();
    }

    /** ATP of one unit (mM). */
    public double atpMilliMolar(Population population, int unit) {
        return liveAtp(population)[unit];
    }

    /** A copy of neuronal lactate of a tracked population (mM). */
    public double[] neuronLactateCopy(Population population) {
        return lactate[index(population)].clone();
    }

    /** A copy of astrocytic lactate per domain (mM). */
    public double[] astrocyteLactateCopy() {
        return lacG.clone();
    }

    /** A copy of extracellular lactate per domain (mM). */
    public double[] ecsLactateCopy() {
        return lacE.clone();
    }

    /** A copy of astrocytic glucose per domain (mM). */
    public double[] astrocyteGlucoseCopy() {
        return glcG.clone();
    }

    /** A copy of extracellular glucose per domain (mM). */
    public double[] ecsGlucoseCopy() {
        return glcE.clone();
    }

    /** A copy of astrocytic glutamate awaiting glycolysis per domain (mM). */
    public double[] astrocyteGlutamateCopy() {
        return gluG.clone();
    }

    /**
     * Instantaneous lactate fluxes of domain {@code d} at the current state (mM/s): {@code [0]}
     * astrocyte→ECS (MCT1/4, astrocytic concentration units), {@code [1]} mean ECS→neuron over the
     * domain's neurons (MCT2, neuronal units), {@code [2]} ECS→capillary (ECS units), {@code [3]}
     * astrocyte→capillary (astrocytic units). Blocked transporters give 0.
     *
     * @param d the domain
     * @return the fluxes
     */
    public double[] lactateFluxesPerS(int d) {
        Interventions iv = interventions;
        double[] f = new double[4];
        f[0] =
                iv.astrocyteMctBlocked()
                        ? 0
                        : ReversibleTransport.flux(
                                sp.mctAstrocyteTmaxPerS(),
                                sp.mctAstrocyteKtMilliMolar(),
                                lacG[d],
                                lacE[d]);
        if (!iv.neuronMctBlocked() && neuronsIn[d] > 0) {
            double s = 0;
            for (int p = 0; p < pops.length; p++) {
                for (int i = 0; i < domainOf[p].length; i++) {
                    if (domainOf[p][i] == d) {
                        s +=
                                ReversibleTransport.flux(
                                        sp.mctNeuronTmaxPerS(),
                                        sp.mctNeuronKtMilliMolar(),
                                        lacE[d],
                                        lactate[p][i]);
                    }
                }
            }
            f[1] = s / neuronsIn[d];
        }
        f[2] =
                ReversibleTransport.flux(
                        sp.mctEcsCapillaryTmaxPerS(),
                        sp.mctEcsCapillaryKtMilliMolar(),
                        lacE[d],
                        sp.capillaryLactateMilliMolar());
        f[3] =
                ReversibleTransport.flux(
                        sp.mctAstrocyteCapillaryTmaxPerS(),
                        sp.mctAstrocyteCapillaryKtMilliMolar(),
                        lacG[d],
                        sp.capillaryLactateMilliMolar());
        return f;
    }

    /**
     * ATP consumed since attachment or the last {@link #resetBudget} in one category, summed over
     * neurons (and astrocytes for recycling) (mM·neuron volume).
     *
     * @param category the category
     * @return the amount
     */
    public double consumedMilliMolar(EnergyCategory category) {
        return budget[category.ordinal()];
    }

    /**
     * Shares of signalling energy (every category but {@link EnergyCategory#PLASTICITY}) in enum
     * order, each consumed amount over their sum; NaN before anything was consumed.
     *
     * @return the shares (fractions)
     */
    public double[] signallingShares() {
        double total = 0;
        for (EnergyCategory c : EnergyCategory.values()) {
            if (c != EnergyCategory.PLASTICITY) {
                total += budget[c.ordinal()];
            }
        }
        double[] s = new double[budget.length];
        for (EnergyCategory c : EnergyCategory.values()) {
            s[c.ordinal()] = c == EnergyCategory.PLASTICITY ? 0 : budget[c.ordinal()] / total;
        }
        return s;
    }

    /** Zeroes the energy budget (not the ledger), for example after a warm-up. */
    public void resetBudget() {
        Arrays.fill(budget, 0.0);
    }

    /** The shuttle's bookkeeping now. */
    public ShuttleLedger ledger() {
        return new ShuttleLedger(
                ledger[L_GLU_UP],
                ledger[L_GLU_PROC],
                ledger[L_GLC_CONS],
                ledger[L_LAC_PROD],
                ledger[L_ATP_G_MADE],
                ledger[L_ATP_G_SPENT],
                ledger[L_LAC_OX],
                ledger[L_ATP_N_LAC],
                ledger[L_ATP_N_BASAL],
                ledger[L_LAC_CAP],
                ledger[L_GLC_CAP],
                ledger[L_LAC_EXO],
                ledger[L_GLC_EXO],
                ledger[L_LAC_GE],
                ledger[L_LAC_EN],
                lactatePool(),
                glucosePool(),
                glutamatePool(),
                ledger[L_INIT_LAC],
                ledger[L_INIT_GLC],
                ledger[L_INIT_GLU]);
    }

    private double lactatePool() {
        double s = 0;
        for (double[] l : lactate) {
            for (double v : l) {
                s += v;
            }
        }
        double rg = sp.astrocytePerNeuronVolume();
        double re = sp.ecsPerNeuronVolume();
        for (int d = 0; d < neuronsIn.length; d++) {
            s += neuronsIn[d] * (rg * lacG[d] + re * lacE[d]);
        }
        return s;
    }

    private double glucosePool() {
        double s = 0;
        double rg = sp.astrocytePerNeuronVolume();
        double re = sp.ecsPerNeuronVolume();
        for (int d = 0; d < neuronsIn.length; d++) {
            s += neuronsIn[d] * (rg * glcG[d] + re * glcE[d]);
        }
        return s;
    }

    private double glutamatePool() {
        double s = 0;
        double rg = sp.astrocytePerNeuronVolume();
        for (int d = 0; d < neuronsIn.length; d++) {
            s += neuronsIn[d] * rg * gluG[d];
        }
        return s;
    }

    @Override
    public void step(StepContext ctx) {
        final double dtMs = ctx.dtMs();
        final double dtS = dtMs * 1e-3;
        countEvents(dtS);
        final EnergyCosts c = costs;
        final double gluPerRelease = sp.glutamatePerReleaseMilliMolar();
        final double rg = sp.astrocytePerNeuronVolume();
        Arrays.fill(domainRecycling, 0.0);
        for (int p = 0; p < pops.length; p++) {
            final double[] s = spikes[p];
            final double[] in = releasesIn[p];
            final double[] out = releasesOut[p];
            final double[] pl = plasticity[p];
            final double[] dem = demand[p];
            final int[] dom = domainOf[p];
            for (int i = 0; i < s.length; i++) {
                dem[i] =
                        c.restingMilliMolarPerS() * dtS
                                + c.perSpikeMilliMolar() * s[i]
                                + c.perReleasePostMilliMolar() * in[i]
                                + c.perReleasePreMilliMolar() * out[i]
                                + pl[i];
                metFraction[p][i] = 0;
                if (in[i] != 0) {
                    int d = dom[i];
                    double glu = gluPerRelease * in[i];
                    gluG[d] += glu / (neuronsIn[d] * rg);
                    ledger[L_GLU_UP] += glu;
                    domainRecycling[d] += c.perReleaseRecyclingMilliMolar() * in[i];
                }
            }
        }
        for (double r : domainRecycling) {
            budget[EnergyCategory.RECYCLING.ordinal()] += r;
        }
        final double pMax =
                sp.basalAtpSupplyPerS() + sp.atpPerLactate() * sp.lactateOxidationVmaxPerS();
        double hMax = MAX_SUBSTEP_MS;
        if (pMax > 0) {
            hMax = Math.min(hMax, 0.5 * sp.adpKmMilliMolar() / pMax * 1e3);
        }
        final int n = (int) Math.max(1, Math.ceil(dtMs / hMax - 1e-9));
        final double h = dtS / n;
        for (int k = 0; k < n; k++) {
            substep(h, n);
        }
        for (int p = 0; p < pops.length; p++) {
            final double[] s = spikes[p];
            final double[] in = releasesIn[p];
            final double[] out = releasesOut[p];
            final double[] pl = plasticity[p];
            final double[] mf = metFraction[p];
            for (int i = 0; i < s.length; i++) {
                double f = mf[i] / n;
                budget[EnergyCategory.RESTING.ordinal()] += f * c.restingMilliMolarPerS() * dtS;
                budget[EnergyCategory.ACTION_POTENTIALS.ordinal()] +=
                        f * c.perSpikeMilliMolar() * s[i];
                budget[EnergyCategory.POSTSYNAPTIC.ordinal()] +=
                        f * c.perReleasePostMilliMolar() * in[i];
                budget[EnergyCategory.PRESYNAPTIC.ordinal()] +=
                        f * c.perReleasePreMilliMolar() * out[i];
                budget[EnergyCategory.PLASTICITY.ordinal()] += f * pl[i];
                pl[i] = 0;
            }
        }
        checkFinite(ctx.step());
    }

    private void countEvents(double dtS) {
        for (int p = 0; p < pops.length; p++) {
            Population pop = pops[p];
            double[] s = spikes[p];
            if (pop.isSpiking()) {
                for (int i = 0; i < s.length; i++) {
                    s[i] = pop.spiked(i) ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < s.length; i++) {
                    s[i] = pop.rateHz(i) * dtS;
                }
            }
            Arrays.fill(releasesIn[p], 0.0);
            Arrays.fill(releasesOut[p], 0.0);
        }
        for (Synapses sy : synapses) {
            Population pre = sy.projection.pre();
            int nPre = pre.size();
            double rpt = sy.releasesPerTransmission;
            double[] in = sy.post >= 0 ? releasesIn[sy.post] : null;
            double[] out = sy.pre >= 0 ? releasesOut[sy.pre] : null;
            boolean spiking = pre.isSpiking();
            if (sy.dense) {
                double total = 0;
                for (int j = 0; j < nPre; j++) {
                    double x = spiking ? (pre.spiked(j) ? 1.0 : 0.0) : pre.rateHz(j) * dtS;
                    total += x;
                    if (out != null && x != 0) {
                        out[j] += rpt * x * sy.outDegree[j];
                    }
                }
                if (in != null && total != 0) {
                    double add = rpt * total;
                    for (int i = 0; i < in.length; i++) {
                        in[i] += add;
                    }
                }
            } else if (spiking) {
                for (int j = 0; j < nPre; j++) {
                    if (!pre.spiked(j)) {
                        continue;
                    }
                    if (out != null) {
                        out[j] += rpt * sy.outDegree[j];
                    }
                    if (in != null) {
                        for (int i : sy.columns[j]) {
                            in[i] += rpt;
                        }
                    }
                }
            } else {
                if (in != null) {
                    for (int i = 0; i < in.length; i++) {
                        double sum = 0;
                        for (int j : sy.rows[i]) {
                            sum += pre.rateHz(j);
                        }
                        in[i] += rpt * sum * dtS;
                    }
                }
                if (out != null) {
                    for (int j = 0; j < nPre; j++) {
                        out[j] += rpt * pre.rateHz(j) * dtS * sy.outDegree[j];
                    }
                }
            }
        }
    }

    private void substep(double h, int n) {
        final Interventions iv = interventions;
        final ShuttleParameters q = sp;
        final double aTot = q.adenineNucleotideTotalMilliMolar();
        final double kAdp = q.adpKmMilliMolar();
        final double kA = q.atpaseKmMilliMolar();
        final double aRef = q.initialAtpMilliMolar();
        final double norm = aRef > 0 ? (aRef + kA) / aRef : 1.0;
        final double vOx = q.lactateOxidationVmaxPerS();
        final double kL = q.lactateOxidationKmMilliMolar();
        final double y = q.atpPerLactate();
        final double basal = q.basalAtpSupplyPerS();
        final double tN = iv.neuronMctBlocked() ? 0.0 : q.mctNeuronTmaxPerS();
        final double kN = q.mctNeuronKtMilliMolar();
        Arrays.fill(domainImport, 0.0);
        double oxidised = 0;
        double fromLactate = 0;
        double fromBasal = 0;
        for (int p = 0; p < pops.length; p++) {
            final double[] a = atp[p];
            final double[] ln = lactate[p];
            final double[] dem = demand[p];
            final double[] mf = metFraction[p];
            final int[] dom = domainOf[p];
            for (int i = 0; i < a.length; i++) {
                final double ai = a[i];
                final double li = ln[i];
                final double le = lacE[dom[i]];
                final double adp = Math.max(0.0, aTot - ai);
                final double rho = adp / (adp + kAdp);
                final double ox = vOx * li / (li + kL) * rho;
                final double made = (basal * rho + y * ox) * h;
                final double want = dem[i] / n;
                double use = want * norm * ai / (ai + kA);
                if (use > ai + made) {
                    use = ai + made;
                }
                mf[i] += want > 0 ? use / want : 0;
                a[i] = Math.min(aTot, ai + made - use);
                final double imp = tN == 0.0 ? 0.0 : ReversibleTransport.flux(tN, kN, le, li);
                ln[i] = li + (imp - ox) * h;
                domainImport[dom[i]] += imp * h;
                oxidised += ox * h;
                fromLactate += y * ox * h;
                fromBasal += basal * rho * h;
            }
        }
        ledger[L_LAC_OX] += oxidised;
        ledger[L_ATP_N_LAC] += fromLactate;
        ledger[L_ATP_N_BASAL] += fromBasal;
        ledger[L_LAC_EN] += sum(domainImport);

        final double rg = q.astrocytePerNeuronVolume();
        final double re = q.ecsPerNeuronVolume();
        final double tauS = q.glycolysisTauMs() * 1e-3;
        final double kHk = q.hexokinaseKmMilliMolar();
        final double tG = iv.astrocyteMctBlocked() ? 0.0 : q.mctAstrocyteTmaxPerS();
        final double kG = q.mctAstrocyteKtMilliMolar();
        final double lCap = q.capillaryLactateMilliMolar();
        final double gCap = q.capillaryGlucoseMilliMolar();
        final double kGlut = q.glutKtMilliMolar();
        final double exoL = iv.exogenousLactateMilliMolarPerS();
        final double exoG = iv.exogenousGlucoseMilliMolarPerS();
        for (int d = 0; d < neuronsIn.length; d++) {
            final int m = neuronsIn[d];
            if (m == 0) {
                continue;
            }
            final double volG = m * rg;
            final double volE = m * re;
            final double lg = lacG[d];
            final double le = lacE[d];
            final double gg = glcG[d];
            final double ge = glcE[d];
            final double u = gluG[d];
            final double gly = u / tauS * gg / (gg + kHk);
            final double vge = tG == 0.0 ? 0.0 : ReversibleTransport.flux(tG, kG, lg, le);
            final double vgc =
                    ReversibleTransport.flux(
                            q.mctAstrocyteCapillaryTmaxPerS(),
                            q.mctAstrocyteCapillaryKtMilliMolar(),
                            lg,
                            lCap);
            final double vec =
                    ReversibleTransport.flux(
                            q.mctEcsCapillaryTmaxPerS(), q.mctEcsCapillaryKtMilliMolar(), le, lCap);
            final double vce =
                    ReversibleTransport.flux(q.glutCapillaryEcsTmaxPerS(), kGlut, gCap, ge);
            final double vcg =
                    ReversibleTransport.flux(q.glutCapillaryAstrocyteTmaxPerS(), kGlut, gCap, gg);
            final double veg =
                    ReversibleTransport.flux(q.glutEcsAstrocyteTmaxPerS(), kGlut, ge, gg);

            // Amounts moved during the substep (mM·neuron volume).
            final double glyA = gly * h * volG;
            final double geA = vge * h * volG;
            final double gcA = vgc * h * volG;
            final double ecA = vec * h * volE;
            final double ceA = vce * h * volE;
            final double cgA = vcg * h * volG;
            final double egA = veg * h * volG;
            final double exoLA = exoL * h * volE;
            final double exoGA = exoG * h * volE;
            final double impA = domainImport[d];

            gluG[d] = u - glyA / volG;
            glcG[d] = gg + (cgA + egA - glyA) / volG;
            lacG[d] = lg + (2 * glyA - geA - gcA) / volG;
            lacE[d] = le + (geA - impA - ecA + exoLA) / volE;
            glcE[d] = ge + (ceA - egA + exoGA) / volE;

            ledger[L_GLU_PROC] += glyA;
            ledger[L_GLC_CONS] += glyA;
            ledger[L_LAC_PROD] += 2 * glyA;
            ledger[L_ATP_G_MADE] += 2 * glyA;
            ledger[L_ATP_G_SPENT] += 2 * glyA;
            ledger[L_LAC_CAP] -= ecA + gcA;
            ledger[L_GLC_CAP] += ceA + cgA;
            ledger[L_LAC_EXO] += exoLA;
            ledger[L_GLC_EXO] += exoGA;
            ledger[L_LAC_GE] += geA;
        }
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private void checkFinite(long step) {
        for (int p = 0; p < pops.length; p++) {
            for (int i = 0; i < atp[p].length; i++) {
                if (!(Math.abs(atp[p][i]) < Double.POSITIVE_INFINITY)
                        || !(Math.abs(lactate[p][i]) < Double.POSITIVE_INFINITY)) {
                    throw new NonFiniteStateException(
                            step,
                            "metabolism '"
                                    + name
                                    + "' unit "
                                    + i
                                    + " of '"
                                    + pops[p].name()
                                    + "' ATP = "
                                    + atp[p][i]
                                    + " mM, lactate = "
                                    + lactate[p][i]
                                    + " mM");
                }
            }
        }
        for (int d = 0; d < neuronsIn.length; d++) {
            double v = lacG[d] + lacE[d] + glcG[d] + glcE[d] + gluG[d];
            if (!(Math.abs(v) < Double.POSITIVE_INFINITY)) {
                throw new NonFiniteStateException(
                        step,
                        "metabolism '"
                                + name
                                + "' domain "
                                + d
                                + " lactate "
                                + lacG[d]
                                + "/"
                                + lacE[d]
                                + " mM, glucose "
                                + glcG[d]
                                + "/"
                                + glcE[d]
                                + " mM, glutamate "
                                + gluG[d]
                                + " mM");
            }
        }
    }

    @Override
    public void registerState(StateRegistry r) {
        for (int p = 0; p < pops.length; p++) {
            String k = pops[p].name();
            r.doubles("atp." + k, atp[p]);
            r.doubles("lactate." + k, lactate[p]);
            r.doubles("plasticity." + k, plasticity[p]);
        }
        r.doubles("astrocyteLactate", lacG);
        r.doubles("ecsLactate", lacE);
        r.doubles("astrocyteGlucose", glcG);
        r.doubles("ecsGlucose", glcE);
        r.doubles("astrocyteGlutamate", gluG);
        r.doubles("budget", budget);
        r.doubles("ledger", ledger);
    }
}
