package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.template.Seeder;
import org.stageboard.ui.canvas.Viewport;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Leaving presenter mode puts the view back; the status bar counts what it says; Finish needs a rehearsal. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class PresenterRestoreAndStatusTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    @Test
    void leavingPresenterModeRestoresZoomScrollAndPanelWidth(FxRobot robot) {
        robot.interact(() -> window.showNewBoard(
                Seeder.seed(window.templates().byId("payment-fraud-detection").orElseThrow(), Seeder.Mode.PRACTICE)));
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane center = (SplitPane) window.root().getCenter();
        Viewport v = window.canvas().session().viewport();
        // the window places the side column once it is first laid out wide; on a loaded machine that can come late
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> center.getWidth() >= 700);
        } catch (TimeoutException e) {
            throw new AssertionError("the window never laid out wide", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            center.setDividerPositions(0.6);
            v.zoomProperty().set(1.3);
            v.panXProperty().set(-140);
            v.panYProperty().set(-75);
        });
        WaitForAsyncUtils.waitForFxEvents(); // the divider settles where the panels' minimum widths let it
        double divider = center.getDividerPositions()[0];
        robot.clickOn(window.canvas());
        robot.push(KeyCode.F5);
        assertTrue(window.presenter().isPresenting());
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presenter().isPresenting());
        assertEquals(1.3, v.zoom(), 1e-9, "zoom as it was");
        assertEquals(-140, v.panXProperty().get(), 1e-9, "scroll as it was");
        assertEquals(-75, v.panYProperty().get(), 1e-9);
        assertEquals(divider, center.getDividerPositions()[0], 0.01, "side panels as wide as they were");
    }

    @Test
    void theSidePanelsKeepTheirWidthWhileTheWindowSettlesInSteps(FxRobot robot) throws TimeoutException {
        SplitPane center = (SplitPane) window.root().getCenter();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> center.getWidth() >= 700);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region side = (javafx.scene.layout.Region) center.getItems().get(1);
        double sideWidth = side.getWidth();
        Stage stage = (Stage) window.root().getScene().getWindow();
        double windowWidth = stage.getWidth();
        robot.clickOn(window.canvas());
        robot.push(KeyCode.F5);
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        // leaving full screen can pass through a narrow size before the window's own; the column must not stay squeezed
        robot.interact(() -> stage.setWidth(380));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(windowWidth));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sideWidth, side.getWidth(), 2, "side panels as wide as before presenter mode");
    }

    @Test
    void theStatusBarCountsOneBoxAndSelectedArrows(FxRobot robot) {
        robot.clickOn("#palette-data");
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("1 box \u00b7 0 arrows \u00b7 1 selected"), status.getText());
        robot.clickOn("#palette-model");
        robot.interact(() -> {
            var ids = window.document().board().nodes().stream().map(org.stageboard.model.Node::id).toList();
            window.document().apply("connect", b -> b.withEdges(
                    java.util.List.of(new org.stageboard.model.Edge("e1", ids.get(0), ids.get(1), ""))));
            window.canvas().session().selection().set(java.util.List.of(), java.util.List.of("e1"));
        });
        assertTrue(status.getText().startsWith("2 boxes \u00b7 1 arrow \u00b7 1 selected"), status.getText());
    }

    @Test
    void finishIsDisabledUntilARehearsalRuns(FxRobot robot) {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        Menu rehearse = bar.getMenus().stream().filter(m -> m.getItems().stream()
                .anyMatch(i -> "menu.rehearse.finish".equals(i.getId()))).findFirst().orElseThrow();
        MenuItem finish = rehearse.getItems().stream().filter(i -> "menu.rehearse.finish".equals(i.getId())).findFirst().orElseThrow();
        robot.clickOn(rehearse.getText());
        assertTrue(finish.isDisable(), "nothing to finish");
        robot.push(KeyCode.ESCAPE);
    }
}
