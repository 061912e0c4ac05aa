package org.stageboard.ui.render;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.stageboard.model.Edge;
import org.stageboard.model.Rect;

/** An arrow between two boxes: a line clipped to the boxes' borders, a head, and an optional label. */
public class ArrowView extends Group {
    static final double HEAD_LENGTH = 12;
    static final double HEAD_WIDTH = 7;

    private final Line line = new Line();
    private final Line hitArea = new Line();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private Edge edge;

    public ArrowView(Edge edge) {
        getStyleClass().add("edge");
        line.getStyleClass().add("edge-path");
        head.getStyleClass().add("edge-head");
        label.getStyleClass().add("edge-label");
        // centred on the midpoint whatever size CSS gives it
        label.translateXProperty().bind(label.widthProperty().divide(-2));
        label.translateYProperty().bind(label.heightProperty().divide(-2));
        // a wide transparent twin of the line makes a thin arrow easy to click
        hitArea.getStyleClass().add("edge-hit");
        hitArea.setStrokeWidth(12);
        hitArea.setOpacity(0);
        getChildren().addAll(hitArea, line, head);
        this.edge = edge;
        label.setText(edge.label());
        label.setVisible(!edge.label().isBlank());
    }

    /** The label, which the board view draws above the boxes so a short arrow never hides it. */
    public Label label() {
        return label;
    }

    public Edge edge() {
        return edge;
    }

    public void setEdge(Edge e) {
        edge = e;
        label.setText(e.label());
        label.setVisible(!e.label().isBlank());
    }

    /** The distance from a board point to the arrow's line, for hit testing. */
    public double distanceTo(double px, double py) {
        return ArrowGeometry.distanceToSegment(px, py, line.getStartX(), line.getStartY(), line.getEndX(), line.getEndY());
    }

    /** Re-routes the arrow between the current bounds of its two boxes. */
    public void route(Rect from, Rect to) {
        double[] seg = ArrowGeometry.clippedSegment(from, to);
        line.setStartX(seg[0]);
        line.setStartY(seg[1]);
        line.setEndX(seg[2]);
        line.setEndY(seg[3]);
        hitArea.setStartX(seg[0]);
        hitArea.setStartY(seg[1]);
        hitArea.setEndX(seg[2]);
        hitArea.setEndY(seg[3]);
        head.getPoints().setAll(ArrowGeometry.head(seg, HEAD_LENGTH, HEAD_WIDTH));
        label.relocate((seg[0] + seg[2]) / 2, (seg[1] + seg[3]) / 2);
    }
}
