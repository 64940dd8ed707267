package io.github.plasticity.maps.learning;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.VirtualIcms;
import io.github.plasticity.maps.analysis.MapAnalysis;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A use protocol on a {@link MapLearning} map: a baseline of natural use (equal shares for all
 * effectors), a protocol phase with other shares (training: a larger share for one effector;
 * immobilisation: share 0) and an optional recovery phase of natural use again, mapped with virtual
 * ICMS after every chunk of model time.
 *
 * <p>The initial map is the orderly layout of {@link SomatotopicLayout#orderly} on the sheet. After
 * each chunk the protocol records, from one ICMS read-out: the territory (dominant-effector area,
 * mm²) of every effector, the total responsive area (mm²), the mean site rate over the chunk (Hz),
 * and the excitability of the probed effector (MEP proxy): its mean evoked rate (Hz) over the sites
 * of its territory at the end of the baseline, stimulated with the same ICMS protocol.
 *
 * @param baselineMs natural use before the protocol (ms), a whole number of chunks, &gt; 0
 * @param protocolMs protocol phase (ms), a whole number of chunks, &gt; 0
 * @param recoveryMs natural use after the protocol (ms), a whole number of chunks, &gt;= 0
 * @param chunkMs interval between ICMS read-outs (ms), &gt; 0 and finite
 * @param protocolShares relative use of each effector during the protocol phase
 * @param effector the probed (trained or immobilised) effector
 * @param icms the ICMS read-out protocol
 */
public record UseProtocol(
        double baselineMs,
        double protocolMs,
        double recoveryMs,
        double chunkMs,
        double[] protocolShares,
        int effector,
        IcmsParameters icms) {
    /** Validates the fields. */
    public UseProtocol {
        Args.positive("chunkMs", chunkMs, "ms");
        Args.positive("baselineMs", baselineMs, "ms");
        Args.positive("protocolMs", protocolMs, "ms");
        Args.nonNegative("recoveryMs", recoveryMs, "ms");
        Args.notNull("protocolShares", protocolShares);
        Args.notNull("icms", icms);
        protocolShares = protocolShares.clone();
        if (effector < 0 || effector >= protocolShares.length) {
            throw new IllegalArgumentException(
                    "effector must be in [0, " + (protocolShares.length - 1) + "]: " + effector);
        }
    }

    /**
     * A protocol without a recovery phase.
     *
     * @param baselineMs natural use before the protocol (ms), a whole number of chunks, &gt; 0
     * @param protocolMs protocol phase (ms), a whole number of chunks, &gt; 0
     * @param chunkMs interval between ICMS read-outs (ms), &gt; 0 and finite
     * @param protocolShares relative use of each effector during the protocol phase
     * @param effector the probed (trained or immobilised) effector
     * @param icms the ICMS read-out protocol
     */
    public UseProtocol(
            double baselineMs,
            double protocolMs,
            double chunkMs,
            double[] protocolShares,
            int effector,
            IcmsParameters icms) {
        this(baselineMs, protocolMs, 0.0, chunkMs, protocolShares, effector, icms);
    }

    /** Relative use during the protocol phase (a copy). */
    @Override
    public double[] protocolShares() {
        return protocolShares.clone();
    }

    /**
     * The ICMS protocol of the map-learning experiments: {@link IcmsParameters#nudo1996()} with a
     * movement threshold of 0.15 Hz (ours: about a third of the evoked effector rate at a
     * territory's core with {@link MapLearningParameters#defaults()}, whose output weights are
     * small).
     *
     * @return the read-out protocol
     */
    public static IcmsParameters readout() {
        return IcmsParameters.nudo1996().withMovementThresholdHz(0.15);
    }

    /**
     * The outcome.
     *
     * @param timeS model time of each read-out (s), the first at the end of the first chunk
     * @param areaMm2 territory per read-out and effector (mm²)
     * @param totalMm2 responsive area per read-out (mm²)
     * @param meanRateHz mean site rate over the chunk before each read-out (Hz)
     * @param mepHz MEP proxy of the probed effector per read-out (Hz)
     * @param baselineChunks number of read-outs in the baseline
     * @param protocolChunks number of read-outs in the protocol phase (the recovery follows)
     * @param before the map at the end of the baseline
     * @param after the map at the end of the run (of the recovery, if any)
     */
    public record Result(
            double[] timeS,
            double[][] areaMm2,
            double[] totalMm2,
            double[] meanRateHz,
            double[] mepHz,
            int baselineChunks,
            int protocolChunks,
            MotorMap before,
            MotorMap after) {
        /** Territory of an effector over time (mm², a new array). */
        public double[] areaOf(int effector) {
            double[] a = new double[timeS.length];
            for (int k = 0; k < a.length; k++) {
                a[k] = areaMm2[k][effector];
            }
            return a;
        }
    }

    /**
     * Runs the protocol on a new map.
     *
     * @param sheet the sheet
     * @param body the body
     * @param parameters the map's parameters
     * @param seed seed of the bout order
     * @param achMicroMolar acetylcholine (µM) over model time (ms)
     * @return the outcome
     */
    public Result run(
            CorticalSheet sheet,
            BodyModel body,
            MapLearningParameters parameters,
            long seed,
            DoubleUnaryOperator achMicroMolar) {
        Args.length("protocolShares", protocolShares.length, body.size());
        int nb = (int) Math.round(baselineMs / chunkMs);
        int np = (int) Math.round(protocolMs / chunkMs);
        int nr = (int) Math.round(recoveryMs / chunkMs);
        int n = nb + np + nr;
        double[] t = new double[n];
        double[][] areas = new double[n][];
        double[] total = new double[n];
        double[] rate = new double[n];
        double[] mep = new double[n];
        double[] natural = new double[body.size()];
        Arrays.fill(natural, 1.0);
        MotorMap initial = SomatotopicLayout.orderly(sheet, body);
        boolean[] probe = new boolean[sheet.siteCount()];
        MotorMap before = null;
        MotorMap map = null;
        try (MapLearning ml =
                MapLearning.create(sheet, body, initial, parameters, seed, achMicroMolar)) {
            for (int k = 0; k < n; k++) {
                boolean protocol = k >= nb && k < nb + np;
                rate[k] = ml.use(chunkMs, protocol ? protocolShares : natural);
                double[][] ev = VirtualIcms.evokedRatesHz(ml.network(), icms);
                map = MotorMap.absolute(sheet, body, ev, icms.movementThresholdHz());
                t[k] = ml.timeMs() / 1000.0;
                areas[k] = MapAnalysis.areasMm2(map);
                total[k] =
                        (1.0 - MapAnalysis.unresponsiveFraction(map))
                                * sheet.siteCount()
                                * sheet.siteAreaMm2();
                if (k == nb - 1) {
                    before = map;
                    for (int i = 0; i < probe.length; i++) {
                        probe[i] = map.dominant(i) == effector;
                    }
                }
                if (k >= nb - 1) {
                    double s = 0;
                    int c = 0;
                    for (int i = 0; i < probe.length; i++) {
                        if (probe[i]) {
                            s += ev[i][effector];
                            c++;
                        }
                    }
                    mep[k] = c == 0 ? 0.0 : s / c;
                }
            }
        }
        for (int k = 0; k < nb - 1; k++) {
            mep[k] = Double.NaN;
        }
        return new Result(t, areas, total, rate, mep, nb, np, before, map);
    }
}
