package org.stageboard.render;

import org.stageboard.geom.ArrowRouterTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The board view reconciles: unchanged boxes keep their views, and arrows move out of a moved box's way. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {
    private BoardView view;

    @Start
    void start(Stage stage) {
        view = new BoardView();
        stage.setScene(new Scene(new Group(view), 800, 600));
        stage.getScene().getStylesheets().add(BoardView.STYLESHEET);
        stage.show();
    }

    private static Board board(double cx, double cy) {
        return new Board("", "", "", "", List.of(
                Node.of("a", org.stageboard.model.Stage.DATA, "A", 0, 0),
                Node.of("b", org.stageboard.model.Stage.MODEL, "B", 500, 0),
                Node.of("c", org.stageboard.model.Stage.NOTE, "C", cx, cy)),
                List.of(new Edge("e", "a", "b", "")));
    }

    @Test
    void aBoxMovedAcrossAnArrowPushesItAsideAndOtherViewsStay(FxRobot robot) {
        Board before = board(240, 400);
        robot.interact(() -> view.show(before));
        double[] straight = view.arrow("e").points();
        assertEquals(4, straight.length, "nothing in the way: a straight arrow");
        BoxView a = view.box("a");

        Board after = before.replaceNode(before.node("c").orElseThrow().withPosition(240, 0));
        robot.interact(() -> view.show(after));
        assertSame(a, view.box("a"), "an unchanged box keeps its view");
        assertTrue(view.arrow("e").points().length > 4, "the arrow now bends");
        assertFalse(ArrowRouterTest.crosses(view.arrow("e").points(), after.node("c").orElseThrow().bounds()),
                "and goes around the box that moved into its way");

        robot.interact(() -> view.show(before));
        assertEquals(4, view.arrow("e").points().length, "straight again once the box has gone");
    }

    @Test
    void onlyArrowsWithWordsPutALabelInTheSceneAndOneTypedLaterAppears(FxRobot robot) {
        Board plain = board(240, 400);
        robot.interact(() -> view.show(plain));
        assertEquals(null, view.arrow("e").label().getScene(), "an empty label is kept out of the scene");

        Board named = plain.replaceEdge(new Edge("e", "a", "b", "features"));
        robot.interact(() -> view.show(named));
        javafx.scene.control.Label label = view.arrow("e").label();
        assertSame(view.getScene(), label.getScene(), "a label typed later is shown");
        assertTrue(label.isVisible());
        assertEquals("features", label.getText());

        robot.interact(() -> view.show(plain));
        assertEquals(null, view.arrow("e").label().getScene(), "and leaves when its words are deleted");
    }

    @Test
    void boxesTakeTheirStageColoursFromTheirClassNotAnInlineStyle(FxRobot robot) {
        robot.interact(() -> {
            view.show(board(240, 400));
            view.applyCss();
        });
        BoxView data = view.box("a");
        assertEquals("", data.getStyle(), "no inline style per box");
        assertTrue(data.getStyleClass().contains(StagePalette.styleClass(org.stageboard.model.Stage.DATA)));
        javafx.scene.layout.Border border = data.getBorder();
        assertEquals(StagePalette.accent(org.stageboard.model.Stage.DATA),
                border.getStrokes().get(0).getTopStroke(), "the data stage's accent on the border");
        assertEquals(StagePalette.fill(org.stageboard.model.Stage.MODEL),
                view.box("b").getBackground().getFills().get(0).getFill(), "the model stage's fill");
    }
}
