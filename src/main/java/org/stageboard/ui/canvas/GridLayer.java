package org.stageboard.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * The dotted background grid; it never scales with the board. One tile (five grid steps square) is drawn once per
 * dot spacing and repeated as an {@link ImagePattern} over a layer a tile larger than the view on every side. A pan
 * only moves the layer, which is cached as a bitmap, so panning blits it instead of painting dots: drawing every dot
 * cost thousands of calls a frame on the FX and render threads alike.
 */
final class GridLayer extends Region {
    private static final Color BACKGROUND = Color.web("#f7f8fa");
    private static final Color DOT = Color.web("#c9ced6");
    private static final Color MAJOR = Color.web("#aeb5bf");
    private static final Background PLAIN = new Background(new BackgroundFill(BACKGROUND, null, null));
    private static final int CELLS = 5;

    /** Tiles by their size in pixels: zooming back and forth reuses them. */
    private final Map<Integer, WritableImage> tiles = new HashMap<>();

    private double viewWidth;
    private double viewHeight;
    private double drawnMajor = -1;

    GridLayer() {
        setManaged(false);
        setMouseTransparent(true);
        setBackground(PLAIN);
        setCache(true);
    }

    /** The size of the view the grid fills. */
    void setViewSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        drawnMajor = -1;
    }

    void draw(Viewport v, double gridSize, boolean visible) {
        if (!visible) {
            drawnMajor = -1;
            setBackground(PLAIN);
            resizeRelocate(0, 0, viewWidth, viewHeight);
            return;
        }
        double step = gridSize * v.zoom();
        int skip = 1;
        while (step * skip < 10) {
            skip *= 5;
        }
        double s = step * skip;
        double major = s * CELLS;
        if (major != drawnMajor) {
            drawnMajor = major;
            WritableImage tile = tile((int) Math.max(CELLS, Math.round(major)));
            ImagePattern dots = new ImagePattern(tile, 0, 0, major, major, false);
            setBackground(new Background(new BackgroundFill(BACKGROUND, null, null), new BackgroundFill(dots, null, null)));
            resize(viewWidth + 2 * major, viewHeight + 2 * major);
        }
        // a tile's top-left corner (a major dot) falls on a board point that is a multiple of the major spacing
        relocate(mod(v.panXProperty().get(), major) - major, mod(v.panYProperty().get(), major) - major);
    }

    /** A transparent square {@code size} pixels wide with {@link #CELLS}² dots, those of its first column darker (the major grid lines). */
    private WritableImage tile(int size) {
        return tiles.computeIfAbsent(size, px -> {
            WritableImage img = new WritableImage(px, px);
            PixelWriter w = img.getPixelWriter();
            double cell = px / (double) CELLS;
            for (int i = 0; i < CELLS; i++) {
                for (int j = 0; j < CELLS; j++) {
                    dot(w, px, (int) Math.round(i * cell), (int) Math.round(j * cell), i == 0 ? MAJOR : DOT);
                }
            }
            return img;
        });
    }

    /** A 2×2 pixel dot centred on a tile corner point, wrapping around the tile's edges so it tiles seamlessly. */
    private static void dot(PixelWriter w, int size, int x, int y, Color c) {
        for (int dx = -1; dx <= 0; dx++) {
            for (int dy = -1; dy <= 0; dy++) {
                w.setColor(Math.floorMod(x + dx, size), Math.floorMod(y + dy, size), c);
            }
        }
    }

    private static double mod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }
}
