package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Makes the boxes' shadow image (box-shadow.png, a nine-slice border image in board.css) and checks the shipped one
 * is exactly it: dropshadow(gaussian, rgba(0,0,0,0.18), radius 6, offset 0 2) of a box with corner radius 7, blurred
 * here once, with the box itself cut out so the slices drawn over the box's edge leave it untouched. 33 x 33 px: 8
 * px outside the box, 8 inside (the corner), 1 stretched middle. To remake it after changing the numbers:
 * {@code java -cp target/test-classes org.stageboard.render.BoxShadowImageTest
 * src/main/resources/org/stageboard/render/box-shadow.png}.
 */
class BoxShadowImageTest {
    static final int M = 8, IN = 8, W = 2 * (M + IN) + 1, SS = 8;
    static final double R = 7, SIGMA = 2.0, ALPHA = 0.18, DY = 2;

    /** Coverage of the rounded box [M, W-M) shifted by dy, at pixel (x, y), supersampled. */
    static double cover(int x, int y, double dy) {
        int n = 0;
        for (int i = 0; i < SS; i++) for (int j = 0; j < SS; j++) {
            double px = x + (i + 0.5) / SS, py = y + (j + 0.5) / SS - dy;
            if (inside(px, py)) n++;
        }
        return n / (double) (SS * SS);
    }

    static boolean inside(double px, double py) {
        double x0 = M, y0 = M, x1 = W - M, y1 = W - M;
        if (px < x0 || px >= x1 || py < y0 || py >= y1) return false;
        double cx = Math.max(x0 + R, Math.min(x1 - R, px)), cy = Math.max(y0 + R, Math.min(y1 - R, py));
        return (px - cx) * (px - cx) + (py - cy) * (py - cy) <= R * R;
    }

    /** The image, pixel for pixel, as ARGB. */
    static BufferedImage generate() {
        // the shadow shape on a larger canvas so the blur does not hit the edges
        int P = 12, S = W + 2 * P;
        double[][] shape = new double[S][S];
        for (int y = 0; y < S; y++) for (int x = 0; x < S; x++) shape[y][x] = cover(x - P, y - P, DY);
        int k = 6;  // JavaFX's gaussian radius 6 (sigma = radius / 3)
        double[] kern = new double[2 * k + 1];
        double sum = 0;
        for (int i = -k; i <= k; i++) { kern[i + k] = Math.exp(-i * i / (2 * SIGMA * SIGMA)); sum += kern[i + k]; }
        for (int i = 0; i < kern.length; i++) kern[i] /= sum;
        double[][] h = new double[S][S], v = new double[S][S];
        // separable gaussian: rows, then columns
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                double s = 0;
                for (int i = Math.max(-k, -x); i <= Math.min(k, S - 1 - x); i++) {
                    s += kern[i + k] * shape[y][x + i];
                }
                h[y][x] = s;
            }
        }
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                double s = 0;
                for (int i = Math.max(-k, -y); i <= Math.min(k, S - 1 - y); i++) {
                    s += kern[i + k] * h[y + i][x];
                }
                v[y][x] = s;
            }
        }
        BufferedImage img = new BufferedImage(W, W, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < W; y++) for (int x = 0; x < W; x++) {
            double alpha = ALPHA * v[y + P][x + P] * (1 - cover(x, y, 0));
            int a8 = (int) Math.round(alpha * 255);
            img.setRGB(x, y, a8 << 24);
        }
        return img;
    }

    @Test
    void theShippedShadowIsTheBlurredBoxWithTheBoxCutOut() throws Exception {
        BufferedImage shipped;
        try (InputStream in = BoardView.class.getResourceAsStream("box-shadow.png")) {
            shipped = ImageIO.read(in);
        }
        BufferedImage made = generate();
        assertEquals(W, shipped.getWidth());
        assertEquals(W, shipped.getHeight());
        for (int y = 0; y < W; y++) {
            for (int x = 0; x < W; x++) {
                assertEquals(made.getRGB(x, y), shipped.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        // the box's own area is clear, the shadow is darkest just below the box
        assertEquals(0, shipped.getRGB(W / 2, W / 2) >>> 24);
        assertEquals(0, shipped.getRGB(W / 2, 2) >>> 24 & 0xf0, "barely any shadow above");
        int below = shipped.getRGB(W / 2, W - M) >>> 24;
        assertEquals(true, below > 0.1 * 255, "below the box: " + below);
    }

    public static void main(String[] a) throws Exception {
        ImageIO.write(generate(), "png", new File(a[0]));
    }
}
