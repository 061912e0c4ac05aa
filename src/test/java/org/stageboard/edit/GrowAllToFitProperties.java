package org.stageboard.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Growing boxes finds each box's neighbours from sorted lists instead of asking every other box: the boards it
 * gives must be the ones the all-pairs way gave, written out here as the reference, on crowded random boards
 * (overlapping boxes, shared edges, boxes in a row and a column) and on a big grid.
 */
class GrowAllToFitProperties {
    /** A stand-in measure that wants more room for longer text, wider when given room (as the real one may). */
    private static final Edits.BoxSizer BY_LENGTH = (n, maxWidth) -> {
        double want = 8.0 * n.text().length();
        double w = Math.max(n.width(), Math.min(maxWidth, n.width() + want / 4));
        return new double[] {w, Math.max(n.height(), want)};
    };

    @Property(tries = 300)
    void growingAllBoxesGivesWhatComparingEveryPairGave(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int boxes) {
        Board board = randomBoard(new Random(seed), boxes);
        assertEquals(allPairs(board, board.nodes()), Edits.growAllToFit(board, BY_LENGTH));
    }

    @Property(tries = 200)
    void growingEditedBoxesGivesWhatComparingEveryPairGave(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int boxes) {
        Random random = new Random(seed);
        Board before = randomBoard(random, boxes);
        List<String> typedIn = before.nodes().stream().filter(n -> random.nextBoolean()).map(Node::id).toList();
        Board after = before.mapNodes(typedIn, n -> n.withText(n.text() + "more words".repeat(random.nextInt(8))));
        List<Node> changed = after.nodes().stream().filter(n -> !before.node(n.id()).orElseThrow().text().equals(n.text())).toList();
        assertEquals(allPairs(after, changed), Edits.growToFit(before, after, BY_LENGTH));
    }

    @Test
    void aTwoThousandBoxGridGrowsAsComparingEveryPairDid() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // every seventh box wordy enough to grow: some into a neighbour's gap, some freely on the edges
            String text = i % 7 == 0 ? "w".repeat(40 + i % 50) : "short";
            nodes.add(new Node("n" + i, Stage.DATA, "Box " + i, text, "", List.of(), (i % 45) * 300.0, (i / 45) * 220.0, 220, 140));
        }
        Board board = Board.empty().withNodes(nodes);
        Board grown = Edits.growAllToFit(board, BY_LENGTH);
        assertEquals(allPairs(board, board.nodes()), grown);
        long changed = grown.nodes().stream().filter(n -> !board.nodes().contains(n)).count();
        assertEquals(true, changed > 200, "the wordy boxes grew: " + changed);
    }

    private static Board randomBoard(Random random, int boxes) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < boxes; i++) {
            // coarse coordinates so boxes often share an edge or a row, and sometimes overlap
            double x = random.nextInt(12) * 60.0;
            double y = random.nextInt(12) * 50.0;
            double w = 60 + random.nextInt(5) * 40.0;
            double h = 40 + random.nextInt(5) * 30.0;
            nodes.add(new Node("n" + i, Stage.MODEL, "B" + i, "x".repeat(random.nextInt(60)), "", List.of(), x, y, w, h));
        }
        return Board.empty().withNodes(nodes);
    }

    /** The reference: each candidate measured against every other box of the board (how growing used to work). */
    private static Board allPairs(Board b, List<Node> candidates) {
        List<String> grown = new ArrayList<>();
        for (Node n : candidates) {
            Node g = grownAllPairs(b, n);
            if (g.width() > n.width() + 0.5 || g.height() > n.height() + 0.5) {
                grown.add(n.id());
            }
        }
        return grown.isEmpty() ? b : b.mapNodes(grown, n -> grownAllPairs(b, n));
    }

    private static Node grownAllPairs(Board b, Node n) {
        double roomRight = Double.POSITIVE_INFINITY;
        for (Node o : b.nodes()) {
            boolean besideRight = o.x() >= n.x() + n.width() - 0.5 && o.y() < n.y() + n.height() && o.y() + o.height() > n.y();
            if (!o.id().equals(n.id()) && besideRight) {
                roomRight = Math.min(roomRight, o.x() - 20 - n.x());
            }
        }
        double[] size = BY_LENGTH.fit(n, Math.max(n.width(), roomRight));
        double w = Math.max(n.width(), Math.min(size[0], roomRight));
        double roomBelow = Double.POSITIVE_INFINITY;
        for (Node o : b.nodes()) {
            boolean below = o.y() >= n.y() + n.height() - 0.5 && o.x() < n.x() + w && o.x() + o.width() > n.x();
            if (!o.id().equals(n.id()) && below) {
                roomBelow = Math.min(roomBelow, o.y() - 20 - n.y());
            }
        }
        double h = Math.max(n.height(), Math.min(size[1], roomBelow));
        return n.withBounds(n.x(), n.y(), w, h);
    }
}
