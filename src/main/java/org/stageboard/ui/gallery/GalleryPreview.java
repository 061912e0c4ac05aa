package org.stageboard.ui.gallery;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The gallery's picture of the board a choice would open, scaled up to fill the room the window gives it (the drawing
 * is made of live nodes, so it stays sharp), so the box text is readable in a big window rather than a fixed thumbnail
 * in a sea of space.
 */
final class GalleryPreview extends StackPane {
    /** Largest scale that still fits. */
    private static final double MAX_ZOOM = 2.5;

    GalleryPreview() {
        setId("gallery-preview");
        setPrefSize(PipelinePreview.WIDTH, PipelinePreview.HEIGHT);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setAlignment(Pos.TOP_LEFT);
        widthProperty().addListener((o, a, b) -> fit());
        heightProperty().addListener((o, a, b) -> fit());
    }

    /** Shows {@code drawing}, or nothing when null. */
    void show(Node drawing) {
        List<Group> drawn = drawing == null ? List.of() : List.of(new Group(drawing));
        // placed by fit, not centred by the pane's layout pass, which can run before the last refit
        drawn.forEach(g -> g.setManaged(false));
        getChildren().setAll(drawn);
        // the drawing settles its size once styled and laid out: fit again when it does
        drawn.forEach(g -> g.getChildren().get(0).boundsInParentProperty().addListener((o, a, b) -> fit()));
        fit();
    }

    /** Largest scale that still fits, centred. */
    private void fit() {
        if (getChildren().isEmpty() || !(getChildren().get(0) instanceof Group g) || g.getChildren().isEmpty()) {
            return;
        }
        Bounds b = g.getChildren().get(0).getBoundsInParent();
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || getWidth() <= 0) {
            return;
        }
        double zoom = Math.min(MAX_ZOOM, Math.min((getWidth() - 4) / b.getWidth(), (getHeight() - 4) / b.getHeight()));
        zoom = Math.max(zoom, 0.1);
        g.getTransforms().setAll(new Scale(zoom, zoom, 0, 0), new Translate(-b.getMinX(), -b.getMinY()));
        g.setLayoutX(Math.max(0, (getWidth() - b.getWidth() * zoom) / 2));
        g.setLayoutY(Math.max(0, (getHeight() - b.getHeight() * zoom) / 2));
    }

    /** The drawing's scale (tests check it grows with the window). */
    double zoom() {
        if (!getChildren().isEmpty() && getChildren().get(0) instanceof Group g && !g.getTransforms().isEmpty()
                && g.getTransforms().get(0) instanceof Scale sc) {
            return sc.getX();
        }
        return 1;
    }
}
