package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.SessionLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class ReplayViewTest {
    private final List<Board> shown = new ArrayList<>();
    private Board b0;
    private Board b1;
    private Board b2;
    private ReplayView view;
    private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

    @Start
    void start(Stage stage) {
        FakeClock clock = new FakeClock(0);
        b0 = Board.empty().withTitle("Spam");
        SessionLog log = new SessionLog(b0, clock);
        clock.advance(60_000);
        b1 = b0.addNode(Node.of("n1", org.stageboard.model.Stage.DATA, "Labels", 0, 0));
        log.recordEdit(b0, b1, "add");
        clock.advance(60_000);
        b2 = b1.replaceNode(b1.node("n1").orElseThrow().withText("user reports, 垃圾邮件"));
        log.recordEdit(b1, b2, "type");
        clock.advance(30_000);
        log.finished();
        view = new ReplayView(log, shown::add, nanos::get);
        stage.setScene(new Scene(view, 700, 90));
        stage.show();
    }

    @Test
    void sliderYieldsTheBoardAtThatTime(FxRobot robot) {
        assertEquals(List.of(b0), shown, "starts at the beginning");
        Slider slider = robot.lookup("#replay-slider").queryAs(Slider.class);
        assertEquals(150_000, slider.getMax());
        robot.interact(() -> slider.setValue(90_000));
        assertSame(b1, shown.get(shown.size() - 1));
        assertEquals("1:30 / 2:30", robot.lookup("#replay-time").queryAs(Label.class).getText());
        robot.interact(() -> slider.setValue(95_000));
        assertEquals(2, shown.size(), "same board, no new callback");
        robot.interact(() -> slider.setValue(120_000));
        assertSame(b2, shown.get(shown.size() - 1));
        robot.interact(() -> slider.setValue(59_999));
        assertSame(b0, shown.get(shown.size() - 1));
    }

    @Test
    void stepButtonsJumpFromChangeToChange(FxRobot robot) {
        robot.clickOn("#replay-next");
        assertSame(b1, shown.get(shown.size() - 1));
        robot.clickOn("#replay-next");
        assertSame(b2, shown.get(shown.size() - 1));
        robot.clickOn("#replay-prev");
        assertSame(b1, shown.get(shown.size() - 1));
        robot.clickOn("#replay-prev");
        assertSame(b0, shown.get(shown.size() - 1));
    }

    @Test
    void playRunsAtTheChosenSpeedPauseStopsItAndEachStepSaysWhatChanged(FxRobot robot) {
        org.stageboard.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        assertEquals("Start of the session", view.stepText());
        robot.interact(() -> view.setSpeed(10));
        robot.clickOn("#replay-play");
        assertTrue(view.isPlaying());
        nanos.addAndGet(7_000_000_000L);              // 7 s of real time at 10× is 70 s of the session
        robot.interact(view::advance);
        assertEquals(70_000, view.position());
        assertSame(b1, shown.get(shown.size() - 1));
        assertEquals("1:00 · Data: added box \"Labels\" (Data)", view.stepText());

        robot.clickOn("#replay-play");                 // pause
        assertFalse(view.isPlaying());
        nanos.addAndGet(5_000_000_000L);
        robot.interact(view::advance);
        assertEquals(70_000, view.position(), "paused: the position stays");

        robot.interact(() -> view.setSpeed(2));
        robot.clickOn("#replay-play");
        nanos.addAndGet(30_000_000_000L);             // 30 s at 2× = 60 s more
        robot.interact(view::advance);
        assertEquals(130_000, view.position());
        assertEquals("2:00 · Data: edited the text of \"Labels\" (Data)", view.stepText());
        nanos.addAndGet(60_000_000_000L);
        robot.interact(view::advance);
        assertEquals(150_000, view.position(), "stops at the end");
        assertFalse(view.isPlaying());
    }
}
