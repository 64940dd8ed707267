package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The effectors a motor map can move, in canonical map order: the order in which an orderly
 * (S1-like) homunculus lays them out from the medial to the lateral edge of the sheet.
 *
 * <p>{@link #standard()} is a primate upper-body-and-leg model; users define their own with {@link
 * #of}. Immutable and thread-safe.
 */
public final class BodyModel {
    private final List<Effector> effectors;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> regions;
    private final int[] regionOf;

    private BodyModel(List<Effector> effectors) {
        this.effectors = List.copyOf(effectors);
        List<String> rs = new ArrayList<>();
        this.regionOf = new int[effectors.size()];
        for (int i = 0; i < effectors.size(); i++) {
            Effector e = Args.notNull("effectors[" + i + "]", effectors.get(i));
            if (index.put(e.name(), i) != null) {
                throw new IllegalArgumentException("effector name '" + e.name() + "' is repeated");
            }
            int r = rs.indexOf(e.region());
            if (r < 0) {
                rs.add(e.region());
                r = rs.size() - 1;
            } else if (regionOf[i - 1] != r) {
                throw new IllegalArgumentException(
                        "the effectors of region '"
                                + e.region()
                                + "' must be consecutive in map order; '"
                                + e.name()
                                + "' is separated from the others");
            }
            regionOf[i] = r;
        }
        this.regions = Collections.unmodifiableList(rs);
    }

    /**
     * A body from effectors in canonical map order (medial to lateral). The effectors of one region
     * must be consecutive.
     *
     * @param effectors at least one, unique names; read, copied
     * @return the body model
     */
    public static BodyModel of(List<Effector> effectors) {
        Args.notNull("effectors", effectors);
        if (effectors.isEmpty()) {
            throw new IllegalArgumentException("a body model needs at least one effector");
        }
        return new BodyModel(effectors);
    }

    /**
     * The primate model used by the map experiments: 11 effectors in Penfield's medial-to-lateral
     * order, in five regions.
     *
     * <table>
     *   <caption>Standard body</caption>
     *   <tr><th>effector</th><th>region</th><th>motoneurons</th><th>level</th><th>area</th></tr>
     *   <tr><td>leg</td><td>leg</td><td>L2-S1</td><td>24</td><td>1.2</td></tr>
     *   <tr><td>trunk</td><td>trunk</td><td>T1-T12</td><td>14.5</td><td>0.6</td></tr>
     *   <tr><td>shoulder</td><td>arm</td><td>C5</td><td>5</td><td>0.6</td></tr>
     *   <tr><td>elbow</td><td>arm</td><td>C5-C7</td><td>6</td><td>0.6</td></tr>
     *   <tr><td>wrist</td><td>arm</td><td>C6-C7</td><td>6.5</td><td>0.8</td></tr>
     *   <tr><td>D5, D4, D3, D2, D1</td><td>hand</td><td>C8-T1</td><td>8.5</td>
     *       <td>0.6, 0.6, 0.7, 0.8, 1.0</td></tr>
     *   <tr><td>face</td><td>face</td><td>facial nucleus (VII)</td><td>-1</td><td>2.5</td></tr>
     * </table>
     *
     * <p>Sources. Order: Penfield &amp; Rasmussen 1950 (The Cerebral Cortex of Man), medial to
     * lateral: foot, leg, trunk, shoulder, elbow, wrist, little finger ... thumb, face. Segments:
     * the key muscles of the International Standards for Neurological Classification of Spinal Cord
     * Injury (ASIA/ISNCSCI): C5 elbow flexors, C6 wrist extensors, C7 elbow extensors (and wrist
     * flexors), C8 finger flexors, T1 small-finger abductors, L2 hip flexors, L3 knee extensors, L4
     * ankle dorsiflexors, L5 toe extensors, S1 ankle plantar flexors; shoulder abduction (deltoid)
     * is the C5 myotome. Our simplifications: one effector per joint, placed at the midpoint of its
     * segments; the trunk at the middle of the thoracic cord; all digits at C8-T1 (the digits share
     * their motoneuron pools' segments). Relative areas are ours, in rough proportion to the
     * Penfield homunculus (large face and thumb, small trunk).
     *
     * @return the model
     */
    public static BodyModel standard() {
        return of(
                List.of(
                        Effector.spanning("leg", "leg", "L2", "S1", 1.2),
                        Effector.spanning("trunk", "trunk", "T1", "T12", 0.6),
                        Effector.at("shoulder", "arm", "C5", 0.6),
                        Effector.spanning("elbow", "arm", "C5", "C7", 0.6),
                        Effector.spanning("wrist", "arm", "C6", "C7", 0.8),
                        Effector.spanning("D5", "hand", "C8", "T1", 0.6),
                        Effector.spanning("D4", "hand", "C8", "T1", 0.6),
                        Effector.spanning("D3", "hand", "C8", "T1", 0.7),
                        Effector.spanning("D2", "hand", "C8", "T1", 0.8),
                        Effector.spanning("D1", "hand", "C8", "T1", 1.0),
                        Effector.at("face", "face", "VII", 2.5)));
    }

    /** Number of effectors. */
    public int size() {
        return effectors.size();
    }

    /** The effector at an index (map order). */
    public Effector effector(int i) {
        return effectors.get(i);
    }

    /** The effectors in map order (unmodifiable). */
    public List<Effector> effectors() {
        return effectors;
    }

    /** The index of the effector with this name. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException(
                    "no effector named '" + name + "'; there are " + names());
        }
        return i;
    }

    /** Whether an effector with this name exists. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** Effector names in map order. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (Effector e : effectors) {
            n.add(e.name());
        }
        return n;
    }

    /** The body regions (blocks) in map order (unmodifiable). */
    public List<String> regions() {
        return regions;
    }

    /** Index (in {@link #regions()}) of the region of effector {@code i}. */
    public int regionOf(int i) {
        return regionOf[i];
    }

    /** Indices of the effectors of a region, in map order. */
    public int[] effectorsIn(String region) {
        int r = regions.indexOf(region);
        if (r < 0) {
            throw new IllegalArgumentException(
                    "no region named '" + region + "'; there are " + regions);
        }
        int n = 0;
        for (int v : regionOf) {
            if (v == r) {
                n++;
            }
        }
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < regionOf.length; i++) {
            if (regionOf[i] == r) {
                out[n++] = i;
            }
        }
        return out;
    }

    /**
     * Which effectors belong to a region, as a mask over all effectors in map order.
     *
     * @param region a region of {@link #regions()}
     * @return {@code mask[i]} is true when effector {@code i} is in the region; a new array
     */
    public boolean[] inRegion(String region) {
        boolean[] mask = new boolean[regionOf.length];
        for (int i : effectorsIn(region)) {
            mask[i] = true;
        }
        return mask;
    }

    /** Target levels of all effectors in map order ({@link SpinalLevel} scale), a new array. */
    public double[] targetLevels() {
        double[] l = new double[size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = effectors.get(i).targetLevel();
        }
        return l;
    }

    /** Relative areas normalised to sum to 1, in map order, a new array. */
    public double[] areaShares() {
        double[] a = new double[size()];
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = effectors.get(i).relativeArea();
            sum += a[i];
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    @Override
    public String toString() {
        return "BodyModel" + names();
    }
}
