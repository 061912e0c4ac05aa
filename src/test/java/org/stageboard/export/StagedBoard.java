package org.stageboard.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.render.BoardView;

/**
 * The canvas's own picture of a board, for tests and benchmarks: the board laid out with the editor's views
 * ({@code render.BoardView}) in an offscreen scene, snapshotted. It was the PNG export before the export drew with
 * the Java2D painter ({@link BoardRaster}); tests compare the two, benchmarks time the new against it.
 * The area its picture covers. Every method runs on the
 * JavaFX application thread. Snapshots are taken of pixel rectangles of the picture at a scale, so a picture of
 * any size can be drawn a part at a time.
 */
final class StagedBoard {
    /** Board units around a box or arrow still counted as touching a tile: room for the box shadow. */
    private static final double CULL_MARGIN = 16;

    private final BoardView view;
    private final Rect content;
    private final Rect area;
    private final Color fill;
    private final List<javafx.scene.Node> parts = new ArrayList<>();
    private final SnapshotParameters params = new SnapshotParameters();
    private WritableImage scratch;

    private StagedBoard(BoardView view, Rect content, int padding, Color fill) {
        this.view = view;
        this.content = content;
        this.area = content.inflate(padding);
        this.fill = fill;
        for (javafx.scene.Node layer : view.getChildrenUnmodifiable()) {
            if (layer instanceof Parent p) {
                // only what the board shows: an arrow without a label keeps its label hidden
                p.getChildrenUnmodifiable().stream().filter(javafx.scene.Node::isVisible).forEach(parts::add);
            }
        }
        params.setFill(fill);
    }

    /** Lays {@code board}'s part that {@code options} export out offscreen; refuses an empty one. */
    static StagedBoard of(Board board, ExportOptions options) throws ExportException {
        Board exported = options.contentOf(board);
        if (exported.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        ExportOptions.Background background = options.background();
        BoardView view = new BoardView();
        Group root = new Group(view);
        if (background == ExportOptions.Background.DARK) {
            root.getStyleClass().add("board-dark");
        }
        Scene scene = new Scene(root);
        scene.setFill(Color.TRANSPARENT);
        scene.getStylesheets().add(BoardView.STYLESHEET);
        view.show(exported);
        // labels centre themselves on their arrows once CSS has sized them (see ArrowView)
        root.applyCss();
        root.layout();
        Color fill = background.css() == null ? Color.TRANSPARENT : Color.web(background.css());
        return new StagedBoard(view, contentBounds(view, exported), options.padding(), fill);
    }

    /** The exported area in board units, without padding: the boxes and the arrow labels. */
    Rect content() {
        return content;
    }

    /** The picture's pixel rectangle at {@code scale}. */
    PixelArea pixels(double scale) {
        return PixelArea.of(area, scale);
    }

    /** True when the picture has an opaque background, so its pixels need no alpha channel. */
    boolean opaque() {
        return fill.isOpaque();
    }

    /**
     * Draws the picture's rows {@code y .. y+rows} at {@code scale} into {@code into} (ARGB, not premultiplied,
     * {@code pixels.width()} a row), as snapshots at most {@code tile} pixels wide. Returns how many it took.
     */
    int drawRows(double scale, PixelArea pixels, int y, int rows, int tile, int[] into) {
        int count = 0;
        for (int x = 0; x < pixels.width(); x += tile) {
            int w = Math.min(tile, pixels.width() - x);
            if (scratch == null || scratch.getWidth() != w || scratch.getHeight() != rows) {
                scratch = new WritableImage(w, rows);
            }
            WritableImage shot = snapshot(scale, pixels, x, y, w, rows, scratch);
            shot.getPixelReader().getPixels(0, 0, w, rows, PixelFormat.getIntArgbInstance(), into, x, pixels.width());
            count++;
        }
        return count;
    }

    /**
     * A snapshot of the picture's pixels {@code x, y, w, h} at {@code scale}, into {@code reuse} when it is not
     * null and has that size.
     */
    WritableImage snapshot(double scale, PixelArea pixels, int x, int y, int w, int h, WritableImage reuse) {
        params.setTransform(Transform.scale(scale, scale));
        Rectangle2D viewport = new Rectangle2D(pixels.originX() + x, pixels.originY() + y, w, h);
        showOnly(viewport, scale);
        // the viewport is in scaled (image) pixels: the snapshot transform is applied before it
        params.setViewport(viewport);
        return view.snapshot(params, reuse);
    }

    /**
     * Hides the boxes, arrows and labels that do not touch {@code viewport}: a snapshot walks every visible node
     * whatever its viewport, so a strip of a big board would otherwise draw the whole board each time.
     */
    private void showOnly(Rectangle2D viewport, double scale) {
        double minX = viewport.getMinX() / scale - CULL_MARGIN;
        double minY = viewport.getMinY() / scale - CULL_MARGIN;
        double maxX = viewport.getMaxX() / scale + CULL_MARGIN;
        double maxY = viewport.getMaxY() / scale + CULL_MARGIN;
        for (javafx.scene.Node n : parts) {
            Bounds b = n.getBoundsInParent();
            n.setVisible(b.getMaxX() >= minX && b.getMinX() <= maxX && b.getMaxY() >= minY && b.getMinY() <= maxY);
        }
    }

    /** The boxes' bounds joined with every visible arrow label (the only part of an arrow outside the boxes). */
    private static Rect contentBounds(BoardView view, Board content) {
        List<Rect> parts = new ArrayList<>();
        for (Node n : content.nodes()) {
            parts.add(n.bounds());
        }
        for (javafx.scene.Node label : view.lookupAll(".edge-label")) {
            if (label.isVisible()) {
                Bounds b = view.sceneToLocal(label.localToScene(label.getLayoutBounds()));
                parts.add(new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        return Rect.around(parts);
    }
}
