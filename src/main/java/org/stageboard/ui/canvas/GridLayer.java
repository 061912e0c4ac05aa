package org.stageboard.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The dotted background grid, drawn on one Canvas sized to the view; it never scales with the board. */
final class GridLayer extends Canvas {
    private static final Color BACKGROUND = Color.web("#f7f8fa");
    private static final Color DOT = Color.web("#c9ced6");
    private static final Color MAJOR = Color.web("#aeb5bf");

    void draw(Viewport v, double gridSize, boolean visible) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (!visible) {
            return;
        }
        double step = gridSize * v.zoom();
        int skip = 1;
        while (step * skip < 10) {
            skip *= 5;
        }
        double s = step * skip;
        double ox = mod(v.panXProperty().get(), s);
        double oy = mod(v.panYProperty().get(), s);
        double major = s * 5;
        for (double x = ox; x < w; x += s) {
            boolean majorX = Math.abs(mod(x - v.panXProperty().get(), major)) < 0.5
                    || Math.abs(mod(x - v.panXProperty().get(), major) - major) < 0.5;
            for (double y = oy; y < h; y += s) {
                g.setFill(majorX ? MAJOR : DOT);
                g.fillRect(Math.round(x) - 0.75, Math.round(y) - 0.75, 1.5, 1.5);
            }
        }
    }

    private static double mod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }

    @Override
    public boolean isResizable() {
        return false;
    }
}
