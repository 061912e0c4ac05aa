package org.stageboard.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.stageboard.edit.Connect;
import org.stageboard.edit.Move;
import org.stageboard.edit.Resize;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;

/**
 * Mouse gestures on the canvas: select, marquee, move, resize, connect, pan and zoom.
 * Hit testing uses the board model, not scene-graph picking, so it costs the same at any zoom.
 * A whole drag is one undo step: every increment merges into the gesture's step until the button is released.
 */
final class CanvasGestures {
    private enum Mode { NONE, PAN, MARQUEE, MOVE, RESIZE, CONNECT }

    private final BoardCanvas canvas;
    private Mode mode = Mode.NONE;
    private Point2D pressScreen;
    private Point2D pressBoard;
    private final Map<String, double[]> startPositions = new HashMap<>();
    private String anchorId;
    private double appliedDx;
    private double appliedDy;
    private List<String> marqueeBase = List.of();
    private long gestureCount;
    private long gesture;
    /** The pointer's offset from the press not yet applied to the board (see {@link #follow}). */
    private double pendingDx;
    private double pendingDy;
    private boolean followScheduled;

    CanvasGestures(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private Point2D toBoard(MouseEvent e) {
        return canvas.session().viewport().toBoard(e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        if (canvas.inPlaceEditor().isEditing()) {
            canvas.inPlaceEditor().commit();
        }
        canvas.requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressBoard = toBoard(e);
        gesture = ++gestureCount;
        followScheduled = false;
        if (e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && canvas.session().spaceHeldProperty().get())) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        double bx = pressBoard.getX();
        double by = pressBoard.getY();
        String resize = canvas.overlay().resizeHandleAt(bx, by);
        if (resize != null) {
            canvas.session().setBoxDrag(true);
            startGesture(Mode.RESIZE, resize, List.of(resize));
            return;
        }
        String connect = canvas.overlay().connectHandleAt(bx, by);
        if (connect != null) {
            mode = Mode.CONNECT;
            anchorId = connect;
            return;
        }
        Node hit = canvas.nodeAt(bx, by);
        Selection sel = canvas.session().selection();
        if (hit != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                sel.toggleNode(hit.id());
                mode = Mode.NONE;
                return;
            }
            // before the selection changes: the side panels follow it when the drag ends, not in its first frame
            canvas.session().setBoxDrag(true);
            if (!sel.containsNode(hit.id())) {
                sel.selectNodes(List.of(hit.id()));
            }
            startGesture(Mode.MOVE, hit.id(), sel.nodeList());
            canvas.boardView().setMoving(startPositions.keySet());
            return;
        }
        Edge edge = canvas.edgeAt(bx, by);
        if (edge != null) {
            if (e.isShiftDown()) {
                sel.toggleEdge(edge.id());
            } else {
                sel.set(List.of(), List.of(edge.id()));
            }
            mode = Mode.NONE;
            return;
        }
        marqueeBase = e.isShiftDown() ? sel.nodeList() : List.of();
        if (!e.isShiftDown()) {
            sel.clear();
        }
        mode = Mode.MARQUEE;
    }

    private void startGesture(Mode m, String anchor, List<String> ids) {
        mode = m;
        anchorId = anchor;
        appliedDx = 0;
        appliedDy = 0;
        startPositions.clear();
        for (String id : ids) {
            canvas.session().board().node(id).ifPresent(n ->
                    startPositions.put(id, new double[] {n.x(), n.y(), n.width(), n.height()}));
        }
        canvas.session().document().sealStep();
    }

    private void dragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point2D p = toBoard(e);
        switch (mode) {
            case PAN -> {
                canvas.session().viewport().panBy(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY());
                pressScreen = new Point2D(e.getX(), e.getY());
            }
            case MARQUEE -> {
                Rect r = Rect.fromCorners(pressBoard.getX(), pressBoard.getY(), p.getX(), p.getY());
                canvas.overlay().showMarquee(r);
                List<String> ids = new ArrayList<>(marqueeBase);
                for (Node n : canvas.session().board().nodes()) {
                    if (r.intersects(n.bounds()) && !ids.contains(n.id())) {
                        ids.add(n.id());
                    }
                }
                canvas.session().selection().selectNodes(ids);
            }
            case MOVE, RESIZE -> follow(p.getX() - pressBoard.getX(), p.getY() - pressBoard.getY());
            case CONNECT -> canvas.session().board().node(anchorId).ifPresent(n -> {
                double[] c = canvas.overlay().connectCentre(n, canvas.session().viewport().zoom());
                canvas.overlay().showRubberBand(c[0], c[1], p.getX(), p.getY());
                // the box the arrow would go to, if released here
                Node over = canvas.nodeAt(p.getX(), p.getY());
                canvas.overlay().setConnectTarget(over != null && !over.id().equals(anchorId) ? over.id() : null);
            });
            default -> { }
        }
    }

    /**
     * Takes the pointer's latest offset from the press and applies it once the pointer events already queued have
     * been handled: a slow step (a big board re-routing arrows) then costs one edit for all the moves that came in
     * meanwhile, not one each, and the box still lands exactly where the pointer is, since the offset is absolute.
     */
    private void follow(double dx, double dy) {
        pendingDx = dx;
        pendingDy = dy;
        if (!followScheduled) {
            followScheduled = true;
            long g = gesture;
            Platform.runLater(() -> {
                if (g == gesture) {
                    applyPending();
                }
            });
        }
    }

    /** Applies the offset {@link #follow} holds, if any. */
    private void applyPending() {
        if (!followScheduled) {
            return;
        }
        followScheduled = false;
        if (mode == Mode.MOVE) {
            moveBy(pendingDx, pendingDy);
        } else if (mode == Mode.RESIZE) {
            resizeBy(pendingDx, pendingDy);
        }
    }

    private void moveBy(double dx, double dy) {
        double[] anchor = startPositions.get(anchorId);
        if (anchor == null) {
            return;
        }
        // snap the box under the pointer; the rest of the selection keeps its offsets to it
        double targetDx = canvas.snap(anchor[0] + dx) - anchor[0];
        double targetDy = canvas.snap(anchor[1] + dy) - anchor[1];
        double ddx = targetDx - appliedDx;
        double ddy = targetDy - appliedDy;
        if (ddx == 0 && ddy == 0) {
            return;
        }
        canvas.session().document().apply(new Move(startPositions.keySet(), ddx, ddy, gesture));
        appliedDx = targetDx;
        appliedDy = targetDy;
    }

    private void resizeBy(double dx, double dy) {
        double[] s = startPositions.get(anchorId);
        if (s == null) {
            return;
        }
        double w = canvas.snap(s[0] + s[2] + dx) - s[0];
        double h = canvas.snap(s[1] + s[3] + dy) - s[1];
        canvas.session().document().apply(new Resize(anchorId, s[0], s[1], w, h, gesture));
    }

    private void released(MouseEvent e) {
        applyPending();
        Point2D p = toBoard(e);
        if (mode == Mode.CONNECT) {
            canvas.overlay().hideRubberBand();
            canvas.overlay().setConnectTarget(null);
            Node target = canvas.nodeAt(p.getX(), p.getY());
            if (target != null) {
                Connect.between(canvas.session().board(), anchorId, target.id()).ifPresent(connect -> {
                    canvas.session().document().apply(connect);
                    canvas.session().selection().set(List.of(), List.of(connect.id()));
                });
            }
        }
        if (mode == Mode.MARQUEE) {
            canvas.overlay().hideMarquee();
        }
        if (mode == Mode.PAN) {
            canvas.setCursor(Cursor.DEFAULT);
        }
        if (mode == Mode.MOVE) {
            canvas.boardView().setMoving(List.of());
        }
        canvas.session().document().sealStep();
        mode = Mode.NONE;
        pressScreen = null;
        canvas.session().setBoxDrag(false);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        Point2D p = toBoard(e);
        Node hit = canvas.nodeAt(p.getX(), p.getY());
        if (hit != null) {
            canvas.inPlaceEditor().edit(hit.id());
            return;
        }
        Edge edge = canvas.edgeAt(p.getX(), p.getY());
        if (edge != null) {
            canvas.editEdgeLabel(edge.id());
            return;
        }
        // double-click on empty board drops a sticky note, as in most whiteboards; near an edge of the view it
        // moves inwards so all of it lands in view
        Point2D inView = keepInView(p, org.stageboard.model.Node.DEFAULT_WIDTH, org.stageboard.model.Node.DEFAULT_HEIGHT);
        String id = canvas.addBoxAt(Stage.NOTE, inView.getX(), inView.getY());
        canvas.inPlaceEditor().edit(id);
    }

    /** The top-left corner nearest {@code p} at which a w×h box (board units) is wholly inside the view. */
    private Point2D keepInView(Point2D p, double w, double h) {
        // the margin BoardCanvas.reveal keeps (so the editor opening on it need not scroll), plus snapping's slack
        double margin = BoardCanvas.REVEAL_MARGIN / canvas.session().viewport().zoom() + BoardCanvas.GRID;
        Point2D min = canvas.session().viewport().toBoard(0, 0);
        Point2D max = canvas.session().viewport().toBoard(canvas.getWidth(), canvas.getHeight());
        double x = Math.max(min.getX() + margin, Math.min(p.getX(), max.getX() - w - margin));
        double y = Math.max(min.getY() + margin, Math.min(p.getY(), max.getY() - h - margin));
        return new Point2D(x, y);
    }

    private void moved(MouseEvent e) {
        Point2D p = toBoard(e);
        Node hit = canvas.nodeAt(p.getX(), p.getY());
        String handle = canvas.overlay().connectHandleAt(p.getX(), p.getY());
        String hover = hit != null ? hit.id() : handle;
        if (hover == null) {
            // the connect handle sits just outside the box: keep it while the pointer crosses the border to it
            hover = canvas.overlay().hoveredWithin(p.getX(), p.getY());
        }
        canvas.overlay().setHovered(hover);
        if (canvas.overlay().resizeHandleAt(p.getX(), p.getY()) != null) {
            canvas.setCursor(Cursor.SE_RESIZE);
        } else if (handle != null) {
            canvas.setCursor(Cursor.CROSSHAIR);
        } else if (canvas.session().spaceHeldProperty().get()) {
            canvas.setCursor(Cursor.OPEN_HAND);
        } else {
            canvas.setCursor(hit != null ? Cursor.MOVE : Cursor.DEFAULT);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                canvas.wheelZoom(e.getDeltaY() > 0, e.getX(), e.getY());
            }
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.session().viewport().panBy(e.getDeltaY(), 0);
        } else {
            canvas.session().viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
