package org.stageboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * Handles, marquee and the connection rubber band, drawn above the boxes in board coordinates.
 * None of it is part of the board view, so exports never show it.
 */
final class SelectionOverlay extends Group {
    private static final double HANDLE = 10;
    private static final double CONNECT_RADIUS = 7;

    private final BoardCanvas canvas;
    private final Group handles = new Group();
    private final Rectangle marquee = new Rectangle();
    private final Line rubberBand = new Line();
    /** Around the box an arrow being drawn would connect to. */
    private final Rectangle connectTarget = new Rectangle();
    private String hovered;
    private String target;

    SelectionOverlay(BoardCanvas canvas) {
        this.canvas = canvas;
        marquee.getStyleClass().add("marquee");
        marquee.setVisible(false);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        connectTarget.getStyleClass().add("connect-target");
        connectTarget.setId("connect-target");
        connectTarget.setVisible(false);
        getChildren().addAll(connectTarget, handles, marquee, rubberBand);
        setMouseTransparent(true);
        canvas.session().viewport().zoomProperty().addListener((o, a, b) -> refresh());
    }

    void setHovered(String nodeId) {
        if (!java.util.Objects.equals(hovered, nodeId)) {
            hovered = nodeId;
            refresh();
        }
    }

    /** The hovered box, if a board point is in the margin around it where its connect handle sits; else null. */
    String hoveredWithin(double bx, double by) {
        Node n = hovered == null ? null : canvas.session().board().node(hovered).orElse(null);
        double margin = (2 * CONNECT_RADIUS + 8) / canvas.session().viewport().zoom();
        return n != null && n.bounds().inflate(margin).contains(bx, by) ? hovered : null;
    }

    /** Redraws handles for the current selection (and the hovered box's connect handle). */
    void refresh() {
        List<javafx.scene.Node> shapes = new ArrayList<>();
        double z = canvas.session().viewport().zoom();
        for (String id : canvas.session().selection().nodes()) {
            canvas.session().board().node(id).ifPresent(n -> {
                Rectangle r = new Rectangle(n.x() + n.width() - HANDLE / z / 2, n.y() + n.height() - HANDLE / z / 2,
                        HANDLE / z, HANDLE / z);
                r.getStyleClass().add("resize-handle");
                r.setStrokeWidth(1.5 / z);
                shapes.add(r);
            });
        }
        for (String id : connectable()) {
            canvas.session().board().node(id).ifPresent(n -> {
                double[] c = connectCentre(n, z);
                Circle dot = new Circle(c[0], c[1], CONNECT_RADIUS / z);
                dot.getStyleClass().add("connect-handle");
                dot.setStrokeWidth(1.5 / z);
                shapes.add(dot);
            });
        }
        handles.getChildren().setAll(shapes);
        marquee.setStrokeWidth(1 / z);
        rubberBand.setStrokeWidth(2 / z);
        Node t = target == null ? null : canvas.session().board().node(target).orElse(null);
        connectTarget.setVisible(t != null);
        if (t != null) {
            Rect r = t.bounds().inflate(4 / z);
            connectTarget.setX(r.x());
            connectTarget.setY(r.y());
            connectTarget.setWidth(r.width());
            connectTarget.setHeight(r.height());
            connectTarget.setArcWidth(14 / z);
            connectTarget.setArcHeight(14 / z);
            connectTarget.setStrokeWidth(3 / z);
        }
    }

    /** Highlights the box an arrow being drawn would connect to (null: none). */
    void setConnectTarget(String nodeId) {
        if (!java.util.Objects.equals(target, nodeId)) {
            target = nodeId;
            refresh();
        }
    }

    /** The box highlighted as the arrow's target, or null. */
    String connectTarget() {
        return connectTarget.isVisible() ? target : null;
    }

    private List<String> connectable() {
        List<String> ids = new ArrayList<>(canvas.session().selection().nodes());
        if (hovered != null && !ids.contains(hovered)) {
            ids.add(hovered);
        }
        return ids;
    }

    /** The selected box whose resize handle is under a board point, or null. */
    String resizeHandleAt(double bx, double by) {
        for (String id : canvas.session().selection().nodes()) {
            Node n = canvas.session().board().node(id).orElse(null);
            // never reaching the box's middle, so a press there on a small box (or far zoomed out) moves it
            double half = n == null ? 0 : Math.min(HANDLE / canvas.session().viewport().zoom(), Math.min(n.width(), n.height()) / 3);
            if (n != null && Math.abs(bx - (n.x() + n.width())) <= half && Math.abs(by - (n.y() + n.height())) <= half) {
                return id;
            }
        }
        return null;
    }

    /** The box whose connect handle is under a board point, or null. */
    String connectHandleAt(double bx, double by) {
        double r = (CONNECT_RADIUS + 3) / canvas.session().viewport().zoom();
        for (String id : connectable()) {
            Node n = canvas.session().board().node(id).orElse(null);
            if (n != null) {
                double[] c = connectCentre(n, canvas.session().viewport().zoom());
                if (Math.hypot(bx - c[0], by - c[1]) <= r) {
                    return id;
                }
            }
        }
        return null;
    }

    /**
     * Where a box's connect handle sits at zoom {@code z}: just outside its border, so it covers neither the box's
     * middle (a press there moves the box) nor any arrowhead. It keeps its screen size at any zoom; of the places
     * beside the four sides and corners it takes the first that no arrow's end comes near.
     */
    double[] connectCentre(Node n, double z) {
        double out = (CONNECT_RADIUS + 5) / z;
        double clear = (CONNECT_RADIUS + 4) / z + org.stageboard.render.ArrowView.HEAD_LENGTH;
        List<double[]> ends = arrowEnds(n);
        double[][] places = {
            {(n.x() + n.width()) + out, n.y() + n.height() / 2}, {n.x() + n.width() / 2, n.y() + n.height() + out},
            {n.x() + n.width() / 2, n.y() - out}, {n.x() - out, n.y() + n.height() / 2},
            {(n.x() + n.width()) + out, n.y() - out}, {(n.x() + n.width()) + out, n.y() + n.height() + out},
            {n.x() - out, n.y() + n.height() + out}, {n.x() - out, n.y() - out}};
        for (double[] p : places) {
            boolean free = true;
            for (double[] e : ends) {
                if (Math.hypot(p[0] - e[0], p[1] - e[1]) < clear) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return p;
            }
        }
        return places[0];
    }

    /** The points where arrows touch box {@code n}: their first and last points. */
    private List<double[]> arrowEnds(Node n) {
        List<double[]> ends = new ArrayList<>();
        for (org.stageboard.model.Edge e : canvas.session().board().edges()) {
            if (!e.from().equals(n.id()) && !e.to().equals(n.id())) {
                continue;
            }
            org.stageboard.render.ArrowView a = canvas.boardView().arrow(e.id());
            if (a != null) {
                double[] pts = a.points();
                ends.add(new double[] {pts[0], pts[1]});
                ends.add(new double[] {pts[pts.length - 2], pts[pts.length - 1]});
            }
        }
        return ends;
    }

    void showMarquee(Rect r) {
        marquee.setX(r.x());
        marquee.setY(r.y());
        marquee.setWidth(r.width());
        marquee.setHeight(r.height());
        marquee.setVisible(true);
    }

    void hideMarquee() {
        marquee.setVisible(false);
    }

    void showRubberBand(double x1, double y1, double x2, double y2) {
        rubberBand.setStartX(x1);
        rubberBand.setStartY(y1);
        rubberBand.setEndX(x2);
        rubberBand.setEndY(y2);
        rubberBand.setVisible(true);
    }

    void hideRubberBand() {
        rubberBand.setVisible(false);
    }
}
