package org.stageboard.geom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.stageboard.model.Rect;

/**
 * Chooses the path of an arrow between two boxes: a straight run where the boxes face each other, otherwise an
 * elbow (an L, a Z through the gap between them, or a U over or under whatever stands between), picking
 * whichever candidate crosses the fewest other boxes, then the fewest bends. A feedback arrow from the last stage back to the data stage thus runs along the corridor between
 * the rows instead of cutting through the boxes in between. Pure geometry: no JavaFX.
 */
public final class ArrowRouter {
    /** Boxes must share at least this much of an edge for a straight axis-parallel arrow between them. */
    private static final double MIN_OVERLAP = 24;
    private static final double CROSSING_COST = 1000;
    private static final double DIAGONAL_COST = 3;
    private static final double BEND_COST = 1;
    /** How far a detour passes outside the boxes it goes around. */
    public static final double DETOUR = 24;
    /** The corridor search's grid grows with the square of the boxes around an arrow: beyond this many it is skipped. */
    private static final int MAX_DETOUR_BOXES = 60;

    private ArrowRouter() {
    }

    /**
     * The arrow's points, x0, y0, x1, y1, ..., from {@code from}'s border to {@code to}'s border.
     *
     * @param obstacles other boxes the arrow should not cross (the two ends may be included; they are skipped)
     */
    public static double[] route(Rect from, Rect to, Collection<Rect> obstacles) {
        return route(from, to, area -> {
            List<Rect> near = new ArrayList<>();
            for (Rect r : obstacles) {
                if (r.intersects(area)) {
                    near.add(r);
                }
            }
            return near;
        });
    }

    /** As {@link #route(Rect, Rect, Collection)}, asking an index for the boxes near the arrow (many arrows, one board). */
    public static double[] route(Rect from, Rect to, RectIndex obstacles) {
        return route(from, to, obstacles::intersecting);
    }

    /** The obstacles that intersect an area, in the board's order. */
    private interface Near {
        List<Rect> in(Rect area);
    }

    private static double[] route(Rect from, Rect to, Near obstacles) {
        List<Rect> others = new ArrayList<>();
        for (Rect r : obstacles.in(reach(from, to))) {
            if (!r.equals(from) && !r.equals(to)) {
                others.add(r);
            }
        }
        double[] best = ArrowGeometry.clippedSegment(from, to);
        double bestCost = cost(best, others) + (isAxisParallel(best) ? 0 : DIAGONAL_COST);
        for (double[] candidate : new double[][] {sideways(from, to), vertical(from, to), upThenAcross(from, to),
                acrossThenUp(from, to), over(from, to, others), under(from, to, others)}) {
            if (candidate == null) {
                continue;
            }
            double c = cost(candidate, others) + (candidate.length / 2 - 2) * BEND_COST;
            if (c < bestCost) {
                best = candidate;
                bestCost = c;
            }
        }
        if (bestCost >= CROSSING_COST) {
            double[] detour = detour(from, to, obstacles);
            if (detour != null) {
                return detour;
            }
        }
        return best;
    }

    /**
     * The corridor search of {@link DetourRouter}, over the boxes near the two ends first; when its path strays
     * past them into farther boxes, again with those included.
     */
    private static double[] detour(Rect from, Rect to, Near obstacles) {
        Rect region = reach(from, to);
        for (int attempt = 0; attempt < 4; attempt++) {
            List<Rect> near = obstacles.in(region);
            if (near.size() > MAX_DETOUR_BOXES) {
                // a crowd of boxes: the corridor search would cost too much for one arrow; keep the simple shape
                return null;
            }
            double[] path = DetourRouter.route(from, to, near);
            if (path == null) {
                return null;
            }
            Rect bounds = pathBounds(path).inflate(4 * DETOUR);
            if (region.contains(bounds)) {
                return path;
            }
            region = region.union(bounds);
        }
        return null;
    }

    /** The smallest rectangle holding every point of a path. */
    public static Rect pathBounds(double[] pts) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < pts.length; i += 2) {
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** Left or right out of {@code a}, into {@code b}'s facing side; null when they overlap horizontally. */
    static double[] sideways(Rect a, Rect b) {
        boolean rightwards = a.maxX() <= b.x();
        if (!rightwards && b.maxX() > a.x()) {
            return null;
        }
        double sx = rightwards ? a.maxX() : a.x();
        double ex = rightwards ? b.x() : b.maxX();
        double lo = Math.max(a.y(), b.y());
        double hi = Math.min(a.maxY(), b.maxY());
        if (hi - lo >= MIN_OVERLAP) {
            double y = (lo + hi) / 2;
            return new double[] {sx, y, ex, y};
        }
        double mid = (sx + ex) / 2;
        return new double[] {sx, a.centerY(), mid, a.centerY(), mid, b.centerY(), ex, b.centerY()};
    }

    /** Up or down out of {@code a}, into {@code b}'s facing side; null when they overlap vertically. */
    static double[] vertical(Rect a, Rect b) {
        boolean downwards = a.maxY() <= b.y();
        if (!downwards && b.maxY() > a.y()) {
            return null;
        }
        double sy = downwards ? a.maxY() : a.y();
        double ey = downwards ? b.y() : b.maxY();
        double lo = Math.max(a.x(), b.x());
        double hi = Math.min(a.maxX(), b.maxX());
        if (hi - lo >= MIN_OVERLAP) {
            double x = (lo + hi) / 2;
            return new double[] {x, sy, x, ey};
        }
        double mid = (sy + ey) / 2;
        return new double[] {a.centerX(), sy, a.centerX(), mid, b.centerX(), mid, b.centerX(), ey};
    }

    /** An L: vertically out of {@code a}'s top or bottom, then across into {@code b}'s facing side. */
    static double[] upThenAcross(Rect a, Rect b) {
        boolean bBesideCentre = a.centerX() < b.x() || a.centerX() > b.maxX();
        boolean bAboveOrBelow = b.centerY() < a.y() || b.centerY() > a.maxY();
        if (!bBesideCentre || !bAboveOrBelow) {
            return null;
        }
        double sy = b.centerY() < a.y() ? a.y() : a.maxY();
        double ex = a.centerX() < b.x() ? b.x() : b.maxX();
        return new double[] {a.centerX(), sy, a.centerX(), b.centerY(), ex, b.centerY()};
    }

    /** An L: sideways out of {@code a}, then vertically into {@code b}'s top or bottom. */
    static double[] acrossThenUp(Rect a, Rect b) {
        boolean bBesideA = b.centerX() < a.x() || b.centerX() > a.maxX();
        boolean centreAboveOrBelowB = a.centerY() < b.y() || a.centerY() > b.maxY();
        if (!bBesideA || !centreAboveOrBelowB) {
            return null;
        }
        double sx = b.centerX() > a.maxX() ? a.maxX() : a.x();
        double ey = a.centerY() < b.y() ? b.y() : b.maxY();
        return new double[] {sx, a.centerY(), b.centerX(), a.centerY(), b.centerX(), ey};
    }

    /**
     * The only region whose boxes can affect the route between two boxes: detours leave the span between them by
     * {@link #DETOUR}, so boxes beyond this reach are never in the way.
     */
    public static Rect reach(Rect from, Rect to) {
        return from.union(to).inflate(4 * DETOUR);
    }

    /** A U over the top: up out of {@code a}, across above everything between, down into {@code b}. */
    static double[] over(Rect a, Rect b, List<Rect> others) {
        double top = Math.min(a.y(), b.y());
        Rect between = a.union(b);
        for (Rect r : others) {
            if (r.intersects(between)) {
                top = Math.min(top, r.y());
            }
        }
        double y = top - DETOUR;
        return new double[] {a.centerX(), a.y(), a.centerX(), y, b.centerX(), y, b.centerX(), b.y()};
    }

    /** A U underneath: down out of {@code a}, across below everything between, up into {@code b}. */
    static double[] under(Rect a, Rect b, List<Rect> others) {
        double bottom = Math.max(a.maxY(), b.maxY());
        Rect between = a.union(b);
        for (Rect r : others) {
            if (r.intersects(between)) {
                bottom = Math.max(bottom, r.maxY());
            }
        }
        double y = bottom + DETOUR;
        return new double[] {a.centerX(), a.maxY(), a.centerX(), y, b.centerX(), y, b.centerX(), b.maxY()};
    }

    private static double cost(double[] pts, List<Rect> others) {
        int crossings = 0;
        for (Rect r : others) {
            for (int i = 0; i + 3 < pts.length; i += 2) {
                if (segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], r)) {
                    crossings++;
                    break;
                }
            }
        }
        return crossings * CROSSING_COST;
    }

    private static boolean isAxisParallel(double[] seg) {
        return Math.abs(seg[0] - seg[2]) < 0.5 || Math.abs(seg[1] - seg[3]) < 0.5;
    }

    /** Whether the segment passes through the inside of {@code r}, a pixel in from its edges. */
    public static boolean segmentHits(double x1, double y1, double x2, double y2, Rect r) {
        return r.inflate(-1).crossedBy(x1, y1, x2, y2);
    }
}
