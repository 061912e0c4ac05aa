package org.stageboard.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.ui.canvas.BoardCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A box's fields (stage, title, the rich-text notes, trade-offs) are not built for the window's first frame, which
 * shows the board's fields; the first selection of a box builds them at once, showing that box and editing it.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class InspectorBuildsBoxFieldsOnFirstSelectionTest {
    private final Board board = Board.empty().withTitle("Feed")
            .addNode(Node.of("n1", org.stageboard.model.Stage.MODEL, "Ranker", 0, 0).withText("GBDT"))
            .addNode(Node.of("n2", org.stageboard.model.Stage.DATA, "Logs", 300, 0).withText("click logs"));
    private final Document document = new Document(board);
    private BoardCanvas canvas;
    private InspectorPane inspector;

    @Start
    void start(Stage stage) {
        canvas = new BoardCanvas(document);
        inspector = new InspectorPane(canvas.session(), canvas.commands());
        stage.setScene(new Scene(new BorderPane(canvas, null, inspector, null, null), 1100, 700));
        stage.show();
    }

    @Test
    void theBoardsFieldsShowWithoutTheBoxFieldsWhichTheFirstSelectionBuildsAndFills(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(inspector.boxFieldsBuilt());
        assertEquals("Feed", robot.lookup("#inspector-board-title").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#inspector-notes").tryQuery().isEmpty());

        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        assertTrue(inspector.boxFieldsBuilt());
        assertEquals("GBDT", robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class).getText());
        assertEquals("Ranker", robot.lookup("#inspector-title").queryAs(TextField.class).getText());
        assertEquals(org.stageboard.model.Stage.MODEL, robot.lookup("#inspector-stage").queryAs(ComboBox.class).getValue());

        robot.interact(inspector::prepareBoxFields); // as the window does after its first frame: no change
        assertEquals("GBDT", robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class).getText());

        // the same fields follow the next box
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n2")));
        assertEquals("click logs", robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class).getText());
        assertEquals(board, document.board());
        assertEquals(0, document.undoDepth());
    }

    @Test
    void fieldsPreparedAfterTheFirstFrameAreStyledAndSkinnedButNotShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.Node> shownBefore = List.copyOf(shown());
        robot.interact(inspector::prepareBoxFields); // as the window does after its first frame
        assertTrue(inspector.boxFieldsBuilt());
        assertTrue(inspector.boxFieldsStyled(), "styled and skinned before the first click needs them");
        assertTrue(robot.lookup("#inspector-notes").tryQuery().isEmpty(), "the board's fields still show alone");
        assertEquals(shownBefore, shown(), "the fields were styled where no frame shows them, and left");
        assertEquals("Feed", robot.lookup("#inspector-board-title").queryAs(TextField.class).getText());

        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        ComboBox<?> stage = robot.lookup("#inspector-stage").queryAs(ComboBox.class);
        StyleClassedTextArea notes = robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class);
        assertEquals("GBDT", notes.getText());
        assertEquals(org.stageboard.model.Stage.MODEL, stage.getValue());
        assertTrue(stage.isVisible() && notes.isVisible() && notes.getParent() == inspector.getContent(),
                "the first selection shows the prepared fields in the pane itself");
        assertEquals(board, document.board());
        assertEquals(0, document.undoDepth());
    }

    @Test
    void typingInTheNotesBuiltOnFirstSelectionEditsTheBoxAsOneStep(FxRobot robot) {
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("n1")));
        robot.clickOn("#inspector-notes");
        robot.interact(() -> robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class).moveTo(4));
        robot.write(" trees");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GBDT trees", document.board().node("n1").orElseThrow().text());
        assertEquals(1, document.undoDepth());
        robot.interact(() -> canvas.commands().undo());
        assertEquals("GBDT", document.board().node("n1").orElseThrow().text());
        assertEquals("GBDT", robot.lookup("#inspector-notes").queryAs(StyleClassedTextArea.class).getText());
    }

    private List<javafx.scene.Node> shown() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((javafx.scene.layout.VBox) inspector.getContent()).getChildren();
    }
}
