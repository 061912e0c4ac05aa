package org.stageboard.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window manager that is slow to map a window can resize it to the 200×200 it was created with before JavaFX
 * reports it shown (seen on a loaded build machine under openbox: the template gallery stuck at 358×200). The size
 * a window asked for must survive that.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FitWhenShownTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @Test
    void aWindowShrunkByTheWindowManagerBeforeItIsShownStillGetsTheSizeItAskedFor(FxRobot robot) {
        double[] shrunkTo = {0};
        robot.interact(() -> {
            // registered first, so it runs before the fitting handler: the window manager's early answer
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                stage.setWidth(200);
                stage.setHeight(200);
                settle();
                shrunkTo[0] = stage.getScene().getWidth();
            });
            Windows.fitWhenShown(stage);
            stage.setScene(new Scene(new Pane(), 700, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shrunkTo[0] < 400, "the simulated window manager shrank the scene: " + shrunkTo[0]);
        assertEquals(700, stage.getScene().getWidth(), 1, "width asked for");
        assertEquals(500, stage.getScene().getHeight(), 1, "height asked for");
        robot.interact(stage::close);
    }

    /**
     * Lets the toolkit deliver the resize to the scene, from inside an event handler, as a window manager's configure
     * event would: the platform reports the new size from its own thread, so this pumps the event queue until the
     * scene shows it (or two seconds passed, and the test's own check on the shrink fails).
     */
    private void settle() {
        Object key = new Object();
        long end = System.currentTimeMillis() + 2_000;
        while (stage.getScene().getWidth() >= 400 && System.currentTimeMillis() < end) {
            Platform.runLater(() -> Platform.exitNestedEventLoop(key, null));
            Platform.enterNestedEventLoop(key);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void aWindowWithoutASizeGetsItsContentsPreferredSize(FxRobot robot) {
        robot.interact(() -> {
            Windows.fitWhenShown(stage);
            Pane content = new Pane();
            content.setPrefSize(640, 420);
            stage.setScene(new Scene(content));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(640, stage.getScene().getWidth(), 1);
        assertEquals(420, stage.getScene().getHeight(), 1);
        robot.interact(stage::close);
    }
}
