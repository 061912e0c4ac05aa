package org.stageboard.export;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.stageboard.export.vector.ExportFonts;
import org.stageboard.export.vector.VectorBoardPainter;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Rect;

/**
 * A board ready to be drawn as pixels by the painter every picture export shares ({@link VectorBoardPainter}, the
 * pixel look), a rectangle of the picture at a time, with Java2D: no JavaFX toolkit, from any threads (several
 * rectangles may be drawn at once, each into its own image).
 * Only what touches a rectangle is drawn into it, so a huge picture can be drawn strip by strip.
 */
public final class BoardRaster {
    private final VectorBoardPainter painter;
    private final VectorBoardPainter.Prepared prepared;

    private BoardRaster(VectorBoardPainter painter, VectorBoardPainter.Prepared prepared) {
        this.painter = painter;
        this.prepared = prepared;
    }

    /** The part of {@code board} that {@code options} export, laid out; refuses an empty one. */
    public static BoardRaster of(Board board, ExportOptions options) throws ExportException {
        Board exported = options.contentOf(board);
        if (exported.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        VectorBoardPainter painter = VectorBoardPainter.forPixels(ExportFonts.forPixels());
        return new BoardRaster(painter, painter.prepare(exported, options));
    }

    /** The exported area in board units, without padding: the boxes and the arrow labels. */
    public Rect content() {
        return prepared.content();
    }

    /** The picture's pixel rectangle at {@code scale}. */
    public PixelArea pixels(double scale) {
        return PixelArea.of(prepared.area(), scale);
    }

    /** True when the picture has an opaque background, so its pixels need no alpha channel. */
    public boolean opaque() {
        return prepared.background() != null;
    }

    /** An image to draw {@code w x h} pixels into: RGB when the picture is opaque, ARGB (not premultiplied) if not. */
    public BufferedImage newImage(int w, int h) {
        return new BufferedImage(w, h, opaque() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    }

    /** The pixels of an image from {@link #newImage}, one int a pixel, row after row. */
    static int[] pixelsOf(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Draws the picture's pixels from {@code x, y} at {@code scale} into {@code into} (from {@link #newImage}),
     * covering it, where {@code pixels} is the whole picture's rectangle.
     */
    public void draw(double scale, PixelArea pixels, int x, int y, BufferedImage into) {
        Graphics2D g = into.createGraphics();
        try {
            if (opaque()) {
                g.setColor(prepared.background());
                g.fillRect(0, 0, into.getWidth(), into.getHeight());
            } else {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(0, 0, into.getWidth(), into.getHeight());
                g.setComposite(AlphaComposite.SrcOver);
            }
            VectorBoardPainter.hints(g);
            double left = pixels.originX() + x;
            double top = pixels.originY() + y;
            g.translate(-left, -top);
            g.scale(scale, scale);
            Rect visible = new Rect(left / scale, top / scale, into.getWidth() / scale, into.getHeight() / scale);
            painter.paint(g, prepared, visible);
        } finally {
            g.dispose();
        }
    }
}
