package org.stageboard.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.render.BoxView;

/**
 * A stage dragged from the palette onto the canvas: while it is dragged, a see-through box shows where it would land
 * (snapped as the drop will be, hidden while the pointer is off the canvas); the drop adds the box there.
 */
public final class PaletteDrop {
    private final BoardCanvas canvas;
    private final Group world;
    /** The box the dragged item would drop as; null when nothing is dragged over the canvas. */
    private BoxView ghost;

    PaletteDrop(BoardCanvas canvas, Group world) {
        this.canvas = canvas;
        this.world = world;
    }

    /** Adds a box where a palette item was dropped, given in scene coordinates; false off the canvas. */
    public boolean drop(Stage stage, double sceneX, double sceneY) {
        hideGhost();
        Point2D corner = corner(sceneX, sceneY);
        if (corner == null) {
            return false;
        }
        canvas.addBoxAt(stage, corner.getX(), corner.getY());
        return true;
    }

    public void showGhost(Stage stage, double sceneX, double sceneY) {
        Point2D corner = corner(sceneX, sceneY);
        if (corner == null) {
            hideGhost();
            return;
        }
        Node preview = Node.of("drop-ghost", stage, Messages.stageName(stage),
                canvas.snap(corner.getX()), canvas.snap(corner.getY()));
        if (ghost == null || ghost.node().stage() != stage) {
            hideGhost();
            ghost = new BoxView(preview);
            ghost.setId("drop-ghost");
            ghost.getStyleClass().addAll("drop-ghost", "board-view");
            ghost.setMouseTransparent(true);
            world.getChildren().add(ghost);
        }
        ghost.update(preview);
    }

    public void hideGhost() {
        if (ghost != null) {
            world.getChildren().remove(ghost);
            ghost = null;
        }
    }

    /** The ghost's board position while a palette item is dragged over the canvas, or null. */
    public Point2D ghostPosition() {
        return ghost == null ? null : new Point2D(ghost.node().x(), ghost.node().y());
    }

    /** The board point a box dropped at a scene point gets as its top-left corner, or null off the canvas. */
    private Point2D corner(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        if (local == null || !canvas.getLayoutBounds().contains(local)) {
            return null;
        }
        Point2D b = canvas.session().viewport().toBoard(local.getX(), local.getY());
        return new Point2D(b.getX() - Node.DEFAULT_WIDTH / 2, b.getY() - Node.DEFAULT_HEIGHT / 2);
    }
}
