package org.stageboard.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.geom.RectIndex;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * The arrows of a {@link BoardView}: makes, routes and drops their views, those under the boxes in {@link #lines} and
 * their labels above the boxes in {@link #labels} (so a short arrow never hides its words). An arrow is drawn when the
 * region its route can take meets the view's built area, and re-routed only when it is new, touches a changed box or
 * may run through where a box now stands or stood.
 */
final class ArrowLayer {
    /** Arrows re-routed at once beyond which the boxes are filed by place first. */
    private static final int REROUTES_BEFORE_FILING = 16;

    final Group lines = new Group();
    final Group labels = new Group();
    private final BoardView view;
    private final Map<String, ArrowView> arrows = new HashMap<>();
    /** The list of arrows {@link #edgesByNode} files, by identity: boards that only moved boxes share it. */
    private List<Edge> edgesFiled;
    private Map<String, List<Edge>> edgesByNode = Map.of();

    ArrowLayer(BoardView view) {
        this.view = view;
        lines.getStyleClass().add("edge-layer");
    }

    ArrowView get(String edgeId) {
        return arrows.get(edgeId);
    }

    /** Heads only where boxes draw in more than their colour; labels only where boxes draw their words. */
    void showDetail(BoxView.Detail detail) {
        arrows.values().forEach(a -> a.showHead(detail != BoxView.Detail.BLANK));
        labels.setVisible(detail == BoxView.Detail.FULL);
        placeLabels(inBoardOrder());
    }

    /** Every arrow of the board: after arrows or boxes came or went, or the built area changed. */
    void reconcileAll(Set<String> changedNodes, List<Rect> movedAreas, boolean areaChanged) {
        reconcile(view.board().edges(), true, changedNodes, movedAreas, areaChanged);
    }

    /**
     * Only the arrows a change of boxes alone can touch: those drawn (a changed box may now stand in their way) and
     * those of the changed boxes. A drag step on a 2,000-box board then looks at the hundred or so arrows near the
     * view instead of all 2,000.
     */
    void reconcileNear(Set<String> changedNodes, List<Rect> movedAreas) {
        Map<String, Edge> near = new LinkedHashMap<>();
        for (ArrowView v : arrows.values()) {
            near.put(v.edge().id(), v.edge());
        }
        for (String id : changedNodes) {
            for (Edge e : edgesOf(id)) {
                near.putIfAbsent(e.id(), e);
            }
        }
        reconcile(near.values(), false, changedNodes, movedAreas, false);
    }

    /** The arrows from or to a box, filed once per list of arrows (a drag keeps the list). */
    private List<Edge> edgesOf(String nodeId) {
        List<Edge> edges = view.board().edges();
        if (edgesFiled != edges) {
            edgesFiled = edges;
            edgesByNode = new HashMap<>();
            for (Edge e : edges) {
                edgesByNode.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                edgesByNode.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
        return edgesByNode.getOrDefault(nodeId, List.of());
    }

    /**
     * @param every true when {@code edges} is every arrow of the board, so views of arrows not among them are dropped
     */
    private void reconcile(Collection<Edge> edges, boolean every, Set<String> changedNodes, List<Rect> movedAreas,
                           boolean areaChanged) {
        Set<String> live = new HashSet<>();
        Set<String> gone = new HashSet<>();
        List<Rect> obstacles = null;
        RectIndex filed = null;
        int routed = 0;
        boolean structure = false;
        for (Edge e : edges) {
            Node from = view.node(e.from());
            Node to = view.node(e.to());
            if (from == null || to == null || !view.inBuiltArea(ArrowRouter.reach(from.bounds(), to.bounds()))) {
                gone.add(e.id());
                continue;
            }
            live.add(e.id());
            ArrowView arrow = arrows.get(e.id());
            boolean fresh = arrow == null;
            if (fresh) {
                arrow = new ArrowView(e);
                arrow.showHead(view.detail() != BoxView.Detail.BLANK);
                arrows.put(e.id(), arrow);
                if (view.isSelected(e.id())) {
                    arrow.getStyleClass().add("selected");
                }
                structure = true;
            } else if (!arrow.edge().equals(e)) {
                // a label appearing or going away changes the label layer
                structure |= arrow.edge().label().isBlank() != e.label().isBlank();
                arrow.setEdge(e);
                fresh = true;
            }
            // also arrows near where a box now stands or used to stand: they may need to go around it, or may
            // now run straight
            if (fresh || changedNodes.contains(e.from()) || changedNodes.contains(e.to())
                    || (!movedAreas.isEmpty() && arrow.mayReroute(movedAreas))) {
                if (obstacles == null) {
                    obstacles = view.board().nodes().stream().map(Node::bounds).toList();
                }
                // a few arrows (a box dragged) look through the list; many (a board opened or zoomed out) file the
                // boxes by place first, so that each arrow looks only at the boxes near it: the same routes
                if (++routed == REROUTES_BEFORE_FILING) {
                    filed = new RectIndex(obstacles);
                }
                if (filed != null) {
                    arrow.route(from.bounds(), to.bounds(), filed);
                } else {
                    arrow.route(from.bounds(), to.bounds(), obstacles);
                }
            }
        }
        if (every ? arrows.keySet().removeIf(id -> !live.contains(id)) : arrows.keySet().removeAll(gone)) {
            structure = true;
        }
        if (structure || areaChanged) {
            List<ArrowView> inOrder = inBoardOrder();
            if (!inOrder.equals(lines.getChildren())) {
                lines.getChildren().setAll(inOrder);
            }
            placeLabels(inOrder);
        }
    }

    /** The arrows drawn, in the board's order. */
    List<ArrowView> inBoardOrder() {
        return view.board().edges().stream().map(e -> arrows.get(e.id())).filter(a -> a != null).toList();
    }

    /**
     * Puts the labels with words of {@code inOrder} in the label layer, and none while boxes draw without their
     * words: an empty or hidden label in the scene is still styled, given a skin and laid out, which on a fitted
     * big board was a third of the views for nothing.
     */
    private void placeLabels(List<ArrowView> inOrder) {
        List<javafx.scene.Node> shown = view.detail() != BoxView.Detail.FULL ? List.of()
                : inOrder.stream().filter(ArrowView::hasLabel).map(a -> (javafx.scene.Node) a.label()).toList();
        if (!shown.equals(labels.getChildren())) {
            labels.getChildren().setAll(shown);
        }
    }
}
