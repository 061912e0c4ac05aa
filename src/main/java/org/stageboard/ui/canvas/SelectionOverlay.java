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
    private String hovered;

    SelectionOverlay(BoardCanvas canvas) {
        this.canvas = canvas;
        marquee.getStyleClass().add("marquee");
        marquee.setVisible(false);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        getChildren().addAll(handles, marquee, rubberBand);
        setMouseTransparent(true);
        canvas.viewport().zoomProperty().addListener((o, a, b) -> refresh());
    }

    void setHovered(String nodeId) {
        if (!java.util.Objects.equals(hovered, nodeId)) {
            hovered = nodeId;
            refresh();
        }
    }

    /** Redraws handles for the current selection (and the hovered box's connect handle). */
    void refresh() {
        List<javafx.scene.Node> shapes = new ArrayList<>();
        double z = canvas.viewport().zoom();
        for (String id : canvas.selection().nodes()) {
            canvas.board().node(id).ifPresent(n -> {
                Rectangle r = new Rectangle(n.x() + n.width() - HANDLE / z / 2, n.y() + n.height() - HANDLE / z / 2,
                        HANDLE / z, HANDLE / z);
                r.getStyleClass().add("resize-handle");
                r.setStrokeWidth(1.5 / z);
                shapes.add(r);
            });
        }
        for (String id : connectable()) {
            canvas.board().node(id).ifPresent(n -> {
                double[] c = connectCentre(n);
                Circle dot = new Circle(c[0], c[1], CONNECT_RADIUS / z);
                dot.getStyleClass().add("connect-handle");
                dot.setStrokeWidth(1.5 / z);
                shapes.add(dot);
            });
        }
        handles.getChildren().setAll(shapes);
        marquee.setStrokeWidth(1 / z);
        rubberBand.setStrokeWidth(2 / z);
    }

    private List<String> connectable() {
        List<String> ids = new ArrayList<>(canvas.selection().nodes());
        if (hovered != null && !ids.contains(hovered)) {
            ids.add(hovered);
        }
        return ids;
    }

    /** The selected box whose resize handle is under a board point, or null. */
    String resizeHandleAt(double bx, double by) {
        double half = HANDLE / canvas.viewport().zoom();
        for (String id : canvas.selection().nodes()) {
            Node n = canvas.board().node(id).orElse(null);
            if (n != null && Math.abs(bx - (n.x() + n.width())) <= half && Math.abs(by - (n.y() + n.height())) <= half) {
                return id;
            }
        }
        return null;
    }

    /** The box whose connect handle is under a board point, or null. */
    String connectHandleAt(double bx, double by) {
        double r = (CONNECT_RADIUS + 3) / canvas.viewport().zoom();
        for (String id : connectable()) {
            Node n = canvas.board().node(id).orElse(null);
            if (n != null) {
                double[] c = connectCentre(n);
                if (Math.hypot(bx - c[0], by - c[1]) <= r) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The connect handle sits on the middle of the box's right edge. */
    static double[] connectCentre(Node n) {
        return new double[] {n.x() + n.width(), n.y() + n.height() / 2};
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
