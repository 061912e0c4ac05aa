package org.stageboard.render;

import org.stageboard.geom.ArrowRouter;
import org.stageboard.geom.ArrowGeometry;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Polygon;
import org.stageboard.model.Edge;
import org.stageboard.model.Rect;

/** An arrow between two boxes: a path from border to border (see {@link ArrowRouter}), a head, and a label. */
public class ArrowView extends Group {
    public static final double HEAD_LENGTH = 12;
    /** Space between an arrow's line and its label, which sits beside the line, never on it. */
    public static final double LABEL_GAP = 5;
    public static final double HEAD_WIDTH = 7;

    private final Polyline line = new Polyline();
    private double[] points = new double[4];
    /** The region the last route considered: a box changing inside it may change the best route. */
    private Rect reach;
    private final Polygon head = new Polygon();
    /** Made when first needed: most arrows have no words, and a Label per arrow was a tenth of opening a big board. */
    private Label label;
    /** Where the label goes: the path's midpoint, and whether the path runs across there. */
    private double[] labelAt = {0, 0};
    private boolean labelAcross = true;
    private Edge edge;

    public ArrowView(Edge edge) {
        getStyleClass().add("edge");
        line.getStyleClass().add("edge-path");
        head.getStyleClass().add("edge-head");
        // no invisible wide twin of the line for clicking: the canvas finds arrows by distance (distanceTo), and
        // the twin was one more node per arrow for CSS to style on every board opened
        getChildren().addAll(line, head);
        this.edge = edge;
        if (hasLabel()) {
            showLabel();
        }
    }

    /** Draws the arrowhead or not: boxes drawn in colour only (below 20% zoom) get bare lines, half the nodes. */
    public void showHead(boolean show) {
        // out of the scene rather than hidden: a hidden node is still styled, one per arrow on a fitted big board
        if (show && head.getParent() != this) {
            getChildren().add(head);
        } else if (!show) {
            getChildren().remove(head);
        }
    }

    /** The label, which the board view draws above the boxes so a short arrow never hides it. */
    public Label label() {
        if (label == null) {
            label = new Label();
            label.getStyleClass().add("edge-label");
            label.relocate(labelAt[0], labelAt[1]);
            placeLabelBeside(labelAcross);
        }
        return label;
    }

    private void showLabel() {
        label().setText(edge.label());
        label.setVisible(hasLabel());
    }

    public Edge edge() {
        return edge;
    }

    /** Whether the arrow shows a label (the board view keeps the others' labels out of the scene). */
    public boolean hasLabel() {
        return !edge.label().isBlank();
    }

    public void setEdge(Edge e) {
        edge = e;
        if (label != null || hasLabel()) {
            showLabel();
        }
    }

    /** The distance from a board point to the arrow's path, for hit testing. */
    public double distanceTo(double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < points.length; i += 2) {
            best = Math.min(best, ArrowGeometry.distanceToSegment(px, py, points[i], points[i + 1], points[i + 2], points[i + 3]));
        }
        return best;
    }

    /** Whether a box changing in any of {@code areas} could change this arrow's best route. */
    public boolean mayReroute(java.util.Collection<Rect> areas) {
        if (reach == null) {
            return true;
        }
        for (Rect r : areas) {
            if (r.intersects(reach)) {
                return true;
            }
        }
        return false;
    }

    /** The path's points, x0, y0, x1, y1, ...: from the source box's border to the target box's. */
    public double[] points() {
        return points.clone();
    }

    /** Re-routes the arrow between its two boxes, around the {@code others} where it can. */
    public void route(Rect from, Rect to, java.util.Collection<Rect> others) {
        show(ArrowRouter.route(from, to, others), from, to);
    }

    /** As {@link #route(Rect, Rect, java.util.Collection)}, with the board's boxes filed by place (many arrows at once). */
    public void route(Rect from, Rect to, org.stageboard.geom.RectIndex others) {
        show(ArrowRouter.route(from, to, others), from, to);
    }

    private void show(double[] routed, Rect from, Rect to) {
        // a detour may run wide of the two boxes: boxes moving near any part of it may change it
        reach = ArrowRouter.reach(from, to).union(ArrowRouter.pathBounds(routed).inflate(4 * ArrowRouter.DETOUR));
        // a box dragged past re-routes the arrows near it, most to where they were: setting the same points again
        // would still mark the line and its head for repainting in every frame of the drag
        if (java.util.Arrays.equals(points, routed)) {
            return;
        }
        points = routed;
        Double[] boxed = new Double[points.length];
        for (int i = 0; i < points.length; i++) {
            boxed[i] = points[i];
        }
        line.getPoints().setAll(boxed);
        int n = points.length;
        double[] last = {points[n - 4], points[n - 3], points[n - 2], points[n - 1]};
        head.getPoints().setAll(ArrowGeometry.head(last, HEAD_LENGTH, HEAD_WIDTH));
        labelAt = ArrowGeometry.midpoint(points);
        labelAcross = ArrowGeometry.isHorizontalAt(points, labelAt);
        if (label != null) {
            label.relocate(labelAt[0], labelAt[1]);
            placeLabelBeside(labelAcross);
        }
    }

    /**
     * Puts the label beside the line at the midpoint, whatever size CSS gives it: above a horizontal run, to the
     * right of a vertical one, so it never hides the line or the head.
     */
    private void placeLabelBeside(boolean horizontal) {
        label.translateXProperty().unbind();
        label.translateYProperty().unbind();
        if (horizontal) {
            label.translateXProperty().bind(label.widthProperty().divide(-2));
            label.translateYProperty().bind(label.heightProperty().negate().subtract(LABEL_GAP));
        } else {
            label.setTranslateX(LABEL_GAP + 1);
            label.translateYProperty().bind(label.heightProperty().divide(-2));
        }
    }
}
