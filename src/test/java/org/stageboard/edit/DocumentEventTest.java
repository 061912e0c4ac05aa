package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** The one event a document publishes: what happened, and the delta computed once for every listener. */
@ExtendWith(InEnglish.class)
class DocumentEventTest {
    private final Board start = Board.empty().withTitle("Feed")
            .addNode(Node.of("n1", Stage.DATA, "Logs", 0, 0))
            .addNode(Node.of("n2", Stage.MODEL, "Ranker", 300, 0))
            .addEdge(new Edge("e1", "n1", "n2", ""));
    private final long[] now = {0};
    private final Document doc = new Document(start, () -> now[0]);
    private final List<DocumentEvent> events = new ArrayList<>();

    {
        doc.addListener(events::add);
    }

    private DocumentEvent last() {
        return events.get(events.size() - 1);
    }

    @Test
    void anEditUndoAndRedoEachPublishTheirKindNameAndDelta() {
        doc.apply(new Move(Set.of("n1"), 20, 0, 1));
        assertEquals(DocumentEvent.Kind.EDITED, last().kind());
        assertEquals("Move", last().description());
        assertEquals(Set.of("n1"), last().delta().nodesChanged());
        assertTrue(last().isEdit());
        doc.undo();
        assertEquals(DocumentEvent.Kind.UNDONE, last().kind());
        assertEquals("Move", last().description(), "undo names the step it takes back");
        assertEquals(Set.of("n1"), last().delta().nodesChanged());
        assertEquals(start, last().after());
        doc.redo();
        assertEquals(DocumentEvent.Kind.REDONE, last().kind());
        assertEquals(3, events.size());
    }

    @Test
    void theDeltaNamesWhatWasAddedRemovedAndRetitled() {
        AddBox add = AddBox.at(start, Stage.SERVING, 600, 0);
        doc.apply(add);
        assertEquals(Set.of(add.id()), last().delta().nodesAdded());
        assertTrue(last().delta().nodesChanged().isEmpty() && last().delta().edgesAdded().isEmpty());
        doc.apply(new DeleteSelection(Set.of("n2"), Set.of()));
        assertEquals(Set.of("n2"), last().delta().nodesRemoved());
        assertEquals(Set.of("e1"), last().delta().edgesRemoved(), "the arrows of a deleted box go with it");
        doc.apply(new SetBoardTitle("Video"));
        assertTrue(last().delta().titleChanged());
        assertFalse(last().delta().promptChanged());
        int heard = events.size();
        doc.apply(new SetEdgeLabel("e1", "x"));
        assertEquals(heard, events.size(), "the arrow went with its box: nothing changed, nothing published");
    }

    @Test
    void aNewBoardIsReplacedAndASaveChangesNothingOnTheBoard() {
        doc.apply(new SetPrompt("Design a feed"));
        assertTrue(doc.isDirty());
        doc.markSaved();
        assertEquals(DocumentEvent.Kind.SAVED, last().kind());
        assertTrue(last().delta().isEmpty());
        assertNull(last().description());
        assertFalse(doc.isDirty());
        Board other = Board.empty().withTitle("other");
        doc.reset(other);
        assertEquals(DocumentEvent.Kind.REPLACED, last().kind());
        assertFalse(last().isEdit());
        assertEquals(Set.of("n1", "n2"), last().delta().nodesRemoved());
        assertFalse(doc.isDirty());
    }

    @Test
    void typingAWordAndDeletingItAgainLeavesTheDocumentClean() {
        doc.apply(new SetNotes("n1", "a"));
        doc.apply(new SetNotes("n1", ""));
        assertEquals(0, doc.undoDepth());
        assertFalse(doc.isDirty(), "back at the loaded version");
    }

    @Test
    void theDeltaBetweenEqualBoardsIsEmpty() {
        assertTrue(BoardDelta.between(start, start).isEmpty());
        Board rebuilt = new Board(start.title(), start.prompt(), start.templateId(), start.profile(),
                new ArrayList<>(start.nodes()), new ArrayList<>(start.edges()));
        assertTrue(BoardDelta.between(start, rebuilt).isEmpty());
        BoardDelta resized = BoardDelta.between(start, new Resize("n2", 300, 0, 400, 200, 1).apply(start));
        assertEquals(Set.of("n2"), resized.nodesChanged());
        assertEquals(Set.of("n2"), resized.nodesTouched());
    }
}
