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

    @Test
    void appliesTheDocumentsDeltaTouchingOnlyTheBoxesItNames(FxRobot robot) {
        Board before = board(240, 400);
        robot.interact(() -> view.show(before));
        BoxView a = view.box("a");
        BoxView c = view.box("c");
        Node aBefore = a.node();
        // a and c both differ, but the delta names only c: the view trusts the document's delta and diffs nothing
        Board after = before.replaceNode(before.node("a").orElseThrow().withPosition(0, 300))
                .replaceNode(before.node("c").orElseThrow().withPosition(600, 400));
        org.stageboard.edit.BoardDelta onlyC = new org.stageboard.edit.BoardDelta(java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of("c"), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false, false, true);
        robot.interact(() -> view.apply(after, onlyC));
        assertSame(aBefore, view.box("a").node(), "a box the delta does not name is not touched");
        assertSame(c, view.box("c"), "a changed box keeps its view");
        assertEquals(600, c.node().x(), "and shows its new record");
        assertEquals(600, c.getLayoutX(), "where it now stands");
        assertSame(after, view.board());
    }

    @Test
    void onlyBoxesNearTheVisibleAreaHaveViewsAndOnesScrolledInWearTheirDecorations(FxRobot robot) {
        Board b = board(5000, 0);
        robot.interact(() -> {
            view.setVisibleArea(new org.stageboard.model.Rect(0, 0, 800, 600));
            view.show(b);
            view.setSelection(java.util.List.of("c"), java.util.List.of());
            view.setBadges(java.util.Map.of("c", new BoardView.Badge("2", "badge-error", "two findings")));
        });
        assertEquals(2, view.boxViewCount(), "a and b are in view; c, far to the right, is not drawn");
        assertEquals(null, view.box("c"));

        robot.interact(() -> view.setVisibleArea(new org.stageboard.model.Rect(4800, 0, 800, 600)));
        BoxView c = view.box("c");
        assertTrue(c != null && c.getScene() != null, "scrolled to, c is drawn");
        assertTrue(c.getStyleClass().contains("selected"), "marked selected");
        assertEquals("2", c.badge().getText(), "with its badge");
        assertEquals(null, view.box("a"), "a, now far off, is let go");

        robot.interact(() -> view.setVisibleArea(null));
        assertEquals(3, view.boxViewCount(), "no visible area: everything is drawn (exports)");
    }

    @Test
    void atLowZoomBoxesDropTheirWordsAndTheirShadowAndGetThemBack(FxRobot robot) {
        robot.interact(() -> {
            view.show(board(240, 400));
            view.setZoom(0.3);
            view.applyCss();
        });
        BoxView a = view.box("a");
        assertEquals(BoxView.Detail.TITLE, a.detail());
        assertEquals(null, a.getBorder().getImages().isEmpty() ? null : "shadow", "no shadow slices at low zoom");
        robot.interact(() -> view.setZoom(0.1));
        assertEquals(BoxView.Detail.BLANK, a.detail());
        assertTrue(a.getChildrenUnmodifiable().isEmpty(), "a box drawn in colour only is one node, no words inside");
        assertEquals(1, view.arrow("e").getChildrenUnmodifiable().stream().filter(javafx.scene.Node::isVisible).count(),
                "and an arrow a bare line");
        robot.interact(() -> {
            view.setZoom(1);
            view.applyCss();
        });
        assertEquals(BoxView.Detail.FULL, a.detail());
        assertFalse(a.getBorder().getImages().isEmpty(), "the shadow is back at 100%");
    }

    @Test
    void aSelectedBoxWearsItsHaloAsAnImageNotABlurEffect(FxRobot robot) {
        robot.interact(() -> {
            view.show(board(240, 400));
            view.setSelection(List.of("a"), List.of());
            view.applyCss();
        });
        BoxView a = view.box("a");
        BoxView b = view.box("b");
        assertEquals(null, a.getEffect(), "no effect: a blur re-renders the box offscreen on every paint");
        assertTrue(a.getBorder().getImages().stream().anyMatch(i -> i.getImage().getUrl().endsWith("box-glow.png")),
                "the selected box draws the pre-blurred halo");
        assertTrue(b.getBorder().getImages().stream().anyMatch(i -> i.getImage().getUrl().endsWith("box-shadow.png")),
                "an unselected box keeps its plain shadow");
        robot.interact(() -> {
            view.setSelection(List.of(), List.of());
            view.applyCss();
        });
        assertTrue(a.getBorder().getImages().stream().noneMatch(i -> i.getImage().getUrl().endsWith("box-glow.png")),
                "deselected, the halo goes");
    }
}
