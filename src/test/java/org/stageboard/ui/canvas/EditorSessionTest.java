package org.stageboard.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.Document;
import org.stageboard.edit.Edits;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** The editor's state without a canvas or a screen: settings, clipboard, space held. */
class EditorSessionTest {
    private final Board board = Board.empty().addNode(Node.of("n1", Stage.DATA, "Logs", 0, 0));
    private final EditorSession session = new EditorSession(new Document(board));

    @Test
    void snappingFollowsTheSettingOntoTheCanvasGrid() {
        assertEquals(BoardCanvas.GRID * 2, session.snap(BoardCanvas.GRID * 2 - 3));
        session.snapToGridProperty().set(false);
        assertEquals(37.0, session.snap(37));
    }

    @Test
    void eachSessionHasItsOwnClipboardAndPastesLandFurtherAlong() {
        EditorSession other = new EditorSession(new Document(board));
        Edits.Fragment f = Edits.fragment(board, List.of("n1"));
        session.copy(f);
        assertSame(f, session.clipboard());
        assertTrue(other.clipboard().isEmpty(), "no clipboard shared through a static field");
        assertEquals(List.of(1, 2), List.of(session.nextPaste(), session.nextPaste()));
        session.copy(f);
        assertEquals(1, session.nextPaste(), "a new copy starts beside the originals again");
    }

    @Test
    void spaceHeldIsReadOnlyToViewsAndSetByTheCanvasKeys() {
        assertFalse(session.spaceHeldProperty().get());
        session.setSpaceHeld(true);
        assertTrue(session.spaceHeldProperty().get());
        assertFalse(session.spaceHeldProperty() instanceof javafx.beans.property.BooleanProperty,
                "views can watch it, not set it");
    }
}
