package org.stageboard.geom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.stageboard.model.Rect;

/**
 * The fallback of {@link ArrowRouter} when none of its simple shapes (straight, L, Z, U) gets past the boxes in the
 * way, as after duplicating boxes next to their originals: the shortest path with few bends along the corridors
 * around the boxes. The corridors are the lines a detour's distance outside each box's sides; the search runs on
 * the grid they make (an orthogonal visibility graph), so an arrow found here touches no box but its two ends.
 * Pure geometry: no JavaFX.
 */
final class DetourRouter {
    /** How much one bend costs, in board units of length: a slightly longer path with fewer bends reads better. */
    private static final double BEND_COST = 60;
    /** Corridors keep this clearance from every box. */
    private static final double CLEARANCE = ArrowRouter.DETOUR / 2;
    private static final int[][] DIRS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private DetourRouter() {
    }

    /**
     * A path from a side of {@code from} to a side of {@code to} that crosses none of {@code obstacles} (the two ends
     * may be among them), or null when the boxes leave no way through.
     */
    static double[] route(Rect from, Rect to, List<Rect> obstacles) {
        List<Rect> blocks = new ArrayList<>();
        for (Rect r : obstacles) {
            if (!r.equals(from) && !r.equals(to)) {
                blocks.add(r);
            }
        }
        blocks.add(from);
        blocks.add(to);
        TreeSet<Double> xSet = new TreeSet<>();
        TreeSet<Double> ySet = new TreeSet<>();
        for (Rect r : blocks) {
            xSet.add(r.x() - ArrowRouter.DETOUR);
            xSet.add(r.maxX() + ArrowRouter.DETOUR);
            ySet.add(r.y() - ArrowRouter.DETOUR);
            ySet.add(r.maxY() + ArrowRouter.DETOUR);
        }
        xSet.add(from.centerX());
        xSet.add(to.centerX());
        ySet.add(from.centerY());
        ySet.add(to.centerY());
        double[] xs = xSet.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = ySet.stream().mapToDouble(Double::doubleValue).toArray();
        return new Search(xs, ys, blocks, from, to).run();
    }

    /** Dijkstra over (grid point, heading) so that bends can be charged. */
    private static final class Search {
        private final double[] xs;
        private final double[] ys;
        private final List<Rect> inflated = new ArrayList<>();
        private final Rect from;
        private final Rect to;
        private final double[] cost;
        private final int[] previous;

        Search(double[] xs, double[] ys, List<Rect> blocks, Rect from, Rect to) {
            this.xs = xs;
            this.ys = ys;
            for (Rect r : blocks) {
                inflated.add(r.inflate(CLEARANCE));
            }
            this.from = from;
            this.to = to;
            cost = new double[xs.length * ys.length * 4];
            previous = new int[cost.length];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
        }

        private int state(int i, int j, int d) {
            return (i * ys.length + j) * 4 + d;
        }

        double[] run() {
            PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            // leave from the middle of one of from's sides, straight out to the first corridor
            for (int d = 0; d < 4; d++) {
                double[] port = port(from, d);
                int[] cell = firstCorridor(port, DIRS[d]);
                if (cell == null || !clear(port[0], port[1], xs[cell[0]], ys[cell[1]], from)) {
                    continue;
                }
                int s = state(cell[0], cell[1], d);
                double c = Math.hypot(xs[cell[0]] - port[0], ys[cell[1]] - port[1]);
                if (c < cost[s]) {
                    cost[s] = c;
                    previous[s] = -2 - d;
                    queue.add(new double[] {c, s});
                }
            }
            double bestCost = Double.POSITIVE_INFINITY;
            int bestState = -1;
            int bestSide = -1;
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int s = (int) top[1];
                if (top[0] > cost[s] || top[0] >= bestCost) {
                    continue;
                }
                int d = s % 4;
                int cellIndex = s / 4;
                int i = cellIndex / ys.length;
                int j = cellIndex % ys.length;
                // can it enter to from here, straight on into the middle of one of its sides?
                for (int side = 0; side < 4; side++) {
                    double[] port = port(to, side);
                    int inward = side ^ 1;
                    boolean aligned = DIRS[inward][0] == 0 ? xs[i] == port[0] : ys[j] == port[1];
                    boolean before = DIRS[inward][0] == 0
                            ? (ys[j] - port[1]) * DIRS[inward][1] < 0
                            : (xs[i] - port[0]) * DIRS[inward][0] < 0;
                    if (aligned && before && clear(xs[i], ys[j], port[0], port[1], to)) {
                        double c = top[0] + Math.hypot(port[0] - xs[i], port[1] - ys[j]) + (d == inward ? 0 : BEND_COST);
                        if (c < bestCost) {
                            bestCost = c;
                            bestState = s;
                            bestSide = side;
                        }
                    }
                }
                for (int nd = 0; nd < 4; nd++) {
                    if (nd == (d ^ 1)) {
                        continue;
                    }
                    int ni = i + DIRS[nd][0];
                    int nj = j + DIRS[nd][1];
                    if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length
                            || !clear(xs[i], ys[j], xs[ni], ys[nj], null)) {
                        continue;
                    }
                    int ns = state(ni, nj, nd);
                    double c = top[0] + Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (nd == d ? 0 : BEND_COST);
                    if (c < cost[ns]) {
                        cost[ns] = c;
                        previous[ns] = s;
                        queue.add(new double[] {c, ns});
                    }
                }
            }
            return bestState < 0 ? null : path(bestState, port(to, bestSide));
        }

        /** The middle of a side of {@code r}: 0 right, 1 left, 2 bottom, 3 top (the heading leaving through it). */
        private static double[] port(Rect r, int d) {
            return switch (d) {
                case 0 -> new double[] {r.maxX(), r.centerY()};
                case 1 -> new double[] {r.x(), r.centerY()};
                case 2 -> new double[] {r.centerX(), r.maxY()};
                default -> new double[] {r.centerX(), r.y()};
            };
        }

        /** The nearest grid point straight out from a port, or null. */
        private int[] firstCorridor(double[] port, int[] dir) {
            if (dir[1] == 0) {
                int j = Arrays.binarySearch(ys, port[1]);
                if (j < 0) {
                    return null;
                }
                for (int k = 0; k < xs.length; k++) {
                    int i = dir[0] > 0 ? k : xs.length - 1 - k;
                    if ((xs[i] - port[0]) * dir[0] >= ArrowRouter.DETOUR - 1e-9) {
                        return new int[] {i, j};
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(xs, port[0]);
            if (i < 0) {
                return null;
            }
            for (int k = 0; k < ys.length; k++) {
                int j = dir[1] > 0 ? k : ys.length - 1 - k;
                if ((ys[j] - port[1]) * dir[1] >= ArrowRouter.DETOUR - 1e-9) {
                    return new int[] {i, j};
                }
            }
            return null;
        }

        /** Whether a segment keeps clear of every box; {@code end}, whose side the segment touches, must only not be crossed. */
        private boolean clear(double x1, double y1, double x2, double y2, Rect end) {
            for (Rect r : inflated) {
                boolean isEnd = end != null && r.equals(end.inflate(CLEARANCE));
                Rect test = isEnd ? end : r;
                if (ArrowRouter.segmentHits(x1, y1, x2, y2, test)) {
                    return false;
                }
            }
            return true;
        }

        private double[] path(int last, double[] endPort) {
            List<double[]> points = new ArrayList<>();
            points.add(endPort);
            int s = last;
            while (s >= 0) {
                int cellIndex = s / 4;
                points.add(new double[] {xs[cellIndex / ys.length], ys[cellIndex % ys.length]});
                int p = previous[s];
                if (p < 0) {
                    points.add(port(from, -2 - p));
                }
                s = p;
            }
            java.util.Collections.reverse(points);
            return simplified(points);
        }

        /** Drops the points in the middle of straight runs. */
        private static double[] simplified(List<double[]> points) {
            List<double[]> kept = new ArrayList<>();
            for (double[] p : points) {
                int n = kept.size();
                if (n > 0 && kept.get(n - 1)[0] == p[0] && kept.get(n - 1)[1] == p[1]) {
                    continue;
                }
                if (n >= 2) {
                    double[] a = kept.get(n - 2);
                    double[] b = kept.get(n - 1);
                    boolean collinear = (a[0] == b[0] && b[0] == p[0]) || (a[1] == b[1] && b[1] == p[1]);
                    if (collinear) {
                        kept.set(n - 1, p);
                        continue;
                    }
                }
                kept.add(p);
            }
            double[] out = new double[kept.size() * 2];
            for (int k = 0; k < kept.size(); k++) {
                out[2 * k] = kept.get(k)[0];
                out[2 * k + 1] = kept.get(k)[1];
            }
            return out;
        }
    }
}
