package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class ChangeSizeTest {
    @TempDir
    Path dir;

    private static final Board SAVED = Board.empty().withTitle("t")
            .addNode(Node.of("a", Stage.DATA, "Data", 0, 0))
            .addNode(Node.of("b", Stage.MODEL, "Model", 300, 0))
            .addEdge(new Edge("e1", "a", "b", ""));

    @Test
    void countsBoxesAndArrowsAddedRemovedOrChanged() {
        Board copy = SAVED.replaceNode(SAVED.node("a").orElseThrow().withText("clicks"))
                .addNode(Node.of("c", Stage.SERVING, "Serving", 600, 0))
                .remove(java.util.List.of(), java.util.List.of("e1"));
        ChangeSize c = ChangeSize.between(SAVED, copy);
        assertEquals(2, c.boxes());
        assertEquals(1, c.arrows());
        assertFalse(c.boardText());
        assertTrue(ChangeSize.between(SAVED, SAVED).isNone());
        assertTrue(ChangeSize.between(SAVED, SAVED.withTitle("u")).boardText());
    }

    @Test
    void comparesWithTheSavedFileOrSaysWhyNot() throws Exception {
        Path f = dir.resolve("b.stageboard");
        BoardFiles.save(f, SAVED);
        assertEquals(ChangeSize.Basis.SAVED_FILE, ChangeSize.of(SAVED, f).basis());
        assertEquals(ChangeSize.Basis.NEW_BOARD, ChangeSize.of(SAVED, null).basis());
        assertEquals(2, ChangeSize.of(SAVED, null).boxes());
        assertEquals(ChangeSize.Basis.FILE_UNREADABLE, ChangeSize.of(SAVED, dir.resolve("gone.stageboard")).basis());
    }
}
