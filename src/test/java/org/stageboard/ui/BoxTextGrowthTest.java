package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.stageboard.render.BoxFit;
import org.stageboard.render.BoxView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: text is never hidden. A box grows to fit what is typed, in one undo step with the typing. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BoxTextGrowthTest {
    private static final String RUSSIAN = "Данные о кликах за последние девяносто дней, разбиение по времени, "
            + "чтобы не заглядывать в будущее; отрицательные примеры из показов без клика, с поправкой на позицию. ";
    private static final String CHINESE = "使用过去九十天的点击日志按时间切分训练集和验证集以免泄露未来信息负样本取自曝光未点击并按位置校正";

    private MainWindow window;
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        canvas = window.canvas();
        stage.show();
    }

    private Board board() {
        return window.document().board();
    }

    private Point2D centreOf(Node n) {
        Point2D local = canvas.session().viewport().toScreen(n.x() + n.width() / 2, n.y() + n.height() / 2);
        return canvas.localToScreen(local.getX(), local.getY());
    }

    /** Adds a data box from the palette, double-clicks it and types {@code text} into the in-place editor's body. */
    private Node typeIntoNewBox(FxRobot robot, String text) {
        robot.clickOn("#palette-data");
        Node n = board().nodes().get(board().nodes().size() - 1);
        robot.moveTo(centreOf(n)).doubleClickOn(MouseButton.PRIMARY);
        robot.clickOn("#inplace-text");
        // the robot types Latin keys; other scripts arrive as the input method would deliver them, all at once
        if (text.chars().allMatch(c -> c < 128)) {
            robot.write(text);
        } else {
            robot.interact(() -> ((TextArea) robot.lookup("#inplace-text").query()).appendText(text));
        }
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return board().node(n.id()).orElseThrow();
    }

    private BoxView view(Node n) {
        BoxView v = canvas.boardView().box(n.id());
        robot().interact(() -> {
            v.applyCss();
            v.layout();
        });
        return v;
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private void assertAllShown(Node n) {
        BoxView v = view(n);
        assertFalse(v.isOverflowing(), "nothing is cut off in " + n.bounds());
        double[] need = new double[1];
        robot().interact(() -> need[0] = v.neededHeight(n.width()));
        assertTrue(need[0] <= n.height() + 1, "the words need " + need[0] + " and the box is " + n.height());
        assertTrue(n.width() <= BoxFit.MAX_WIDTH && n.height() <= BoxFit.MAX_HEIGHT, "within the limits: " + n.bounds());
    }

    @Test
    void aBoxGrowsToFitWhatIsTypedAndOneUndoTakesBackWordsAndSize(FxRobot robot) {
        String typed = "clicks from the last ninety days split by time so nothing leaks from the future "
                + "negatives sampled from impressions without a click corrected for position bias";
        Node grown = typeIntoNewBox(robot, typed);
        assertEquals(typed, grown.text());
        assertTrue(grown.height() > Node.DEFAULT_HEIGHT, "grew taller: " + grown.bounds());
        assertAllShown(grown);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        Node back = board().node(grown.id()).orElseThrow();
        assertEquals("", back.text(), "one undo takes back the words");
        assertEquals(Node.DEFAULT_WIDTH, back.width(), 1e-9, "and the growth with them");
        assertEquals(Node.DEFAULT_HEIGHT, back.height(), 1e-9);
    }

    @Test
    void russianAndChineseTextGrowTheBoxToo(FxRobot robot) {
        Node ru = typeIntoNewBox(robot, RUSSIAN);
        assertTrue(ru.height() > Node.DEFAULT_HEIGHT, "Russian grew the box: " + ru.bounds());
        assertAllShown(ru);
        Node zh = typeIntoNewBox(robot, CHINESE + CHINESE);
        assertTrue(zh.height() > Node.DEFAULT_HEIGHT, "Chinese (no spaces, wrapped per character) grew the box: " + zh.bounds());
        assertAllShown(zh);
    }

    @Test
    void pastTheMaximumTheBoxShowsThereIsMoreAndTheFullTextOnHoverAndInTheInspector(FxRobot robot) {
        Node huge = typeIntoNewBox(robot, RUSSIAN.repeat(12));
        assertEquals(BoxFit.MAX_HEIGHT, huge.height(), 1e-9, "stops at the maximum height");
        assertTrue(huge.width() <= BoxFit.MAX_WIDTH);
        BoxView v = view(huge);
        assertTrue(v.isOverflowing(), "shows that there is more");
        assertTrue(v.fullTextTooltip().getText().contains(RUSSIAN.repeat(12).strip()), "the hover shows all of it");
        assertTrue(robot.lookup(".stage-box-more").queryAll().stream().anyMatch(javafx.scene.Node::isVisible),
                "an ellipsis is drawn");
        var notes = (org.fxmisc.richtext.StyleClassedTextArea) robot.lookup("#inspector-notes").query();
        assertEquals(RUSSIAN.repeat(12), notes.getText(), "the inspector holds the full text");
    }

    @Test
    void aTradeOffTypedInTheInspectorGrowsItsChipsBoxAndUndoTakesBothBack(FxRobot robot) {
        robot.clickOn("#palette-model");
        Node n = board().nodes().get(0);
        robot.clickOn("#tradeoff-add");
        robot.write("gradient boosted trees");
        robot.type(KeyCode.TAB).write("a deep network");
        robot.type(KeyCode.TAB).write("tabular features with few rows train fast and explain themselves "
                + "to the risk team who sign off every model, and retraining nightly costs minutes not hours");
        assertFalse(board().node(n.id()).orElseThrow().tradeoffs().isEmpty(), "the row reached the board as typed");
        Node after = board().node(n.id()).orElseThrow();
        assertTrue(after.height() > n.height(), "the chip's box grew as the row was typed: " + after.bounds());
        assertAllShown(after);
        robot.clickOn(canvas);
        window.document().sealStep();
        while (window.document().canUndo() && !board().node(n.id()).orElseThrow().tradeoffs().isEmpty()) {
            robot.interact(() -> window.document().undo());
        }
        Node back = board().node(n.id()).orElseThrow();
        assertEquals(n.height(), back.height(), 1e-9, "undoing the typing takes the growth back with it");
    }

    @Test
    void typingATradeOffInTheInspectorGrowsTheBoxInTheSameStep(FxRobot robot) {
        robot.clickOn("#palette-model");
        Node n = board().nodes().get(0);
        int depth = window.document().undoDepth();
        robot.interact(() -> window.document().apply("seed", b -> b.mapNodes(List.of(n.id()), m -> m.withTradeoffs(List.of(
                new org.stageboard.model.TradeOff("градиентный бустинг", List.of("нейронная сеть"), RUSSIAN),
                new org.stageboard.model.TradeOff("实时特征", List.of("批量特征"), CHINESE))))));
        // the seed went through apply directly: the growth happens where the words are typed
        robot.interact(() -> window.document().apply(new org.stageboard.edit.SetNotes(n.id(), "a")));
        Node after = board().node(n.id()).orElseThrow();
        assertEquals(depth + 2, window.document().undoDepth(), "the growth added no step of its own");
        assertAllShown(after);
    }

    @Test
    void anOpenedBoardWithBoxesTooSmallIsGrownOnDisplayAndSavedThatWay(FxRobot robot) {
        Node small = Node.of("n1", org.stageboard.model.Stage.DATA, "Data", 40, 40).withText(RUSSIAN + CHINESE);
        robot.interact(() -> window.document().reset(Board.empty().addNode(small)));
        WaitForAsyncUtils.waitForFxEvents();
        Node shown = board().node("n1").orElseThrow();
        assertTrue(shown.height() > small.height(), "grown on open: " + shown.bounds());
        assertAllShown(shown);
        assertFalse(window.document().isDirty(), "opening is not an edit");
        assertFalse(window.document().canUndo(), "nothing to undo");
        BoxView v = view(shown);
        assertEquals(shown.width(), v.getWidth(), 1e-9, "drawn at the size the model holds, and saves");
        assertEquals(shown.height(), v.getHeight(), 1e-9);
    }
}
