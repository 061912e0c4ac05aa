package org.stageboard.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.stageboard.ui.canvas.Selection;

/**
 * The inspector's view-model without a screen: typing into a property is the named edit of the selected box, the
 * board's values come back after every change, and a burst of typing is one undo step. What the robot tests used to
 * reach by typing into fields (the "over" list, trade-off rows, merging) is specified here.
 */
class InspectorModelTest {
    private final Board board = Board.empty().withTitle("Feed").withPrompt("Design a feed")
            .addNode(Node.of("n1", Stage.MODEL, "Ranker", 0, 0).withText("GBDT")
                    .withTradeoffs(List.of(new TradeOff("GBDT", List.of("DNN", ""), "fast"))))
            .addNode(Node.of("n2", Stage.DATA, "Logs", 300, 0))
            .addNode(Node.of("n3", Stage.DATA, "Events", 600, 0))
            .addEdge(new Edge("e1", "n2", "n1", "features"));
    private final long[] now = {0};
    private final Document document = new Document(board, () -> now[0]);
    private final Selection selection = new Selection();
    private final InspectorModel model = new InspectorModel(document, selection);

    private Node node(String id) {
        return document.board().node(id).orElseThrow();
    }

    /** Types {@code text} one character at a time, 100 ms apart, into a property, as a keyboard would. */
    private void type(javafx.beans.property.StringProperty field, String text) {
        for (char c : text.toCharArray()) {
            now[0] += 100;
            field.set(field.get() + c);
        }
    }

    @Test
    void selectingShowsTheBoardsValuesAndEditsNothing() {
        assertEquals("Feed", model.boardTitleProperty().get());
        assertEquals("Design a feed", model.promptProperty().get());
        selection.selectNodes(List.of("n1"));
        assertEquals("Ranker", model.titleProperty().get());
        assertEquals("GBDT", model.notesProperty().get());
        assertEquals(Stage.MODEL, model.stageProperty().get());
        assertEquals("DNN, ", model.tradeOffs().get(0).overProperty().get(), "a blank alternative is shown as such");
        selection.selectNodes(List.of("n2"));
        assertEquals("Logs", model.titleProperty().get());
        assertTrue(model.tradeOffs().isEmpty());
        selection.selectNodes(List.of("n2", "n3"));
        assertEquals(Stage.DATA, model.stageProperty().get(), "the stage both share");
        selection.selectNodes(List.of("n1", "n2"));
        assertNull(model.stageProperty().get(), "no common stage");
        selection.set(List.of(), Set.of("e1"));
        assertEquals("features", model.edgeLabelProperty().get());
        selection.clear();
        selection.selectNodes(List.of("n1"));
        assertEquals(board, document.board());
        assertEquals(0, document.undoDepth());
        assertFalse(document.isDirty());
    }

    @Test
    void typingATitleIsOneNamedStepPerBurstOnTheSelectedBox() {
        selection.selectNodes(List.of("n2"));
        type(model.titleProperty(), " v2");
        assertEquals("Logs v2", node("n2").title());
        assertEquals("Ranker", node("n1").title(), "only the selected box");
        assertEquals(1, document.undoDepth(), "one burst, one step");
        assertEquals("Edit title", document.undoDescription());
        now[0] += 2 * Document.MERGE_WINDOW_MILLIS;
        type(model.titleProperty(), "!");
        assertEquals(2, document.undoDepth(), "a pause starts a new step");
        type(model.notesProperty(), "raw");
        assertEquals(3, document.undoDepth(), "another field, another step");
        document.undo();
        assertEquals("", node("n2").text());
        assertEquals("", model.notesProperty().get(), "undo puts the board's value back into the property");
    }

    @Test
    void fieldsOfNothingSelectedEditNothing() {
        selection.selectNodes(List.of("n1", "n2"));
        model.titleProperty().set("typed into a hidden field");
        model.addTradeOff();
        assertEquals(board, document.board());
        selection.set(List.of(), Set.of("e1"));
        model.titleProperty().set("still hidden");
        assertEquals(board, document.board());
    }

    @Test
    void stageAppliesToEverySelectedBox() {
        selection.selectNodes(List.of("n1", "n2"));
        model.stageProperty().set(Stage.SERVING);
        assertEquals(Stage.SERVING, node("n1").stage());
        assertEquals(Stage.SERVING, node("n2").stage());
        assertEquals(Stage.DATA, node("n3").stage());
        assertEquals(1, document.undoDepth());
    }

    @Test
    void theOverListIsSplitAsTypedAndKeepsWhatIsBeingTyped() {
        selection.selectNodes(List.of("n2"));
        model.addTradeOff();
        assertEquals(1, model.tradeOffs().size(), "the new row is shown");
        TradeOffRow row = model.tradeOffs().get(0);
        type(row.choiceProperty(), "online");
        type(row.overProperty(), "batch, ");
        assertEquals("batch, ", row.overProperty().get(), "the separator just typed stays in the field");
        assertEquals(List.of("batch"), node("n2").tradeoffs().get(0).over());
        type(row.overProperty(), "hybrid；规则、x");
        assertEquals(List.of("batch", "hybrid", "规则", "x"), node("n2").tradeoffs().get(0).over());
        type(row.becauseProperty(), "fresh scores");
        assertEquals(new TradeOff("online", List.of("batch", "hybrid", "规则", "x"), "fresh scores"),
                node("n2").tradeoffs().get(0));
        assertEquals(4, document.undoDepth(), "add, then one step per field typed");
        assertEquals("Edit trade-off", document.undoDescription());
    }

    @Test
    void typingAfterABlankAlternativeEditsOnlyWhatWasTyped() {
        selection.selectNodes(List.of("n1"));
        type(model.tradeOffs().get(0).overProperty(), "x");
        assertEquals(List.of("DNN", "x"), node("n1").tradeoffs().get(0).over());
        assertEquals(1, document.undoDepth());
    }

    @Test
    void rowsAreRebuiltForAnotherBoxAndOldRowsEditNothing() {
        selection.selectNodes(List.of("n1"));
        TradeOffRow old = model.tradeOffs().get(0);
        selection.selectNodes(List.of("n3"));
        model.addTradeOff();
        old.choiceProperty().set("typed into a row no longer shown");
        assertEquals(board.node("n1"), document.board().node("n1"));
        assertEquals("", node("n3").tradeoffs().get(0).choice());
        model.removeTradeOff(0);
        assertTrue(node("n3").tradeoffs().isEmpty());
        assertTrue(model.tradeOffs().isEmpty());
        assertEquals("Remove trade-off", document.undoDescription());
    }

    @Test
    void boardTitlePromptAndArrowLabelAreEditsOfTheirOwn() {
        type(model.boardTitleProperty(), "!");
        type(model.promptProperty(), "?");
        selection.set(List.of(), Set.of("e1"));
        type(model.edgeLabelProperty(), "+ids");
        assertEquals("Feed!", document.board().title());
        assertEquals("Design a feed?", document.board().prompt());
        assertEquals("features+ids", document.board().edge("e1").orElseThrow().label());
        assertEquals(3, document.undoDepth());
        document.reset(Board.empty().withTitle("Other"));
        assertEquals("Other", model.boardTitleProperty().get(), "a new board is shown");
        assertFalse(document.isDirty(), "showing it is no edit");
    }
}
