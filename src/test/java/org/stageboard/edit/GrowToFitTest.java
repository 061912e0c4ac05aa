package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class GrowToFitTest {
    /** A stand-in measure: ten units of height per character beyond the box's own height. */
    private static final Edits.BoxSizer BY_LENGTH = (n, maxWidth) -> new double[] {n.width(), Math.max(n.height(), 10.0 * n.text().length())};

    private final Board board = Board.empty()
            .addNode(Node.of("a", Stage.DATA, "A", 0, 0))
            .addNode(Node.of("b", Stage.MODEL, "B", 300, 0).withText("x".repeat(30)));

    @Test
    void onlyBoxesWhoseWordsChangedGrow() {
        Board typed = board.mapNodes(List.of("a"), n -> n.withText("y".repeat(20)));
        Board grown = Edits.growToFit(board, typed, BY_LENGTH);
        assertEquals(200, grown.node("a").orElseThrow().height(), 1e-9);
        assertSame(board.node("b").orElseThrow(), grown.node("b").orElseThrow(), "b's words did not change: left alone");
    }

    @Test
    void boxesNeverShrink() {
        Board typed = board.mapNodes(List.of("a"), n -> n.withText("z"));
        assertSame(typed, Edits.growToFit(board, typed, BY_LENGTH));
    }

    @Test
    void anOpenedBoardGrowsEveryBoxThatNeedsIt() {
        Board grown = Edits.growAllToFit(board, BY_LENGTH);
        assertEquals(300, grown.node("b").orElseThrow().height(), 1e-9);
        assertSame(board.node("a").orElseThrow(), grown.node("a").orElseThrow());
        assertSame(grown, Edits.growAllToFit(grown, BY_LENGTH), "growing again changes nothing");
    }

    @Test
    void aGrowingBoxStopsShortOfTheBoxBelowIt() {
        Board stacked = board.addNode(Node.of("c", Stage.EVALUATION, "C", 0, 260));
        Board typed = stacked.mapNodes(List.of("a"), n -> n.withText("y".repeat(40)));
        Node a = Edits.growToFit(stacked, typed, BY_LENGTH).node("a").orElseThrow();
        assertEquals(240, a.height(), 1e-9, "grows to 20 short of c, not the 400 its words want");
    }

    @Test
    void copiesGoToTheNearestSpotClearOfEveryBox() {
        List<Node> copies = List.of(board.node("a").orElseThrow());
        double[] offset = Edits.freeOffset(board, copies, 40, 40, 40);
        Node placed = copies.get(0).withPosition(offset[0], offset[1]);
        for (Node n : board.nodes()) {
            assertEquals(false, placed.bounds().inflate(39).intersects(n.bounds()), placed + " clear of " + n);
        }
        double[] empty = Edits.freeOffset(Board.empty(), copies, 40, 40, 40);
        assertEquals(40, empty[0], 1e-9, "on an empty board the usual offset");
    }
}
