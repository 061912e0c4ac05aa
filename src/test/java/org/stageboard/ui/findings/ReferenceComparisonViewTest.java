package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class ReferenceComparisonViewTest {
    private ReferenceComparisonView view;

    @Start
    void start(Stage stage) {
        view = new ReferenceComparisonView();
        stage.setScene(new Scene(view, 420, 400));
        stage.show();
    }

    @Test
    void showsCoveredAndMissedPointsWithWhatMatched(FxRobot robot) {
        Board reference = TestBoards.board(
                TestBoards.box("d", org.stageboard.model.Stage.DATA, "• Labels from clicks\n• Split by time"));
        Board user = TestBoards.board(
                TestBoards.box("d", org.stageboard.model.Stage.DATA, "We label clicked items"));
        robot.interact(() -> view.show(user, reference));
        assertEquals(1, view.results().size());
        assertEquals(1, robot.lookup(".compare-point-covered").queryAll().size(), view.results().toString());
        assertEquals(1, robot.lookup(".compare-point-missed").queryAll().size());
        // issue 8: whole phrases, the point and the user's sentence; never the stems the matcher works on
        javafx.scene.control.Label covered = robot.lookup(".compare-point-covered").queryAs(javafx.scene.control.Label.class);
        assertTrue(covered.getText().startsWith("Labels from clicks\n"), covered.getText());
        assertTrue(covered.getText().contains("your words: \u201cWe label clicked items\u201d"), covered.getText());
        assertNoStems(robot, reference, user);
    }

    @Test
    void stemmedFragmentsNeverReachTheScreen(FxRobot robot) {
        Board reference = TestBoards.board(
                TestBoards.box("e", org.stageboard.model.Stage.EVALUATION,
                        "• Minimise false declines while keeping fraud losses flat\n• Precision at 1% FPR"),
                TestBoards.box("d", org.stageboard.model.Stage.DATA, "• 用点击作为正样本\n• Метки из чарджбэков"));
        Board user = TestBoards.board(
                TestBoards.box("e", org.stageboard.model.Stage.EVALUATION,
                        "Offline: precision at a fixed FPR. Online we minimize falsely declined payments, "
                                + "and we watch fraud losses."),
                TestBoards.box("d", org.stageboard.model.Stage.DATA, "正样本来自点击。Метки берём из чарджбэков."));
        robot.interact(() -> view.show(user, reference));
        assertEquals(4, robot.lookup(".compare-point-covered").queryAll().size(), view.results().toString());
        assertNoStems(robot, reference, user);
        assertTrue(robot.lookup((javafx.scene.control.Label l) -> l.getText().contains(
                "\u201cOnline we minimize falsely declined payments, and we watch fraud losses.\u201d")).tryQuery()
                .isPresent());
        assertTrue(robot.lookup((javafx.scene.control.Label l) -> l.getText().contains("\u201c正样本来自点击。\u201d"))
                .tryQuery().isPresent());
    }

    /** Every word on show is a whole word of the reference, the user's board or the view's own text. */
    private static void assertNoStems(FxRobot robot, Board reference, Board user) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Board b : java.util.List.of(reference, user)) {
            b.nodes().forEach(n -> words.addAll(org.stageboard.text.Tokenizer.words(n.title() + " " + n.text())));
        }
        words.addAll(org.stageboard.text.Tokenizer.words("covered missed your words closest on board in"));
        for (javafx.scene.control.Label l : robot.lookup(".compare-point-covered, .compare-point-missed")
                .queryAllAs(javafx.scene.control.Label.class)) {
            for (String w : org.stageboard.text.Tokenizer.words(l.getText())) {
                assertTrue(words.contains(w), "\"" + w + "\" is no word of either board: " + l.getText());
            }
        }
    }
}
