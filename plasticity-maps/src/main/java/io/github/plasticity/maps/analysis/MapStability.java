package io.github.plasticity.maps.analysis;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;

/**
 * How much a map changed between two read-outs on the same sheet and body, separated into gross
 * movement of the body regions and change of the fine structure inside them.
 *
 * <ul>
 *   <li>{@code grossShiftMm}: mean, over the regions with territory in both maps, of the distance
 *       between the region's centroids (the centroid of the sites whose dominant effector belongs
 *       to the region);
 *   <li>{@code regionChange}: share of sites responsive in both maps whose dominant region differs;
 *   <li>{@code fineChange}: share of sites responsive in both maps with the same dominant region
 *       whose dominant effector differs (fine reorganisation within a region);
 *   <li>{@code responsivenessChange}: share of sites responsive in exactly one of the two maps.
 * </ul>
 *
 * <p>A stable gross layout with a labile fine structure gives a small {@code grossShiftMm} and
 * {@code regionChange} with a larger {@code fineChange}. Values are NaN when undefined (no region
 * in common, no site responsive in both).
 *
 * @param grossShiftMm mean region-centroid displacement (mm)
 * @param regionChange share of sites whose dominant region changed
 * @param fineChange share of sites whose dominant effector changed within the same region
 * @param responsivenessChange share of sites that became or stopped being responsive
 */
public record MapStability(
        double grossShiftMm, double regionChange, double fineChange, double responsivenessChange) {

    /**
     * Compares two maps.
     *
     * @param before the earlier map
     * @param after the later map, on the same sheet and body
     * @return the stability measures
     */
    public static MapStability compare(MotorMap before, MotorMap after) {
        Args.notNull("before", before);
        Args.notNull("after", after);
        CorticalSheet s = before.sheet();
        BodyModel body = before.body();
        if (!s.sameGeometry(after.sheet()) || !body.names().equals(after.body().names())) {
            throw new IllegalArgumentException(
                    "maps must share sheet and body: "
                            + s
                            + " "
                            + body
                            + " vs "
                            + after.sheet()
                            + " "
                            + after.body());
        }
        int regions = body.regions().size();
        double[][] cb = new double[regions][3];
        double[][] ca = new double[regions][3];
        int both = 0;
        int sameRegion = 0;
        int regionChanged = 0;
        int fineChanged = 0;
        int flipped = 0;
        for (int i = 0; i < s.siteCount(); i++) {
            int b = before.dominant(i);
            int a = after.dominant(i);
            if (b >= 0) {
                add(cb[body.regionOf(b)], s.xMm(i), s.yMm(i));
            }
            if (a >= 0) {
                add(ca[body.regionOf(a)], s.xMm(i), s.yMm(i));
            }
            if ((a >= 0) != (b >= 0)) {
                flipped++;
            }
            if (a >= 0 && b >= 0) {
                both++;
                if (body.regionOf(a) != body.regionOf(b)) {
                    regionChanged++;
                } else {
                    sameRegion++;
                    if (a != b) {
                        fineChanged++;
                    }
                }
            }
        }
        double shift = 0;
        int common = 0;
        for (int r = 0; r < regions; r++) {
            if (cb[r][2] > 0 && ca[r][2] > 0) {
                shift +=
                        Math.hypot(
                                cb[r][0] / cb[r][2] - ca[r][0] / ca[r][2],
                                cb[r][1] / cb[r][2] - ca[r][1] / ca[r][2]);
                common++;
            }
        }
        return new MapStability(
                common == 0 ? Double.NaN : shift / common,
                both == 0 ? Double.NaN : regionChanged / (double) both,
                sameRegion == 0 ? Double.NaN : fineChanged / (double) sameRegion,
                flipped / (double) s.siteCount());
    }

    private static void add(double[] acc, double x, double y) {
        acc[0] += x;
        acc[1] += y;
        acc[2] += 1;
    }
}
