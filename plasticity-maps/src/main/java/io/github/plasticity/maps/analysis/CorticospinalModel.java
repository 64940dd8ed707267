package io.github.plasticity.maps.analysis;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.SpinalLevel;
import java.util.Arrays;

/**
 * The lengths of the corticospinal (and corticobulbar) axons of a map: from every responsive site
 * to the motoneurons of its dominant effector at the effector's target level ({@link SpinalLevel}
 * scale).
 *
 * <p>Two geometries, both our simplifications, are provided because they answer different
 * questions:
 *
 * <ul>
 *   <li>{@link #orderedTract}: axons converge onto an ordered tract below the sheet, in which
 *       fibres are arranged by target level and packed by number (as the descending pathway is
 *       somatotopically ordered in the internal capsule, the cerebral peduncle and the pyramid),
 *       then descend along the neuraxis to their level. The orientation is an assumption: fibres to
 *       caudal levels lie at the tract's medial end. A layout is cheap when the medial-lateral
 *       order of its territories follows the tract's order.
 *   <li>{@link #straightLine}: straight axons from a sheet folded over the hemisphere (medial edge
 *       at the vertex) to a midline neuraxis. It shows that geometry alone does not favour leg
 *       medial: the lateral convexity lies lower, closer to every target, and the saving of a
 *       lateral position grows with the target's depth.
 * </ul>
 */
public interface CorticospinalModel {
    /** Most rostral level of the scale ({@code V}, -2), the top of the descending neuraxis. */
    double ROSTRAL_LEVEL = -2;

    /**
     * The axon length of every site of a map.
     *
     * @param map the map
     * @return per site the length (mm) to its dominant effector's level, 0 for unresponsive sites
     */
    double[] lengthsMm(MotorMap map);

    /**
     * The ordered-tract model. Responsive sites are ranked by the target level of their dominant
     * effector, caudal first; a fibre whose level group occupies ranks {@code [s, s + c)} of {@code
     * N} enters the tract at quantile \( q = (s + c/2)/N \), at \( u = x_c + \kappa W(q - 1/2) \)
     * along the medial-lateral axis, depth {@code D} below the sheet, where \( (x_c, y_c) \) is the
     * centre and {@code W} the medial-lateral extent of the sheet's grid, and \( \kappa \) the
     * tract's convergence. The length is \( \sqrt{(x - u)^2 + (y - y_c)^2 + D^2} + \lambda (\ell -
     * \ell_V) \). The tract positions depend only on how many sites each level has, so layouts with
     * the same territory sizes are compared on the same tract; the descent term is then the same
     * for all of them and makes the length an axon length.
     *
     * @param entryDepthMm {@code D} (mm), &gt; 0 and finite
     * @param convergence \( \kappa \), tract width over sheet width, &gt;= 0 and finite
     * @param segmentLengthMm \( \lambda \), length of the neuraxis per level (mm), &gt;= 0 and
     *     finite
     * @return the model
     */
    static CorticospinalModel orderedTract(
            double entryDepthMm, double convergence, double segmentLengthMm) {
        Args.positive("entryDepthMm", entryDepthMm, "mm");
        Args.nonNegative("convergence", convergence, "dimensionless");
        Args.nonNegative("segmentLengthMm", segmentLengthMm, "mm");
        return map -> {
            CorticalSheet sheet = map.sheet();
            BodyModel body = map.body();
            int n = map.siteCount();
            double[] levels = new double[n];
            int responsive = 0;
            for (int i = 0; i < n; i++) {
                int e = map.dominant(i);
                if (e >= 0) {
                    levels[responsive++] = body.effector(e).targetLevel();
                }
            }
            double[] sorted = Arrays.copyOf(levels, responsive);
            Arrays.sort(sorted);
            double width = (sheet.nx() - 1) * sheet.spacingMm();
            double xc = 0.5 * width;
            double yc = 0.5 * (sheet.ny() - 1) * sheet.spacingMm();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                int e = map.dominant(i);
                if (e < 0) {
                    continue;
                }
                double level = body.effector(e).targetLevel();
                // ranks counted caudal first: sites with a higher level come before.
                int above = responsive - upperBound(sorted, level);
                int same = upperBound(sorted, level) - lowerBound(sorted, level);
                double q = (above + 0.5 * same) / responsive;
                double u = xc + convergence * width * (q - 0.5);
                double dx = sheet.xMm(i) - u;
                double dy = sheet.yMm(i) - yc;
                out[i] =
                        Math.sqrt(dx * dx + dy * dy + entryDepthMm * entryDepthMm)
                                + segmentLengthMm * (level - ROSTRAL_LEVEL);
            }
            return out;
        };
    }

    /**
     * {@link #orderedTract} with our rough human values: tract 40 mm below the cortex, half as wide
     * as the sheet, 15 mm of neuraxis per level (an adult spinal cord of about 450 mm over 31
     * segments).
     *
     * @return the model
     */
    static CorticospinalModel orderedTract() {
        return orderedTract(40.0, 0.5, 15.0);
    }

    /**
     * The straight-line model: the sheet's medial-lateral axis is wrapped on a coronal arc of
     * radius {@code R} starting at the vertex (a site at arc length {@code x} from the medial edge
     * lies at lateral offset \( R \sin(x/R) \) and height \( z_0 + R\cos(x/R) \)), its
     * rostral-caudal axis stays flat around the centre row; the neuraxis is the vertical midline
     * below, level \( \ell \) at height \( -(d_0 + \lambda(\ell - \ell_V)) \). The length is the
     * straight distance.
     *
     * @param arcRadiusMm {@code R} (mm), &gt; 0 and finite
     * @param centreHeightMm \( z_0 \), height of the arc's centre above the reference (mm), finite
     * @param brainstemDepthMm \( d_0 \), depth of the most rostral level below the reference (mm),
     *     finite
     * @param segmentLengthMm \( \lambda \) (mm), &gt;= 0 and finite
     * @return the model
     */
    static CorticospinalModel straightLine(
            double arcRadiusMm,
            double centreHeightMm,
            double brainstemDepthMm,
            double segmentLengthMm) {
        Args.positive("arcRadiusMm", arcRadiusMm, "mm");
        Args.finite("centreHeightMm", centreHeightMm, "mm");
        Args.finite("brainstemDepthMm", brainstemDepthMm, "mm");
        Args.nonNegative("segmentLengthMm", segmentLengthMm, "mm");
        return map -> {
            CorticalSheet sheet = map.sheet();
            double yc = 0.5 * (sheet.ny() - 1) * sheet.spacingMm();
            double[] out = new double[map.siteCount()];
            for (int i = 0; i < out.length; i++) {
                int e = map.dominant(i);
                if (e < 0) {
                    continue;
                }
                double level = map.body().effector(e).targetLevel();
                double theta = sheet.xMm(i) / arcRadiusMm;
                double lateral = arcRadiusMm * Math.sin(theta);
                double height = centreHeightMm + arcRadiusMm * Math.cos(theta);
                double dy = sheet.yMm(i) - yc;
                double target = -(brainstemDepthMm + segmentLengthMm * (level - ROSTRAL_LEVEL));
                double dz = height - target;
                out[i] = Math.sqrt(lateral * lateral + dy * dy + dz * dz);
            }
            return out;
        };
    }

    /**
     * {@link #straightLine} with our rough human values: arc radius 60 mm centred 10 mm above the
     * reference, brainstem 20 mm below it, 15 mm per level.
     *
     * @return the model
     */
    static CorticospinalModel straightLine() {
        return straightLine(60.0, 10.0, 20.0, 15.0);
    }

    private static int lowerBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
