package org.stageboard.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import org.stageboard.edit.BoardDelta;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * Draws a board as a layer of arrows under a layer of boxes, with its decorations (the checker's badges, the
 * selection): the one class that writes to box and arrow views. {@link #apply} takes the document's
 * {@link BoardDelta} and touches only the views of what changed; arrows are re-routed only when they touch a changed
 * box or run near where one stands or stood.
 * <p>
 * Views exist only for what is in or near the {@linkplain #setVisibleArea visible area}: a board of 2,000 boxes
 * shown at 100% keeps a few dozen, and views are made as boxes scroll in. At low zoom boxes draw at a lower
 * {@linkplain BoxView.Detail level of detail}. Without a visible area (exports, tests) everything is drawn.
 */
public class BoardView extends Group {
    /** The stylesheet every scene that shows boxes must carry. */
    public static final String STYLESHEET = BoardView.class.getResource("board.css").toExternalForm();
    /** Below this zoom a box shows its stage colour and title only; below {@link #BLANK_BELOW}, its colour only. */
    public static final double TITLE_ONLY_BELOW = 0.5;
    public static final double BLANK_BELOW = 0.2;
    /** Arrows re-routed at once beyond which the boxes are filed by place first (see reconcileEdges). */
    private static final int REROUTES_BEFORE_FILING = 16;

    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Map<String, BoxView> boxes = new HashMap<>();
    private final Map<String, ArrowView> arrows = new HashMap<>();
    private Board board = Board.empty();
    private Map<String, Node> nodes = Map.of();
    private Map<String, Badge> badges = Map.of();
    private Set<String> selected = Set.of();
    private Set<String> moving = Set.of();
    /** The list of arrows {@link #edgesByNode} files, by identity: boards that only moved boxes share it. */
    private List<Edge> edgesFiled;
    private Map<String, List<Edge>> edgesByNode = Map.of();
    /** The area views were made for: the visible area and a margin, so a short pan makes none. */
    private Rect built;
    private BoxView.Detail detail = BoxView.Detail.FULL;

    public BoardView() {
        getStyleClass().add("board-view");
        edgeLayer.getStyleClass().add("edge-layer");
        getChildren().addAll(edgeLayer, nodeLayer, labelLayer);
    }

    /** The view of a box, or null when the box is not drawn (gone, or far outside the visible area). */
    public BoxView box(String nodeId) {
        return boxes.get(nodeId);
    }

    public ArrowView arrow(String edgeId) {
        return arrows.get(edgeId);
    }

    /** How many box views exist now (the boxes in or near the visible area). */
    public int boxViewCount() {
        return boxes.size();
    }

    /** The board drawn. */
    public Board board() {
        return board;
    }

    /** Brings the views in line with {@code next}, working out what changed since the board shown. */
    public void show(Board next) {
        apply(next, BoardDelta.between(board, next));
    }

    /** Brings the views in line with {@code next}, given what changed since the board shown (the document's delta). */
    public void apply(Board next, BoardDelta delta) {
        Map<String, Node> before = nodes;
        board = next;
        nodes = new HashMap<>(next.nodes().size() * 2);
        for (Node n : next.nodes()) {
            nodes.put(n.id(), n);
        }
        Set<String> changed = new HashSet<>(delta.nodesAdded());
        changed.addAll(delta.nodesChanged());
        for (String id : delta.nodesRemoved()) {
            boxes.remove(id);
        }
        for (String id : changed) {
            Node n = nodes.get(id);
            BoxView view = boxes.get(id);
            if (n == null) {
                continue;
            }
            if (view != null) {
                view.update(n);
            } else if (inBuiltArea(n)) {
                create(n);
            }
        }
        orderBoxes();
        List<Rect> moved = new ArrayList<>();
        for (String id : changed) {
            moved.add(nodes.get(id).bounds());
            Node old = before.get(id);
            if (old != null) {
                moved.add(old.bounds());
            }
        }
        for (String id : delta.nodesRemoved()) {
            Node old = before.get(id);
            if (old != null) {
                moved.add(old.bounds());
            }
        }
        boolean sameArrows = delta.nodesAdded().isEmpty() && delta.nodesRemoved().isEmpty()
                && delta.edgesAdded().isEmpty() && delta.edgesRemoved().isEmpty() && delta.edgesChanged().isEmpty();
        if (sameArrows) {
            reconcileEdgesNear(changed, moved);
        } else {
            reconcileEdges(changed, moved, false);
        }
    }

    /**
     * Tells the view what can be seen, in board units (null: everything). Views are made for boxes and arrows in it
     * and a margin around it, and dropped for those that left that margin; a pan within the margin costs nothing.
     */
    public void setVisibleArea(Rect area) {
        Rect wanted = area == null ? null : area.inflate(Math.max(area.width(), area.height()) / 2);
        // within what is built, nothing to do, unless zooming in left far more built than wanted
        if (area != null && built != null && built.contains(area) && area(built) < 4 * area(wanted)) {
            return;
        }
        built = wanted;
        boxes.keySet().removeIf(id -> !inBuiltArea(nodes.get(id)));
        for (Node n : board.nodes()) {
            if (!boxes.containsKey(n.id()) && inBuiltArea(n)) {
                create(n);
            }
        }
        orderBoxes();
        reconcileEdges(Set.of(), List.of(), true);
    }

    /** The level of detail boxes draw at for a zoom: less as boxes get too small to read. */
    public void setZoom(double zoom) {
        BoxView.Detail next = zoom < BLANK_BELOW ? BoxView.Detail.BLANK
                : zoom < TITLE_ONLY_BELOW ? BoxView.Detail.TITLE : BoxView.Detail.FULL;
        if (next == detail) {
            return;
        }
        detail = next;
        // one class on the view restyles every box at once (the shadow goes at low zoom), see board.css
        getStyleClass().removeAll("board-far", "board-tiny");
        if (next != BoxView.Detail.FULL) {
            getStyleClass().add("board-far");
        }
        if (next == BoxView.Detail.BLANK) {
            getStyleClass().add("board-tiny");
        }
        boxes.values().forEach(v -> v.setDetail(next));
        arrows.values().forEach(a -> a.showHead(next != BoxView.Detail.BLANK));
        labelLayer.setVisible(next == BoxView.Detail.FULL);
        placeLabels(board.edges().stream().map(e -> arrows.get(e.id())).filter(a -> a != null).toList());
    }

    public BoxView.Detail detail() {
        return detail;
    }

    /** A mark on a box: the checker's findings on it (a count, styled by the worst severity, explained on hover). */
    public record Badge(String text, String styleClass, String tooltip) {
    }

    /**
     * Shows {@code next} as the boxes' badges (by box id), replacing the previous set: only badges that differ are
     * touched, and boxes drawn later get theirs as they appear.
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

    /**
     * The boxes being dragged draw from a bitmap of themselves until {@code ids} no longer names them: a drag step
     * then paints one image where it had painted the box's words, rows and shadow (its text and layout do not change
     * while it moves).
     */
    public void setMoving(Collection<String> ids) {
        for (String id : moving) {
            BoxView v = boxes.get(id);
            if (v != null) {
                v.setCache(false);
            }
        }
        moving = Set.copyOf(ids);
        for (String id : moving) {
            BoxView v = boxes.get(id);
            if (v != null) {
                v.setCache(true);
            }
        }
    }

    /** Marks the selected boxes and arrows (by id); views made later are marked as they appear. */
    public void setSelection(Collection<String> nodeIds, Collection<String> edgeIds) {
        Set<String> next = new HashSet<>(nodeIds);
        next.addAll(edgeIds);
        for (String id : selected) {
            if (!next.contains(id)) {
                mark(id, false);
            }
        }
        for (String id : next) {
            if (!selected.contains(id)) {
                mark(id, true);
            }
        }
        selected = next;
    }

    private void mark(String id, boolean on) {
        javafx.scene.Node view = boxes.containsKey(id) ? boxes.get(id) : arrows.get(id);
        if (view != null) {
            view.getStyleClass().remove("selected");
            if (on) {
                view.getStyleClass().add("selected");
            }
        }
    }

    private static double area(Rect r) {
        return r.width() * r.height();
    }

    private boolean inBuiltArea(Node n) {
        return n != null && (built == null || built.intersects(n.bounds()));
    }

    private void create(Node n) {
        BoxView fresh = new BoxView(n, detail);
        boxes.put(n.id(), fresh);
        // a box scrolled in, or back from an undone delete, wears the decorations its id has
        Badge badge = badges.get(n.id());
        if (badge != null) {
            fresh.setBadge(badge.text(), badge.styleClass(), badge.tooltip());
        }
        if (selected.contains(n.id())) {
            fresh.getStyleClass().add("selected");
        }
    }

    /** The box views in the board's order (later boxes on top), set only when it differs. */
    private void orderBoxes() {
        List<javafx.scene.Node> inOrder = new ArrayList<>(boxes.size());
        for (Node n : board.nodes()) {
            BoxView v = boxes.get(n.id());
            if (v != null) {
                inOrder.add(v);
            }
        }
        if (!inOrder.equals(nodeLayer.getChildren())) {
            nodeLayer.getChildren().setAll(inOrder);
        }
    }

    private boolean inBuiltArea(Node from, Node to) {
        return built == null || built.intersects(ArrowRouter.reach(from.bounds(), to.bounds()));
    }

    /** Every arrow of the board: after arrows or boxes came or went, or the built area changed. */
    private void reconcileEdges(Set<String> changedNodes, List<Rect> movedAreas, boolean areaChanged) {
        reconcileEdges(board.edges(), true, changedNodes, movedAreas, areaChanged);
    }

    /**
     * Only the arrows a change of boxes alone can touch: those drawn (a changed box may now stand in their way) and
     * those of the changed boxes. A drag step on a 2,000-box board then looks at the hundred or so arrows near the
     * view instead of all 2,000.
     */
    private void reconcileEdgesNear(Set<String> changedNodes, List<Rect> movedAreas) {
        Map<String, Edge> near = new java.util.LinkedHashMap<>();
        for (ArrowView v : arrows.values()) {
            near.put(v.edge().id(), v.edge());
        }
        for (String id : changedNodes) {
            for (Edge e : edgesOf(id)) {
                near.putIfAbsent(e.id(), e);
            }
        }
        reconcileEdges(near.values(), false, changedNodes, movedAreas, false);
    }

    /** The arrows from or to a box, filed once per list of arrows (a drag keeps the list). */
    private List<Edge> edgesOf(String nodeId) {
        if (edgesFiled != board.edges()) {
            edgesFiled = board.edges();
            edgesByNode = new HashMap<>();
            for (Edge e : edgesFiled) {
                edgesByNode.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                edgesByNode.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
        return edgesByNode.getOrDefault(nodeId, List.of());
    }

    /**
     * Makes, updates and drops arrow views: an arrow is drawn when the region its route can take meets the built
     * area, and re-routed when it is new, touches a changed box or may run through a changed area.
     *
     * @param every true when {@code edges} is every arrow of the board, so views of arrows not among them are dropped
     */
    private void reconcileEdges(java.util.Collection<Edge> edges, boolean every, Set<String> changedNodes,
                                List<Rect> movedAreas, boolean areaChanged) {
        Set<String> live = new HashSet<>();
        Set<String> gone = new HashSet<>();
        List<Rect> obstacles = null;
        org.stageboard.geom.RectIndex filed = null;
        int routed = 0;
        boolean structure = false;
        for (Edge e : edges) {
            Node from = nodes.get(e.from());
            Node to = nodes.get(e.to());
            if (from == null || to == null || !inBuiltArea(from, to)) {
                gone.add(e.id());
                continue;
            }
            live.add(e.id());
            ArrowView view = arrows.get(e.id());
            boolean fresh = view == null;
            if (fresh) {
                view = new ArrowView(e);
                view.showHead(detail != BoxView.Detail.BLANK);
                arrows.put(e.id(), view);
                if (selected.contains(e.id())) {
                    view.getStyleClass().add("selected");
                }
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
                    || (!movedAreas.isEmpty() && view.mayReroute(movedAreas))) {
                if (obstacles == null) {
                    obstacles = board.nodes().stream().map(Node::bounds).toList();
                }
                // a few arrows (a box dragged) look through the list; many (a board opened or zoomed out) file the
                // boxes by place first, so that each arrow looks only at the boxes near it: the same routes
                if (++routed == REROUTES_BEFORE_FILING) {
                    filed = new org.stageboard.geom.RectIndex(obstacles);
                }
                if (filed != null) {
                    view.route(from.bounds(), to.bounds(), filed);
                } else {
                    view.route(from.bounds(), to.bounds(), obstacles);
                }
            }
        }
        if (every ? arrows.keySet().removeIf(id -> !live.contains(id)) : arrows.keySet().removeAll(gone)) {
            structure = true;
        }
        if (structure || areaChanged) {
            List<ArrowView> inOrder = board.edges().stream().map(e -> arrows.get(e.id())).filter(a -> a != null).toList();
            if (!inOrder.equals(edgeLayer.getChildren())) {
                edgeLayer.getChildren().setAll(inOrder);
            }
            placeLabels(inOrder);
        }
    }

    /**
     * Puts the labels with words of {@code inOrder} in the label layer, and none while boxes draw without their
     * words: an empty or hidden label in the scene is still styled, given a skin and laid out, which on a fitted
     * big board was a third of the views for nothing.
     */
    private void placeLabels(List<ArrowView> inOrder) {
        List<javafx.scene.Node> labels = detail != BoxView.Detail.FULL ? List.of()
                : inOrder.stream().filter(ArrowView::hasLabel).map(a -> (javafx.scene.Node) a.label()).toList();
        if (!labels.equals(labelLayer.getChildren())) {
            labelLayer.getChildren().setAll(labels);
        }
    }
}
