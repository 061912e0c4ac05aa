package org.stageboard.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Node;
import org.stageboard.template.Seeder;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: presenter mode shows the board, not the editor: no handles, practice hints, badges or help text. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class PresenterShowsNoEditingCuesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    /** The nodes of a style class that would show: visible and not see-through, after CSS. */
    private List<javafx.scene.Node> showing(FxRobot robot, String selector) {
        robot.interact(() -> window.stage().getScene().getRoot().applyCss());
        return robot.lookup(selector).queryAll().stream()
                .filter(n -> n.isVisible() && n.getOpacity() > 0).toList();
    }

    @Test
    void handlesHintsAndBadgesDisappearWhilePresentingAndComeBackAfter(FxRobot robot) {
        robot.interact(() -> window.showNewBoard(
                Seeder.seed(window.templates().byId("payment-fraud-detection").orElseThrow(), Seeder.Mode.PRACTICE)));
        BoardCanvas canvas = window.canvas();
        Node first = window.document().board().nodes().get(0);
        robot.interact(() -> canvas.reveal(first.id()));
        Point2D local = canvas.session().viewport().toScreen(first.x() + 20, first.y() + 20);
        robot.clickOn(canvas.localToScreen(local.getX(), local.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, ".connect-handle").isEmpty(), "editing: the selected box has a connect handle");
        assertFalse(showing(robot, ".stage-box-hint").isEmpty(), "editing: practice hints in the empty boxes");

        robot.push(KeyCode.F5);
        assertTrue(window.presenter().isPresenting());
        assertEquals(List.of(), showing(robot, ".connect-handle"), "presenting: no connect handles");
        assertEquals(List.of(), showing(robot, ".resize-handle"), "no resize handles");
        assertEquals(List.of(), showing(robot, ".stage-box-hint"), "no practice hints");
        assertEquals(List.of(), showing(robot, ".box-badge"), "no checker badges");

        robot.interact(() -> window.presenter().leave());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, ".stage-box-hint").isEmpty(), "back in the editor the hints are there again");
    }

    @Test
    void anEmptyBoardShowsNoHelpTextWhilePresenting(FxRobot robot) {
        assertFalse(showing(robot, "#empty-board-hint").isEmpty(), "editing an empty board: where to start");
        robot.clickOn(window.canvas());
        robot.push(KeyCode.F5);
        assertEquals(List.of(), showing(robot, "#empty-board-hint"));
    }

    @Test
    void howToLeaveIsASmallCornerNoteNotABannerAcrossTheBoard(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.push(KeyCode.F5);
        assertEquals("", window.stage().getFullScreenExitHint(), "no JavaFX banner in the middle of the board");
        javafx.scene.control.Label hint = window.presenter().cornerHint();
        assertTrue(hint.isVisible() && hint.getText().contains("F5"), "the corner note says how to leave");
        javafx.geometry.Bounds note = hint.localToScene(hint.getBoundsInLocal());
        javafx.geometry.Bounds board = window.canvas().localToScene(window.canvas().getBoundsInLocal());
        assertTrue(note.getWidth() < board.getWidth() / 2, "small: " + note.getWidth() + " of " + board.getWidth());
        assertTrue(note.getMinX() > board.getCenterX() && note.getMinY() > board.getCenterY(), "bottom right: " + note);
        robot.interact(() -> window.presenter().leave());
        assertFalse(hint.isVisible(), "gone after leaving");
    }
}
