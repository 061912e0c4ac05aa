package org.stageboard.geom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.Edits;
import org.stageboard.edit.InsertCopies;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.template.Seeder;
import org.stageboard.template.TemplateLibrary;

/** Issue 10: after Ctrl+D or paste of boxes no arrow runs through a box other than its two ends. */
class DuplicatedLayoutRoutingTest {
    private static final double PASTE_OFFSET = 40;

    /** What Ctrl+D does to the board: copies beside the originals, at the free offset nearest the usual one. */
    private static Board duplicate(Board b, List<String> ids, double preferred) {
        Edits.Fragment f = Edits.fragment(b, ids);
        double[] free = Edits.freeOffset(b, f.nodes(), preferred, preferred, PASTE_OFFSET);
        return InsertCopies.of(b, f, free[0], free[1], InsertCopies.Purpose.DUPLICATE).apply(b);
    }

    private static List<String> crossings(Board b) {
        List<Rect> boxes = b.nodes().stream().map(Node::bounds).toList();
        List<String> bad = new ArrayList<>();
        for (Edge e : b.edges()) {
            Rect from = b.node(e.from()).orElseThrow().bounds();
            Rect to = b.node(e.to()).orElseThrow().bounds();
            double[] pts = ArrowRouter.route(from, to, boxes);
            for (Rect r : boxes) {
                if (r.equals(from) || r.equals(to)) {
                    continue;
                }
                for (int i = 0; i + 3 < pts.length; i += 2) {
                    if (ArrowRouter.segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], r)) {
                        bad.add(e.id() + " " + Arrays.toString(pts) + " crosses " + r);
                        break;
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void duplicatingAnyTwoNeighbouringBoxesOfEveryTemplateLeavesEveryArrowClear() {
        for (var t : TemplateLibrary.load().all()) {
            Board seeded = SeededTemplates.seed(t, Seeder.Mode.REFERENCE);
            List<Node> nodes = seeded.nodes();
            for (int i = 0; i + 1 < nodes.size(); i++) {
                Board b = duplicate(seeded, List.of(nodes.get(i).id(), nodes.get(i + 1).id()), PASTE_OFFSET);
                assertTrue(crossings(b).isEmpty(), t.id() + " after duplicating boxes " + i + "," + (i + 1) + ": " + crossings(b));
                // and a second paste of the same two boxes
                Board twice = duplicate(b, List.of(nodes.get(i).id(), nodes.get(i + 1).id()), 2 * PASTE_OFFSET);
                assertTrue(crossings(twice).isEmpty(), t.id() + " after pasting twice: " + crossings(twice));
            }
        }
    }

    @Test
    void copiesNeverCoverABoxAlreadyThere() {
        Board seeded = SeededTemplates.seed(TemplateLibrary.load().all().get(0), Seeder.Mode.REFERENCE);
        List<String> two = List.of(seeded.nodes().get(1).id(), seeded.nodes().get(2).id());
        Board b = duplicate(seeded, two, PASTE_OFFSET);
        List<Node> copies = b.nodes().subList(seeded.nodes().size(), b.nodes().size());
        for (Node copy : copies) {
            for (Node old : seeded.nodes()) {
                assertFalse(copy.bounds().inflate(PASTE_OFFSET - 1).intersects(old.bounds()), copy + " too close to " + old);
            }
        }
    }

    private static boolean crossesAny(double[] pts, List<Rect> boxes) {
        for (Rect r : boxes) {
            for (int i = 0; i + 3 < pts.length; i += 2) {
                if (ArrowRouter.segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], r)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theDetourRouterFindsAWayWhenEverySimpleShapeIsBlocked() {
        // a is in a cup open only to the left: boxes above, below and to its right
        Rect a = new Rect(0, 0, 100, 80);
        Rect b = new Rect(600, 0, 100, 80);
        List<Rect> boxes = new ArrayList<>(List.of(a, b));
        boxes.add(new Rect(-50, -100, 300, 50));
        boxes.add(new Rect(-50, 130, 300, 50));
        boxes.add(new Rect(160, -100, 40, 280));
        for (double[] simple : new double[][] {ArrowGeometry.clippedSegment(a, b), ArrowRouter.sideways(a, b),
                ArrowRouter.over(a, b, boxes.subList(2, 5)), ArrowRouter.under(a, b, boxes.subList(2, 5))}) {
            assertTrue(crossesAny(simple, boxes.subList(2, 5)), "the simple shape " + Arrays.toString(simple) + " is blocked");
        }
        double[] pts = ArrowRouter.route(a, b, boxes);
        assertTrue(pts[0] == a.x(), "leaves through the cup's open side: " + Arrays.toString(pts));
        assertNotNull(pts);
        for (Rect r : boxes.subList(2, boxes.size())) {
            for (int i = 0; i + 3 < pts.length; i += 2) {
                assertFalse(ArrowRouter.segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], r),
                        Arrays.toString(pts) + " crosses " + r);
            }
        }
        assertTrue(a.inflate(1).contains(pts[0], pts[1]), "starts on a");
        assertTrue(b.inflate(1).contains(pts[pts.length - 2], pts[pts.length - 1]), "ends on b");
    }
}
