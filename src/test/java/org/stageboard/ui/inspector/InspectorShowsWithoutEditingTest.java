package org.stageboard.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;
import org.stageboard.ui.canvas.BoardCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector has no echo flags: showing what is selected puts the board's values into its fields, and that
 * must never count as an edit, even for values the fields cannot write back exactly (a blank alternative).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class InspectorShowsWithoutEditingTest {
    private final Board board = Board.empty().withTitle("Feed").withPrompt("Design a feed")
            .addNode(Node.of("n1", org.stageboard.model.Stage.MODEL, "Ranker", 0, 0).withText("GBDT")
                    .withTradeoffs(List.of(new TradeOff("GBDT", List.of("DNN", ""), "fast"))))
            .addNode(Node.of("n2", org.stageboard.model.Stage.DATA, "Logs", 300, 0))
            .addEdge(new Edge("e1", "n2", "n1", "features"));
    private final Document document = new Document(board);
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new BoardCanvas(document);
        InspectorPane inspector = new InspectorPane(canvas.session(), canvas.commands());
        stage.setScene(new Scene(new BorderPane(canvas, null, inspector, null, null), 1100, 700));
        stage.show();
    }

    @Test
    void selectingBoxesArrowsAndNothingInTurnChangesNothing(FxRobot robot) {
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n2")));
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1", "n2")));
        robot.interact(() -> canvas.session().selection().set(List.of(), Set.of("e1")));
        robot.interact(() -> canvas.session().selection().clear());
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(board, document.board());
        assertEquals(0, document.undoDepth());
        assertFalse(document.isDirty());
    }

    @Test
    void typingInAFieldIsAnEditOfTheSelectedBox(FxRobot robot) {
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        // the rows sit at the bottom of the inspector: scroll them into view, as a user would
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".inspector").query()).setVvalue(1));
        robot.clickOn("#tradeoff-over-0").write("x");
        assertEquals(List.of("DNN", "x"), document.board().node("n1").orElseThrow().tradeoffs().get(0).over());
        assertEquals(1, document.undoDepth());
    }
}
