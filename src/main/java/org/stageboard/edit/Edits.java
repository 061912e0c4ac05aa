package org.stageboard.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * The board operations the {@link BoardEdit} records are made of, and the helpers that decide where copies go and
 * how far boxes grow, as pure functions from one board to the next.
 */
public final class Edits {
    private Edits() {
    }

    /** Moves boxes by (dx, dy). */
    public static Board move(Board b, Collection<String> ids, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return b;
        }
        return b.mapNodes(ids, n -> n.withPosition(n.x() + dx, n.y() + dy));
    }

    /** Sets a box's bounds, keeping it at least the minimum size. */
    public static Board resize(Board b, String id, double x, double y, double w, double h) {
        return b.mapNodes(List.of(id), n -> n.withBounds(x, y, Math.max(Node.MIN_WIDTH, w), Math.max(Node.MIN_HEIGHT, h)));
    }

    /**
     * Where copies of {@code nodes} should go: the offset nearest (dx, dy) at which none of them comes within
     * {@code gap} of a box already on {@code b}, so duplicated or pasted boxes never cover others and arrows keep
     * a corridor around them. Candidates put the copies' block just beside some box (or at the preferred offset).
     */
    public static double[] freeOffset(Board b, List<Node> nodes, double dx, double dy, double gap) {
        if (nodes.isEmpty()) {
            return new double[] {dx, dy};
        }
        org.stageboard.model.Rect block = org.stageboard.model.Rect.around(nodes.stream().map(Node::bounds).toList());
        java.util.TreeSet<Double> xs = new java.util.TreeSet<>(List.of(dx));
        java.util.TreeSet<Double> ys = new java.util.TreeSet<>(List.of(dy));
        for (Node n : b.nodes()) {
            xs.add(n.x() + n.width() + gap - block.x());
            xs.add(n.x() - gap - block.maxX());
            ys.add(n.y() + n.height() + gap - block.y());
            ys.add(n.y() - gap - block.maxY());
        }
        List<double[]> candidates = new ArrayList<>();
        for (double cx : xs) {
            for (double cy : ys) {
                candidates.add(new double[] {cx, cy});
            }
        }
        // nearest first; on a tie, rightwards and downwards, where a reader looks next
        candidates.sort(java.util.Comparator.<double[]>comparingDouble(c -> Math.hypot(c[0] - dx, c[1] - dy))
                .thenComparingDouble(c -> -c[1]).thenComparingDouble(c -> -c[0]));
        for (double[] c : candidates) {
            if (isFree(b, nodes, c[0], c[1], gap)) {
                return c;
            }
        }
        return new double[] {dx, dy};
    }

    private static boolean isFree(Board b, List<Node> nodes, double dx, double dy, double gap) {
        for (Node copy : nodes) {
            org.stageboard.model.Rect r = new org.stageboard.model.Rect(copy.x() + dx - gap + 0.5, copy.y() + dy - gap + 0.5,
                    copy.width() + 2 * gap - 1, copy.height() + 2 * gap - 1);
            for (Node n : b.nodes()) {
                if (r.intersects(n.bounds())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The selected boxes and the arrows that run between two of them: what copy and duplicate take. */
    public static Fragment fragment(Board b, Collection<String> nodeIds) {
        Set<String> ids = new LinkedHashSet<>(nodeIds);
        List<Node> nodes = b.nodes().stream().filter(n -> ids.contains(n.id())).toList();
        List<Edge> edges = b.edges().stream().filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        return new Fragment(nodes, edges);
    }

    /** A piece of a board on its own: copied boxes and the arrows among them. */
    public record Fragment(List<Node> nodes, List<Edge> edges) {
        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }

    /**
     * Turns box {@code id} into a box of {@code stage}, keeping its title, text, trade-offs and place: the fix for a
     * note drawn where a stage box was meant. Returns the board unchanged for an unknown id or the same stage.
     */
    public static Board changeStage(Board b, String id, Stage stage) {
        return b.node(id).filter(n -> n.stage() != stage).map(n -> b.replaceNode(n.withStage(stage))).orElse(b);
    }

    /** Measures the size a box needs to show all its text (at most some limit); supplied by the view layer. */
    @FunctionalInterface
    public interface BoxSizer {
        /** The width and height {@code n} needs, never smaller than its own, nor wider than {@code maxWidth}. */
        double[] fit(Node n, double maxWidth);
    }

    /** Space a growing box keeps from its neighbours. */
    private static final double GROW_GAP = 20;

    /**
     * {@code after} with every box whose words differ from {@code before} (title, text, hint or trade-offs) grown to
     * fit them: a text edit applies this in its own step, so undo takes the words and the growth back together.
     * Boxes only grow; a box the user made larger keeps its size.
     */
    public static Board growToFit(Board before, Board after, BoxSizer sizer) {
        List<Node> changed = new ArrayList<>();
        for (Node n : after.nodes()) {
            Node old = before.node(n.id()).orElse(null);
            boolean wordsChanged = old == null || !old.title().equals(n.title()) || !old.text().equals(n.text())
                    || !old.hint().equals(n.hint()) || !old.tradeoffs().equals(n.tradeoffs());
            if (wordsChanged) {
                changed.add(n);
            }
        }
        return changed.isEmpty() ? after : grown(after, changed, sizer);
    }

    /** Every box of {@code b} grown to fit its words (a board just opened). */
    public static Board growAllToFit(Board b, BoxSizer sizer) {
        return grown(b, b.nodes(), sizer);
    }

    /** {@code b} with those of {@code candidates} whose words need more room grown, each measured once. */
    private static Board grown(Board b, List<Node> candidates, BoxSizer sizer) {
        BoxNeighbours neighbours = new BoxNeighbours(b.nodes());
        // by the node itself, not its id: each box is grown as the one it is, as before
        Map<Node, Node> grown = new IdentityHashMap<>();
        for (Node n : candidates) {
            Node g = grownToFit(neighbours, n, sizer);
            if (g.width() > n.width() + 0.5 || g.height() > n.height() + 0.5) {
                grown.put(n, g);
            }
        }
        if (grown.isEmpty()) {
            return b;
        }
        List<String> ids = grown.keySet().stream().map(Node::id).toList();
        return b.mapNodes(ids, n -> grown.getOrDefault(n, n));
    }

    /**
     * {@code n} grown rightwards and downwards as far as its words need, but never into a neighbour: a box that
     * would run into one stops short of it and shows that there is more (the full text is on hover and in the
     * inspector), so growing never covers another box or the corridor its arrows take.
     */
    private static Node grownToFit(BoxNeighbours neighbours, Node n, BoxSizer sizer) {
        double roomRight = neighbours.nearestRightX(n) - GROW_GAP - n.x();
        double[] size = sizer.fit(n, Math.max(n.width(), roomRight));
        double w = Math.max(n.width(), Math.min(size[0], roomRight));
        double roomBelow = neighbours.nearestBelowY(n, w) - GROW_GAP - n.y();
        double h = Math.max(n.height(), Math.min(size[1], roomBelow));
        return n.withBounds(n.x(), n.y(), w, h);
    }

    /** Rounds {@code v} to the nearest multiple of {@code grid}. */
    public static double snap(double v, double grid) {
        return grid <= 0 ? v : Math.round(v / grid) * grid;
    }
}
