package org.stageboard.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pixel that gives a pulse with nothing dirty a one-pixel dirty region (see {@link PartialRepaints}): nudged in
 * the few pulses after an input event and never while the window is idle, invisible, and out of the way of clicks
 * and layout. That it spares the whole-window repaint is checked on a real desktop with the pulse logger
 * ({@code RealDesktopWindowsTest#aClickOnABoxRepaintsWhatChangedNotTheWholeWindow}).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class PartialRepaintsTest {
    private BorderPane root;
    private Button button;
    private PartialRepaints repaints;

    @Start
    void start(Stage stage) {
        button = new Button("Press me");
        root = new BorderPane(button);
        Scene scene = new Scene(root, 300, 200);
        repaints = PartialRepaints.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anIdleWindowIsNeverNudgedAndAClickNudgesAFewPulsesOnly(FxRobot robot) throws Exception {
        settle(robot);
        long idle = repaints.nudges();
        settle(robot);
        assertEquals(idle, repaints.nudges(), "no input, no nudge, however many pulses run");

        robot.clickOn(button);
        // pulses keep coming while the button's look changes; a nudge in a pulse with nothing else to draw asks for
        // one more, so the nudges stop on their own
        settle(robot);
        long afterClick = repaints.nudges() - idle;
        assertTrue(afterClick >= 1, "the pulses after the click were nudged: " + afterClick);
        // press and release (and the move to the button) each arm a few pulses, at most
        assertTrue(afterClick <= 4 * PartialRepaints.PULSES_AFTER_INPUT, "and only a few: " + afterClick);
        long settled = repaints.nudges();
        settle(robot);
        assertEquals(settled, repaints.nudges(), "the window goes quiet again");
    }

    @Test
    void aWatchedNodesNewCursorNudgesThePulsesAfterIt(FxRobot robot) throws Exception {
        robot.interact(() -> repaints.watchCursor(button));
        settle(robot);
        long before = repaints.nudges();
        robot.interact(() -> button.setCursor(Cursor.MOVE));
        settle(robot);
        assertTrue(repaints.nudges() > before, "a cursor change with no input event was nudged");
        long settled = repaints.nudges();
        settle(robot);
        assertEquals(settled, repaints.nudges(), "and the nudges stop");
    }

    @Test
    void thePixelCannotBeSeenClickedOrLaidOut(FxRobot robot) {
        Rectangle pixel = robot.lookup("#partial-repaint-pixel").queryAs(Rectangle.class);
        assertEquals(Color.TRANSPARENT, pixel.getFill());
        assertTrue(pixel.isMouseTransparent(), "clicks go through it");
        assertFalse(pixel.isManaged(), "the root's layout ignores it");
        assertEquals(1, pixel.getWidth() * pixel.getHeight(), "one pixel");
        assertEquals(button, root.getCenter(), "the root's own parts are left where they were");
    }

    @Test
    void aRootThatCannotHoldThePixelIsRefused(FxRobot robot) {
        robot.interact(() -> assertThrows(IllegalArgumentException.class,
                () -> PartialRepaints.install(new Scene(new Group()))));
    }

    /** Lets a couple of pulses run after the FX events queued so far. */
    private static void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(50);
        }
    }
}
