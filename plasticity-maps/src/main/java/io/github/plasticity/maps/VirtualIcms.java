package io.github.plasticity.maps;

import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.internal.Args;

/**
 * Virtual intracortical microstimulation: stimulates each site of a {@link MapNetwork} in turn and
 * records which effectors move, so that a map is a read-out of the network's current state (its
 * weights and the sites' external input), as an ICMS map is of a cortex.
 *
 * <p><b>Procedure</b> ({@link IcmsParameters}). The network's current weights (afferent, lateral
 * and output) and the sites' external input are copied into a separate probe network with the same
 * structure and parameters, without learning rules; the live network and its simulation are not
 * touched, so mapping neither advances its clock nor changes its weights (as if plasticity were
 * negligible over a mapping session). For each site: every unit of the probe is reset to rest
 * exactly (rates set to 0, then one step with all units clamped below threshold, which also clears
 * the input queued for the next step); the sites within the spread radius receive the site drive;
 * afferents are silent; after the train the effector rates are the evoked movements. Sites are
 * mapped independently, so the result does not depend on their order. Because the sites' external
 * input is copied, a lesion made by clamping sites with a strongly negative external input shows in
 * the map as unresponsive sites.
 *
 * <p>The reset needs a transfer function that is 0 for very negative input, which the map network's
 * threshold-linear units are.
 */
public final class VirtualIcms {
    private static final double CLAMP = -1e12;

    private VirtualIcms() {}

    /**
     * Maps a network.
     *
     * @param network the live network (read only)
     * @param p the protocol
     * @return a map with {@code strength[site][effector]} = evoked effector rate (Hz), responses
     *     above {@code p.movementThresholdHz()}
     */
    public static MotorMap map(MapNetwork network, IcmsParameters p) {
        double[][] s = evokedRatesHz(network, p);
        return MotorMap.absolute(network.sheet(), network.body(), s, p.movementThresholdHz());
    }

    /**
     * The evoked effector rates of every site.
     *
     * @param network the live network (read only)
     * @param p the protocol
     * @return {@code rates[site][effector]} (Hz), a new array
     */
    public static double[][] evokedRatesHz(MapNetwork network, IcmsParameters p) {
        Args.notNull("network", network);
        Args.notNull("p", p);
        CorticalSheet sheet = network.sheet();
        int n = sheet.siteCount();
        int m = network.body().size();
        double[][] out = new double[n][m];
        try (Simulation probeSim =
                Simulation.builder().dtMs(p.dtMs()).seed(network.simulation().seed()).build()) {
            MapNetwork probe =
                    MapNetwork.create(
                            probeSim, "icms", sheet, network.body(), network.parameters());
            copyWeights(network.afferent(), probe.afferent());
            copyWeights(network.lateralExcitation(), probe.lateralExcitation());
            copyWeights(network.lateralInhibition(), probe.lateralInhibition());
            copyWeights(network.output(), probe.output());
            double[] baseInput = network.sites().variableCopy("external");
            double[] clampSites = new double[n];
            java.util.Arrays.fill(clampSites, CLAMP);
            double[] clampEffectors = new double[m];
            java.util.Arrays.fill(clampEffectors, CLAMP);
            double[] zeroEffectors = new double[m];
            double[] input = new double[n];
            double r = p.spreadRadiusMm();
            long steps = Math.round(p.trainMs() / p.dtMs());
            for (int site = 0; site < n; site++) {
                for (int i = 0; i < n; i++) {
                    probe.sites().setRate(i, 0.0);
                }
                for (int e = 0; e < m; e++) {
                    probe.effectors().setRate(e, 0.0);
                }
                probe.sites().setExternalInput(clampSites);
                probe.effectors().setExternalInput(clampEffectors);
                probeSim.step();
                System.arraycopy(baseInput, 0, input, 0, n);
                for (int i = 0; i < n; i++) {
                    if (i == site || sheet.distanceMm(i, site) <= r) {
                        input[i] += p.siteDrive();
                    }
                }
                probe.sites().setExternalInput(input);
                probe.effectors().setExternalInput(zeroEffectors);
                probeSim.steps(steps);
                for (int e = 0; e < m; e++) {
                    out[site][e] = probe.effectors().rateHz(e);
                }
            }
        }
        return out;
    }

    private static void copyWeights(Projection from, Projection to) {
        int posts = from.post().size();
        for (int i = 0; i < posts; i++) {
            int[] pre = from.preIndicesCopy(i);
            float[] w = from.rowCopy(i);
            for (int k = 0; k < pre.length; k++) {
                to.setWeight(i, pre[k], w[k]);
            }
        }
    }
}
