package org.stageboard.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * Draws a board as a layer of arrows under a layer of boxes. {@link #show} reconciles instead of rebuilding:
 * only views whose node or edge changed are touched, and only arrows touching a changed box (or running near
 * where one stands or stood) are re-routed, so moving one box on a large board costs a few view updates.
 */
public class BoardView extends Group {
    /** The stylesheet every scene that shows boxes must carry. */
    public static final String STYLESHEET = BoardView.class.getResource("board.css").toExternalForm();

    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Map<String, BoxView> boxes = new HashMap<>();
    private final Map<String, ArrowView> arrows = new HashMap<>();
    private Map<String, Node> shown = Map.of();
    private Map<String, Badge> badges = Map.of();
    private List<String> order = List.of();

    public BoardView() {
        getStyleClass().add("board-view");
        edgeLayer.getStyleClass().add("edge-layer");
        getChildren().addAll(edgeLayer, nodeLayer, labelLayer);
    }

    public BoxView box(String nodeId) {
        return boxes.get(nodeId);
    }

    public ArrowView arrow(String edgeId) {
        return arrows.get(edgeId);
    }

    /** Brings the views in line with {@code board}. */
    public void show(Board board) {
        Map<String, Node> next = new HashMap<>(board.nodes().size() * 2);
        Set<String> changed = new HashSet<>();
        List<String> nextOrder = new ArrayList<>(board.nodes().size());
        for (Node n : board.nodes()) {
            next.put(n.id(), n);
            nextOrder.add(n.id());
            Node before = shown.get(n.id());
            if (before == n) {
                continue;
            }
            changed.add(n.id());
            BoxView view = boxes.get(n.id());
            if (view == null) {
                BoxView fresh = new BoxView(n);
                boxes.put(n.id(), fresh);
                // a box back from an undone delete wears the badge its id has
                Badge badge = badges.get(n.id());
                if (badge != null) {
                    fresh.setBadge(badge.text(), badge.styleClass(), badge.tooltip());
                }
            } else {
                view.update(n);
            }
        }
        boxes.keySet().removeIf(id -> !next.containsKey(id));
        if (!nextOrder.equals(order)) {
            nodeLayer.getChildren().setAll(nextOrder.stream().map(boxes::get).toList());
            order = nextOrder;
        }
        reconcileEdges(board, next, changed, movedAreas(changed, next));
        shown = next;
    }

    /** A mark on a box: the checker's findings on it (a count, styled by the worst severity, explained on hover). */
    public record Badge(String text, String styleClass, String tooltip) {
    }

    /**
     * Shows {@code next} as the boxes' badges (by box id), replacing the previous set: only badges that differ are
     * touched, and boxes drawn later get theirs as they appear. The one place box views get badges.
     */
    public void setBadges(Map<String, Badge> next) {
        for (String id : badges.keySet()) {
            BoxView v = boxes.get(id);
            if (v != null && !next.containsKey(id)) {
                v.setBadge(null, null, null);
            }
        }
        for (Map.Entry<String, Badge> e : next.entrySet()) {
            BoxView v = boxes.get(e.getKey());
            Badge b = e.getValue();
            if (v != null && (!b.equals(badges.get(e.getKey())) || v.badge() == null)) {
                v.setBadge(b.text(), b.styleClass(), b.tooltip());
            }
        }
        badges = Map.copyOf(next);
    }

    /** Where boxes changed: their old and new bounds, and where removed boxes were. Arrows through them re-route. */
    private List<Rect> movedAreas(Set<String> changed, Map<String, Node> next) {
        List<Rect> areas = new ArrayList<>();
        for (String id : changed) {
            areas.add(next.get(id).bounds());
            Node before = shown.get(id);
            if (before != null) {
                areas.add(before.bounds());
            }
        }
        for (Map.Entry<String, Node> old : shown.entrySet()) {
            if (!next.containsKey(old.getKey())) {
                areas.add(old.getValue().bounds());
            }
        }
        return areas;
    }

    private void reconcileEdges(Board board, Map<String, Node> nodes, Set<String> changedNodes, List<Rect> movedAreas) {
        Set<String> live = new HashSet<>();
        List<Rect> obstacles = null;
        boolean structure = false;
        for (Edge e : board.edges()) {
            Node from = nodes.get(e.from());
            Node to = nodes.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            live.add(e.id());
            ArrowView view = arrows.get(e.id());
            boolean fresh = view == null;
            if (fresh) {
                view = new ArrowView(e);
                arrows.put(e.id(), view);
                structure = true;
            } else if (!view.edge().equals(e)) {
                // a label appearing or going away changes the label layer
                structure |= view.edge().label().isBlank() != e.label().isBlank();
                view.setEdge(e);
                fresh = true;
            }
            // also arrows near where a box now stands or used to stand: they may need to go around it, or may
            // now run straight
            if (fresh || changedNodes.contains(e.from()) || changedNodes.contains(e.to())
                    || view.mayReroute(movedAreas)) {
                if (obstacles == null) {
                    obstacles = board.nodes().stream().map(Node::bounds).toList();
                }
                view.route(from.bounds(), to.bounds(), obstacles);
            }
        }
        if (arrows.keySet().removeIf(id -> !live.contains(id))) {
            structure = true;
        }
        if (structure) {
            List<ArrowView> inOrder = board.edges().stream().map(e -> arrows.get(e.id())).filter(a -> a != null).toList();
            edgeLayer.getChildren().setAll(inOrder);
            // only the labels with words: an empty label in the scene would still be styled and laid out, which
            // on a big board was a fifth of the views for nothing
            labelLayer.getChildren().setAll(inOrder.stream().filter(ArrowView::hasLabel).map(ArrowView::label)
                    .toList());
        }
    }
}
