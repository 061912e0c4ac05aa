package org.stageboard.ui.kit;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Opens secondary windows at a size that shows their content, on a real desktop as well as headless.
 *
 * <p>Why this exists: under an X11 window manager (openbox, for one), JavaFX 21's GTK backend ignores a size
 * given to a window before it is shown, so every window opened at 200×200 (JDK-8316423, fixed in JavaFX 22).
 * And a modal window disables its owner by pinning the owner's minimum and maximum size to its current size,
 * which makes the window manager un-maximize it. So sizes are applied again once the window is on screen, and
 * secondary windows are owned but not modal: {@link #blockOwnerWhileShowing} keeps clicks and keys away from
 * the owner instead.
 */
public final class Windows {
    /** No secondary window gets smaller than this, whatever the user drags it to. */
    static final double MIN_WIDTH = 360;
    static final double MIN_HEIGHT = 220;
    /** More than any window manager's title bar and borders take from a window's size. */
    private static final double FRAME_ALLOWANCE = 100;

    private Windows() {
    }

    /**
     * Makes {@code window} belong to {@code owner} (stays above it, closes with it) and, while it shows, ignores
     * input to the owner as a modal window would, without disabling the owner at the window-manager level.
     */
    public static void ownAndBlock(Stage window, Window owner) {
        if (owner != null) {
            window.initOwner(owner);
        }
        window.initModality(Modality.NONE);
        blockOwnerWhileShowing(window, owner);
    }

    /** The same for a {@link Dialog}: owned, not modal, owner blocked while it shows, sized once shown. */
    public static <T> Dialog<T> ownAndBlock(Dialog<T> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        Window window = dialog.getDialogPane().getScene().getWindow();
        blockOwnerWhileShowing(window, owner);
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> fitDialog(dialog)));
        return dialog;
    }

    private static void blockOwnerWhileShowing(Window window, Window owner) {
        if (owner == null) {
            return;
        }
        EventHandler<InputEvent> swallow = e -> {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                window.requestFocus();
                if (window instanceof Stage s) {
                    s.toFront();
                }
            }
        };
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (owner.getScene() != null) {
                owner.getScene().addEventFilter(InputEvent.ANY, swallow);
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (owner.getScene() != null) {
                owner.getScene().removeEventFilter(InputEvent.ANY, swallow);
            }
        });
    }

    /**
     * Once {@code stage} is shown, gives it its scene's preferred size (the size the scene was created with),
     * shrunk to fit the screen, centred on its owner; it stays resizable down to a small minimum.
     */
    public static void fitWhenShown(Stage stage) {
        stage.setResizable(true);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double[] asked = new double[2];
        // read before the window exists: by the time it is shown, a busy window manager may already have resized
        // the scene to the 200x200 the window was created with, and that would become the size we insist on
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            Scene scene = stage.getScene();
            asked[0] = scene.getWidth() > 0 ? scene.getWidth() : scene.getRoot().prefWidth(-1);
            asked[1] = scene.getHeight() > 0 ? scene.getHeight() : scene.getRoot().prefHeight(asked[0]);
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> fitContent(stage, asked[0], asked[1])));
    }

    private static void fitDialog(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        double w = Math.max(pane.prefWidth(-1), pane.minWidth(-1));
        double h = Math.max(pane.prefHeight(w), pane.minHeight(w));
        fitContent(pane.getScene().getWindow(), w, h);
    }

    /**
     * Gives {@code window} room for {@code contentWidth}×{@code contentHeight} of scene (plus the frame the window
     * manager adds), no larger than the screen, centred on its owner. Applied now and once more a moment later
     * in case the window manager was still mapping the window.
     */
    static void fitContent(Window window, double contentWidth, double contentHeight) {
        Scene scene = window.getScene();
        double frameW = Math.max(0, window.getWidth() - scene.getWidth());
        double frameH = Math.max(0, window.getHeight() - scene.getHeight());
        Rectangle2D screen = screenOf(window instanceof Stage s && s.getOwner() != null ? s.getOwner() : window);
        double w = Math.min(Math.max(contentWidth + frameW, MIN_WIDTH), screen.getWidth());
        double h = Math.min(Math.max(contentHeight + frameH, MIN_HEIGHT), screen.getHeight());
        insist(window, w, h, () -> {
            window.setWidth(w);
            window.setHeight(h);
            centreOnOwner(window, screen, w, h);
        });
    }

    /**
     * Applies {@code place} (which gives the window {@code width}×{@code height}) now, and again while the window's
     * content stays much smaller than that: a window manager still mapping the window ignores sizes given before
     * it is mapped and shows the 200×200 it was created with, late on a busy machine. Judged by the scene, which
     * only changes when the window really does (a window's own width changes as soon as it is asked to). Once the
     * content has had its room on two looks in a row, or after ten seconds, sizes are the user's to change.
     */
    public static void insist(Window window, double width, double height, Runnable place) {
        place.run();
        int[] roomyLooks = {0};
        Timeline watch = new Timeline();
        watch.getKeyFrames().add(new KeyFrame(Duration.millis(150), e -> {
            boolean maximized = window instanceof Stage s && (s.isMaximized() || s.isFullScreen());
            if (!window.isShowing() || maximized) {
                watch.stop();
            } else if (lacksRoom(window.getScene(), width, height)) {
                roomyLooks[0] = 0;
                place.run();
            } else if (++roomyLooks[0] >= 2) {
                watch.stop();
            }
        }));
        watch.setCycleCount((int) (10_000 / 150));
        watch.play();
    }

    /** Much smaller than the window asked for: more than a window manager's frame could take. */
    static boolean lacksRoom(Scene scene, double windowWidth, double windowHeight) {
        return scene == null || scene.getWidth() < windowWidth - FRAME_ALLOWANCE || scene.getHeight() < windowHeight - FRAME_ALLOWANCE;
    }

    private static void centreOnOwner(Window window, Rectangle2D screen, double w, double h) {
        Window owner = window instanceof Stage s ? s.getOwner() : null;
        double cx = owner != null && owner.isShowing() ? owner.getX() + owner.getWidth() / 2 : screen.getMinX() + screen.getWidth() / 2;
        double cy = owner != null && owner.isShowing() ? owner.getY() + owner.getHeight() / 2 : screen.getMinY() + screen.getHeight() / 2;
        window.setX(clamp(cx - w / 2, screen.getMinX(), screen.getMaxX() - w));
        window.setY(clamp(cy - h / 2, screen.getMinY(), screen.getMaxY() - h));
    }

    /** The visual bounds of the screen that holds most of {@code window}, the primary one if it is nowhere yet. */
    static Rectangle2D screenOf(Window window) {
        if (window != null && window.getWidth() > 0 && !Double.isNaN(window.getX())) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    public static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
