package org.stageboard.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.rehearsal.FakeClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@UiTest
@ExtendWith(ApplicationExtension.class)
class LaserPointerTest {
    private final FakeClock clock = new FakeClock(0);
    private LaserPointer laser;
    private Pane canvas;
    private Rectangle box;
    private int boxClicks;

    @Start
    void start(Stage stage) {
        canvas = new Pane();
        box = new Rectangle(50, 50, 200, 120);
        box.setOnMouseClicked(e -> boxClicks++);
        canvas.getChildren().add(box);
        laser = new LaserPointer(clock);
        StackPane root = new StackPane(canvas, laser);
        laser.attachTo(root);
        Scene scene = new Scene(root, 500, 400);
        // What the integrator does: L toggles the laser.
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.L) {
                laser.toggle();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void drawsNothingUntilEnabled(FxRobot robot) {
        robot.moveTo(canvas).moveBy(30, 20);
        assertFalse(laser.isDotVisible());
        assertEquals(0, laser.trailSize());
    }

    @Test
    void toggledOnItDrawsADotAtTheMouseWithAFadingTrail(FxRobot robot) throws TimeoutException {
        robot.moveTo(canvas);
        robot.type(KeyCode.L);
        assertTrue(laser.isEnabled());
        robot.moveBy(40, 10).moveBy(30, 15).moveBy(20, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(laser.isDotVisible());
        assertTrue(laser.trailSize() >= 3, "trail " + laser.trailSize());
        Point2D mouse = laser.screenToLocal(robot.point(canvas).query().add(90, 30));
        assertEquals(mouse.getX(), laser.dotPosition().getX(), 1.5);
        assertEquals(mouse.getY(), laser.dotPosition().getY(), 1.5);

        clock.advance(LaserPointer.TRAIL_MILLIS + 1);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> laser.trailSize() == 0);
        assertTrue(laser.isDotVisible(), "the dot stays; only the trail fades");

        robot.type(KeyCode.L);
        assertFalse(laser.isEnabled());
        assertFalse(laser.isDotVisible());
        robot.moveBy(10, 10);
        assertEquals(0, laser.trailSize());
    }

    @Test
    void trailFadesWithAge(FxRobot robot) throws TimeoutException {
        robot.interact(() -> laser.setEnabled(true));
        robot.moveTo(canvas).moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        int before = laser.trailSize();
        assertTrue(before > 0);
        clock.advance(LaserPointer.TRAIL_MILLIS / 2);
        robot.interact(laser::fade);
        assertEquals(before, laser.trailSize(), "half-way: still there, fainter");
        clock.advance(LaserPointer.TRAIL_MILLIS);
        robot.interact(laser::fade);
        assertEquals(0, laser.trailSize());
    }

    @Test
    void theTrailIsOneConnectedStrokeWhoseOlderPartsAreFainter(FxRobot robot) {
        robot.interact(() -> laser.setEnabled(true));
        robot.moveTo(canvas);
        for (int i = 0; i < 6; i++) {
            clock.advance(40);
            robot.moveBy(15, 6);
        }
        robot.interact(laser::fade);
        var segments = laser.strokeSegments();
        assertTrue(segments.size() >= 3, "a stroke of segments, not dots: " + segments.size());
        for (int i = 0; i + 1 < segments.size(); i++) {
            var a = segments.get(i);
            var b = segments.get(i + 1);
            assertEquals(a.getEndX(), b.getStartX(), 1e-9, "each segment starts where the last ended");
            assertEquals(a.getEndY(), b.getStartY(), 1e-9);
            assertTrue(a.getOpacity() <= b.getOpacity(), "older parts are fainter");
        }
        assertTrue(segments.get(0).getOpacity() < segments.get(segments.size() - 1).getOpacity());
        assertEquals(javafx.scene.shape.StrokeLineCap.ROUND, segments.get(0).getStrokeLineCap(), "smooth joins");
    }

    @Test
    void neverSwallowsClicks(FxRobot robot) {
        robot.interact(() -> laser.setEnabled(true));
        robot.clickOn(box);
        assertEquals(1, boxClicks);
    }
}
