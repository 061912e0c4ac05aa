package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.BoardDelta;
import org.stageboard.edit.BoardEdit;
import org.stageboard.edit.Document;
import org.stageboard.edit.DocumentEvent;
import org.stageboard.edit.RandomEdits;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * A live session reads the touched stages from the document's delta; a saved log compares boards. Both must
 * name the same stages for every change the editor can make, undo and redo included.
 */
class BoardDiffDeltaTest {
    @Test
    void theDeltaNamesTheSameStagesAsComparingTheBoards() {
        RandomEdits edits = new RandomEdits(11);
        Document document = new Document(Board.empty());
        List<DocumentEvent> events = new ArrayList<>();
        document.addListener(events::add);
        for (int i = 0; i < 600; i++) {
            int roll = edits.random().nextInt(10);
            if (roll == 0) {
                document.undo();
            } else if (roll == 1) {
                document.redo();
            } else {
                BoardEdit edit = edits.next(document.board());
                document.apply(edit);
            }
        }
        int touchedSome = 0;
        for (DocumentEvent e : events) {
            Set<Stage> fromDelta = BoardDiff.touchedStages(e.delta(), e.before(), e.after());
            assertEquals(BoardDiff.touchedStages(e.before(), e.after()), fromDelta, e.description());
            touchedSome += fromDelta.isEmpty() ? 0 : 1;
        }
        assertTrue(events.size() > 400 && touchedSome > 300, events.size() + " changes, " + touchedSome + " touched");
    }

    @Test
    void aLiveLogRecordsWhatTheDeltaTouchedAndNothingForNoChange() {
        Board start = Board.empty();
        Document document = new Document(start);
        List<DocumentEvent> events = new ArrayList<>();
        document.addListener(events::add);
        document.apply(org.stageboard.edit.AddBox.at(start, Stage.MODEL, 0, 0));
        SessionLog log = new SessionLog(start, new FakeClock(0));
        DocumentEvent added = events.get(0);
        assertEquals(Set.of(Stage.MODEL),
                log.recordEdit(added.before(), added.after(), added.delta(), added.description()));
        assertEquals(Set.of(), log.recordEdit(added.after(), added.after(), BoardDelta.NONE, "nothing"));
        assertEquals(1, log.entries().stream().filter(x -> x.kind() == LogEntry.Kind.EDIT).count(), "one edit recorded");
    }
}
