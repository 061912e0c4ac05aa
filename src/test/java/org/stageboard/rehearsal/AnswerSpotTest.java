package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;

class AnswerSpotTest {
    private static final double W = Node.DEFAULT_WIDTH;
    private static final double H = Node.DEFAULT_HEIGHT;

    /** Eight boxes in a row 40 apart, as the pipeline template lays them out: right of each box is the next box. */
    private static Board row() {
        Board b = Board.empty();
        int i = 0;
        for (Stage s : Stage.pipeline()) {
            b = b.addNode(Node.of("n" + i, s, s.id(), 40 + i * 260, 100));
            i++;
        }
        return b;
    }

    @Test
    void anAnswerInAPipelineRowGoesBelowItsBoxNotOnTheNextOne() {
        Board b = row();
        Node model = b.nodesOf(Stage.MODEL).get(0);
        Rect spot = AnswerSpot.place(b, model, W, H);
        assertFreeAndClear(b, model, spot);
        assertEquals(model.bounds().maxY() + AnswerSpot.GAP, spot.y(), 0.01, "just under its box");
        assertTrue(spot.x() < model.bounds().maxX() && spot.maxX() > model.bounds().x(), "lined up with its box");
    }

    @Test
    void aLoneBoxGetsItsAnswerOnTheRight() {
        Node only = Node.of("a", Stage.DATA, "Data", 100, 100);
        Rect spot = AnswerSpot.place(Board.empty().addNode(only), only, W, H);
        assertEquals(only.bounds().maxX() + AnswerSpot.GAP, spot.x(), 0.01);
        assertEquals(only.y(), spot.y(), 0.01);
    }

    @Test
    void theLineToTheBoxGoesAroundNoOtherBox() {
        // the box is hemmed in: boxes right, below and left; above a thin box sits in the way of a straight line
        Node mid = Node.of("m", Stage.MODEL, "M", 400, 400);
        Board b = Board.empty().addNode(mid)
                .addNode(Node.of("r", Stage.DATA, "R", 660, 400))
                .addNode(Node.of("d", Stage.DATA, "D", 400, 580))
                .addNode(Node.of("l", Stage.DATA, "L", 140, 400))
                .addNode(Node.of("u", Stage.DATA, "U", 400, 230).withBounds(400, 230, 220, 60));
        Rect spot = AnswerSpot.place(b, mid, W, H);
        assertFreeAndClear(b, mid, spot);
    }

    @Test
    void withNoBoxOfItsStageTheAnswerGoesBesideTheBoard() {
        Board b = row();
        Rect spot = AnswerSpot.place(b, null, W, H);
        assertTrue(AnswerSpot.isFree(spot, b.nodes().stream().map(Node::bounds).toList()));
        assertEquals(new Rect(40, 40, W, H), AnswerSpot.place(Board.empty(), null, W, H));
    }

    @Property(tries = 200)
    void neverLandsOnABox(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        Board b = Board.empty();
        int n = 1 + rnd.nextInt(14);
        for (int i = 0; i < n; i++) {
            Stage s = Stage.values()[rnd.nextInt(Stage.values().length)];
            b = b.addNode(Node.of("n" + i, s, s.id(), rnd.nextInt(1400), rnd.nextInt(900)));
        }
        Node anchor = b.nodes().get(rnd.nextInt(b.nodes().size()));
        Rect spot = AnswerSpot.place(b, anchor, W, H);
        for (Node other : b.nodes()) {
            assertFalse(spot.intersects(other.bounds()), "answer " + spot + " on box " + other.id());
        }
    }

    private static void assertFreeAndClear(Board b, Node anchor, Rect spot) {
        List<Rect> boxes = b.nodes().stream().map(Node::bounds).toList();
        assertTrue(AnswerSpot.isFree(spot, boxes), "clear of every box: " + spot);
        assertTrue(AnswerSpot.lineIsClear(anchor.bounds(), spot, boxes), "a straight line reaches its box: " + spot);
    }
}
