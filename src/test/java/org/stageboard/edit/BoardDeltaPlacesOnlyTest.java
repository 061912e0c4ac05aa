package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** A delta says when a change only moved or resized boxes: what the checker and the follow-ups may skip. */
class BoardDeltaPlacesOnlyTest {
    private static final Board BOARD = new Board("t", "p", "", "", List.of(
            Node.of("a", Stage.DATA, "A", 0, 0),
            Node.of("b", Stage.MODEL, "B", 400, 0)),
            List.of(new Edge("e", "a", "b", "")));

    private static BoardDelta delta(Board after) {
        return BoardDelta.between(BOARD, after);
    }

    private static Node a() {
        return BOARD.node("a").orElseThrow();
    }

    @Test
    void movingOrResizingBoxesIsAChangeOfPlacesOnly() {
        assertTrue(delta(new Move(Set.of("a", "b"), 40, 20, 1).apply(BOARD)).placesOnly(), "two boxes moved");
        assertTrue(delta(new Resize("a", 0, 0, 300, 200, 1).apply(BOARD)).placesOnly(), "a box resized");
    }

    @Test
    void anyOtherChangeIsNot() {
        assertFalse(delta(BOARD).placesOnly(), "nothing changed");
        assertFalse(delta(BOARD.replaceNode(a().withTitle("Raw logs"))).placesOnly(), "retitled");
        assertFalse(delta(BOARD.replaceNode(a().withPosition(80, 0).withText("clicks"))).placesOnly(),
                "moved and rewritten in one step");
        assertFalse(delta(BOARD.replaceNode(a().withStage(Stage.FEATURES))).placesOnly(), "another stage");
        assertFalse(delta(BOARD.replaceNode(a().withPosition(80, 0)).withEdges(List.of())).placesOnly(),
                "moved and an arrow removed");
        assertFalse(delta(BOARD.replaceNode(a().withPosition(80, 0)).withProfile("ranking")).placesOnly(),
                "moved and the profile changed");
        assertFalse(delta(BOARD.replaceNode(a().withPosition(80, 0)).withTitle("t2")).placesOnly(),
                "moved and the board retitled");
    }
}
