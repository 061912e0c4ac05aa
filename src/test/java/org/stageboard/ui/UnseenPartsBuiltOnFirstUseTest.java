package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Node;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new window's first frame does not show is not built for it: the canvas's in-place editor waits for the
 * first edit, the closed menus' items for the frame after the first. Each still works on first use: a double-click
 * on a box edits its title, and the menus' items and shortcuts are there once the window is on screen.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class UnseenPartsBuiltOnFirstUseTest {
    private MainWindow window;
    private boolean editorInSceneBeforeShown;
    private int menuItemsBeforeShown;
    private int menusBeforeShown;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        editorInSceneBeforeShown = window.root().lookup("#inplace-title") != null
                || window.root().lookup(".in-place-editor") != null;
        MenuBar bar = menuBar();
        menusBeforeShown = bar.getMenus().size();
        menuItemsBeforeShown = bar.getMenus().stream().mapToInt(m -> m.getItems().size()).sum();
        stage.show();
    }

    private MenuBar menuBar() {
        return (MenuBar) window.root().lookup("#menu-bar");
    }

    private List<MenuItem> items() {
        return menuBar().getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
    }

    private void waitForMenuItems() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theInPlaceEditorIsMadeOnTheFirstDoubleClickAndEditsTheBoxTitle(FxRobot robot) {
        assertFalse(editorInSceneBeforeShown, "no hidden editor in the first frame");
        robot.clickOn("#palette-model");
        assertTrue(robot.lookup(".in-place-editor").tryQuery().isEmpty(), "still none after adding a box");
        Node box = window.document().board().nodes().get(0);

        Point2D local = window.canvas().session().viewport().toScreen(box.x() + box.width() / 2, box.y() + box.height() / 2);
        robot.moveTo(window.canvas().localToScreen(local.getX(), local.getY())).doubleClickOn(MouseButton.PRIMARY);
        assertTrue(window.canvas().inPlaceEditor().isEditing(), "a double-click opens the editor");
        assertTrue(robot.lookup("#inplace-title").tryQuery().isPresent());
        assertTrue(window.canvas().inPlaceEditor().bounds().width() > 0, "laid out over the box");

        robot.write("Gradient boosting");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.canvas().inPlaceEditor().isEditing());
        assertEquals("Gradient boosting", window.document().board().node(box.id()).orElseThrow().title());

        // the second edit reuses the same editor, and Escape still cancels
        robot.moveTo(window.canvas().localToScreen(local.getX(), local.getY())).doubleClickOn(MouseButton.PRIMARY);
        assertTrue(window.canvas().inPlaceEditor().isEditing());
        assertEquals(1, robot.lookup(".in-place-editor").queryAll().size());
        robot.write("discarded");
        robot.type(KeyCode.ESCAPE);
        assertEquals("Gradient boosting", window.document().board().node(box.id()).orElseThrow().title());
    }

    @Test
    void theMenusGetTheirItemsAfterTheFirstFrameAndTheirShortcutsWork(FxRobot robot) throws Exception {
        assertEquals(6, menusBeforeShown, "the six menu titles are in the first frame");
        assertEquals(0, menuItemsBeforeShown, "their items are not");
        waitForMenuItems();
        assertTrue(items().stream().anyMatch(i -> "menu.file.save".equals(i.getId())));
        assertTrue(items().stream().anyMatch(i -> "menu.edit.undo".equals(i.getId())));

        // a shortcut, with no menu opened
        boolean grid = window.session().gridVisibleProperty().get();
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!grid, window.session().gridVisibleProperty().get(), "Ctrl+G toggles the grid");

        // and an item clicked in its opened menu
        Menu view = menuBar().getMenus().stream().filter(m -> m.getItems().stream()
                .anyMatch(i -> "menu.view.grid".equals(i.getId()))).findFirst().orElseThrow();
        MenuItem gridItem = view.getItems().stream().filter(i -> "menu.view.grid".equals(i.getId())).findFirst().orElseThrow();
        robot.clickOn(view.getText());
        robot.clickOn(gridItem.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(grid, window.session().gridVisibleProperty().get(), "the menu item toggles it back");
    }

    @Test
    void theEditMenuStillNamesWhatUndoWouldTakeBack(FxRobot robot) throws Exception {
        waitForMenuItems();
        robot.clickOn("#palette-data");
        Menu edit = menuBar().getMenus().stream().filter(m -> m.getItems().stream()
                .anyMatch(i -> "menu.edit.undo".equals(i.getId()))).findFirst().orElseThrow();
        MenuItem undo = edit.getItems().stream().filter(i -> "menu.edit.undo".equals(i.getId())).findFirst().orElseThrow();
        String plain = undo.getText();
        robot.clickOn(edit.getText());
        assertFalse(undo.isDisable());
        assertFalse(undo.getText().equals(plain), "the showing handler names the step: " + undo.getText());
        robot.clickOn(undo.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().board().nodes().isEmpty(), "undo took the box back");
    }
}
