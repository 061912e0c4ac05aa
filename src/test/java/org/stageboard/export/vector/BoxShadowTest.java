package org.stageboard.export.vector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shadow copied from an image stretched once per size is the shadow stretched through the transform. */
class BoxShadowTest {
    @ParameterizedTest
    @CsvSource({"1, 220, 140", "2, 220, 140", "3, 100, 60", "1.5, 180, 90", "1, 20, 20", "3, 900, 500"})
    void theCopiedShadowIsTheStretchedOne(double scale, int w, int h) {
        BufferedImage copied = drawn(scale, w, h, true);
        BufferedImage stretched = drawn(scale, w, h, false);
        int worst = 0;
        long shaded = 0;
        // every pixel's blue level, read from the images' own int arrays (the largest case has 8 million pixels)
        int[] copiedPixels = pixels(copied);
        int[] stretchedPixels = pixels(stretched);
        for (int i = 0; i < copiedPixels.length; i++) {
            int a = copiedPixels[i] & 0xff;
            int b = stretchedPixels[i] & 0xff;
            worst = Math.max(worst, Math.abs(a - b));
            shaded += 255 - a;
        }
        // bilinear sampling at whole pixels against at the box's exact place: a level or two at the edges
        assertTrue(worst <= 6, "largest difference " + worst);
        assertTrue(shaded > 0, "a shadow is drawn");
    }

    /** The pixels of a TYPE_INT_RGB image, row by row, as 0xRRGGBB: what getRGB(x, y) gives, less the alpha byte. */
    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private static BufferedImage drawn(double scale, int w, int h, boolean copied) {
        int size = (int) Math.ceil((Math.max(w, h) + 40) * scale);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.scale(scale, scale);
        if (copied) {
            BoxShadow.drawOnPixels(g, 20, 20, w, h, 8);
        } else {
            BoxShadow.draw(g, 20, 20, w, h, 8);
        }
        g.dispose();
        return img;
    }
}
