package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.io.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
    void aHandEditedSizeFallsBackToTheDefault(FxRobot robot) {
        Settings settings = Settings.load(dir.resolve("settings.json"));
        settings.put("window.width", "wide");
        robot.interact(() -> {
            stage.setWidth(700);
            WindowSize.restore(stage, settings);
        });
        assertEquals(700, stage.getWidth(), 1);
    }
}
