package org.stageboard.geom;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Rect;

/**
 * The boxes of a board filed by the square cells of a coarse grid they cover, so that the boxes near an arrow are
 * found without looking at every box: routing each of a 2,000-box board's arrows went through all 2,000 boxes.
 * A query answers exactly what filtering the whole list would, in the list's order (routes must not depend on it).
 */
public final class RectIndex {
    /** Board units a cell spans: a few boxes across, so a short arrow's reach meets a handful of cells. */
    private static final double CELL = 400;
    /** A query meeting more cells than this just scans the list (a reach that spans most of the board). */
    private static final long MAX_CELLS_PER_QUERY = 4096;

    private final List<Rect> rects;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    /** Rects too large or odd to file (infinite or not a number): checked by every query. */
    private final List<Integer> unfiled = new ArrayList<>();

    public RectIndex(Collection<Rect> rects) {
        this.rects = List.copyOf(rects);
        for (int i = 0; i < this.rects.size(); i++) {
            Rect r = this.rects.get(i);
            long cellCount = cellCount(r);
            if (cellCount < 0 || cellCount > MAX_CELLS_PER_QUERY) {
                unfiled.add(i);
                continue;
            }
            for (long cx = cell(r.x()); cx <= cell(r.maxX()); cx++) {
                for (long cy = cell(r.y()); cy <= cell(r.maxY()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(i);
                }
            }
        }
    }

    /** The rects that intersect {@code area} ({@link Rect#intersects}), in the order they were given. */
    public List<Rect> intersecting(Rect area) {
        List<Rect> out = new ArrayList<>();
        long cellCount = cellCount(area);
        if (cellCount < 0 || cellCount > Math.min(MAX_CELLS_PER_QUERY, cells.size())) {
            for (Rect r : rects) {
                if (r.intersects(area)) {
                    out.add(r);
                }
            }
            return out;
        }
        BitSet candidates = new BitSet(rects.size());
        unfiled.forEach(candidates::set);
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                List<Integer> in = cells.get(key(cx, cy));
                if (in != null) {
                    in.forEach(candidates::set);
                }
            }
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (rects.get(i).intersects(area)) {
                out.add(rects.get(i));
            }
        }
        return out;
    }

    /** How many cells {@code r} covers, or -1 when it cannot be filed. */
    private static long cellCount(Rect r) {
        double[] edges = {r.x(), r.y(), r.maxX(), r.maxY()};
        for (double v : edges) {
            // beyond this a cell number would lose precision; such boards are not drawn anyway
            if (!(Math.abs(v) < 1e12)) {
                return -1;
            }
        }
        long across = cell(r.maxX()) - cell(r.x()) + 1;
        long down = cell(r.maxY()) - cell(r.y()) + 1;
        return across <= 0 || down <= 0 ? -1 : across * down;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
