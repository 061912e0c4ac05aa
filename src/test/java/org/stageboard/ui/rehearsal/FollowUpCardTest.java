package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.FollowUp;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.LogEntry;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.RehearsalSession;
import org.stageboard.rehearsal.SessionTimer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class FollowUpCardTest {
    private final List<String> added = new ArrayList<>();
    private RehearsalSession session;

    @Start
    void start(Stage stage) {
        Board board = Board.empty().addNode(Node.of("n1", org.stageboard.model.Stage.SERVING, "Serving", 0, 0)
                .withText("online, real-time API"));
        session = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), new FakeClock(0)), board,
                new FollowUpPicker(FollowUpBank.general()));
        FollowUpCard card = new FollowUpCard(session, (stage1, text) -> added.add(stage1.id() + ": " + text));
        stage.setScene(new Scene(card, 460, 260));
        stage.show();
    }

    private String question(FxRobot robot) {
        return robot.lookup("#followup-question").queryAs(Label.class).getText();
    }

    private List<LogEntry.Kind> kinds() {
        return session.log().followUps().stream().map(LogEntry::kind).toList();
    }

    @Test
    void nextSkipAndAddToBoard(FxRobot robot) {
        assertEquals("Press Next for a follow-up question.", question(robot));
        robot.clickOn("#followup-next");
        FollowUp first = session.current().orElseThrow();
        assertEquals(first.question(), question(robot));
        assertTrue(robot.lookup("#followup-stage").queryAs(Label.class).getText().contains("Serving"),
                "an online-serving board gets a serving question first");
        String why = robot.lookup("#followup-why").queryAs(Label.class).getText();
        assertEquals(session.currentReason().orElseThrow(), why);
        assertTrue(why.contains("latency budget") || why.contains("online"), "the card says why: " + why);

        assertTrue(robot.lookup("#followup-add").queryAs(Button.class).isDisabled(), "nothing to add yet");
        robot.clickOn("#followup-answer").write("Canary 1%, then 10%, watch p99");
        robot.clickOn("#followup-add");
        assertEquals(List.of(first.stage().id() + ": Canary 1%, then 10%, watch p99"), added);
        assertEquals("", robot.lookup("#followup-answer").queryAs(TextField.class).getText());
        assertNotEquals(first.question(), question(robot), "an answer moves the card on to the next question");

        robot.clickOn("#followup-skip");
        FollowUp second = session.current().orElseThrow();
        assertNotEquals(first.id(), second.id());
        assertEquals(second.question(), question(robot));
        robot.clickOn("#followup-next");
        assertNotEquals(second.question(), question(robot));
        assertEquals(List.of(LogEntry.Kind.FOLLOW_UP_ASKED, LogEntry.Kind.FOLLOW_UP_ANSWERED,
                LogEntry.Kind.FOLLOW_UP_ASKED, LogEntry.Kind.FOLLOW_UP_SKIPPED, LogEntry.Kind.FOLLOW_UP_ASKED, LogEntry.Kind.FOLLOW_UP_ASKED), kinds());
    }
}
