package org.stageboard.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.template.Seeder;
import org.stageboard.template.TemplateLibrary;

public class ArrowRouterTest {

    @Test
    void boxesSideBySideGetAStraightHorizontalArrow() {
        Rect a = new Rect(0, 0, 100, 80);
        Rect b = new Rect(200, 20, 100, 80);
        double[] pts = ArrowRouter.route(a, b, List.of());
        assertEquals(4, pts.length, "two points");
        assertEquals(pts[1], pts[3], 1e-9, "horizontal");
        assertEquals(100, pts[0], 1e-9, "leaves a's right side");
        assertEquals(200, pts[2], 1e-9, "enters b's left side");
        assertTrue(pts[1] >= 20 && pts[1] <= 80, "within the shared height");
    }

    @Test
    void boxesOneAboveTheOtherGetAStraightVerticalArrow() {
        double[] pts = ArrowRouter.route(new Rect(0, 0, 100, 80), new Rect(10, 200, 100, 80), List.of());
        assertArrayEquals(new double[] {55, 80, 55, 200}, pts, 1e-9);
    }

    @Test
    void anArrowGoesAroundABoxInTheWay() {
        Rect a = new Rect(0, 300, 100, 80);      // bottom left
        Rect b = new Rect(400, 0, 100, 80);      // top right
        Rect inTheWay = new Rect(150, 120, 200, 160);
        double[] straight = ArrowGeometry.clippedSegment(a, b);
        assertTrue(ArrowRouter.segmentHits(straight[0], straight[1], straight[2], straight[3], inTheWay),
                "the straight line would cut through the middle box");
        double[] pts = ArrowRouter.route(a, b, List.of(a, b, inTheWay));
        assertFalse(crosses(pts, inTheWay), "routed around it");
        assertTrue(a.inflate(1).contains(pts[0], pts[1]) && b.inflate(1).contains(pts[pts.length - 2], pts[pts.length - 1]));
    }

    @Test
    void theFeedbackArrowOfEverySeededTemplateCrossesNoBox() {
        TemplateLibrary lib = TemplateLibrary.load();
        for (var t : lib.all()) {
            Board b = SeededTemplates.seed(t, Seeder.Mode.REFERENCE);
            List<Rect> boxes = b.nodes().stream().map(Node::bounds).toList();
            for (Edge e : b.edges()) {
                Rect from = b.node(e.from()).orElseThrow().bounds();
                Rect to = b.node(e.to()).orElseThrow().bounds();
                double[] pts = ArrowRouter.route(from, to, boxes);
                for (Rect r : boxes) {
                    if (!r.equals(from) && !r.equals(to)) {
                        assertFalse(crosses(pts, r), t.id() + " arrow " + e.id() + " crosses a box");
                    }
                }
            }
        }
    }

    @Test
    void segmentsTouchingOnlyTheBorderDoNotCount() {
        Rect r = new Rect(0, 0, 100, 100);
        assertFalse(ArrowRouter.segmentHits(-10, 0, 110, 0, r), "along the top edge");
        assertTrue(ArrowRouter.segmentHits(-10, 50, 110, 50, r));
        assertFalse(ArrowRouter.segmentHits(-10, 150, 110, 150, r));
    }

    public static boolean crosses(double[] pts, Rect r) {
        for (int i = 0; i + 3 < pts.length; i += 2) {
            if (ArrowRouter.segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], r)) {
                return true;
            }
        }
        return false;
    }
}
