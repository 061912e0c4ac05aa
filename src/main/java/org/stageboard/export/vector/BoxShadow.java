package org.stageboard.export.vector;

import ar.com.hjg.pngj.IImageLine;
import ar.com.hjg.pngj.ImageLineInt;
import ar.com.hjg.pngj.PngReader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private BoxShadow() {
    }

    /** Draws the shadow of the box {@code x, y, w, h} reaching {@code reach} units outside it. */
    static void draw(Graphics2D g, double x, double y, double w, double h, double reach) {
        BufferedImage img = image();
        int iw = img.getWidth();
        int ih = img.getHeight();
        double[] dx = {x - reach, x - reach + SLICE, x + w + reach - SLICE, x + w + reach};
        double[] dy = {y - reach, y - reach + SLICE, y + h + reach - SLICE, y + h + reach};
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
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform();
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
