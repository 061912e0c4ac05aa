package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.LogEntry;
import org.stageboard.rehearsal.SessionFiles;
import org.stageboard.rehearsal.curveball.Curveball;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short rehearsal in the real window on a hand-moved clock: the curveball arrives on the card at 40% of the plan,
 * distinct from a question; the answer goes onto the board; at the finish the report window shows the scorecard and
 * the saved report holds it.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class CurveballRehearsalTest {
    private final Locale before = Messages.locale();
    private final FakeClock clock = new FakeClock(1_000_000);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        window.rehearsal().setClock(clock);
        stage.setWidth(1300);
        stage.setHeight(850);
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        Messages.setLocale(before);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void theCurveballArrivesMidSessionAndTheReportScoresIt(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("curveball");
        Path file = dir.resolve("fraud.stageboard");
        window.files().setChooser((save, current) -> java.util.Optional.of(file));
        Template fraud = window.templates().byId("payment-fraud-detection").orElseThrow();
        robot.interact(() -> window.showNewBoard(Seeder.seed(fraud, Seeder.Mode.REFERENCE)));
        robot.clickOn(window.canvas());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertEquals(org.stageboard.rehearsal.curveball.CurveballSchedule.Count.ONE,
                robot.lookup("#timer-curveballs").queryComboBox().getValue(), "one curveball by default");
        robot.clickOn("#timer-start");
        WaitForAsyncUtils.waitForFxEvents();
        FollowUpCard card = window.rehearsal().card();
        String question = card.questionText();

        clock.advanceMinutes(10); // framing: too early
        robot.interact(() -> window.rehearsal().timerBar().refresh());
        assertFalse(card.shownCurveball().isPresent());
        assertFalse(robot.lookup("#curveball-heading").queryAs(Label.class).isVisible());

        clock.advanceMinutes(9); // 19:00 of 45:00, past 40%
        robot.interact(() -> window.rehearsal().timerBar().refresh());
        WaitForAsyncUtils.waitForFxEvents();
        Curveball shown = card.shownCurveball().orElseThrow();
        assertEquals(fraud.curveballs().get(0).text(), shown.text(), "the template's own curveball first");
        Label heading = robot.lookup("#curveball-heading").queryAs(Label.class);
        assertTrue(heading.isVisible());
        assertEquals("Requirement change", heading.getText());
        assertTrue(card.getStyleClass().contains("curveball"), "styled apart from a question");
        assertEquals(shown.text(), card.questionText());

        int boxes = window.document().board().nodes().size();
        robot.clickOn("#followup-answer").write("Train on matured labels, proxy on 3DS outcomes");
        robot.clickOn("#followup-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(boxes + 1, window.document().board().nodes().size(), "the answer is a note on the board");
        assertFalse(card.getStyleClass().contains("curveball"));
        assertEquals(question, card.questionText(), "back to the interrupted question");
        List<LogEntry> logged = window.rehearsal().session().log().curveballs();
        assertEquals(1, logged.size());

        clock.advanceMinutes(3);
        int windows = robot.listWindows().size();
        var history = new org.stageboard.rehearsal.history.HistoryStore(dir.resolve("history.json"));
        window.rehearsal().setHistory(history);
        robot.interact(() -> window.rehearsal().finish());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listWindows().size() > windows, "the report window opened");
        assertTrue(robot.lookup("#scorecard").tryQuery().isPresent(), "the scorecard is in the report window");
        Label framing = robot.lookup("#score-framing").queryAs(Label.class);
        assertEquals("Problem framing", framing.getText());
        List<String> texts = robot.lookup("#scorecard .evidence").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(7, texts.size());
        assertTrue(texts.get(0).startsWith("Requirements state “"), texts.get(0));
        assertTrue(texts.get(6).contains("1 of 1 curveball changed the board"), texts.get(6));

        String md = Files.readString(SessionFiles.reportFileFor(file));
        assertTrue(md.contains("## Scorecard") && md.contains("## Curveballs"), md);
        assertTrue(Files.exists(SessionFiles.scorecardImageFor(file)));
        Board reloaded = SessionFiles.load(file).session().log().lastBoard();
        assertEquals(boxes + 1, reloaded.nodes().size());

        // the history keeps what the report showed: the scorecard's levels and the curveball, answered
        var recorded = history.load().entries();
        assertEquals(1, recorded.size());
        assertEquals(1, recorded.get(0).curveballsDelivered());
        assertEquals(1, recorded.get(0).curveballsAnswered());
        assertEquals(7, recorded.get(0).levels().size(), "a level for every dimension");
    }
}
