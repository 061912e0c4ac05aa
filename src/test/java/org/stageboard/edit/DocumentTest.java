package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Merging of keystroke-level edits, no-op edits, and the dirty flag. */
class DocumentTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private Board start;
    private Document doc;

    @BeforeEach
    void setUp() {
        start = Board.empty().addNode(Node.of("n1", Stage.MODEL, "Model", 0, 0))
                .addNode(Node.of("n2", Stage.DATA, "Data", 300, 0));
        doc = new Document(start, now::get);
    }

    /** Typing into a box's notes in the inspector (merging), or a text change that never merges. */
    private boolean type(String nodeId, String text, boolean merging) {
        return merging ? doc.apply(new SetNotes(nodeId, text))
                : doc.apply("Edit text", b -> b.mapNodes(List.of(nodeId), n -> n.withText(text)));
    }

    private String text(String nodeId) {
        return doc.board().node(nodeId).orElseThrow().text();
    }

    @Test
    void typingWithinTheWindowIsOneStep() {
        type("n1", "b", true);
        now.addAndGet(500);
        type("n1", "ba", true);
        now.addAndGet(Document.MERGE_WINDOW_MILLIS); // exactly at the window still merges
        type("n1", "bas", true);
        assertEquals(1, doc.undoDepth());
        assertEquals(new SetNotes("n1", "bas").description(), doc.undoDescription());
        doc.undo();
        assertEquals(start, doc.board());
        doc.redo();
        assertEquals("bas", text("n1"));
    }

    @Test
    void aPauseLongerThanTheWindowStartsANewStep() {
        type("n1", "b", true);
        now.addAndGet(Document.MERGE_WINDOW_MILLIS + 1);
        type("n1", "ba", true);
        assertEquals(2, doc.undoDepth());
        doc.undo();
        assertEquals("b", text("n1"));
    }

    @Test
    void differentKeysDoNotMerge() {
        type("n1", "b", true);
        now.addAndGet(10);
        type("n2", "c", true);
        assertEquals(2, doc.undoDepth());
        doc.undo();
        assertEquals("", text("n2"));
        assertEquals("b", text("n1"));
    }

    @Test
    void noKeyNeverMerges() {
        type("n1", "b", false);
        type("n1", "ba", false);
        assertEquals(2, doc.undoDepth());
    }

    @Test
    void sealStepEndsTheMerge() {
        type("n1", "b", true);
        doc.sealStep();
        type("n1", "ba", true);
        assertEquals(2, doc.undoDepth());
    }

    @Test
    void anInterruptingEditEndsTheMerge() {
        type("n1", "b", true);
        doc.apply("Move", b -> b.mapNodes(List.of("n2"), n -> n.withPosition(20, 20)));
        type("n1", "ba", true);
        assertEquals(3, doc.undoDepth());
    }

    @Test
    void undoThenTypingDoesNotMergeIntoTheUndoneStep() {
        type("n1", "b", true);
        type("n1", "ba", true);
        doc.undo();
        type("n1", "x", true);
        assertEquals(1, doc.undoDepth());
        assertFalse(doc.canRedo());
        doc.undo();
        assertEquals(start, doc.board());
    }

    @Test
    void savingEndsTheMergeSoUndoReachesTheSavedState() {
        type("n1", "b", true);
        doc.markSaved();
        now.addAndGet(100);
        type("n1", "ba", true);
        assertEquals(2, doc.undoDepth());
        doc.undo();
        assertFalse(doc.isDirty());
        assertEquals("b", text("n1"));
    }

    @Test
    void aDragIsOneStep() {
        for (int i = 1; i <= 30; i++) {
            int x = i * 3;
            now.addAndGet(16);
            doc.apply("Move", MergeKey.gesture(1), b -> b.mapNodes(List.of("n1"), n -> n.withPosition(x, x)));
        }
        doc.sealStep(); // mouse released
        assertEquals(1, doc.undoDepth());
        doc.undo();
        assertEquals(start, doc.board());
    }

    @Test
    void typingThatNetsToNothingLeavesNoStep() {
        type("n1", "b", true);
        type("n1", "", true);
        assertEquals(start, doc.board());
        assertFalse(doc.canUndo(), "undo would otherwise do nothing visible");
        assertFalse(doc.isDirty());
        type("n1", "c", true);
        assertEquals(1, doc.undoDepth());
        doc.undo();
        assertEquals(start, doc.board());
    }

    @Test
    void noOpEditsRecordNothingAndKeepRedo() {
        type("n1", "b", false);
        doc.undo();
        List<Board> seen = new ArrayList<>();
        doc.addListener(e -> seen.add(e.after()));
        assertFalse(doc.apply("Nothing", b -> b));
        assertFalse(doc.apply("Same text", b -> b.mapNodes(List.of("n1"), n -> n.withText(""))));
        assertFalse(doc.apply("Null", b -> null));
        assertFalse(doc.apply("Rebuilt equal", b -> new Board(b.title(), b.prompt(), b.templateId(), b.profile(),
                new ArrayList<>(b.nodes()), new ArrayList<>(b.edges()))));
        assertEquals(0, doc.undoDepth());
        assertTrue(doc.canRedo(), "a no-op must not wipe the redo history");
        assertTrue(seen.isEmpty(), "listeners hear nothing");
        assertFalse(doc.isDirty());
    }

    @Test
    void dirtyFollowsSaveAndUndo() {
        assertFalse(doc.isDirty());
        type("n1", "a", false);
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty(), "undo back to the loaded state is clean");
        doc.redo();
        assertTrue(doc.isDirty());
        doc.markSaved();
        assertFalse(doc.isDirty());
        type("n1", "ab", false);
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty(), "undo back to the saved state is clean");
        doc.undo();
        assertTrue(doc.isDirty(), "undo past the saved state is dirty");
        doc.redo();
        assertFalse(doc.isDirty());
    }

    /** Dirty is "not the saved version", not "not equal to the saved board": two steps are unsaved work. */
    @Test
    void editingBackByHandToTheSavedBoardIsStillUnsavedUntilUndone() {
        type("n1", "a", false);
        type("n1", "", false);
        assertTrue(doc.isDirty());
        assertEquals(2, doc.undoDepth());
        doc.undo();
        doc.undo();
        assertFalse(doc.isDirty());
    }

    @Test
    void resetClearsHistory() {
        type("n1", "a", false);
        Board other = Board.empty().withTitle("other");
        doc.reset(other);
        assertEquals(other, doc.board());
        assertFalse(doc.canUndo());
        assertFalse(doc.canRedo());
        assertFalse(doc.isDirty());
        assertNull(doc.undoDescription());
    }

    @Test
    void listenersSeeEveryChangeWithBeforeAndAfter() {
        List<String> log = new ArrayList<>();
        doc.addListener(e -> log.add(e.before().node("n1").orElseThrow().text() + ">"
                + e.after().node("n1").orElseThrow().text()));
        type("n1", "a", false);
        doc.undo();
        doc.redo();
        assertEquals(List.of(">a", "a>", ">a"), log);
    }
}
