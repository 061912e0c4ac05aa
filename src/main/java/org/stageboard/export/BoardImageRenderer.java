package org.stageboard.export;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.ui.render.ArrowView;
import org.stageboard.ui.render.BoardView;

/**
 * Draws a board into an image with the same {@link BoardView} the editor shows, in an offscreen scene (so
 * selection, handles and the grid are never part of it).
 *
 * <p>The exported area is the union of the boxes and the arrow labels; drop shadows are not counted (with the
 * default padding they fit in the margin; with padding 0 they are cut). One snapshot is at most {@code tile}
 * pixels a side, because graphics pipelines refuse or blank textures beyond their limit; larger images are
 * stitched from tiles. An image beyond {@code maxSide} or {@code maxPixels} is scaled down, with a warning,
 * rather than failing for lack of memory.
 */
public final class BoardImageRenderer {
    public static final int DEFAULT_TILE = 4096;
    public static final int DEFAULT_MAX_SIDE = 16384;
    /** 64 megapixels: 256 MB as an image, and as much again while encoding the PNG. */
    public static final long DEFAULT_MAX_PIXELS = 64L * 1000 * 1000;

    private final int tile;
    private final int maxSide;
    private final long maxPixels;

    public BoardImageRenderer() {
        this(DEFAULT_TILE, DEFAULT_MAX_SIDE, DEFAULT_MAX_PIXELS);
    }

    /** Smaller limits let tests exercise tiling and scaling down without huge images. */
    BoardImageRenderer(int tile, int maxSide, long maxPixels) {
        this.tile = tile;
        this.maxSide = maxSide;
        this.maxPixels = maxPixels;
    }

    /** Renders from any thread but the FX thread's own callers (it waits there); the toolkit must be running. */
    public ExportResult renderAndWait(Board board, ExportOptions options) throws ExportException {
        try {
            return FxThread.call(() -> render(board, options));
        } catch (ExportException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ExportException(Messages.get("export.error.render", e.getMessage()), e);
        }
    }

    /** Renders {@code board} as {@code options} say. Must run on the JavaFX application thread. */
    public ExportResult render(Board board, ExportOptions options) throws ExportException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(Messages.get("export.error.notFxThread"));
        }
        Board content = options.contentOf(board);
        if (content.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        BoardView view = stage(content, options.background());
        Rect area = contentBounds(view, content).inflate(options.padding());

        Size wanted = Size.of(area, options.scale());
        double scale = options.scale();
        String warning = null;
        if (!fits(wanted)) {
            scale = scaleToFit(area, options.scale());
            Size reduced = Size.of(area, scale);
            warning = Messages.get("export.warning.downscaled", String.valueOf(wanted.width()),
                    String.valueOf(wanted.height()), String.valueOf(maxSide),
                    String.valueOf(maxPixels / 1_000_000), String.valueOf(reduced.width()),
                    String.valueOf(reduced.height()));
        }
        Size size = Size.of(area, scale);
        WritableImage image = new WritableImage(size.width(), size.height());
        int tiles = snapshotTiles(view, options.background(), scale, size, image);
        return new ExportResult(image, size.width(), size.height(), scale,
                area.inflate(-options.padding()), tiles, warning);
    }

    /** A fresh BoardView showing {@code content} in an offscreen scene, styled and laid out. */
    private static BoardView stage(Board content, ExportOptions.Background background) {
        BoardView view = new BoardView();
        Group root = new Group(view);
        if (background == ExportOptions.Background.DARK) {
            root.getStyleClass().add("board-dark");
        }
        Scene scene = new Scene(root);
        scene.setFill(Color.TRANSPARENT);
        scene.getStylesheets().add(BoardView.STYLESHEET);
        view.show(content);
        // labels centre themselves on their arrows once CSS has sized them (see ArrowView)
        root.applyCss();
        root.layout();
        return view;
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

    private boolean fits(Size s) {
        return s.width() <= maxSide && s.height() <= maxSide && (long) s.width() * s.height() <= maxPixels;
    }

    /** The largest scale at or below {@code requested} whose image fits the limits. */
    private double scaleToFit(Rect area, double requested) {
        // rounding the image's edges outwards to whole pixels can add up to two pixels a side
        double s = Math.min(requested, Math.min((maxSide - 2) / area.width(), (maxSide - 2) / area.height()));
        s = Math.min(s, Math.sqrt(maxPixels / ((area.width() + 2) * (area.height() + 2))));
        while (!fits(Size.of(area, s))) {
            s *= 0.9999;
        }
        return s;
    }

    /** Snapshots {@code size} in tiles of at most {@code tile} pixels and copies each into {@code into}. */
    private int snapshotTiles(BoardView view, ExportOptions.Background background, double scale, Size size,
                              WritableImage into) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(background.css() == null ? Color.TRANSPARENT : Color.web(background.css()));
        int count = 0;
        for (int ty = 0; ty < size.height(); ty += tile) {
            for (int tx = 0; tx < size.width(); tx += tile) {
                int w = Math.min(tile, size.width() - tx);
                int h = Math.min(tile, size.height() - ty);
                // the viewport is in scaled (image) pixels: the snapshot transform is applied before it
                params.setViewport(new Rectangle2D(size.originX() + tx, size.originY() + ty, w, h));
                WritableImage part = view.snapshot(params, null);
                into.getPixelWriter().setPixels(tx, ty, w, h, part.getPixelReader(), 0, 0);
                count++;
            }
        }
        return count;
    }

    /** The image rectangle, in whole pixels, that covers {@code area} at {@code scale}. */
    private record Size(int originX, int originY, int width, int height) {
        static Size of(Rect area, double scale) {
            int x0 = (int) Math.floor(area.x() * scale);
            int y0 = (int) Math.floor(area.y() * scale);
            int w = Math.max(1, (int) Math.ceil(area.maxX() * scale) - x0);
            int h = Math.max(1, (int) Math.ceil(area.maxY() * scale) - y0);
            return new Size(x0, y0, w, h);
        }
    }
}
