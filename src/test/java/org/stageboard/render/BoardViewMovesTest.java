package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.BoardDelta;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A change that only moves boxes looks at the arrows drawn and those of the moved boxes, not at every arrow: after
 * many such steps (boxes dragged out of the built area and back, across other arrows), the arrows drawn and their
 * routes must be those a fresh view of the final board draws.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BoardViewMovesTest {
    private BoardView view;
    private BoardView fresh;

    @Start
    void start(Stage stage) {
        view = new BoardView();
        fresh = new BoardView();
        stage.setScene(new Scene(new Group(view, fresh), 800, 600));
        stage.getScene().getStylesheets().add(BoardView.STYLESHEET);
        stage.show();
    }

    private static Board grid(int side) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        org.stageboard.model.Stage[] stages = org.stageboard.model.Stage.values();
        for (int i = 0; i < side * side; i++) {
            nodes.add(Node.of("n" + i, stages[i % stages.length], "Box " + i, (i % side) * 300, (i / side) * 250));
            if (i > 0) {
                edges.add(new Edge("e" + i, "n" + (i - 1), "n" + i, ""));
            }
            if (i >= side) {
                edges.add(new Edge("v" + i, "n" + (i - side), "n" + i, ""));
            }
        }
        return new Board("", "", "", "", nodes, edges);
    }

    @Test
    void arrowsAfterManyMovesAreThoseAFreshViewDraws(FxRobot robot) {
        Board board = grid(12);
        Rect visible = new Rect(0, 0, 1200, 900);
        robot.interact(() -> {
            view.setVisibleArea(visible);
            view.show(board);
            fresh.setVisibleArea(visible);
        });
        Random random = new Random(11);
        Board now = board;
        for (int step = 0; step < 120; step++) {
            Node n = now.nodes().get(random.nextInt(24));
            // mostly a step of a drag, sometimes a jump far out of the built area or back into it
            double x = random.nextInt(10) == 0 ? random.nextInt(3600) : n.x() + random.nextInt(81) - 40;
            double y = random.nextInt(10) == 0 ? random.nextInt(3000) : n.y() + random.nextInt(81) - 40;
            Board next = now.replaceNode(n.withPosition(x, y));
            BoardDelta delta = BoardDelta.between(now, next);
            robot.interact(() -> view.apply(next, delta));
            now = next;
        }
        Board last = now;
        robot.interact(() -> fresh.show(last));
        Set<String> drawn = new TreeSet<>();
        Set<String> drawnFresh = new TreeSet<>();
        for (Edge e : last.edges()) {
            if (view.arrow(e.id()) != null) {
                drawn.add(e.id());
            }
            if (fresh.arrow(e.id()) != null) {
                drawnFresh.add(e.id());
                assertArrayEquals(fresh.arrow(e.id()).points(), view.arrow(e.id()) == null ? null
                        : view.arrow(e.id()).points(), 1e-9, "the route of " + e.id());
            }
        }
        assertEquals(drawnFresh, drawn, "the arrows drawn");
    }
}
