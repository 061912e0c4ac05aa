package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.SessionTimer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@UiTest
@ExtendWith(ApplicationExtension.class)
class TimerBarTest {
    private final FakeClock clock = new FakeClock(5_000_000);
    private final List<SessionTimer> started = new ArrayList<>();
    private TimerBar bar;

    @Start
    void start(Stage stage) {
        bar = new TimerBar(clock);
        bar.setOnStart(started::add);
        stage.setScene(new Scene(new VBox(bar), 1100, 120));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Waits until the bar's own Timeline has redrawn the label with the expected text. */
    private void awaitText(FxRobot robot, String id, String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> expected.equals(text(robot, id)));
        // the rest of the same refresh (phase, cue, style) lands in the same FX pulse: let it finish
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void countdownAndPhaseFollowTheClock(FxRobot robot) throws TimeoutException {
        assertEquals("45:00", text(robot, "#timer-countdown"));
        assertEquals("Ready", text(robot, "#timer-phase"));
        robot.clickOn("#timer-start");
        assertEquals(1, started.size());
        assertSame(started.get(0), bar.timer());
        assertEquals("45:00", text(robot, "#timer-countdown"));
        assertEquals("Clarify requirements", text(robot, "#timer-phase"));

        clock.advance(2 * 60_000 + 30_000);
        awaitText(robot, "#timer-countdown", "42:30");
        assertEquals("Clarify requirements", text(robot, "#timer-phase"));
        assertFalse(bar.getStyleClass().contains("overrun"));

        clock.advanceMinutes(4);                        // 6:30: framing is scheduled, still working on clarify
        awaitText(robot, "#timer-countdown", "38:30");
        assertEquals("Framing", text(robot, "#timer-phase"));
        assertTrue(bar.getStyleClass().contains("overrun"), "gentle overrun cue: a colour change");
        String cue = text(robot, "#timer-cue");
        assertTrue(cue.contains("Clarify requirements") && cue.contains("1:30"), cue);
        assertTrue(robot.listWindows().size() == 1, "no dialog");

        robot.interact(() -> bar.timer().noteWork(org.stageboard.model.Stage.DATA));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !bar.getStyleClass().contains("overrun"));
        assertEquals(Phase.DATA_FEATURES, bar.timer().workingPhase());
    }

    @Test
    void pauseStopsTheCountdownAndResumeContinues(FxRobot robot) throws TimeoutException {
        robot.clickOn("#timer-start");
        clock.advanceMinutes(1);
        awaitText(robot, "#timer-countdown", "44:00");
        robot.clickOn("#timer-pause");
        assertEquals("Resume", robot.lookup("#timer-pause").queryAs(Button.class).getText());
        assertTrue(text(robot, "#timer-phase").startsWith("Paused"));
        clock.advanceMinutes(3);
        robot.interact(bar::refresh);                   // ticks of the bar, as its Timeline makes them
        robot.interact(bar::refresh);
        assertEquals("44:00", text(robot, "#timer-countdown"));
        robot.clickOn("#timer-pause");
        assertEquals("Pause", robot.lookup("#timer-pause").queryAs(Button.class).getText());
        clock.advanceSeconds(10);
        awaitText(robot, "#timer-countdown", "43:50");
    }

    @Test
    void presetChooserSetsThePlan(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        ComboBox<String> preset = robot.lookup("#timer-preset").queryAs(ComboBox.class);
        Spinner<?> minutes = robot.lookup("#timer-minutes").queryAs(Spinner.class);
        assertFalse(minutes.isVisible());
        robot.interact(() -> preset.setValue("60"));
        assertEquals("60:00", text(robot, "#timer-countdown"));
        robot.interact(() -> preset.setValue("custom"));
        assertTrue(minutes.isVisible());
        robot.interact(() -> minutes.getValueFactory().increment(2));
        assertEquals("40:00", text(robot, "#timer-countdown"));
        robot.clickOn("#timer-start");
        assertEquals(40 * 60_000L, bar.timer().plan().totalMillis());
        assertTrue(preset.isDisabled(), "the plan is fixed while a session runs");
    }

    @Test
    void finishEndsTheSessionOnce(FxRobot robot) throws TimeoutException {
        List<String> finished = new ArrayList<>();
        robot.interact(() -> bar.setOnFinish(() -> finished.add("done")));
        robot.clickOn("#timer-start");
        clock.advanceMinutes(46);
        awaitText(robot, "#timer-phase", "Time is up");
        robot.interact(bar::refresh);                   // later ticks do not finish it again
        robot.interact(bar::refresh);
        assertEquals(List.of("done"), finished);
        assertEquals("0:00", text(robot, "#timer-countdown"));
        assertNotNull(bar.timer());
        assertTrue(bar.timer().isFinished());
        assertTrue(robot.lookup("#timer-pause").queryAs(Button.class).isDisabled());
    }

    @Test
    void everyPhaseIsLabelledInFullAndFillsAsItsTimeRuns(FxRobot robot) throws TimeoutException {
        for (Phase p : Phase.values()) {
            Label l = bar.phaseStrip().label(p);
            assertFalse(l.getText().isBlank());
            assertTrue(l.getWidth() + 0.5 >= l.prefWidth(-1), p + " label cut: " + l.getWidth() + " < " + l.prefWidth(-1));
            assertFalse(l.getText().endsWith("…") || l.getText().endsWith("..."));
        }
        assertEquals("Clarify", bar.phaseStrip().label(Phase.CLARIFY).getText());
        robot.clickOn("#timer-start");
        clock.advanceMinutes(3);
        awaitText(robot, "#timer-countdown", "42:00");
        double clarify = bar.phaseStrip().fill(Phase.CLARIFY);
        assertTrue(clarify > 0.3 && clarify < 1, "clarify part-filled: " + clarify);
        assertEquals(0.0, bar.phaseStrip().fill(Phase.MODEL));
        for (Phase p : Phase.values()) {
            Label l = bar.phaseStrip().label(p);
            assertTrue(l.getWidth() + 0.5 >= l.prefWidth(-1), p + " label cut while running");
        }
        for (javafx.scene.Node n : bar.lookupAll(".label, .button")) {
            if (n instanceof javafx.scene.control.Labeled c && n.isVisible() && !c.getText().isEmpty()) {
                assertTrue(c.getWidth() + 0.5 >= c.prefWidth(-1), "cut: " + c.getText() + " " + c.getWidth());
            }
        }
        javafx.scene.Node seg = robot.lookup("#phase-bar-clarify").query();
        assertTrue(seg.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("current")));
        javafx.scene.layout.Region fill = (javafx.scene.layout.Region) robot.lookup("#phase-bar-clarify .phase-fill").query();
        assertTrue(fill.getWidth() > 0.3 * (((javafx.scene.layout.Region) seg).getWidth() - 2), "the fill is drawn");
    }

    @Test
    void theEndOfTimeMayWaitForADialog(FxRobot robot) throws TimeoutException {
        List<String> outcome = new ArrayList<>();
        bar.setOnFinish(() -> {
            // what finishing does when a save fails: a dialog the user must answer
            Stage dialog = new Stage();
            dialog.setScene(new Scene(new VBox(new Label("answer me")), 200, 80));
            javafx.application.Platform.runLater(dialog::close);
            try {
                dialog.showAndWait();
                outcome.add("waited");
            } catch (IllegalStateException e) {
                outcome.add(e.getMessage());
            }
        });
        robot.clickOn("#timer-start");
        clock.advanceMinutes(46);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !outcome.isEmpty());
        assertEquals(List.of("waited"), outcome);
    }

    @Test
    void aClosedWindowsClockStops(FxRobot robot) throws TimeoutException {
        List<String> finished = new ArrayList<>();
        bar.setOnFinish(() -> finished.add("finished"));
        robot.clickOn("#timer-start");
        Stage window = (Stage) bar.getScene().getWindow();
        robot.interact(window::hide);
        clock.advanceMinutes(46);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), finished, "nothing finishes behind a closed window");

        robot.interact(window::show);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !finished.isEmpty());
        assertEquals(List.of("finished"), finished, "shown again, the clock catches up");
    }
}
