package org.stageboard.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectTest {
    private final Rect box = new Rect(100, 100, 200, 100);

    @Test
    void aSegmentThroughTheInsideCrossesIt() {
        assertTrue(box.crossedBy(0, 150, 400, 150), "straight across");
        assertTrue(box.crossedBy(150, 0, 250, 400), "slanted across");
        assertTrue(box.crossedBy(150, 150, 500, 500), "starting inside");
    }

    @Test
    void aSegmentBesideAlongOrShortOfItDoesNot() {
        assertFalse(box.crossedBy(0, 50, 400, 50), "above");
        assertFalse(box.crossedBy(0, 100, 400, 100), "along the top edge");
        assertFalse(box.crossedBy(0, 150, 99, 150), "stops short");
        assertFalse(box.crossedBy(0, 0, 99, 300), "passes the corner outside");
    }
}
