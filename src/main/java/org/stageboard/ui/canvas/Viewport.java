package org.stageboard.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import org.stageboard.model.Rect;

/** Pan and zoom: screen = pan + zoom * board. */
public final class Viewport {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4.0;
    private static final double STEP = 1.2;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty panX = new SimpleDoubleProperty(0);
    private final DoubleProperty panY = new SimpleDoubleProperty(0);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public double zoom() {
        return zoom.get();
    }

    public Point2D toBoard(double sx, double sy) {
        return new Point2D((sx - panX.get()) / zoom.get(), (sy - panY.get()) / zoom.get());
    }

    public Point2D toScreen(double bx, double by) {
        return new Point2D(panX.get() + bx * zoom.get(), panY.get() + by * zoom.get());
    }

    public void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Zooms to {@code z}, keeping the board point under screen point (sx, sy) where it is. */
    public void zoomAt(double z, double sx, double sy) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        Point2D anchor = toBoard(sx, sy);
        zoom.set(clamped);
        panX.set(sx - anchor.getX() * clamped);
        panY.set(sy - anchor.getY() * clamped);
    }

    public void zoomIn(double sx, double sy) {
        zoomAt(zoom() * STEP, sx, sy);
    }

    public void zoomOut(double sx, double sy) {
        zoomAt(zoom() / STEP, sx, sy);
    }

    /** Shows {@code r} whole and centred in a view of the given size, never above 100%. */
    public void fit(Rect r, double viewWidth, double viewHeight, double margin) {
        fit(r, viewWidth, viewHeight, margin, 1.0);
    }

    /** Shows {@code r} whole and centred, zooming in no further than {@code maxZoom}. */
    public void fit(Rect r, double viewWidth, double viewHeight, double margin, double maxZoom) {
        if (r == null || viewWidth <= 0 || viewHeight <= 0) {
            zoom.set(1);
            panX.set(0);
            panY.set(0);
            return;
        }
        double z = Math.min((viewWidth - 2 * margin) / Math.max(1, r.width()),
                (viewHeight - 2 * margin) / Math.max(1, r.height()));
        z = Math.max(MIN_ZOOM, Math.min(maxZoom, z));
        zoom.set(z);
        panX.set(viewWidth / 2 - r.centerX() * z);
        panY.set(viewHeight / 2 - r.centerY() * z);
    }

    /** Pans the least amount that brings {@code r} into a view of the given size. */
    public void reveal(Rect r, double viewWidth, double viewHeight, double margin) {
        Point2D tl = toScreen(r.x(), r.y());
        Point2D br = toScreen(r.maxX(), r.maxY());
        double dx = 0;
        double dy = 0;
        if (br.getX() > viewWidth - margin) {
            dx = viewWidth - margin - br.getX();
        }
        if (tl.getX() + dx < margin) {
            dx = margin - tl.getX();
        }
        if (br.getY() > viewHeight - margin) {
            dy = viewHeight - margin - br.getY();
        }
        if (tl.getY() + dy < margin) {
            dy = margin - tl.getY();
        }
        panBy(dx, dy);
    }
}
