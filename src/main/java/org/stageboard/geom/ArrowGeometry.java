package org.stageboard.geom;

import org.stageboard.model.Rect;

/** Pure geometry for arrows: where the line between two boxes leaves one and enters the other. */
public final class ArrowGeometry {
    private ArrowGeometry() {
    }

    /** The segment from {@code from}'s border to {@code to}'s border along the line joining their centres. */
    public static double[] clippedSegment(Rect from, Rect to) {
        double x1 = from.centerX();
        double y1 = from.centerY();
        double x2 = to.centerX();
        double y2 = to.centerY();
        double[] start = exitPoint(from, x1, y1, x2, y2);
        double[] end = exitPoint(to, x2, y2, x1, y1);
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    /** Where the ray from the centre (cx, cy) of {@code r} towards (tx, ty) crosses r's border. */
    static double[] exitPoint(Rect r, double cx, double cy, double tx, double ty) {
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (r.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (r.height() / 2) / Math.abs(dy);
        double s = Math.min(Math.min(sx, sy), 1);
        return new double[] {cx + dx * s, cy + dy * s};
    }

    /** The three corners of an arrow head at the end of {@code seg}. */
    public static Double[] head(double[] seg, double length, double width) {
        double dx = seg[2] - seg[0];
        double dy = seg[3] - seg[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new Double[] {seg[2], seg[3], seg[2], seg[3], seg[2], seg[3]};
        }
        double ux = dx / len;
        double uy = dy / len;
        double bx = seg[2] - ux * length;
        double by = seg[3] - uy * length;
        return new Double[] {seg[2], seg[3], bx - uy * width, by + ux * width, bx + uy * width, by - ux * width};
    }

    /** The distance from (px, py) to the segment (x1, y1)-(x2, y2). */
    public static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /** Whether the run of the path through point {@code p} (on it) is more horizontal than vertical. */
    public static boolean isHorizontalAt(double[] pts, double[] p) {
        double best = Double.POSITIVE_INFINITY;
        boolean horizontal = true;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            double d = distanceToSegment(p[0], p[1], pts[i], pts[i + 1], pts[i + 2], pts[i + 3]);
            if (d < best - 1e-9) {
                best = d;
                horizontal = Math.abs(pts[i + 2] - pts[i]) >= Math.abs(pts[i + 3] - pts[i + 1]);
            }
        }
        return horizontal;
    }

    /**
     * The point halfway along a path given as x0, y0, x1, y1, ...: where an arrow's label sits, on the canvas and in
     * every export.
     */
    public static double[] midpoint(double[] pts) {
        double total = 0;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            total += Math.hypot(pts[i + 2] - pts[i], pts[i + 3] - pts[i + 1]);
        }
        double half = total / 2;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            double len = Math.hypot(pts[i + 2] - pts[i], pts[i + 3] - pts[i + 1]);
            if (half <= len && len > 0) {
                double t = half / len;
                return new double[] {pts[i] + t * (pts[i + 2] - pts[i]), pts[i + 1] + t * (pts[i + 3] - pts[i + 1])};
            }
            half -= len;
        }
        return new double[] {pts[0], pts[1]};
    }
}
