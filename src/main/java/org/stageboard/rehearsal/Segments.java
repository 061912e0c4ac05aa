package org.stageboard.rehearsal;

import org.stageboard.model.Rect;

/** Line-segment tests against rectangles (Liang–Barsky clipping). */
final class Segments {
    private Segments() {
    }

    /** True when the segment from (x1, y1) to (x2, y2) passes through the inside of {@code r}. */
    static boolean crosses(double x1, double y1, double x2, double y2, Rect r) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - r.x(), r.maxX() - x1, y1 - r.y(), r.maxY() - y1};
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
