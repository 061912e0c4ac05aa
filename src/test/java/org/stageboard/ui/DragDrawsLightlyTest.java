package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.model.Node;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A box drag touches only the canvas while it lasts: the dragged box draws from a bitmap of itself, the findings
 * are not re-checked (no rule reads places), and the inspector shows the pressed box once the button is released.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class DragDrawsLightlyTest {
    private MainWindow window;
    private BoardCanvas canvas;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        canvas = window.canvas();
        stage.show();
    }

    private Point2D centreOf(String id) {
        Node n = window.document().board().node(id).orElseThrow();
        Point2D local = canvas.session().viewport().toScreen(n.x() + n.width() / 2, n.y() + n.height() / 2);
        return canvas.localToScreen(local.getX(), local.getY());
    }

    @Test
    void aDragRepaintsOnlyTheCanvasAndTheSidePanelsCatchUpOnRelease(FxRobot robot) {
        robot.clickOn("#palette-data");
        robot.clickOn("#palette-model");
        List<String> ids = window.document().board().nodes().stream().map(Node::id).toList();
        String first = ids.get(0);
        String second = ids.get(1);
        robot.drag(centreOf(second), MouseButton.PRIMARY).moveBy(240, 160).drop();
        robot.clickOn(centreOf(first));
        TextField title = robot.lookup("#inspector-title").queryAs(TextField.class);
        assertEquals(window.document().board().node(first).orElseThrow().title(), title.getText(),
                "a click shows the clicked box");

        AtomicInteger findingChanges = new AtomicInteger();
        robot.interact(() -> window.findings().panel().findings()
                .addListener((ListChangeListener<Finding>) c -> findingChanges.incrementAndGet()));
        Node before = window.document().board().node(second).orElseThrow();
        robot.moveTo(centreOf(second)).press(MouseButton.PRIMARY).moveBy(30, 10).moveBy(30, 10).moveBy(40, 20);
        Node during = window.document().board().node(second).orElseThrow();
        assertTrue(during.x() > before.x(), "the box follows the pointer while the button is held");
        assertTrue(canvas.boardView().box(second).isCache(), "and draws from a bitmap of itself meanwhile");
        assertEquals(window.document().board().node(first).orElseThrow().title(), title.getText(),
                "the inspector still shows the box selected before the press");
        assertEquals(0, findingChanges.get(), "no finding changed, so the findings list was not touched");

        robot.release(MouseButton.PRIMARY);
        assertFalse(canvas.boardView().box(second).isCache(), "released: drawn as nodes again");
        assertEquals(during.title(), title.getText(), "released: the inspector shows the dragged box");
        assertEquals(List.of(second), List.copyOf(canvas.session().selection().nodes()));
    }
}
