package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * Where a follow-up answer goes on the board: in free space next to its stage's box, clear of every other box,
 * with a straight line to the box that runs through no other box (so the arrow joining them takes a clean route).
 */
public final class AnswerSpot {
    /** Space between the answer and its box, the length of a short arrow. */
    static final double GAP = 40;
    /** Room kept between the answer and any other box. */
    static final double CLEARANCE = 16;
    private static final double STEP = 60;
    private static final int RINGS = 6;

    private AnswerSpot() {
    }

    /**
     * The bounds for a new {@code width}×{@code height} answer about {@code anchor} (null: no box of that stage
     * yet, so the answer goes in free space beside the board).
     */
    public static Rect place(Board board, Node anchor, double width, double height) {
        List<Rect> boxes = board.nodes().stream().map(Node::bounds).toList();
        Rect all = Rect.around(boxes);
        if (anchor == null) {
            if (all == null) {
                return new Rect(40, 40, width, height);
            }
            return new Rect(all.maxX() + GAP, all.y(), width, height);
        }
        Rect a = anchor.bounds();
        List<Rect> candidates = candidates(a, width, height);
        candidates.sort(Comparator.comparingDouble(r -> distance(a, r)));
        for (Rect r : candidates) {
            if (isFree(r, boxes) && lineIsClear(a, r, boxes)) {
                return r;
            }
        }
        // past the right edge of everything there is always room; the line may cross boxes only then
        return new Rect(all.maxX() + GAP, a.y(), width, height);
    }

    /** Spots on the four sides of the box, nearest first within each ring, moving out ring by ring. */
    private static List<Rect> candidates(Rect a, double w, double h) {
        List<Rect> out = new ArrayList<>();
        for (int ring = 0; ring <= RINGS; ring++) {
            double d = GAP + ring * STEP;
            for (int slide = -ring; slide <= ring; slide++) {
                double sy = slide * (h / 2 + CLEARANCE);
                double sx = slide * (w / 2 + CLEARANCE);
                out.add(new Rect(a.maxX() + d, a.y() + sy, w, h));           // right
                out.add(new Rect(a.x() + sx, a.maxY() + d, w, h));           // below
                out.add(new Rect(a.x() - d - w, a.y() + sy, w, h));          // left
                out.add(new Rect(a.x() + sx, a.y() - d - h, w, h));          // above
            }
        }
        return out;
    }

    /** Gap between the two rectangles' nearest edges, with a small bias towards the right and below. */
    private static double distance(Rect a, Rect r) {
        double dx = Math.max(0, Math.max(a.x() - r.maxX(), r.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - r.maxY(), r.y() - a.maxY()));
        double bias = r.x() >= a.maxX() ? 0 : r.y() >= a.maxY() ? 1 : 2;
        return Math.hypot(dx, dy) + Math.abs(r.centerY() - a.centerY()) * 0.1 + bias;
    }

    static boolean isFree(Rect r, List<Rect> boxes) {
        Rect kept = r.inflate(CLEARANCE);
        return boxes.stream().noneMatch(kept::intersects);
    }

    /** The line from the answer's centre to the box's centre, outside the two, crosses no other box. */
    static boolean lineIsClear(Rect anchor, Rect answer, List<Rect> boxes) {
        for (Rect b : boxes) {
            if (b.equals(anchor)) {
                continue;
            }
            if (b.inflate(4).crossedBy(answer.centerX(), answer.centerY(), anchor.centerX(), anchor.centerY())) {
                return false;
            }
        }
        return true;
    }
}
