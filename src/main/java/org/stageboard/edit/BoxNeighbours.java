package org.stageboard.edit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.stageboard.model.Node;

/**
 * The nearest box to the right of a box and the nearest box below it, found from the board's boxes sorted by left
 * and by top edge: walking the sorted list from the growing box's edge, the first box that overlaps it across is the
 * nearest one. Growing every box of a board just opened asked all other boxes for each box, which on a 2,000-box
 * board was millions of comparisons before the first frame; this asks only the boxes between a box and its
 * neighbour in that order (a column's worth on a grid).
 */
final class BoxNeighbours {
    private final Node[] byX;
    private final double[] xs;
    private final Node[] byY;
    private final double[] ys;

    BoxNeighbours(List<Node> nodes) {
        byX = nodes.toArray(Node[]::new);
        Arrays.sort(byX, Comparator.comparingDouble(Node::x));
        xs = Arrays.stream(byX).mapToDouble(Node::x).toArray();
        byY = nodes.toArray(Node[]::new);
        Arrays.sort(byY, Comparator.comparingDouble(Node::y));
        ys = Arrays.stream(byY).mapToDouble(Node::y).toArray();
    }

    /**
     * The least left edge of a box (other than {@code n}) starting at or right of {@code n}'s right edge (half a unit
     * of slack) that overlaps {@code n}'s rows; infinity when there is none.
     */
    double nearestRightX(Node n) {
        double top = n.y();
        double bottom = n.y() + n.height();
        for (int i = firstAtLeast(xs, n.x() + n.width() - 0.5); i < byX.length; i++) {
            Node o = byX[i];
            if (o.y() < bottom && o.y() + o.height() > top && !o.id().equals(n.id())) {
                return o.x();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The least top edge of a box (other than {@code n}) starting at or below {@code n}'s bottom edge (half a unit of
     * slack) that overlaps the columns from {@code n}'s left edge to {@code width} right of it; infinity when none.
     */
    double nearestBelowY(Node n, double width) {
        double left = n.x();
        double right = n.x() + width;
        for (int i = firstAtLeast(ys, n.y() + n.height() - 0.5); i < byY.length; i++) {
            Node o = byY[i];
            if (o.x() < right && o.x() + o.width() > left && !o.id().equals(n.id())) {
                return o.y();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The index of the first value in ascending {@code sorted} that is at least {@code v}. */
    private static int firstAtLeast(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
