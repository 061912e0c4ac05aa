package org.stageboard.ui.presenter;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A see-through overlay for screen sharing: when enabled, a red dot follows the mouse and draws a smooth stroke
 * behind it (a path through the recent pointer positions, round-capped and tapering) whose older parts fade out
 * over {@link #TRAIL_MILLIS}, like a laser pointer on a slide. It never takes a click (mouse-transparent); it
 * watches the mouse on the node it is attached to. Stack it above the canvas and bind a key (L) to {@link #toggle()}.
 */
public final class LaserPointer extends Pane {
    public static final long TRAIL_MILLIS = 1000;
    private static final int MAX_TRAIL = 96;
    private static final double STROKE_WIDTH = 6;
    private static final Color RED = Color.rgb(239, 35, 35);

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final Circle dot = new Circle(7, RED);
    /** The stroke: one short segment between each two recent positions, each faded by its age. */
    private final Pane trail = new Pane();
    /** Recent pointer positions, oldest first: x, y and the time in milliseconds. */
    private final java.util.ArrayDeque<double[]> points = new java.util.ArrayDeque<>();
    private final LongSupplier clock;
    private final AnimationTimer fader;
    private final EventHandler<MouseEvent> onMove = this::moved;
    private final EventHandler<MouseEvent> onExit = e -> dot.setVisible(false);
    private Node source;

    public LaserPointer() {
        this(() -> System.nanoTime() / 1_000_000);
    }

    /** @param clock milliseconds, for the fade; tests may pass their own */
    public LaserPointer(LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock);
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("laser-pointer");
        dot.setEffect(new DropShadow(12, RED));
        dot.setVisible(false);
        dot.setId("laser-dot");
        trail.setMouseTransparent(true);
        trail.setId("laser-trail");
        trail.setEffect(new DropShadow(8, RED));
        getChildren().addAll(trail, dot);
        fader = new AnimationTimer() {
            @Override
            public void handle(long now) {
                fade();
            }
        };
        enabled.addListener((o, was, is) -> {
            if (!is) {
                points.clear();
                trail.getChildren().clear();
                dot.setVisible(false);
                fader.stop();
            } else {
                fader.start();
            }
        });
    }
    /** Watches the mouse over {@code node} (the canvas, or the pane under this overlay). */
    public void attachTo(Node node) {
        if (source != null) {
            source.removeEventFilter(MouseEvent.MOUSE_MOVED, onMove);
            source.removeEventFilter(MouseEvent.MOUSE_DRAGGED, onMove);
            source.removeEventFilter(MouseEvent.MOUSE_EXITED, onExit);
        }
        source = node;
        node.addEventFilter(MouseEvent.MOUSE_MOVED, onMove);
        node.addEventFilter(MouseEvent.MOUSE_DRAGGED, onMove);
        node.addEventFilter(MouseEvent.MOUSE_EXITED, onExit);
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public void setEnabled(boolean on) {
        enabled.set(on);
    }

    public void toggle() {
        enabled.set(!enabled.get());
    }

    /** The dot's centre in this overlay's coordinates (for tests). */
    public Point2D dotPosition() {
        return new Point2D(dot.getCenterX(), dot.getCenterY());
    }

    public boolean isDotVisible() {
        return dot.isVisible();
    }

    /** How many recent positions the stroke runs through (0 once it has faded). */
    public int trailSize() {
        return points.size();
    }

    /** The stroke's segments, for tests: each a line whose opacity says how faded it is. */
    public java.util.List<javafx.scene.shape.Line> strokeSegments() {
        return trail.getChildren().stream().map(javafx.scene.shape.Line.class::cast).toList();
    }

    private void moved(MouseEvent e) {
        if (!isEnabled()) {
            return;
        }
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null) {
            return;
        }
        dot.setCenterX(p.getX());
        dot.setCenterY(p.getY());
        dot.setVisible(true);
        points.addLast(new double[] {p.getX(), p.getY(), clock.getAsLong()});
        if (points.size() > MAX_TRAIL) {
            points.removeFirst();
        }
        fade();
        fader.start();
    }

    /**
     * Drops the positions older than the trail time and redraws the stroke, each part as faint as it is old. The
     * segments are reused from frame to frame and the timer stops once the stroke has faded: a laser left on in a
     * window that is not drawn must not pile up nodes its parent keeps until the next pulse.
     */
    void fade() {
        long now = clock.getAsLong();
        while (!points.isEmpty() && now - (long) points.peekFirst()[2] >= TRAIL_MILLIS) {
            points.removeFirst();
        }
        java.util.List<Node> segments = trail.getChildren();
        int needed = Math.max(0, points.size() - 1);
        if (segments.size() > needed) {
            segments.subList(needed, segments.size()).clear();
        }
        while (segments.size() < needed) {
            javafx.scene.shape.Line segment = new javafx.scene.shape.Line();
            segment.setStroke(RED);
            segment.setStrokeLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
            segments.add(segment);
        }
        int i = 0;
        double[] previous = null;
        for (double[] p : points) {
            if (previous != null) {
                double left = 1.0 - (double) (now - (long) previous[2]) / TRAIL_MILLIS;
                javafx.scene.shape.Line segment = (javafx.scene.shape.Line) segments.get(i++);
                segment.setStartX(previous[0]);
                segment.setStartY(previous[1]);
                segment.setEndX(p[0]);
                segment.setEndY(p[1]);
                segment.setStrokeWidth(1.5 + (STROKE_WIDTH - 1.5) * left);
                segment.setOpacity(0.85 * left);
            }
            previous = p;
        }
        if (points.isEmpty()) {
            fader.stop();
        }
    }
}
