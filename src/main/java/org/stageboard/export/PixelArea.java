package org.stageboard.export;

import org.stageboard.model.Rect;

/** The image rectangle, in whole pixels, that covers an area of the board (in board units) at a scale. */
public record PixelArea(int originX, int originY, int width, int height) {
    public static PixelArea of(Rect area, double scale) {
        int x0 = (int) Math.floor(area.x() * scale);
        int y0 = (int) Math.floor(area.y() * scale);
        int w = Math.max(1, (int) Math.ceil(area.maxX() * scale) - x0);
        int h = Math.max(1, (int) Math.ceil(area.maxY() * scale) - y0);
        return new PixelArea(x0, y0, w, h);
    }

    public long count() {
        return (long) width * height;
    }
}
