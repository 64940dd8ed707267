package io.github.plasticity.maps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.Effector;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import io.github.plasticity.testkit.Tolerance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringCostTest {
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(36, 20, 0.5);

    /** The standard body with arm and hand merged into one block, "upper limb". */
    private static BodyModel fourBlocks() {
        List<Effector> es = new ArrayList<>();
        for (Effector e : BodyModel.standard().effectors()) {
            boolean limb = e.region().equals("arm") || e.region().equals("hand");
            es.add(
                    limb
                            ? new Effector(
                                    e.name(), "upper limb", e.targetLevel(), e.relativeArea())
                            : e);
        }
        return BodyModel.of(es);
    }

    private static double[] corticospinal(
            BodyModel body, CorticospinalModel model, List<List<String>> perms) {
        double[] c = new double[perms.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] =
                    WiringCost.corticospinalMm(
                            SomatotopicLayout.blocks(SHEET, body, perms.get(k)), model);
        }
        return c;
    }

    private static int indexOf(List<List<String>> perms, List<String> order) {
        int k = perms.indexOf(order);
        if (k < 0) {
            throw new AssertionError("missing order " + order);
        }
        return k;
    }

    /**
     * Ordered tract, leg, trunk, upper limb and face as blocks: the canonical order (leg medial,
     * face lateral) has the lowest corticospinal length of the 24 orders and its mirror image the
     * highest. Derivation: the tract is ordered by level, caudal medial, and for a convex cost of
     * the offset between a site and its tract position the order-preserving assignment is optimal
     * (the rearrangement argument); block levels 24, 14.5, 5-8.5, -1 decrease medial to lateral.
     */
    @Test
    void canonicalGrossLayoutIsCheapestOfTheFourBlockOrders() {
        BodyModel body = fourBlocks();
        List<List<String>> perms = SomatotopicLayout.regionPermutations(body);
        double[] c = corticospinal(body, CorticospinalModel.orderedTract(), perms);
        assertEquals(1, WiringCost.rank(c[0], c));
        List<String> mirror = new ArrayList<>(body.regions());
        Collections.reverse(mirror);
        assertEquals(24, WiringCost.rank(c[indexOf(perms, mirror)], c));
    }

    /**
     * With arm (C5-C7) and hand (C8-T1) as separate blocks the canonical homunculus is not monotone
     * in target level: the hand lies lateral to the arm but its motoneurons are caudal to the
     * arm's. The cheapest order is then the level-sorted one (leg, trunk, hand, arm, face), and the
     * canonical order ranks 11th of 120 (stated rank, measured with this model and body).
     */
    @Test
    void withArmAndHandSeparateTheCanonicalLayoutRanksEleventh() {
        BodyModel body = BodyModel.standard();
        List<List<String>> perms = SomatotopicLayout.regionPermutations(body);
        double[] c = corticospinal(body, CorticospinalModel.orderedTract(), perms);
        int sorted = indexOf(perms, List.of("leg", "trunk", "hand", "arm", "face"));
        assertEquals(1, WiringCost.rank(c[sorted], c));
        assertEquals(11, WiringCost.rank(c[0], c));
    }

    /**
     * Straight axons from a sheet folded over the hemisphere: lateral cortex lies lower, closer to
     * every target, and the saving grows with the target's depth (the excess length of a lateral
     * offset {@code a} over a vertical drop {@code h} is about a^2/2h), so the deepest (lumbar)
     * targets are best served laterally: the canonical order is the most expensive of the 24 and
     * its mirror the cheapest.
     */
    @Test
    void straightLineGeometryFavoursTheMirrorLayout() {
        BodyModel body = fourBlocks();
        List<List<String>> perms = SomatotopicLayout.regionPermutations(body);
        double[] c = corticospinal(body, CorticospinalModel.straightLine(), perms);
        assertEquals(24, WiringCost.rank(c[0], c));
        List<String> mirror = new ArrayList<>(body.regions());
        Collections.reverse(mirror);
        assertEquals(1, WiringCost.rank(c[indexOf(perms, mirror)], c));
    }

    /**
     * Hand-computed: a 4 x 1 sheet (1 mm), effectors a and b connect only to each other, c only to
     * itself, one partner each. Layout [a, b, c, c]: every site has its partner 1 mm away, mean 1
     * mm. Layout [a, c, c, b]: a and b are 3 mm apart, the c sites 1 mm: mean (3+1+1+3)/4 = 2.
     */
    @Test
    void placingCoActivatedEffectorsAdjacentLowersIntracorticalCost() {
        BodyModel body =
                BodyModel.of(
                        List.of(
                                Effector.at("a", "r", "C5", 1),
                                Effector.at("b", "r", "C6", 1),
                                Effector.at("c", "r", "C7", 1)));
        CorticalSheet line = CorticalSheet.rectangle(4, 1, 1.0);
        double[][] shares = {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}};
        double adjacent =
                WiringCost.intracorticalMm(
                        MotorMap.ofAssignment(line, body, new int[] {0, 1, 2, 2}), shares, 1);
        double apart =
                WiringCost.intracorticalMm(
                        MotorMap.ofAssignment(line, body, new int[] {0, 2, 2, 1}), shares, 1);
        Tolerance.absolute(1e-12).check("adjacent", 1.0, adjacent);
        Tolerance.absolute(1e-12).check("apart", 2.0, apart);
        // two partners: a has one b site only, so its mean is over that one site
        Tolerance.absolute(1e-12)
                .check(
                        "two partners",
                        1.0,
                        WiringCost.intracorticalMm(
                                MotorMap.ofAssignment(line, body, new int[] {0, 1, 2, 2}),
                                shares,
                                2));
    }

    @Test
    void sharesAreRowNormalisedAndRanksShareTies() {
        double[][] p = WiringCost.connectionShares(new double[][] {{1, 3}, {0, 0}});
        Tolerance.absolute(1e-12).check("p00", 0.25, p[0][0]);
        Tolerance.absolute(1e-12).check("p01", 0.75, p[0][1]);
        Tolerance.absolute(0).check("zero row", 0.0, p[1][0] + p[1][1]);
        assertEquals(1, WiringCost.rank(2.0, new double[] {2.0, 2.0, 3.0}));
        assertEquals(3, WiringCost.rank(3.0, new double[] {2.0, 2.0, 3.0}));
        assertThrows(
                IllegalArgumentException.class,
                () -> WiringCost.connectionShares(new double[][] {{-1, 0}, {0, 0}}));
        assertThrows(
                IllegalArgumentException.class,
                () -> CorticospinalModel.orderedTract(Double.NaN, 0.5, 15));
    }
}
