package org.stageboard.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.render.BoardView;
import org.stageboard.render.BoxView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl + wheel zooms about the pointer; while the wheel turns, the boxes scale as one bitmap and keep their views
 * and level of detail, and once it rests the board is drawn sharp at the zoom reached.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class WheelZoomTest {
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(Node.of("n" + i, org.stageboard.model.Stage.DATA, "Box " + i, (i % 4) * 300, (i / 4) * 250));
        }
        canvas = new BoardCanvas(new Document(new Board("", "", "", "", nodes, List.of())));
        stage.setScene(new Scene(canvas, 900, 700));
        stage.getScene().getStylesheets().add(BoardView.STYLESHEET);
        stage.show();
    }

    @Test
    void theWheelScalesABitmapAndTheBoardIsDrawnSharpWhenItRests(FxRobot robot) {
        robot.interact(canvas::zoomActual);
        BoxView first = canvas.boardView().box("n0");
        robot.moveTo(canvas).press(KeyCode.CONTROL).scroll(5, VerticalDirection.UP).release(KeyCode.CONTROL);
        double zoom = canvas.session().viewport().zoom();
        assertTrue(zoom < BoardView.TITLE_ONLY_BELOW, "five notches out go below 50%: " + zoom);
        assertTrue(canvas.isWheelZooming(), "the wheel has just turned");
        assertTrue(canvas.boardView().isCache(), "so the boxes scale as one bitmap");
        assertEquals(BoxView.Detail.FULL, canvas.boardView().detail(), "drawn as they were when the wheel began");

        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas.isWheelZooming(), "the wheel rested");
        assertFalse(canvas.boardView().isCache(), "the bitmap is gone");
        assertEquals(BoxView.Detail.TITLE, canvas.boardView().detail(), "and the boxes are drawn for the zoom reached");
        assertEquals(first, canvas.boardView().box("n0"), "by the views they had");
        assertEquals(zoom, canvas.session().viewport().zoom(), 1e-9, "the zoom stays where the wheel left it");
    }

    @Test
    void farOutTheWheelMakesNoBitmapAndAZoomEndsAPansBitmap(FxRobot robot) {
        // colour-only: the board is one canvas image already, and a bitmap of the view would be drawn at 100%
        robot.interact(() -> canvas.session().viewport().zoomAt(BoardView.BLANK_BELOW * 0.75, 450, 350));
        robot.moveTo(canvas).press(KeyCode.CONTROL).scroll(1, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        assertTrue(canvas.isWheelZooming(), "the wheel has just turned");
        assertFalse(canvas.boardView().isCache(), "no bitmap of the view far out");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(canvas::zoomActual);
        javafx.scene.Parent world = canvas.boardView().getParent();
        robot.moveTo(canvas).press(javafx.scene.input.MouseButton.MIDDLE).moveBy(-60, -30).moveBy(-60, -30)
                .release(javafx.scene.input.MouseButton.MIDDLE);
        assertTrue(world.isCache(), "a pan at 100% moves one bitmap");
        // zooming far out (as a fit of a big board does) straight after: the bitmap, drawn at 100%, goes at once
        robot.interact(() -> canvas.session().viewport().zoomAt(BoardView.BLANK_BELOW * 0.75, 450, 350));
        assertFalse(world.isCache(), "a zoom far out ends it at once, not a second later");
    }
}
