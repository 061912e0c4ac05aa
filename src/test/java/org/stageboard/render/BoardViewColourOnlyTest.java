package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Zoomed far out, the board is painted on one canvas (a rectangle per box in its stage's colours, a line per arrow)
 * instead of a view per box and arrow; the boxes under the hand (selected, moving) and their arrows stay views, so
 * moving them leaves the canvas untouched; zooming back in shows every view again.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BoardViewColourOnlyTest {
    private static final org.stageboard.model.Stage[] STAGES = org.stageboard.model.Stage.values();
    private BoardView view;

    @Start
    void start(Stage stage) {
        view = new BoardView();
        stage.setScene(new Scene(new Group(view), 800, 600));
        stage.getScene().getStylesheets().add(BoardView.STYLESHEET);
        stage.show();
    }

    /** A row of {@code n} boxes of every stage in turn, each joined to the next. */
    private static Board row(int n) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.of("n" + i, STAGES[i % STAGES.length], "Box " + i, i * 300, 0));
            if (i > 0) {
                edges.add(new Edge("e" + i, "n" + (i - 1), "n" + i, ""));
            }
        }
        return new Board("", "", "", "", nodes, edges);
    }

    private int rectanglesDrawn() {
        return view.colourOnly().nodes().size();
    }

    private int arrowsDrawn() {
        return view.colourOnly().routes().size();
    }

    private long viewsShown(Board b) {
        return b.nodes().stream().filter(n -> view.box(n.id()).isVisible()).count();
    }

    @Test
    void farOutTheBoardIsPaintedAndTheSelectionStaysAView(FxRobot robot) {
        Board b = row(18);
        robot.interact(() -> {
            view.show(b);
            view.setZoom(BoardView.BLANK_BELOW / 2);
        });
        assertEquals(18, rectanglesDrawn());
        assertEquals(17, arrowsDrawn());
        assertEquals(0, viewsShown(b));
        // the canvas covers the board at the zoom shown, one pixel a screen pixel; n9 (requirements) is painted in
        // its stage's light body colour with the strong one as its border
        Canvas canvas = view.colourOnly().canvas;
        assertEquals(view.board().bounds().width() * BoardView.BLANK_BELOW / 2, canvas.getWidth(), 1);
        Node n9 = view.node("n9");
        Bounds area = canvas.getBoundsInParent();
        double scale = canvas.getWidth() / area.getWidth();
        // the snapshot undoes the canvas's scale back to board units: one image pixel a canvas pixel
        SnapshotParameters oneToOne = new SnapshotParameters();
        oneToOne.setTransform(new Scale(scale, scale));
        oneToOne.setFill(javafx.scene.paint.Color.TRANSPARENT);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(oneToOne, null));
        int cx = (int) ((n9.bounds().centerX() - area.getMinX()) * scale);
        int cy = (int) ((n9.bounds().centerY() - area.getMinY()) * scale);
        assertEquals(StageColours.fill(STAGES[0]), shot[0].getPixelReader().getArgb(cx, cy) & 0xffffff);
        int left = (int) Math.round((n9.bounds().x() - area.getMinX()) * scale);
        // a quarter down, above the arrow that comes in at mid-height
        int quarter = (int) ((n9.bounds().y() + n9.bounds().height() / 4 - area.getMinY()) * scale);
        assertEquals(StageColours.accent(STAGES[0]), shot[0].getPixelReader().getArgb(left, quarter) & 0xffffff);
        assertEquals(0, shot[0].getPixelReader().getArgb(left - 3, quarter) >>> 24, "transparent between boxes");

        robot.interact(() -> view.setSelection(List.of("n3"), List.of()));
        assertEquals(17, rectanglesDrawn());
        assertEquals(1, viewsShown(b));
        assertTrue(view.box("n3").isVisible());
        assertTrue(view.box("n3").getStyleClass().contains("selected"));

        robot.interact(() -> view.setZoom(1));
        assertEquals(0, rectanglesDrawn());
        assertEquals(0, arrowsDrawn());
        assertEquals(18, viewsShown(b));
    }

    @Test
    void draggingABoxFarOutLeavesTheCanvasAlone(FxRobot robot) {
        startDragFarOut(robot, row(12), "n5");
        // n5 and its two arrows are views now; the rest is painted
        assertEquals(11, rectanglesDrawn());
        assertEquals(9, arrowsDrawn());
        List<Node> before = view.colourOnly().nodes();
        Map<String, double[]> arrowsBefore = view.colourOnly().routes();
        for (int step = 1; step <= 5; step++) {
            int dy = step * 40;
            robot.interact(() -> view.show(moved(view.board(), "n5", 1500, 600 + dy)));
        }
        assertSame(before, view.colourOnly().nodes());
        assertSame(arrowsBefore, view.colourOnly().routes());
        assertEquals(640 + 160, view.box("n5").getLayoutY(), 1e-9);

        robot.interact(() -> view.setMoving(Set.of()));
        robot.interact(() -> view.setSelection(List.of(), List.of()));
        assertEquals(12, rectanglesDrawn());
        assertEquals(11, arrowsDrawn());
        assertFalse(view.box("n5").isVisible());
    }

    @Test
    void anArrowReroutedByADraggedBoxKeepsItsRouteUntilTheDrop(FxRobot robot) {
        startDragFarOut(robot, row(12), "n5");
        // n5 dropped across the straight arrow from n0 to n1 (at y 70, x 220 to 300), which then bends around it
        robot.interact(() -> view.show(moved(view.board(), "n5", 230, 40)));
        assertEquals(4, view.colourOnly().routes().get("e1").length, "painted straight while n5 moves");
        assertTrue(view.arrow("e1").points().length > 4, "the view has re-routed");

        robot.interact(() -> view.setMoving(Set.of()));
        assertEquals(11, arrowsDrawn());
        assertArrayEquals(view.arrow("e1").points(), view.colourOnly().routes().get("e1"), "painted bent after the drop");
    }

    @Test
    void aShortPanMovesTheCanvasImageALongOneRepaintsIt(FxRobot robot) {
        Board b = row(40);
        double zoom = BoardView.BLANK_BELOW / 2;
        // an 800 x 600 view at this zoom shows 8,000 x 6,000 board units
        robot.interact(() -> {
            view.show(b);
            view.setZoom(zoom);
            view.setVisibleArea(new Rect(0, -3000, 8000, 6000));
        });
        Canvas canvas = view.colourOnly().canvas;
        double paintedFrom = canvas.getLayoutX();
        assertTrue(paintedFrom < 0, "a margin around the view is painted too");
        robot.interact(() -> view.setVisibleArea(new Rect(1500, -3000, 8000, 6000)));
        assertEquals(paintedFrom, canvas.getLayoutX(), "within the margin: the same image");
        robot.interact(() -> view.setVisibleArea(new Rect(6000, -3000, 8000, 6000)));
        assertTrue(canvas.getLayoutX() > paintedFrom, "past it: painted again where the view is");
        assertTrue(canvas.getBoundsInParent().contains(6000, -3000, 8000, 6000));
    }

    /** Shows {@code b} far out with {@code id} selected and being dragged. */
    private void startDragFarOut(FxRobot robot, Board b, String id) {
        robot.interact(() -> {
            view.show(b);
            view.setZoom(BoardView.BLANK_BELOW / 2);
            view.setSelection(List.of(id), List.of());
            view.setMoving(Set.of(id));
        });
    }

    private static Board moved(Board b, String id, double x, double y) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : b.nodes()) {
            nodes.add(n.id().equals(id) ? n.withPosition(x, y) : n);
        }
        return b.withNodes(nodes);
    }
}
