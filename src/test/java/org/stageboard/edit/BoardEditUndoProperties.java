package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Random sequences of the editor's own edits, undone and redone, come back to the same boards. */
class BoardEditUndoProperties {

    @Property(tries = 300)
    void undoingEverythingGivesTheStartAndRedoingEverythingTheEnd(@ForAll long seed,
                                                                 @ForAll @IntRange(min = 1, max = 60) int length) {
        RandomEdits edits = new RandomEdits(seed);
        Board start = Board.empty().addNode(Node.of("n1", Stage.DATA, "Logs", 0, 0));
        long[] now = {0};
        Document doc = new Document(start, () -> now[0]);
        List<Board> seen = new ArrayList<>(List.of(start));
        for (int i = 0; i < length; i++) {
            now[0] += edits.random().nextInt(3000);
            if (doc.apply(edits.next(doc.board()))) {
                seen.add(doc.board());
            }
        }
        Board end = doc.board();
        while (doc.undo()) {
            assertTrue(seen.contains(doc.board()), "undo lands on a board the user saw");
        }
        assertEquals(start, doc.board());
        while (doc.redo()) {
            assertTrue(seen.contains(doc.board()), "redo lands on a board the user saw");
        }
        assertEquals(end, doc.board());
    }
}
