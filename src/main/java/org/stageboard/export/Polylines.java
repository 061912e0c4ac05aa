package org.stageboard.export;

/** Geometry of an arrow's path given as x0, y0, x1, y1, ...: where along it a label sits. */
public final class Polylines {
    private Polylines() {
    }

    /** The point halfway along the path (the canvas centres arrow labels there too). */
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
