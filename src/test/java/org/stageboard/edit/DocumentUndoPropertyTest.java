package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Undo and redo as properties over hundreds of random edit sequences. */
class DocumentUndoPropertyTest {
    private static final int SEQUENCES = 400;

    private static Board start(Random r) {
        Board b = Board.empty().withTitle("start");
        for (int i = r.nextInt(4); i > 0; i--) {
            b = b.addNode(Node.of(b.freshId("n"), Stage.DATA, "box " + i, i * 240, 0));
        }
        return b;
    }

    @Test
    void undoAllGivesTheStartAndRedoAllGivesTheEnd() {
        for (int seq = 0; seq < SEQUENCES; seq++) {
            RandomEdits edits = new RandomEdits(seq);
            Board start = start(edits.random());
            Document doc = new Document(start, () -> 0L);
            List<Board> states = new ArrayList<>(List.of(start));
            int length = 1 + edits.random().nextInt(40);
            for (int i = 0; i < length; i++) {
                BoardEdit e = edits.next(doc.board());
                Board expected = e.apply(doc.board());
                // each edit its own step here: merging is the third property's subject
                boolean changed = doc.apply(e.description(), e::apply);
                assertEquals(!expected.equals(states.get(states.size() - 1)), changed, "seed " + seq);
                assertEquals(expected, doc.board(), "seed " + seq);
                if (changed) {
                    states.add(expected);
                }
            }
            Board end = doc.board();
            assertEquals(states.size() - 1, doc.undoDepth(), "one step per effective edit, seed " + seq);
            for (int i = states.size() - 2; i >= 0; i--) {
                assertTrue(doc.undo());
                assertEquals(states.get(i), doc.board(), "undo step by step, seed " + seq);
            }
            assertFalse(doc.canUndo());
            assertEquals(start, doc.board(), "seed " + seq);
            assertFalse(doc.isDirty(), "back at the loaded state, seed " + seq);
            while (doc.canRedo()) {
                doc.redo();
            }
            assertEquals(end, doc.board(), "seed " + seq);
            assertEquals(states.size() > 1, doc.isDirty(), "any step is unsaved work, seed " + seq);
        }
    }

    /** Random mixes of edit, undo, redo and save, checked against a plain list-and-cursor model of history. */
    @Test
    void interleavedUndoRedoAndSaveMatchAHistoryModel() {
        for (int seq = 0; seq < SEQUENCES; seq++) {
            RandomEdits edits = new RandomEdits(10_000 + seq);
            Random r = edits.random();
            Board start = start(r);
            Document doc = new Document(start, () -> 0L);
            List<Board> history = new ArrayList<>(List.of(start));
            int cursor = 0;
            int saved = 0; // the history position last saved; -1 once that state is cut from history
            for (int i = 0; i < 60; i++) {
                int op = r.nextInt(10);
                if (op < 5) {
                    BoardEdit e = edits.next(doc.board());
                    Board after = e.apply(history.get(cursor));
                    if (doc.apply(e.description(), e::apply)) {
                        history.subList(cursor + 1, history.size()).clear();
                        saved = saved > cursor ? -1 : saved;
                        history.add(after);
                        cursor++;
                    }
                } else if (op < 7) {
                    assertEquals(cursor > 0, doc.undo(), "seed " + seq);
                    cursor = Math.max(0, cursor - 1);
                } else if (op < 9) {
                    assertEquals(cursor < history.size() - 1, doc.redo(), "seed " + seq);
                    cursor = Math.min(history.size() - 1, cursor + 1);
                } else {
                    doc.markSaved();
                    saved = cursor;
                }
                assertEquals(history.get(cursor), doc.board(), "seed " + seq + " op " + i);
                assertEquals(cursor > 0, doc.canUndo());
                assertEquals(cursor < history.size() - 1, doc.canRedo());
                assertEquals(cursor != saved, doc.isDirty(), "seed " + seq + " op " + i);
            }
        }
    }

    /** With merge keys and a moving clock, undo visits a subsequence of the states the user saw, back to the start. */
    @Test
    void mergedHistoryStillUndoesToTheStartThroughSeenStates() {
        for (int seq = 0; seq < SEQUENCES; seq++) {
            RandomEdits edits = new RandomEdits(20_000 + seq);
            Random r = edits.random();
            Board start = start(r);
            long[] clock = {0};
            Document doc = new Document(start, () -> clock[0]);
            List<Board> seen = new ArrayList<>(List.of(start));
            for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
                BoardEdit e = edits.next(doc.board());
                clock[0] += r.nextInt(2 * (int) Document.MERGE_WINDOW_MILLIS);
                if (r.nextInt(8) == 0) {
                    doc.sealStep();
                }
                // the edits' own merge keys: typing in the same field, gestures with the same number
                if (doc.apply(e)) {
                    seen.add(doc.board());
                }
            }
            Board end = doc.board();
            assertTrue(doc.undoDepth() <= seen.size() - 1, "merging never adds steps, seed " + seq);
            int last = seen.size() - 1;
            while (doc.canUndo()) {
                doc.undo();
                int found = seen.subList(0, last).lastIndexOf(doc.board());
                assertTrue(found >= 0, "undo lands on a state the user saw earlier, seed " + seq);
                last = found;
            }
            assertEquals(start, doc.board(), "seed " + seq);
            while (doc.canRedo()) {
                doc.redo();
            }
            assertEquals(end, doc.board(), "seed " + seq);
        }
    }
}
