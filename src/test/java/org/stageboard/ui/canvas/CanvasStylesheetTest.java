package org.stageboard.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.render.BoardView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The canvas styles its boxes in any scene, but declares the board's stylesheet itself only where the scene does
 * not: a second declaration made JavaFX's CSS bookkeeping the bulk of opening a big board.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class CanvasStylesheetTest {
    private final Board board = Board.empty().addNode(Node.of("n1", Stage.DATA, "Logs", 0, 0));

    private static Color titleFill(BoardCanvas canvas) {
        Text title = (Text) canvas.lookup(".stage-box-title");
        return (Color) title.getFill();
    }

    @Test
    void aBareSceneGetsTheStylesheetFromTheCanvas(FxRobot robot) {
        robot.interact(() -> {
            BoardCanvas canvas = new BoardCanvas(new Document(board));
            Scene scene = new Scene(new StackPane(canvas), 400, 300);
            scene.getRoot().applyCss();
            assertTrue(canvas.getStylesheets().contains(BoardView.STYLESHEET));
            assertEquals(Color.web("#1b1f23"), titleFill(canvas), "the box is styled by board.css");
        });
    }

    @Test
    void aSceneCarryingTheStylesheetLeavesTheCanvasWithoutItAndBackWhenItGoes(FxRobot robot) {
        robot.interact(() -> {
            BoardCanvas canvas = new BoardCanvas(new Document(board));
            // as the main window does: the scene first, its stylesheets after
            Scene scene = new Scene(new StackPane(canvas), 400, 300);
            scene.getStylesheets().add(BoardView.STYLESHEET);
            scene.getRoot().applyCss();
            assertFalse(canvas.getStylesheets().contains(BoardView.STYLESHEET));
            assertEquals(Color.web("#1b1f23"), titleFill(canvas));
            scene.getStylesheets().clear();
            assertTrue(canvas.getStylesheets().contains(BoardView.STYLESHEET), "styled again by the canvas");
        });
    }
}
