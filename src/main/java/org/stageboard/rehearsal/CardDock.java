package org.stageboard.rehearsal;

import java.util.List;
import org.stageboard.model.Rect;

/**
 * Where the follow-up card floats over the canvas: the first corner (bottom-left, bottom-right, top-right,
 * top-left) where it covers none of the boxes its question is about, and as few other boxes as it can. When every
 * corner would cover one of them, the board is panned sideways just enough to move them out from under the card.
 */
public final class CardDock {
    /** A corner of the canvas. */
    public enum Corner { BOTTOM_LEFT, BOTTOM_RIGHT, TOP_RIGHT, TOP_LEFT }

    /** Where the card goes, and how far to pan the board (screen pixels) so the card covers none of its boxes. */
    public record Placement(Corner corner, Rect card, double panX, double panY) {
    }

    private CardDock() {
    }

    /**
     * @param talkedAbout screen bounds of the boxes of the question's stage
     * @param others      screen bounds of every other box
     */
    public static Placement choose(double viewW, double viewH, double cardW, double cardH, double margin,
                                   List<Rect> talkedAbout, List<Rect> others) {
        Placement best = null;
        double bestCost = Double.MAX_VALUE;
        for (Corner c : Corner.values()) {
            Rect card = cardAt(c, viewW, viewH, cardW, cardH, margin);
            double cost = covered(card, talkedAbout) * 1_000 + covered(card, others);
            if (cost < bestCost) {
                bestCost = cost;
                best = new Placement(c, card, 0, 0);
            }
        }
        if (covered(best.card(), talkedAbout) == 0) {
            return best;
        }
        return new Placement(best.corner(), best.card(), pan(best, talkedAbout, viewW, margin), 0);
    }

    /** The card's bounds in a corner of a view, {@code margin} in from its edges. */
    public static Rect cardAt(Corner c, double viewW, double viewH, double cardW, double cardH, double margin) {
        boolean left = c == Corner.BOTTOM_LEFT || c == Corner.TOP_LEFT;
        boolean top = c == Corner.TOP_LEFT || c == Corner.TOP_RIGHT;
        double x = left ? margin : Math.max(margin, viewW - cardW - margin);
        double y = top ? margin : Math.max(margin, viewH - cardH - margin);
        return new Rect(x, y, cardW, cardH);
    }

    /** Horizontal pan that moves the covered boxes past the card's inner edge. */
    private static double pan(Placement p, List<Rect> talkedAbout, double viewW, double margin) {
        Rect covered = Rect.around(talkedAbout.stream().filter(p.card()::intersects).toList());
        boolean cardLeft = p.corner() == Corner.BOTTOM_LEFT || p.corner() == Corner.TOP_LEFT;
        return cardLeft ? p.card().maxX() + margin - covered.x() : p.card().x() - margin - covered.maxX();
    }

    /** Area of {@code card} that the rectangles cover. */
    static double covered(Rect card, List<Rect> rects) {
        double sum = 0;
        for (Rect r : rects) {
            double w = Math.min(card.maxX(), r.maxX()) - Math.max(card.x(), r.x());
            double h = Math.min(card.maxY(), r.maxY()) - Math.max(card.y(), r.y());
            if (w > 0 && h > 0) {
                sum += w * h;
            }
        }
        return sum;
    }
}
