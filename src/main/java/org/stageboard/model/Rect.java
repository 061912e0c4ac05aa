package org.stageboard.model;

import java.util.Collection;

/** An axis-aligned rectangle in board units. */
public record Rect(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean intersects(Rect o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public boolean contains(Rect o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public Rect union(Rect o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    public Rect inflate(double d) {
        return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    /** The smallest rectangle around all of {@code rects}, or null when there are none. */
    public static Rect around(Collection<Rect> rects) {
        Rect r = null;
        for (Rect each : rects) {
            r = r == null ? each : r.union(each);
        }
        return r;
    }

    /** A rectangle from two corner points in any order (a marquee). */
    public static Rect fromCorners(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /**
     * Whether the segment from (x1, y1) to (x2, y2) passes through the inside of this rectangle (Liang–Barsky
     * clipping); a segment running along an edge does not.
     */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x(), maxX() - x1, y1 - y(), maxY() - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }
}
