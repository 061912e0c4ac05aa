package org.stageboard.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.stageboard.ui.kit.Windows;
import org.stageboard.io.Settings;

/**
 * The main window opens where and at the size it was closed at, kept on the screen, or on first launch at a
 * comfortable size centred on the screen. The bounds are applied before the window is shown and once more
 * after, because under a window manager JavaFX 21 drops sizes given before showing (see {@link Windows}).
 */
public final class WindowSize {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    /** Smaller saved sizes are not trusted (a window manager once left 200×200 behind). */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 920;

    private WindowSize() {
    }

    public static void restore(Stage stage, Settings settings) {
        double x = number(settings, X);
        double y = number(settings, Y);
        double w = number(settings, WIDTH);
        double h = number(settings, HEIGHT);
        Rectangle2D screen = screenFor(x, y, w, h);
        Rectangle2D bounds = place(x, y, w, h, screen);
        boolean maximized = settings.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false);
        apply(stage, bounds);
        stage.setMaximized(maximized);
        if (!stage.isShowing()) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<WindowEvent>() {
                @Override
                public void handle(WindowEvent e) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Platform.runLater(() -> {
                        // the normal bounds first, so un-maximizing later returns to them and not to 200x200
                        Windows.insist(stage, bounds.getWidth(), bounds.getHeight(), () -> apply(stage, bounds));
                        if (maximized) {
                            Platform.runLater(() -> stage.setMaximized(true));
                        }
                    });
                }
            });
        }
    }

    private static void apply(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /**
     * Where the window goes on {@code screen} (its visual bounds): the saved bounds if the size is believable,
     * shrunk to the screen and moved fully onto it; otherwise a default size centred. A NaN position centres.
     */
    static Rectangle2D place(double x, double y, double w, double h, Rectangle2D screen) {
        boolean sizeKnown = w >= MIN_WIDTH && h >= MIN_HEIGHT;
        double width = Math.min(sizeKnown ? w : Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.9), screen.getWidth());
        double height = Math.min(sizeKnown ? h : Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9), screen.getHeight());
        boolean positionKnown = sizeKnown && !Double.isNaN(x) && !Double.isNaN(y);
        double left = positionKnown ? x : screen.getMinX() + (screen.getWidth() - width) / 2;
        double top = positionKnown ? y : screen.getMinY() + (screen.getHeight() - height) / 2;
        left = Windows.clamp(left, screen.getMinX(), screen.getMaxX() - width);
        top = Windows.clamp(top, screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(left, top, width, height);
    }

    private static Rectangle2D screenFor(double x, double y, double w, double h) {
        if (!Double.isNaN(x) && !Double.isNaN(y) && w > 0 && h > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(x, y, w, h);
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    public static void remember(Stage stage, Settings settings) {
        settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
            settings.put(X, Long.toString(Math.round(stage.getX())));
            settings.put(Y, Long.toString(Math.round(stage.getY())));
            settings.put(WIDTH, Long.toString(Math.round(stage.getWidth())));
            settings.put(HEIGHT, Long.toString(Math.round(stage.getHeight())));
        }
    }

    private static double number(Settings settings, String key) {
        try {
            return settings.get(key).map(Double::parseDouble).orElse(Double.NaN);
        } catch (NumberFormatException e) {
            return Double.NaN; // a hand-edited value: fall back to the default
        }
    }
}
