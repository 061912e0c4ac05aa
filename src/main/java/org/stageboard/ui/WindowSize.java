package org.stageboard.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stageboard.io.Settings;

/** The window opens at the size it was closed at, as long as that still fits the screen. */
public final class WindowSize {
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowSize() {
    }

    public static void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = number(settings, WIDTH);
        double h = number(settings, HEIGHT);
        if (w >= 640 && h >= 480) {
            stage.setWidth(Math.min(w, screen.getWidth()));
            stage.setHeight(Math.min(h, screen.getHeight()));
        }
        stage.setMaximized(settings.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
    }

    public static void remember(Stage stage, Settings settings) {
        settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            settings.put(WIDTH, Long.toString(Math.round(stage.getWidth())));
            settings.put(HEIGHT, Long.toString(Math.round(stage.getHeight())));
        }
    }

    private static double number(Settings settings, String key) {
        try {
            return settings.get(key).map(Double::parseDouble).orElse(0.0);
        } catch (NumberFormatException e) {
            return 0; // a hand-edited value: fall back to the default size
        }
    }
}
