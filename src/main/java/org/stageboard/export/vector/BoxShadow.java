package org.stageboard.export.vector;

import ar.com.hjg.pngj.IImageLine;
import ar.com.hjg.pngj.ImageLineInt;
import ar.com.hjg.pngj.PngReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A box's soft shadow in a picture, drawn as the canvas draws it: board.css's pre-blurred nine-slice image
 * ({@code render/box-shadow.png}, slices of 16 px, laid 8 units outside the box, the middle left empty), so the PNG
 * shows the very pixels the canvas does at next to no cost. Read with PNGJ, which the export loads anyway, so the
 * command line does not pay for starting ImageIO.
 */
final class BoxShadow {
    private static final String IMAGE = "/org/stageboard/render/box-shadow.png";
    /** board.css: -fx-border-image-slice and -fx-border-image-width. */
    private static final int SLICE = 16;
    private static volatile BufferedImage image;
    /**
     * Shadows already stretched to a box size in device pixels: stretching the slices through a transform on every
     * box was the largest cost of drawing a board (a board's boxes come in a few sizes), where copying a ready
     * image is a plain blit.
     */
    private static final Map<List<Integer>, BufferedImage> STRETCHED = new LinkedHashMap<>(16, 0.75f, true);
    /** The most pixels one stretched shadow may have; a bigger box's shadow is stretched as it is drawn. */
    private static final long LARGEST = 1L << 20;
    /** The most pixels all kept shadows may have together (32 MB): memory stays bounded whatever the board. */
    private static final long KEPT = 8L << 20;
    private static long keptPixels;

    private BoxShadow() {
    }

    /**
     * Draws the shadow as {@link #draw} does, on a device reached by a translation and a scale (a picture's strip):
     * from an image stretched once per box size, at whole device pixels (a blur has no edge to place finer).
     */
    static void drawOnPixels(Graphics2D g, double x, double y, double w, double h, double reach) {
        AffineTransform t = g.getTransform();
        double s = t.getScaleX();
        if ((t.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE)) != 0 || s <= 0) {
            draw(g, x, y, w, h, reach);
            return;
        }
        int x0 = (int) Math.round((x - reach) * s + t.getTranslateX());
        int y0 = (int) Math.round((y - reach) * s + t.getTranslateY());
        int x1 = (int) Math.round((x + w + reach) * s + t.getTranslateX());
        int y1 = (int) Math.round((y + h + reach) * s + t.getTranslateY());
        int band = (int) Math.ceil(SLICE * s);
        int pw = x1 - x0;
        int ph = y1 - y0;
        if (pw < 2 * band || ph < 2 * band || (long) pw * ph > LARGEST) {
            draw(g, x, y, w, h, reach);
            return;
        }
        BufferedImage img = stretched(pw, ph, band);
        g.setTransform(new AffineTransform());
        try {
            // the four bands around the middle, which the box covers
            g.drawImage(img, x0, y0, x1, y0 + band, 0, 0, pw, band, null);
            g.drawImage(img, x0, y1 - band, x1, y1, 0, ph - band, pw, ph, null);
            g.drawImage(img, x0, y0 + band, x0 + band, y1 - band, 0, band, band, ph - band, null);
            g.drawImage(img, x1 - band, y0 + band, x1, y1 - band, pw - band, band, pw, ph - band, null);
        } finally {
            g.setTransform(t);
        }
    }

    private static BufferedImage stretched(int pw, int ph, int band) {
        List<Integer> key = List.of(pw, ph, band);
        synchronized (STRETCHED) {
            BufferedImage img = STRETCHED.get(key);
            if (img == null) {
                img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                double unit = band / (double) SLICE;
                draw(g, 0, 0, pw / unit, ph / unit, 0, unit);
                g.dispose();
                STRETCHED.put(key, img);
                keptPixels += (long) pw * ph;
                var eldest = STRETCHED.entrySet().iterator();
                while (keptPixels > KEPT && eldest.hasNext()) {
                    BufferedImage gone = eldest.next().getValue();
                    if (gone != img) {
                        keptPixels -= (long) gone.getWidth() * gone.getHeight();
                        eldest.remove();
                    }
                }
            }
            return img;
        }
    }

    /** Draws the shadow of the box {@code x, y, w, h} reaching {@code reach} units outside it. */
    static void draw(Graphics2D g, double x, double y, double w, double h, double reach) {
        draw(g, x, y, w, h, reach, 1);
    }

    /** {@link #draw} with slices {@code unit} device units to a slice pixel (the image drawn with no transform). */
    private static void draw(Graphics2D g, double x, double y, double w, double h, double reach, double unit) {
        BufferedImage img = image();
        int iw = img.getWidth();
        int ih = img.getHeight();
        double[] dx = {x - reach, x - reach + SLICE, x + w + reach - SLICE, x + w + reach};
        double[] dy = {y - reach, y - reach + SLICE, y + h + reach - SLICE, y + h + reach};
        for (int i = 0; i < 4; i++) {
            dx[i] *= unit;
            dy[i] *= unit;
        }
        int[] sx = {0, SLICE, iw - SLICE, iw};
        int[] sy = {0, SLICE, ih - SLICE, ih};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                if (row == 1 && col == 1) {
                    continue; // no "fill": the box covers its middle
                }
                slice(g, img, dx[col], dy[row], dx[col + 1], dy[row + 1], sx[col], sy[row], sx[col + 1], sy[row + 1]);
            }
        }
    }

    private static void slice(Graphics2D g, BufferedImage img, double x0, double y0, double x1, double y1, int sx0,
                              int sy0, int sx1, int sy1) {
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        AffineTransform at = new AffineTransform();
        at.translate(x0, y0);
        at.scale((x1 - x0) / (sx1 - sx0), (y1 - y0) / (sy1 - sy0));
        g.drawImage(img.getSubimage(sx0, sy0, sx1 - sx0, sy1 - sy0), at, null);
    }

    static BufferedImage image() {
        BufferedImage img = image;
        if (img == null) {
            img = read();
            image = img;
        }
        return img;
    }

    private static BufferedImage read() {
        try (InputStream in = BoxShadow.class.getResourceAsStream(IMAGE)) {
            if (in == null) {
                throw new IOException(IMAGE + " is missing");
            }
            PngReader png = new PngReader(in);
            int w = png.imgInfo.cols;
            int h = png.imgInfo.rows;
            int channels = png.imgInfo.channels;
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                IImageLine line = png.readRow();
                int[] s = ((ImageLineInt) line).getScanline();
                for (int x = 0; x < w; x++) {
                    int i = x * channels;
                    int a = channels == 4 ? s[i + 3] : 255;
                    out.setRGB(x, y, a << 24 | s[i] << 16 | s[i + 1] << 8 | s[i + 2]);
                }
            }
            png.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
