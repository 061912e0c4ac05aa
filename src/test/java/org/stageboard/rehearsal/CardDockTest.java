package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Rect;
import org.stageboard.rehearsal.CardDock.Corner;
import org.stageboard.rehearsal.CardDock.Placement;

class CardDockTest {
    private static final double VW = 900;
    private static final double VH = 600;

    @Test
    void staysBottomLeftWhenNothingIsThere() {
        Placement p = CardDock.choose(VW, VH, 400, 200, 12, List.of(new Rect(500, 50, 200, 100)), List.of());
        assertEquals(Corner.BOTTOM_LEFT, p.corner());
        assertEquals(0, p.panX());
    }

    @Test
    void movesAsideFromTheBoxesItAsksAbout() {
        Rect asked = new Rect(60, 450, 200, 120);
        Placement p = CardDock.choose(VW, VH, 400, 200, 12, List.of(asked), List.of(new Rect(600, 420, 200, 150)));
        assertFalse(p.card().intersects(asked));
        assertEquals(Corner.TOP_RIGHT, p.corner(), "bottom-right would cover another box, top-right covers none");
    }

    @Test
    void pansTheBoardWhenEveryCornerWouldCoverThem() {
        List<Rect> asked = List.of(new Rect(60, 450, 200, 120), new Rect(640, 450, 200, 120),
                new Rect(60, 30, 200, 120), new Rect(640, 30, 200, 120));
        Placement p = CardDock.choose(VW, VH, 400, 200, 12, asked, List.of());
        assertEquals(Corner.BOTTOM_LEFT, p.corner());
        assertEquals(364, p.panX(), 0.01, "just past the card's right edge");
        for (Rect r : asked) {
            Rect moved = new Rect(r.x() + p.panX(), r.y() + p.panY(), r.width(), r.height());
            assertFalse(p.card().intersects(moved), "after panning the card covers no box it asks about: " + moved);
        }
    }
}
