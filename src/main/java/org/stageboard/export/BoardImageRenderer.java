package org.stageboard.export;

import java.awt.image.BufferedImage;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Rect;

/**
 * Draws a board into one JavaFX image for the window's export dialog (its preview, and Copy PNG) with the painter
 * every picture export shares ({@link BoardRaster}), so the preview and the clipboard show what the PNG file holds.
 *
 * <p>The exported area is the union of the boxes and the arrow labels; drop shadows are not counted (with the
 * default padding they fit in the margin; with padding 0 they are cut). The picture is drawn in tiles of at most
 * {@code tile} pixels a side, so the scratch image stays small. This renderer holds the whole image in memory (the clipboard and the preview need one), so
 * an image beyond {@code maxSide} or {@code maxPixels} is scaled down, with a warning; files are written at full
 * size whatever their size by {@link PngStream}, a strip at a time.
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
        BoardRaster staged = BoardRaster.of(board, options);
        Rect area = staged.content().inflate(options.padding());
        PixelArea wanted = PixelArea.of(area, options.scale());
        double scale = options.scale();
        String warning = null;
        if (!fits(wanted)) {
            scale = scaleToFit(area, options.scale());
            PixelArea reduced = PixelArea.of(area, scale);
            warning = Messages.get("export.warning.downscaled", String.valueOf(wanted.width()),
                    String.valueOf(wanted.height()), String.valueOf(maxSide),
                    String.valueOf(maxPixels / 1_000_000), String.valueOf(reduced.width()),
                    String.valueOf(reduced.height()));
        }
        PixelArea size = PixelArea.of(area, scale);
        WritableImage image = new WritableImage(size.width(), size.height());
        int tiles = drawTiles(staged, scale, size, image);
        return new ExportResult(image, size.width(), size.height(), scale, staged.content(), tiles, warning);
    }

    /**
     * A picture of {@code board} small enough to show in {@code maxWidth} x {@code maxHeight} pixels (drawn at
     * twice that, so a smooth scale-down stays sharp; never above the requested scale), with the full size a file
     * export will have. Must run on the JavaFX application thread.
     */
    public Preview preview(Board board, ExportOptions options, double maxWidth, double maxHeight)
            throws ExportException {
        BoardRaster staged = BoardRaster.of(board, options);
        Rect area = staged.content().inflate(options.padding());
        PixelArea full = PixelArea.of(area, options.scale());
        double fit = Math.min(2 * maxWidth / area.width(), 2 * maxHeight / area.height());
        double scale = Math.min(options.scale(), fit);
        PixelArea shown = PixelArea.of(area, scale);
        WritableImage image = new WritableImage(shown.width(), shown.height());
        drawTiles(staged, scale, shown, image);
        return new Preview(image, full.width(), full.height());
    }

    /** Draws {@code staged} tile by tile into {@code image}, which is {@code size}; returns the tile count. */
    private int drawTiles(BoardRaster staged, double scale, PixelArea size, WritableImage image) {
        int tiles = 0;
        BufferedImage part = null;
        for (int ty = 0; ty < size.height(); ty += tile) {
            for (int tx = 0; tx < size.width(); tx += tile) {
                int w = Math.min(tile, size.width() - tx);
                int h = Math.min(tile, size.height() - ty);
                if (part == null || part.getWidth() != w || part.getHeight() != h) {
                    part = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                }
                staged.draw(scale, size, tx, ty, part);
                image.getPixelWriter().setPixels(tx, ty, w, h, PixelFormat.getIntArgbInstance(),
                        BoardRaster.pixelsOf(part), 0, w);
                tiles++;
            }
        }
        return tiles;
    }

    /** A picture for the screen and the pixel size of the exported file it stands for. */
    public record Preview(WritableImage image, int width, int height) {
    }

    private boolean fits(PixelArea s) {
        return s.width() <= maxSide && s.height() <= maxSide && (long) s.width() * s.height() <= maxPixels;
    }

    /** The largest scale at or below {@code requested} whose image fits the limits. */
    private double scaleToFit(Rect area, double requested) {
        // rounding the image's edges outwards to whole pixels can add up to two pixels a side
        double s = Math.min(requested, Math.min((maxSide - 2) / area.width(), (maxSide - 2) / area.height()));
        s = Math.min(s, Math.sqrt(maxPixels / ((area.width() + 2) * (area.height() + 2))));
        while (!fits(PixelArea.of(area, s))) {
            s *= 0.9999;
        }
        return s;
    }
}
