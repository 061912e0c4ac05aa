package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.SessionLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReplayViewTest {
    private final List<Board> shown = new ArrayList<>();
    private Board b0;
    private Board b1;
    private Board b2;

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
        stage.setScene(new Scene(new ReplayView(log, shown::add), 600, 60));
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
}
