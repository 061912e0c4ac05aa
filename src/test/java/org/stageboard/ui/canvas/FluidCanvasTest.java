package org.stageboard.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.render.BoxView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15: the canvas follows the hand at any zoom, and draws only what can be seen, as much as can be read. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FluidCanvasTest {
    private final Document document = new Document(Board.empty());
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new BoardCanvas(document);
        stage.setScene(new javafx.scene.Scene(canvas, 1000, 700));
        stage.show();
    }

    private void show(FxRobot robot, Board b) {
        robot.interact(() -> document.reset(b));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double bx, double by) {
        Point2D local = canvas.session().viewport().toScreen(bx, by);
        return canvas.localToScreen(local.getX(), local.getY());
    }

    /** Boxes in a grid, 300 apart across and 220 down, joined left to right. */
    private static Board grid(int columns, int rows) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String id = "n" + r + "_" + c;
                nodes.add(new Node(id, org.stageboard.model.Stage.DATA, "Box " + id, "The body text of " + id, "",
                        List.of(), c * 300, r * 220, 220, 140));
                if (c > 0) {
                    edges.add(new Edge("e" + id, "n" + r + "_" + (c - 1), id, ""));
                }
            }
        }
        Board b = Board.empty();
        for (Node n : nodes) {
            b = b.addNode(n);
        }
        for (Edge e : edges) {
            b = b.addEdge(e);
        }
        return b;
    }

    @Test
    void aDragAtAQuarterZoomEndsExactlyWhereThePointerEnded(FxRobot robot) {
        show(robot, grid(2, 1));
        robot.interact(() -> {
            canvas.session().snapToGridProperty().set(false);
            canvas.session().viewport().zoomAt(0.25, 0, 0);
        });
        Node before = document.board().node("n0_0").orElseThrow();
        Point2D press = screen(before.x() + 50, before.y() + 40);
        robot.moveTo(press).press(MouseButton.PRIMARY);
        // an uneven path in small steps, then the end point
        for (int i = 1; i <= 12; i++) {
            robot.moveTo(new Point2D(press.getX() + i * 13.7, press.getY() + i * (i % 2 == 0 ? 9.3 : 4.1)));
        }
        Point2D end = new Point2D(press.getX() + 180, press.getY() + 120);
        robot.moveTo(end).release(MouseButton.PRIMARY);
        Node after = document.board().node("n0_0").orElseThrow();
        // the pointer moved 180 × 120 screen pixels: 720 × 480 board units at 25%
        assertEquals(before.x() + 720, after.x(), 1e-6, "the box moved exactly as far as the pointer, across");
        assertEquals(before.y() + 480, after.y(), 1e-6, "and down");
        assertEquals(1, document.undoDepth(), "one undo step for the whole drag");
    }

    @Test
    void aPressInTheMiddleOfASmallBoxAtFitZoomMovesIt(FxRobot robot) {
        show(robot, grid(12, 12));
        robot.interact(() -> canvas.zoomToFit());
        assertTrue(canvas.session().viewport().zoom() < 0.3, "fitted: the boxes are small");
        Node box = document.board().node("n5_5").orElseThrow();
        // hovered first, as a hand gets there, so its connect handle shows
        Point2D middle = screen(box.bounds().centerX(), box.bounds().centerY());
        robot.moveTo(middle);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(40, 0).drop();
        Node moved = document.board().node("n5_5").orElseThrow();
        assertTrue(moved.x() > box.x() + 100, "the box moved with the pointer: " + box.x() + " -> " + moved.x());
        assertEquals(grid(12, 12).edges().size(), document.board().edges().size(), "no arrow was drawn");
    }

    @Test
    void boxesFarOffScreenHaveNoViewsUntilPannedTo(FxRobot robot) {
        show(robot, grid(30, 30));
        var view = canvas.boardView();
        assertNotNull(view.box("n0_0"), "a box in view is drawn");
        assertNull(view.box("n29_29"), "a box far off screen has no view");
        assertTrue(view.boxViewCount() < 100, "only boxes in or near the view are made: " + view.boxViewCount());

        Node far = document.board().node("n29_29").orElseThrow();
        robot.interact(() -> canvas.reveal(far.id()));
        WaitForAsyncUtils.waitForFxEvents();
        BoxView shown = view.box("n29_29");
        assertNotNull(shown, "panned to, it is drawn");
        assertTrue(shown.isVisible() && shown.getScene() != null);
        assertNull(view.box("n0_0"), "and the box now far behind is let go");
        assertTrue(view.boxViewCount() < 100);

        robot.interact(() -> canvas.zoomToFit());
        assertEquals(900, view.boxViewCount(), "the whole board in view: every box drawn");
        robot.interact(() -> canvas.zoomActual());
        assertTrue(view.boxViewCount() < 100, "zoomed in again, the boxes out of sight are let go: " + view.boxViewCount());
    }

    @Test
    void aFittedBigBoardKeepsWordsLabelsBadgesAndHeadsOutOfTheSceneUntilZoomedIn(FxRobot robot) {
        Board plain = grid(30, 30);
        // every third arrow labelled, as on a real board
        List<Edge> labelled = new ArrayList<>();
        for (int i = 0; i < plain.edges().size(); i++) {
            Edge e = plain.edges().get(i);
            labelled.add(i % 3 == 0 ? new Edge(e.id(), e.from(), e.to(), "feeds") : e);
        }
        show(robot, plain.withEdges(labelled));
        var view = canvas.boardView();
        robot.interact(() -> {
            view.setBadges(java.util.Map.of("n0_0", new org.stageboard.render.BoardView.Badge("2", "badge-warning", "two findings")));
            canvas.zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BoxView.Detail.BLANK, view.detail(), "a 30 by 30 board fitted is drawn in colour only");
        assertEquals(900, view.boxViewCount(), "every box is drawn");
        BoxView first = view.box("n0_0");
        assertNotNull(first.badge(), "the box keeps its badge");
        assertNull(first.badge().getScene(), "but out of the scene while words are not drawn");
        assertTrue(first.lookupAll(".stage-box-title").isEmpty(), "no words in a colour-only box");
        var arrow = view.arrow("en0_1");
        assertNotNull(arrow, "the arrow is drawn");
        assertNull(arrow.lookup(".edge-head"), "a bare line at this zoom");
        assertNull(arrow.label().getScene(), "its label is not in the scene");

        // zoomed in on the first box: words, badge, head and label come back, as they were
        robot.interact(() -> canvas.session().viewport().zoomAt(1, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        first = view.box("n0_0");
        assertEquals(BoxView.Detail.FULL, view.detail());
        assertEquals(List.of("Box n0_0"), first.lookupAll(".stage-box-title").stream().map(t -> ((Text) t).getText()).toList());
        assertEquals(List.of("The body text of n0_0"),
                first.lookupAll(".stage-box-text").stream().map(t -> ((Text) t).getText()).toList());
        assertTrue(first.badge().getScene() != null && first.badge().isVisible(), "the badge shows again");
        assertEquals("2", first.badge().getText());
        arrow = view.arrow("en0_1");
        assertNotNull(arrow.lookup(".edge-head"), "the arrow has its head again");
        assertTrue(arrow.label().getScene() != null && arrow.label().isVisible(), "and its label");
        assertEquals("feeds", arrow.label().getText());
        assertNull(view.arrow("en0_2").label().getScene(), "an arrow without words puts no label in the scene");
    }

    @Test
    void atLowZoomABoxShowsItsTitleButNotItsTextAndShowsItAgainZoomedIn(FxRobot robot) {
        show(robot, grid(2, 1));
        robot.interact(() -> canvas.session().viewport().zoomAt(0.3, 0, 0));
        BoxView box = canvas.boardView().box("n0_0");
        assertTrue(visibleText(box, "Box n0_0"), "the title is drawn at 30%");
        assertFalse(visibleText(box, "The body text of n0_0"), "the body text is not");

        robot.interact(() -> canvas.session().viewport().zoomAt(1, 0, 0));
        assertTrue(visibleText(box, "The body text of n0_0"), "zoomed in again, the text is back");
        assertTrue(visibleText(box, "Box n0_0"));
    }

    /** Whether {@code words} are drawn in the box: a visible Text whose parents are all visible. */
    private static boolean visibleText(javafx.scene.Parent box, String words) {
        for (javafx.scene.Node n : box.getChildrenUnmodifiable()) {
            if (n instanceof Text t && words.equals(t.getText()) && shown(t, box)
                    || n instanceof javafx.scene.Parent p && visibleText(p, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(javafx.scene.Node n, javafx.scene.Node top) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p == top) {
                return true;
            }
        }
        return true;
    }
}
