package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.TradeOff;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard-only use: trade-off rows in Tab order, the caret where the user will type, keys kept out of the canvas. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class KeyboardAndFocusTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        // a window of its own, so Ctrl+Q can close it without closing the test toolkit's primary stage
        primary.hide(); // the toolkit's own stage would sit over part of this window and take clicks
        stage = new Stage();
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    private Node focused(FxRobot robot) {
        return stage.getScene().getFocusOwner();
    }

    private String focusedId(FxRobot robot) {
        Node n = focused(robot);
        return n == null ? null : n.getId();
    }

    @Test
    void tabRunsThroughATradeOffRowAndOnToTheNextRowNeverToRemove(FxRobot robot) {
        // the inspector gets the whole height, so the rows and the add button are all in view
        robot.interact(() -> window.findings().visibleProperty().set(false));
        robot.clickOn("#palette-model");
        robot.clickOn("#tradeoff-add");
        assertEquals("tradeoff-choice-0", focusedId(robot), "the new row's first field has the caret");
        robot.write("GBDT");
        robot.clickOn("#tradeoff-add");
        assertEquals("tradeoff-choice-1", focusedId(robot));
        robot.clickOn("#tradeoff-choice-0");
        robot.type(KeyCode.TAB);
        assertEquals("tradeoff-over-0", focusedId(robot));
        robot.write("deep net");
        robot.type(KeyCode.TAB);
        assertEquals("tradeoff-because-0", focusedId(robot));
        robot.write("tabular data");
        robot.type(KeyCode.TAB);
        assertEquals("tradeoff-choice-1", focusedId(robot), "after 'because' comes the next row, not a remove button");
        robot.clickOn("#tradeoff-choice-0");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("tradeoff-remove-0", focusedId(robot), "remove is still reachable from the keyboard");
        TradeOff t = window.document().board().nodes().get(0).tradeoffs().get(0);
        assertEquals(new TradeOff("GBDT", List.of("deep net"), "tabular data"), t);
    }

    @Test
    void aNewTradeOffRowIsScrolledIntoView(FxRobot robot) {
        robot.clickOn("#palette-serving");
        javafx.scene.control.Button add = robot.lookup("#tradeoff-add").queryButton();
        for (int i = 0; i < 8; i++) {
            // the button itself scrolls out of view as rows pile up; fire it as a click would
            robot.interact(add::fire);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Node last = robot.lookup("#tradeoff-choice-7").query();
        assertEquals(last, focused(robot));
        ScrollPane inspector = robot.lookup(".inspector").queryAs(ScrollPane.class);
        Bounds view = inspector.localToScene(inspector.getLayoutBounds());
        Bounds field = last.localToScene(last.getLayoutBounds());
        assertTrue(inspector.getVvalue() > 0, "the inspector scrolled");
        assertTrue(field.getMinY() >= view.getMinY() - 1 && field.getMaxY() <= view.getMaxY() + 1,
                "the new field " + field + " is inside the visible inspector " + view);
    }

    @Test
    void keysTypedInTheInPlaceEditorStayText(FxRobot robot) {
        robot.clickOn("#palette-data");
        robot.type(KeyCode.ENTER);
        assertTrue(window.canvas().inPlaceEditor().isEditing());
        robot.write("label");
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.DELETE);
        assertFalse(window.presenter().laser().isEnabled(), "typing an l never turns the laser on");
        assertEquals(1, window.document().board().nodes().size(), "Backspace and Delete edit text, not the board");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertEquals("labe", window.document().board().nodes().get(0).title());
        // on the canvas itself the same keys are commands
        robot.clickOn(window.canvas());
        robot.type(KeyCode.L);
        assertTrue(window.presenter().laser().isEnabled(), "L on the canvas toggles the laser");
        robot.type(KeyCode.L);
    }

    @Test
    void menusShowTheCanvasKeysWithoutTakingThemFromTextFields(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem delete = item(bar, "menu.edit.delete");
        MenuItem laser = item(bar, "menu.rehearse.laser");
        assertEquals(new KeyCodeCombination(KeyCode.DELETE), delete.getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.L), laser.getAccelerator());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getScene().getAccelerators().containsKey(new KeyCodeCombination(KeyCode.L)));
        assertFalse(stage.getScene().getAccelerators().containsKey(new KeyCodeCombination(KeyCode.DELETE)));
        // a plain L typed into the inspector's title field is text
        robot.clickOn("#inspector-board-title");
        robot.write("ll");
        assertFalse(window.presenter().laser().isEnabled());
        assertEquals("ll", window.document().board().title());
    }

    @Test
    void ctrlQQuits(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void editingABoxOffScreenScrollsItIntoViewAndKeepsTheEditorInside(FxRobot robot) {
        robot.clickOn("#palette-features");
        String id = window.document().board().nodes().get(0).id();
        var canvas = window.canvas();
        // pan so the box is far off to the left and above the visible canvas
        robot.interact(() -> canvas.session().viewport().panBy(-3000, -2000));
        robot.interact(() -> canvas.inPlaceEditor().edit(id));
        WaitForAsyncUtils.waitForFxEvents();
        var n = window.document().board().node(id).orElseThrow();
        var onScreen = canvas.screenBounds(n);
        assertTrue(onScreen.x() >= 0 && onScreen.maxX() <= canvas.getWidth()
                && onScreen.y() >= 0 && onScreen.maxY() <= canvas.getHeight(), "the box is scrolled into view: " + onScreen);
        Node editor = robot.lookup(".in-place-editor").query();
        Bounds e = editor.getBoundsInParent();
        assertTrue(e.getMinX() >= 0 && e.getMaxX() <= canvas.getWidth() && e.getMinY() >= 0
                && e.getMaxY() <= canvas.getHeight(), "the editor is inside the canvas: " + e);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void quittingDuringARehearsalAsksFirstAndCancelKeepsTheWindow(FxRobot robot) {
        java.util.List<String> asked = new java.util.ArrayList<>();
        robot.interact(() -> window.rehearsal().open());
        robot.clickOn("#timer-start");
        window.rehearsal().setClosePrompt(() -> {
            asked.add("asked");
            return org.stageboard.ui.rehearsal.RehearsalController.CloseDecision.CANCEL;
        });
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("asked"), asked, "the user is told the rehearsal will end");
        assertTrue(stage.isShowing(), "cancel keeps the window and the rehearsal");
        assertTrue(window.rehearsal().session() != null);
        window.rehearsal().setClosePrompt(() -> org.stageboard.ui.rehearsal.RehearsalController.CloseDecision.END_WITHOUT_SAVING);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
