package org.stageboard.render;

import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.transform.Scale;
import org.stageboard.model.Board;
import org.stageboard.model.Rect;

/** A read-only, scaled-down drawing of a board (gallery previews, replay), made of the same views as the canvas. */
public final class BoardThumbnail {
    private BoardThumbnail() {
    }

    /** The board drawn to fit within maxWidth x maxHeight, never enlarged. */
    public static Parent of(Board board, double maxWidth, double maxHeight) {
        BoardView view = new BoardView();
        view.show(board);
        Rect bounds = board.bounds();
        Group holder = new Group(view);
        holder.getStylesheets().add(BoardView.STYLESHEET);
        holder.setMouseTransparent(true);
        if (bounds != null) {
            double s = Math.min(1, Math.min(maxWidth / Math.max(1, bounds.width()), maxHeight / Math.max(1, bounds.height())));
            view.getTransforms().setAll(new Scale(s, s), new javafx.scene.transform.Translate(-bounds.x(), -bounds.y()));
        }
        return holder;
    }
}
