package org.stageboard.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.ui.palette.StagePalettePane;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.render.ArrowView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: the canvas shows what a gesture will do, and its cues never hide the board. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class CanvasCuesTest {
    private final Document document = new Document(Board.empty());
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new BoardCanvas(document);
        var palette = new StagePalettePane(canvas);
        var root = new javafx.scene.layout.BorderPane(canvas);
        root.setLeft(palette);
        stage.setScene(new javafx.scene.Scene(root, 1100, 700));
        stage.show();
    }

    private Point2D screen(double bx, double by) {
        Point2D local = canvas.session().viewport().toScreen(bx, by);
        return canvas.localToScreen(local.getX(), local.getY());
    }

    private Board board() {
        return document.board();
    }

    private void show(FxRobot robot, Board b) {
        robot.interact(() -> document.reset(b));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingFromThePaletteShowsTheBoxUnderThePointerWhereItWillLand(FxRobot robot) {
        Point2D target = canvas.localToScreen(500, 300);
        robot.drag("#palette-model", MouseButton.PRIMARY).moveTo(target);
        Point2D ghost = canvas.paletteDrop().ghostPosition();
        assertNotNull(ghost, "a ghost box under the pointer");
        assertTrue(robot.lookup("#drop-ghost").query().isVisible());
        robot.drop();
        assertNull(canvas.paletteDrop().ghostPosition(), "gone once dropped");
        Node placed = board().nodes().get(0);
        assertEquals(ghost.getX(), placed.x(), 1e-9, "the box lands where its ghost was");
        assertEquals(ghost.getY(), placed.y(), 1e-9);
        Point2D pointer = canvas.session().viewport().toBoard(500, 300);
        assertTrue(placed.bounds().contains(pointer.getX(), pointer.getY()), "under the pointer");
    }

    @Test
    void whileConnectingTheBoxUnderThePointerIsHighlighted(FxRobot robot) {
        show(robot, Board.empty().addNode(Node.of("a", org.stageboard.model.Stage.DATA, "A", 40, 40))
                .addNode(Node.of("b", org.stageboard.model.Stage.MODEL, "B", 440, 240)));
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("a")));
        double[] handle = canvas.overlay().connectCentre(board().node("a").orElseThrow(), canvas.session().viewport().zoom());
        Node b = board().node("b").orElseThrow();
        robot.drag(screen(handle[0], handle[1]), MouseButton.PRIMARY).moveTo(screen(b.x() + 30, b.y() + 30));
        assertEquals("b", canvas.overlay().connectTarget(), "the box the arrow would go to is highlighted");
        assertTrue(robot.lookup("#connect-target").query().isVisible());
        robot.drop();
        assertNull(canvas.overlay().connectTarget(), "no highlight once connected");
        assertEquals(1, board().edges().size());
    }

    @Test
    void aConnectHandleNeverCoversAnArrowheadNorTheMiddleOfASmallBox(FxRobot robot) {
        // b's arrow comes into a's right side, right where a handle on the right edge used to sit
        Board two = Board.empty().addNode(Node.of("a", org.stageboard.model.Stage.DATA, "A", 40, 40))
                .addNode(Node.of("b", org.stageboard.model.Stage.MODEL, "B", 440, 40));
        show(robot, two.addEdge(new Edge("e1", "b", "a", "")));
        robot.interact(() -> canvas.session().selection().selectNodes(List.of("a")));
        double z = canvas.session().viewport().zoom();
        double[] handle = canvas.overlay().connectCentre(board().node("a").orElseThrow(), z);
        double[] pts = canvas.boardView().arrow("e1").points();
        double tipX = pts[pts.length - 2];
        double tipY = pts[pts.length - 1];
        assertTrue(Math.hypot(handle[0] - tipX, handle[1] - tipY) >= 7 / z + ArrowView.HEAD_LENGTH,
                "the handle " + handle[0] + "," + handle[1] + " keeps off the arrowhead at " + tipX + "," + tipY);

        // far zoomed out, a small box: a press on its middle moves it and draws no arrow
        show(robot, Board.empty().addNode(Node.of("s", org.stageboard.model.Stage.NOTE, "S", 0, 0)
                .withBounds(0, 0, Node.MIN_WIDTH, Node.MIN_HEIGHT)));
        robot.interact(() -> {
            canvas.session().viewport().zoomAt(0.15, 0, 0);
            canvas.session().viewport().panXProperty().set(300);
            canvas.session().viewport().panYProperty().set(200);
            canvas.session().selection().selectNodes(List.of("s"));
        });
        Node s = board().node("s").orElseThrow();
        Point2D middle = screen(s.x() + s.width() / 2, s.y() + s.height() / 2);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(60, 45).drop();
        Node moved = board().node("s").orElseThrow();
        assertTrue(moved.x() > s.x() && moved.y() > s.y(), "moved: " + moved.bounds());
        assertEquals(s.width(), moved.width(), 1e-9, "not resized");
        assertTrue(board().edges().isEmpty(), "no arrow started");
    }

    private boolean inside(Rect r) {
        return r.x() >= 0 && r.y() >= 0 && r.maxX() <= canvas.getWidth() + 0.5 && r.maxY() <= canvas.getHeight() + 0.5;
    }

    @Test
    void theInPlaceEditorStaysInsideTheCanvasAndGrowsWithTheTypingScrollingTheBoardIfItMust(FxRobot robot) {
        // a box whose lower part is below the bottom of the view
        show(robot, Board.empty().addNode(Node.of("a", org.stageboard.model.Stage.DATA, "A", 300, 600)));
        robot.interact(() -> {
            canvas.session().viewport().zoomAt(1, 0, 0);
            canvas.session().viewport().panXProperty().set(0);
            canvas.session().viewport().panYProperty().set(0);
        });
        assertTrue(600 + Node.DEFAULT_HEIGHT > canvas.getHeight(), "the box starts partly out of view");
        robot.doubleClickOn(screen(320, 620));
        assertTrue(canvas.inPlaceEditor().isEditing());
        assertTrue(inside(canvas.inPlaceEditor().bounds()), "the editor is inside: " + canvas.inPlaceEditor().bounds());
        assertTrue(inside(canvas.screenBounds(board().node("a").orElseThrow())), "the board scrolled the box into view");
        double before = canvas.inPlaceEditor().bounds().height();
        robot.clickOn("#inplace-text");
        // most of it pasted, the end typed
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ";
        robot.interact(() -> ((javafx.scene.control.TextArea) robot.lookup("#inplace-text").query()).setText(words.repeat(4)));
        robot.write("and the end");
        Rect grown = canvas.inPlaceEditor().bounds();
        assertTrue(grown.height() > before, "the editor grew with the words: " + before + " -> " + grown);
        assertTrue(inside(grown), "and is still inside the canvas: " + grown);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER);
        Node committed = board().node("a").orElseThrow();
        assertEquals(grown.height(), Math.max(180, committed.height() * canvas.session().viewport().zoom()), 1,
                "the box grew as the editor showed it would");
    }

    @Test
    void anArrowsLabelSitsBesideItsLineAndHeadNeverOnThem(FxRobot robot) {
        Board b = Board.empty().addNode(Node.of("a", org.stageboard.model.Stage.DATA, "A", 40, 40))
                .addNode(Node.of("b", org.stageboard.model.Stage.MODEL, "B", 400, 40))
                .addNode(Node.of("c", org.stageboard.model.Stage.EVALUATION, "C", 400, 400));
        show(robot, b.addEdge(new Edge("h", "a", "b", "features"))
                .addEdge(new Edge("v", "b", "c", "offline metrics")));
        for (String id : List.of("h", "v")) {
            ArrowView arrow = canvas.boardView().arrow(id);
            robot.interact(() -> {
                arrow.label().applyCss();
                arrow.label().autosize();
            });
            Bounds lb = arrow.label().getBoundsInParent();
            Rect label = new Rect(lb.getMinX(), lb.getMinY(), lb.getWidth(), lb.getHeight());
            assertTrue(label.width() > 10, "the label is drawn");
            double[] pts = arrow.points();
            for (int i = 0; i + 3 < pts.length; i += 2) {
                assertFalse(ArrowRouter.segmentHits(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], label.inflate(1)),
                        id + ": the label " + label + " is off the line " + java.util.Arrays.toString(pts));
            }
            assertFalse(label.inflate(ArrowView.HEAD_LENGTH / 2).contains(pts[pts.length - 2], pts[pts.length - 1]),
                    id + ": and away from the head");
        }
    }
}
