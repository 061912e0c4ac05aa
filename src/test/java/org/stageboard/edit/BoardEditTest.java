package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/** Every editor action as a record, without a screen: what it does, what Undo calls it, what it merges with. */
@ExtendWith(InEnglish.class)
class BoardEditTest {
    private final Board board = Board.empty().withTitle("Feed ranking")
            .addNode(Node.of("n1", Stage.DATA, "Logs", 0, 0).withTradeoffs(List.of(new TradeOff("GBDT", List.of("DNN"), "fast"))))
            .addNode(Node.of("n2", Stage.MODEL, "Ranker", 300, 0))
            .addEdge(new Edge("e1", "n1", "n2", "features"));

    private Node node(Board b, String id) {
        return b.node(id).orElseThrow();
    }

    /** One example of every record, with the English name Edit › Undo shows for it. */
    private Map<BoardEdit, String> examples() {
        return Map.ofEntries(
                Map.entry(AddBox.at(board, Stage.SERVING, 40, 60), "Add box"),
                Map.entry(new Move(Set.of("n1"), 20, 0, 1), "Move"),
                Map.entry(new Nudge(Set.of("n1"), 0, 10), "Nudge"),
                Map.entry(new Resize("n1", 0, 0, 300, 200, 1), "Resize"),
                Map.entry(Connect.between(board, "n2", "n1").orElseThrow(), "Connect"),
                Map.entry(new DeleteSelection(Set.of("n2"), Set.of()), "Delete"),
                Map.entry(InsertCopies.of(board, Edits.fragment(board, List.of("n1", "n2")), 0, 200,
                        InsertCopies.Purpose.PASTE), "Paste"),
                Map.entry(AddAnswerNote.at(board, Stage.MODEL, "AUC 0.81", 0, 300, "n2"), "Add follow-up answer"),
                Map.entry(new RecoverWork(Board.empty().withTitle("recovered")), "Recover unsaved work"),
                Map.entry(new SetText("n1", "Click logs", "30 days"), "Edit text"),
                Map.entry(new SetTitle("n1", "Click logs"), "Edit title"),
                Map.entry(new SetNotes("n1", "30 days"), "Edit notes"),
                Map.entry(new SetStage(Set.of("n1", "n2"), Stage.FEATURES), "Change stage"),
                Map.entry(new FixStage("n1", Stage.SERVING), "Turn note into Serving box"),
                Map.entry(new SetEdgeLabel("e1", "labels"), "Edit arrow label"),
                Map.entry(new SetBoardTitle("Video ranking"), "Edit board title"),
                Map.entry(new SetPrompt("Design a feed"), "Edit prompt"),
                Map.entry(new AddTradeOff("n2"), "Add trade-off"),
                Map.entry(new RemoveTradeOff("n1", 0), "Remove trade-off"),
                Map.entry(new SetTradeOffField("n1", 0, SetTradeOffField.TradeOffField.BECAUSE, "cheap"), "Edit trade-off"));
    }

    @Test
    void everyKindOfEditHasAnExampleThatChangesTheBoardAndIsNamedInEveryLanguage() {
        Map<BoardEdit, String> examples = examples();
        Set<Class<?>> covered = examples.keySet().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(BoardEdit.class.getPermittedSubclasses()), covered, "one example per record");
        for (var e : examples.entrySet()) {
            BoardEdit edit = e.getKey();
            assertNotEquals(board, edit.apply(board), edit + " changes the board");
            assertEquals(e.getValue(), edit.description(), edit.toString());
            String zh = Messages.getIn(Locale.CHINESE, edit.descriptionKey(), edit.descriptionArgs());
            String ru = Messages.getIn(Locale.forLanguageTag("ru"), edit.descriptionKey(), edit.descriptionArgs());
            assertFalse(zh.isBlank() || ru.isBlank() || zh.equals(e.getValue()) || ru.equals(e.getValue()),
                    "translated: " + edit.descriptionKey());
        }
    }

    @Test
    void anEditNamesItselfInTheCurrentLanguage() {
        Messages.setLocale(Locale.CHINESE);
        assertEquals("添加方框", AddBox.at(board, Stage.DATA, 0, 0).description());
        Messages.setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Правка компромисса",
                new SetTradeOffField("n1", 0, SetTradeOffField.TradeOffField.CHOICE, "x").description());
    }

    @Test
    void addBoxCreatesTheIdItCarriesTitledWithTheStage() {
        AddBox add = AddBox.at(board, Stage.SERVING, 40, 60);
        assertEquals("n3", add.id());
        Node n = node(add.apply(board), "n3");
        assertEquals(List.of(Stage.SERVING, "Serving", 40.0, 60.0), List.of(n.stage(), n.title(), n.x(), n.y()));
    }

    @Test
    void moveAndNudgeShiftOnlyTheirBoxesAndMergeByGestureOrKey() {
        Board moved = new Move(Set.of("n1"), 20, -10, 7).apply(board);
        assertEquals(List.of(20.0, -10.0), List.of(node(moved, "n1").x(), node(moved, "n1").y()));
        assertEquals(node(board, "n2"), node(moved, "n2"));
        assertEquals(new Move(Set.of("n2"), 1, 1, 7).mergeKey(), new Resize("n1", 0, 0, 1, 1, 7).mergeKey(),
                "every increment of one gesture merges");
        assertNotEquals(new Move(Set.of("n1"), 1, 1, 7).mergeKey(), new Move(Set.of("n1"), 1, 1, 8).mergeKey());
        assertFalse(new Move(Set.of("n1"), 1, 1, 7).mergeKey().timed(), "a gesture merges however long it pauses");
        assertFalse(new Nudge(Set.of("n1"), 1, 0).mergeKey().timed());
        assertEquals(new Nudge(Set.of("n1"), 1, 0).mergeKey(), new Nudge(Set.of("n2"), 0, 1).mergeKey());
    }

    @Test
    void resizeNeverGoesBelowTheMinimumSize() {
        Node n = node(new Resize("n1", 5, 5, 1, 1, 1).apply(board), "n1");
        assertEquals(List.of(5.0, 5.0, Node.MIN_WIDTH, Node.MIN_HEIGHT), List.of(n.x(), n.y(), n.width(), n.height()));
    }

    @Test
    void connectRefusesSelfLoopsUnknownBoxesAndDuplicates() {
        assertTrue(Connect.between(board, "n1", "n1").isEmpty());
        assertTrue(Connect.between(board, "n1", "zz").isEmpty());
        assertTrue(Connect.between(board, "n1", "n2").isEmpty(), "the arrow exists");
        Connect back = Connect.between(board, "n2", "n1").orElseThrow();
        Board b = back.apply(board);
        assertEquals(new Edge(back.id(), "n2", "n1", ""), b.edge(back.id()).orElseThrow());
        assertSame(b, back.apply(b), "applying twice adds no second arrow");
        assertSame(board, new Connect("e9", "n1", "gone").apply(board));
    }

    @Test
    void textEditsChangeOnlyTheirFieldGrowTheBoxAndMergePerBoxAndField() {
        Node n = node(new SetText("n1", "Click logs", "30 days").apply(board), "n1");
        assertEquals(List.of("Click logs", "30 days"), List.of(n.title(), n.text()));
        assertEquals("Logs", node(new SetNotes("n1", "x").apply(board), "n1").title());
        assertTrue(new SetText("n1", "", "").changesWords() && new SetTitle("n1", "").changesWords()
                && new SetNotes("n1", "").changesWords() && new AddTradeOff("n1").changesWords());
        assertFalse(new SetBoardTitle("x").changesWords() || new Move(Set.of("n1"), 1, 1, 1).changesWords());
        assertNull(new SetText("n1", "a", "b").mergeKey(), "the canvas editor commits once, never merges");
        assertEquals(new SetTitle("n1", "a").mergeKey(), new SetTitle("n1", "ab").mergeKey());
        assertNotEquals(new SetTitle("n1", "a").mergeKey(), new SetNotes("n1", "a").mergeKey());
        assertNotEquals(new SetTitle("n1", "a").mergeKey(), new SetTitle("n2", "a").mergeKey());
        assertTrue(new SetTitle("n1", "a").mergeKey().timed(), "a pause in typing starts a new step");
    }

    @Test
    void stageEditsKeepTheBoxAndFixStageNamesTheStage() {
        Board b = new SetStage(Set.of("n1", "n2"), Stage.FEATURES).apply(board);
        assertTrue(b.nodes().stream().allMatch(n -> n.stage() == Stage.FEATURES));
        assertEquals("Logs", node(b, "n1").title());
        assertSame(board, new FixStage("n1", Stage.DATA).apply(board), "already that stage");
        assertEquals(Stage.SERVING, node(new FixStage("n1", Stage.SERVING).apply(board), "n1").stage());
    }

    @Test
    void arrowLabelAndBoardFieldsMergePerTarget() {
        assertEquals("labels", new SetEdgeLabel("e1", "labels").apply(board).edge("e1").orElseThrow().label());
        assertSame(board, new SetEdgeLabel("gone", "x").apply(board));
        assertEquals("T", new SetBoardTitle("T").apply(board).title());
        assertEquals("P", new SetPrompt("P").apply(board).prompt());
        assertNotEquals(new SetBoardTitle("a").mergeKey(), new SetPrompt("a").mergeKey());
        assertNotEquals(new SetEdgeLabel("e1", "a").mergeKey(), new SetEdgeLabel("e2", "a").mergeKey());
    }

    @Test
    void tradeOffRowsAreAddedRemovedAndTypedFieldByField() {
        assertEquals(2, node(new AddTradeOff("n1").apply(board), "n1").tradeoffs().size());
        assertEquals(List.of(), node(new RemoveTradeOff("n1", 0).apply(board), "n1").tradeoffs());
        assertEquals(board, new RemoveTradeOff("n1", 5).apply(board), "no such row");
        TradeOff t = node(new SetTradeOffField("n1", 0, SetTradeOffField.TradeOffField.OVER, "DNN, LR；规则")
                .apply(board), "n1").tradeoffs().get(0);
        assertEquals(new TradeOff("GBDT", List.of("DNN", "LR", "规则"), "fast"), t);
        assertEquals("LR", node(new SetTradeOffField("n1", 0, SetTradeOffField.TradeOffField.CHOICE, "LR")
                .apply(board), "n1").tradeoffs().get(0).choice());
        assertEquals(board, new SetTradeOffField("n1", 3, SetTradeOffField.TradeOffField.CHOICE, "x").apply(board));
        var choice = SetTradeOffField.TradeOffField.CHOICE;
        assertEquals(new SetTradeOffField("n1", 0, choice, "a").mergeKey(),
                new SetTradeOffField("n1", 0, choice, "ab").mergeKey());
        assertNotEquals(new SetTradeOffField("n1", 0, choice, "a").mergeKey(),
                new SetTradeOffField("n1", 1, choice, "a").mergeKey(), "another row");
        assertNotEquals(new SetTradeOffField("n1", 0, choice, "a").mergeKey(),
                new SetTradeOffField("n1", 0, SetTradeOffField.TradeOffField.BECAUSE, "a").mergeKey());
    }

    @Test
    void alternativesAreSplitOnLatinAndCjkSeparators() {
        assertEquals(List.of("a", "b", "c", "d", "e"), SetTradeOffField.alternatives(" a, b;c，d、e ,"));
        assertEquals(List.of(), SetTradeOffField.alternatives(" , "));
    }

    @Test
    void deleteTakesTheArrowsOfDeletedBoxes() {
        Board b = new DeleteSelection(Set.of("n2"), Set.of()).apply(board);
        assertEquals(List.of("n1"), b.nodes().stream().map(Node::id).toList());
        assertTrue(b.edges().isEmpty());
    }

    @Test
    void insertCopiesGivesTheCopiesTheIdsItCarriesWithTheirArrows() {
        InsertCopies copies = InsertCopies.of(board, Edits.fragment(board, List.of("n1", "n2")), 0, 200,
                InsertCopies.Purpose.DUPLICATE);
        assertEquals(List.of("n3", "n4"), copies.ids());
        assertEquals("Duplicate", copies.description());
        Board b = copies.apply(board);
        assertEquals(200.0, node(b, "n3").y());
        assertTrue(b.edges().stream().anyMatch(e -> e.from().equals("n3") && e.to().equals("n4")));
        assertSame(b, copies.apply(b), "the ids are taken: nothing is inserted twice");
    }

    @Test
    void anAnswerNoteIsANoteTitledForItsStageWithAnArrowToItsBox() {
        AddAnswerNote note = AddAnswerNote.at(board, Stage.MODEL, "AUC 0.81", 0, 300, "n2");
        Board b = note.apply(board);
        Node n = node(b, note.id());
        assertEquals(List.of(Stage.NOTE, "Follow-up: Model", "AUC 0.81"), List.of(n.stage(), n.title(), n.text()));
        assertTrue(b.edges().stream().anyMatch(e -> e.from().equals(note.id()) && e.to().equals("n2")));
        Board alone = AddAnswerNote.at(board, Stage.SERVING, "p99", 0, 300, null).apply(board);
        assertEquals(board.edges(), alone.edges(), "no box of that stage: no arrow");
    }

    @Test
    void theDocumentNamesTheStepAfterTheEditAndGrowsBoxesOnlyForWordEdits() {
        Document doc = new Document(board, () -> 0L);
        doc.growBoxesWith((n, max) -> new double[] {n.width(), 500});
        doc.apply(new Move(Set.of("n1"), 10, 0, 1));
        assertEquals("Move", doc.undoDescription());
        assertEquals(node(board, "n1").height(), node(doc.board(), "n1").height(), "a move grows nothing");
        doc.apply(new SetNotes("n1", "more words"));
        assertEquals("Edit notes", doc.undoDescription());
        assertEquals(500, node(doc.board(), "n1").height(), "grown in the same step");
        doc.undo();
        assertEquals(node(board, "n1").height(), node(doc.board(), "n1").height());
    }

    @Test
    void typingInOneFieldIsOneStepAndAGestureMergesUntilSealed() {
        long[] now = {0};
        Document doc = new Document(board, () -> now[0]);
        for (String typed : Arrays.asList("C", "Cl", "Cli")) {
            now[0] += 100;
            doc.apply(new SetTitle("n1", typed));
        }
        assertEquals(1, doc.undoDepth());
        now[0] += 10 * Document.MERGE_WINDOW_MILLIS;
        doc.apply(new Move(Set.of("n1"), 5, 0, 1));
        now[0] += 10 * Document.MERGE_WINDOW_MILLIS;
        doc.apply(new Move(Set.of("n1"), 5, 0, 1));
        assertEquals(2, doc.undoDepth(), "a drag merges however long the pointer rests");
        doc.sealStep();
        doc.apply(new Move(Set.of("n1"), 5, 0, 1));
        assertEquals(3, doc.undoDepth());
    }
}
