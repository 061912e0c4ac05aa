package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Makes the boxes' nine-slice border images (board.css) and checks the shipped ones are exactly them, so they look
 * like the JavaFX drop shadows they replace, blurred here once instead of on every paint:
 * <ul>
 * <li>box-shadow.png, every box: dropshadow(gaussian, rgba(0,0,0,0.18), radius 6, offset 0 2);
 * <li>box-glow.png, a selected box: dropshadow(gaussian, rgba(13,71,161,0.45), radius 10, spread 0.2) under the box
 * and its shadow (the effect drew the glow under the whole box, shadow included).
 * </ul>
 * Each is of a box with corner radius 7, with the box itself cut out so the slices drawn over the box's edge leave it
 * untouched: {@code margin} px outside the box, 8 inside (the corner), 1 stretched middle. To remake them after
 * changing the numbers: {@code java -cp target/test-classes org.stageboard.render.BoxBorderImagesTest
 * src/main/resources/org/stageboard/render}.
 */
class BoxBorderImagesTest {
    static final int IN = 8, SS = 8;
    static final double R = 7;

    /** One gaussian shadow: its colour, opacity, JavaFX radius, spread (the opaque share of the radius) and offset. */
    record Shadow(int rgb, double alpha, int radius, double spread, double dy) {
    }

    static final Shadow BOX = new Shadow(0x000000, 0.18, 6, 0, 2);
    static final Shadow SELECTED = new Shadow(0x0d47a1, 0.45, 10, 0.2, 0);

    /** An image: its file, how far it reaches outside the box, and its shadows from the bottom up. */
    record Spec(String file, int margin, List<Shadow> layers) {
        int size() {
            return 2 * (margin + IN) + 1;
        }
    }

    static final Spec SHADOW = new Spec("box-shadow.png", 8, List.of(BOX));
    static final Spec GLOW = new Spec("box-glow.png", 12, List.of(SELECTED, BOX));

    /** Coverage of the rounded box [m, w-m) shifted by dy, at pixel (x, y), supersampled. */
    static double cover(int x, int y, double dy, int m, int w) {
        int n = 0;
        for (int i = 0; i < SS; i++) for (int j = 0; j < SS; j++) {
            double px = x + (i + 0.5) / SS, py = y + (j + 0.5) / SS - dy;
            if (inside(px, py, m, w)) n++;
        }
        return n / (double) (SS * SS);
    }

    static boolean inside(double px, double py, int m, int w) {
        double x0 = m, y0 = m, x1 = w - m, y1 = w - m;
        if (px < x0 || px >= x1 || py < y0 || py >= y1) return false;
        double cx = Math.max(x0 + R, Math.min(x1 - R, px)), cy = Math.max(y0 + R, Math.min(y1 - R, py));
        return (px - cx) * (px - cx) + (py - cy) * (py - cy) <= R * R;
    }

    /** One shadow's opacity over the image, before its colour's alpha: the box's shape blurred, spread applied. */
    static double[][] blurred(Shadow s, int m, int w) {
        // the shadow shape on a larger canvas so the blur does not hit the edges
        int p = 12, size = w + 2 * p, k = s.radius();
        double sigma = k / 3.0;  // JavaFX's gaussian: sigma = radius / 3
        double[][] shape = new double[size][size];
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) shape[y][x] = cover(x - p, y - p, s.dy(), m, w);
        double[] kern = new double[2 * k + 1];
        double sum = 0;
        for (int i = -k; i <= k; i++) { kern[i + k] = Math.exp(-i * i / (2 * sigma * sigma)); sum += kern[i + k]; }
        for (int i = 0; i < kern.length; i++) kern[i] /= sum;
        double[][] h = new double[size][size], v = new double[size][size];
        // separable gaussian: rows, then columns
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double t = 0;
                for (int i = Math.max(-k, -x); i <= Math.min(k, size - 1 - x); i++) t += kern[i + k] * shape[y][x + i];
                h[y][x] = t;
            }
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double t = 0;
                for (int i = Math.max(-k, -y); i <= Math.min(k, size - 1 - y); i++) t += kern[i + k] * h[y + i][x];
                v[y][x] = t;
            }
        }
        double[][] out = new double[w][w];
        for (int y = 0; y < w; y++) for (int x = 0; x < w; x++) {
            // spread: the inner share of the radius is fully opaque, so the blurred edge is stretched to reach 1 sooner
            out[y][x] = Math.min(1, v[y + p][x + p] / (1 - s.spread()));
        }
        return out;
    }

    /** The image, pixel for pixel, as ARGB: the layers composited bottom to top, then the box cut out. */
    static BufferedImage generate(Spec spec) {
        int w = spec.size(), m = spec.margin();
        double[][] a = new double[w][w], r = new double[w][w], g = new double[w][w], b = new double[w][w];
        for (Shadow s : spec.layers()) {
            double[][] v = blurred(s, m, w);
            double sr = (s.rgb() >> 16 & 0xff) / 255.0, sg = (s.rgb() >> 8 & 0xff) / 255.0, sb = (s.rgb() & 0xff) / 255.0;
            for (int y = 0; y < w; y++) for (int x = 0; x < w; x++) {
                // source over, premultiplied
                double as = s.alpha() * v[y][x];
                r[y][x] = sr * as + r[y][x] * (1 - as);
                g[y][x] = sg * as + g[y][x] * (1 - as);
                b[y][x] = sb * as + b[y][x] * (1 - as);
                a[y][x] = as + a[y][x] * (1 - as);
            }
        }
        BufferedImage img = new BufferedImage(w, w, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < w; y++) for (int x = 0; x < w; x++) {
            double alpha = a[y][x] * (1 - cover(x, y, 0, m, w));
            int a8 = (int) Math.round(alpha * 255);
            int rgb = a[y][x] == 0 ? 0 : channel(r[y][x] / a[y][x]) << 16 | channel(g[y][x] / a[y][x]) << 8
                    | channel(b[y][x] / a[y][x]);
            img.setRGB(x, y, a8 == 0 ? 0 : a8 << 24 | rgb);
        }
        return img;
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    static BufferedImage shipped(Spec spec) throws Exception {
        try (InputStream in = BoardView.class.getResourceAsStream(spec.file())) {
            return ImageIO.read(in);
        }
    }

    static void assertShippedIsMade(Spec spec) throws Exception {
        BufferedImage shipped = shipped(spec);
        BufferedImage made = generate(spec);
        int w = spec.size();
        assertEquals(w, shipped.getWidth());
        assertEquals(w, shipped.getHeight());
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(made.getRGB(x, y), shipped.getRGB(x, y), spec.file() + " pixel " + x + "," + y);
            }
        }
        // the box's own area is clear
        assertEquals(0, shipped.getRGB(w / 2, w / 2) >>> 24);
    }

    @Test
    void theShippedShadowIsTheBlurredBoxWithTheBoxCutOut() throws Exception {
        assertShippedIsMade(SHADOW);
        BufferedImage shadow = shipped(SHADOW);
        int w = SHADOW.size();
        assertEquals(0, shadow.getRGB(w / 2, 2) >>> 24 & 0xf0, "barely any shadow above");
        int below = shadow.getRGB(w / 2, w - SHADOW.margin()) >>> 24;
        assertTrue(below > 0.1 * 255, "below the box: " + below);
    }

    @Test
    void theShippedGlowIsABlueHaloAllRoundOverTheShadow() throws Exception {
        assertShippedIsMade(GLOW);
        BufferedImage glow = shipped(GLOW);
        int w = GLOW.size(), m = GLOW.margin();
        // right outside the box the halo is at its strongest and blue, on every side
        for (int[] p : new int[][] {{w / 2, m - 1}, {w / 2, w - m}, {m - 1, w / 2}, {w - m, w / 2}}) {
            int argb = glow.getRGB(p[0], p[1]);
            assertTrue((argb >>> 24) > 0.2 * 255, "halo at " + p[0] + "," + p[1] + ": " + (argb >>> 24));
            assertTrue((argb & 0xff) > (argb >> 16 & 0xff), "blue, not grey, at " + p[0] + "," + p[1]);
        }
        // fading out to nothing at the image's edge
        assertTrue((glow.getRGB(w / 2, 0) >>> 24) < 0.05 * 255, "edge: " + (glow.getRGB(w / 2, 0) >>> 24));
        // below the box the grey shadow darkens the halo
        double lum = glow.getRGB(w / 2, w - m) & 0xff, lumAbove = glow.getRGB(w / 2, m - 1) & 0xff;
        assertTrue(lum < lumAbove, "shadow under the box: " + lum + " vs " + lumAbove);
    }

    public static void main(String[] a) throws Exception {
        for (Spec spec : List.of(SHADOW, GLOW)) {
            ImageIO.write(generate(spec), "png", new File(a[0], spec.file()));
        }
    }
}
