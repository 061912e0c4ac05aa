package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.check.TestBoards;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
        assertEquals(1, robot.lookup(".compare-point-covered").queryAll().size());
        assertEquals(1, robot.lookup(".compare-point-missed").queryAll().size());
        assertTrue(robot.lookup((javafx.scene.control.Label l) -> l.getText().contains("matched: label, click"))
                .tryQuery().isPresent());
    }
}
