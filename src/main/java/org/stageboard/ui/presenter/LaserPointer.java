package org.stageboard.ui.presenter;

import java.util.Iterator;
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
 * A see-through overlay for screen sharing: when enabled, a red dot follows the mouse and leaves a short trail
 * that fades out over {@link #TRAIL_MILLIS}. It never takes a click (mouse-transparent); it watches the mouse
 * on the node it is attached to. Stack it above the canvas and bind a key (L) to {@link #toggle()}.
 */
public final class LaserPointer extends Pane {
    public static final long TRAIL_MILLIS = 600;
    private static final int MAX_TRAIL = 48;
    private static final Color RED = Color.rgb(239, 35, 35);

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final Circle dot = new Circle(7, RED);
    private final Pane trail = new Pane();
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
        getChildren().addAll(trail, dot);
        fader = new AnimationTimer() {
            @Override
            public void handle(long now) {
                fade();
            }
        };
        enabled.addListener((o, was, is) -> {
            if (!is) {
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

    public BooleanProperty enabledProperty() {
        return enabled;
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

    public int trailSize() {
        return trail.getChildren().size();
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
        Circle spot = new Circle(p.getX(), p.getY(), 5, RED);
        spot.setUserData(clock.getAsLong());
        spot.setOpacity(0.6);
        trail.getChildren().add(spot);
        if (trail.getChildren().size() > MAX_TRAIL) {
            trail.getChildren().remove(0);
        }
    }

    /** Fades each trail spot by its age and drops the ones older than the trail time. */
    void fade() {
        long now = clock.getAsLong();
        Iterator<Node> it = trail.getChildren().iterator();
        while (it.hasNext()) {
            Node n = it.next();
            long age = now - (Long) n.getUserData();
            if (age >= TRAIL_MILLIS) {
                it.remove();
            } else {
                double left = 1.0 - (double) age / TRAIL_MILLIS;
                n.setOpacity(0.6 * left);
                ((Circle) n).setRadius(2 + 3 * left);
            }
        }
    }
}
