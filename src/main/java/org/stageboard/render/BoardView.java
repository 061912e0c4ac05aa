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
import org.stageboard.edit.BoardDelta;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * Draws a board as a layer of arrows under a layer of boxes, with its decorations (the checker's badges, the
 * selection): with its {@link ArrowLayer}, the one place that writes to box and arrow views. {@link #apply} takes the
 * document's {@link BoardDelta} and touches only the views of what changed; arrows are re-routed only when they
 * touch a changed box or run near where one stands or stood.
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
    private final Group nodeLayer = new Group();
    private final ArrowLayer arrows = new ArrowLayer(this);
    private final ColourOnlyLayer colourOnly = new ColourOnlyLayer();
    /** Whether the colour-only canvas paints the board (and most views are hidden). */
    private boolean colourOnlyShown;
    private final Map<String, BoxView> boxes = new HashMap<>();
    private Board board = Board.empty();
    private Map<String, Node> nodes = Map.of();
    private Map<String, Badge> badges = Map.of();
    private Set<String> selected = Set.of();
    private Set<String> moving = Set.of();
    /** The area views were made for: the visible area and a margin, so a short pan makes none. */
    private Rect built;
    private BoxView.Detail detail = BoxView.Detail.FULL;

    public BoardView() {
        getStyleClass().add("board-view");
        getChildren().addAll(colourOnly.canvas, colourOnly.arrowStyle, arrows.lines, nodeLayer, arrows.labels);
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
            arrows.reconcileNear(changed, moved);
        } else {
            arrows.reconcileAll(changed, moved, false);
        }
        if (!(sameArrows && movesOnlyViews(changed))) {
            drawColourOnly();
        }
    }

    /**
     * A drag step at the colour-only level moves boxes that are drawn as views, and the canvas holds its arrows'
     * routes while boxes move: nothing on the canvas changes, so the step need not walk every box to find that out.
     */
    private boolean movesOnlyViews(Set<String> changed) {
        return detail == BoxView.Detail.BLANK && !moving.isEmpty() && moving.containsAll(changed);
    }

    /**
     * Tells the view what can be seen, in board units (null: everything). Views are made for boxes and arrows in it
     * and a margin around it, and dropped for those that left that margin; a pan within the margin costs nothing.
     */
    public void setVisibleArea(Rect area) {
        colourOnly.visibleArea(area);
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
        arrows.reconcileAll(Set.of(), List.of(), true);
        drawColourOnly();
    }

    /** The level of detail boxes draw at for a zoom: less as boxes get too small to read. */
    public void setZoom(double zoom) {
        colourOnly.zoom(zoom);
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
        arrows.showDetail(next);
        drawColourOnly();
    }

    /**
     * Below {@link #BLANK_BELOW} the board is painted on the {@link ColourOnlyLayer}'s canvas and its views hide, but
     * for those that change under the hand: selected and moving boxes, their arrows and selected arrows, so a drag
     * or a click repaints them alone, not the canvas.
     */
    private void drawColourOnly() {
        boolean on = detail == BoxView.Detail.BLANK;
        if (!on && !colourOnlyShown) {
            return;
        }
        colourOnlyShown = on;
        List<Node> shapes = new ArrayList<>();
        for (Node n : board.nodes()) {
            BoxView v = boxes.get(n.id());
            if (v != null) {
                boolean asView = !on || selected.contains(n.id()) || moving.contains(n.id());
                v.setVisible(asView);
                if (!asView) {
                    shapes.add(n);
                }
            }
        }
        Map<String, double[]> routes = new LinkedHashMap<>();
        for (ArrowView a : arrows.inBoardOrder()) {
            String id = a.edge().id();
            boolean asView = !on || selected.contains(id) || moving.contains(a.edge().from())
                    || moving.contains(a.edge().to());
            a.setVisible(asView);
            if (!asView) {
                routes.put(id, a.points());
            }
        }
        colourOnly.show(shapes, routes, !moving.isEmpty());
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
        drawColourOnly();
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
        drawColourOnly();
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

    ColourOnlyLayer colourOnly() {
        return colourOnly;
    }

    /** The box {@code id} of the board drawn, or null. */
    Node node(String id) {
        return nodes.get(id);
    }

    /** Whether {@code area} (board units) meets the area views are made for. */
    boolean inBuiltArea(Rect area) {
        return built == null || built.intersects(area);
    }

    boolean isSelected(String id) {
        return selected.contains(id);
    }
}
