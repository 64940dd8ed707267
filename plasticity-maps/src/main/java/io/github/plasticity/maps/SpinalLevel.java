package io.github.plasticity.maps;

import io.github.plasticity.core.internal.Args;
import java.util.Locale;

/**
 * The numeric scale of target levels along the neuraxis used for corticospinal wiring: one unit per
 * spinal segment, counted from the rostral end.
 *
 * <table>
 *   <caption>Level scale</caption>
 *   <tr><th>name</th><th>level</th><th>what it is</th></tr>
 *   <tr><td>{@code V}</td><td>-2</td><td>trigeminal motor nucleus (pons): jaw</td></tr>
 *   <tr><td>{@code VII}</td><td>-1</td><td>facial motor nucleus (pons): facial expression</td></tr>
 *   <tr><td>{@code XII}</td><td>0</td><td>hypoglossal nucleus (medulla): tongue</td></tr>
 *   <tr><td>{@code C1} ... {@code C8}</td><td>1 ... 8</td><td>cervical segments</td></tr>
 *   <tr><td>{@code T1} ... {@code T12}</td><td>9 ... 20</td><td>thoracic segments</td></tr>
 *   <tr><td>{@code L1} ... {@code L5}</td><td>21 ... 25</td><td>lumbar segments</td></tr>
 *   <tr><td>{@code S1} ... {@code S5}</td><td>26 ... 30</td><td>sacral segments</td></tr>
 * </table>
 *
 * <p>The spinal part is the standard segment sequence (C1-C8, T1-T12, L1-L5, S1-S5). Placing the
 * brainstem motor nuclei one unit apart above C1, in their rostro-caudal order, is our
 * simplification: the scale orders targets, and lengths in millimetres come from a segment length
 * chosen in the wiring model ({@code io.github.plasticity.maps.analysis.CorticospinalModel}).
 * Fractional levels stand for effectors whose motoneurons span several segments (the midpoint).
 */
public final class SpinalLevel {
    private SpinalLevel() {}

    /**
     * The level of a named segment or brainstem nucleus.
     *
     * @param name {@code "V"}, {@code "VII"}, {@code "XII"}, or a segment such as {@code "C5"},
     *     {@code "T1"}, {@code "L4"}, {@code "S1"} (case-insensitive)
     * @return the level on the scale above
     */
    public static double of(String name) {
        Args.notNull("name", name);
        String s = name.trim().toUpperCase(Locale.ROOT);
        switch (s) {
            case "V":
                return -2;
            case "VII":
                return -1;
            case "XII":
                return 0;
            default:
                break;
        }
        if (s.length() >= 2) {
            int n;
            try {
                n = Integer.parseInt(s.substring(1));
            } catch (NumberFormatException e) {
                n = -1;
            }
            switch (s.charAt(0)) {
                case 'C':
                    if (n >= 1 && n <= 8) {
                        return n;
                    }
                    break;
                case 'T':
                    if (n >= 1 && n <= 12) {
                        return 8 + n;
                    }
                    break;
                case 'L':
                    if (n >= 1 && n <= 5) {
                        return 20 + n;
                    }
                    break;
                case 'S':
                    if (n >= 1 && n <= 5) {
                        return 25 + n;
                    }
                    break;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "unknown neuraxis level '"
                        + name
                        + "': use V, VII, XII, C1-C8, T1-T12, L1-L5 or S1-S5");
    }

    /**
     * The midpoint of two levels, for effectors whose motoneurons span several segments.
     *
     * @param from rostral end, such as {@code "C8"}
     * @param to caudal end, such as {@code "T1"}
     * @return \( (level(from) + level(to)) / 2 \)
     */
    public static double span(String from, String to) {
        return 0.5 * (of(from) + of(to));
    }
}
