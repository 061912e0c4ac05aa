package org.stageboard.ui.gallery;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Rect;

/**
 * The gallery's default thumbnail: each box as a rounded rectangle with its title, and straight lines for arrows,
 * scaled to fit. The integrator can pass the real box renderer to {@link TemplateGallery} instead.
 */
public final class PipelinePreview {
    public static final double WIDTH = 620;
    public static final double HEIGHT = 350;

    private PipelinePreview() {
    }

    public static Node render(Board board) {
        Pane drawing = new Pane();
        for (Edge e : board.edges()) {
            var from = board.node(e.from());
            var to = board.node(e.to());
            if (from.isPresent() && to.isPresent()) {
                Rect a = from.get().bounds();
                Rect b = to.get().bounds();
                Line line = new Line(a.centerX(), a.centerY(), b.centerX(), b.centerY());
                line.setStroke(Color.gray(0.55));
                line.setStrokeWidth(3);
                drawing.getChildren().add(line);
            }
        }
        for (org.stageboard.model.Node n : board.nodes()) {
            Rectangle box = new Rectangle(n.x(), n.y(), n.width(), n.height());
            box.setArcWidth(16);
            box.setArcHeight(16);
            box.setFill(Color.web("#f7f9fc"));
            box.setStroke(Color.web("#5b7db1"));
            box.setStrokeWidth(2);
            Text title = new Text(n.x() + 12, n.y() + 30, n.title());
            title.setFont(Font.font(null, FontWeight.BOLD, 18));
            title.setWrappingWidth(n.width() - 24);
            title.getStyleClass().add("preview-title");
            drawing.getChildren().addAll(box, title);
        }
        // from the model, not the Pane: a Pane has no size until the first layout pass
        Rect all = board.bounds();
        double right = all == null ? 1 : Math.max(1, all.maxX());
        double bottom = all == null ? 1 : Math.max(1, all.maxY());
        double scale = Math.min(WIDTH / right, HEIGHT / bottom);
        drawing.getTransforms().add(new Scale(scale, scale, 0, 0)); // about the top-left corner
        Group preview = new Group(drawing);
        preview.getStyleClass().add("pipeline-preview");
        return preview;
    }
}
