package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.io.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        // a window of its own: resizing the shared primary stage would leak into the next test class
        stage = new Stage();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 700, 500));
        stage.show();
    }

    @Test
    void theSizeAtCloseIsTheSizeAtNextStart(FxRobot robot) {
        Settings settings = Settings.load(dir.resolve("settings.json"));
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
            WindowSize.remember(stage, settings);
            stage.setWidth(700);
            stage.setHeight(500);
            WindowSize.restore(stage, settings);
        });
        assertEquals(900, stage.getWidth(), 1);
        assertEquals(640, stage.getHeight(), 1);
    }

    @Test
    void aHandEditedSizeFallsBackToAComfortableDefaultCentredOnTheScreen(FxRobot robot) {
        Settings settings = Settings.load(dir.resolve("settings.json"));
        settings.put("window.width", "wide");
        settings.put("window.height", "640");
        robot.interact(() -> {
            stage.setWidth(700);
            WindowSize.restore(stage, settings);
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(Math.min(WindowSize.DEFAULT_WIDTH, screen.getWidth() * 0.9), stage.getWidth(), 1);
        assertEquals(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2, stage.getX(), 1);
    }

    @Test
    void theSavedPositionComesBack(FxRobot robot) {
        Settings settings = Settings.load(dir.resolve("settings.json"));
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(800);
            stage.setHeight(600);
            WindowSize.remember(stage, settings);
            stage.setX(300);
            WindowSize.restore(stage, settings);
        });
        assertEquals(40, stage.getX(), 1);
        assertEquals(30, stage.getY(), 1);
    }

    @Test
    void aSavedPlacementIsKeptOnTheScreen() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
        // larger than the screen and partly off it (a second monitor that is gone): shrunk and moved on
        Rectangle2D r = WindowSize.place(1500, -200, 2000, 1200, screen);
        assertEquals(new Rectangle2D(0, 0, 1600, 1000), r);
        Rectangle2D off = WindowSize.place(1400, 900, 1000, 700, screen);
        assertEquals(new Rectangle2D(600, 300, 1000, 700), off);
        // a saved 200x200 (left behind by a window manager) is not believed
        Rectangle2D tiny = WindowSize.place(10, 10, 200, 200, screen);
        assertEquals(1440, tiny.getWidth(), 0.5);
        assertEquals(80, tiny.getMinX(), 0.5);
        // a small screen: the default shrinks to 90% of it
        Rectangle2D laptop = WindowSize.place(Double.NaN, Double.NaN, Double.NaN, Double.NaN, new Rectangle2D(0, 0, 1280, 720));
        assertEquals(1152, laptop.getWidth(), 0.5);
        assertEquals(648, laptop.getHeight(), 0.5);
    }
}
