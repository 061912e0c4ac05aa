package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the canvas does where the user is looking. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class CanvasFeedbackTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    @Test
    void aNoteDoubleClickedNearTheEdgeLandsWhollyInView(FxRobot robot) {
        BoardCanvas canvas = window.canvas();
        double panX = canvas.session().viewport().panXProperty().get();
        double panY = canvas.session().viewport().panYProperty().get();
        Point2D nearCorner = canvas.localToScreen(canvas.getWidth() - 15, canvas.getHeight() - 15);
        robot.moveTo(nearCorner).doubleClickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, window.document().board().nodes().size());
        Node note = window.document().board().nodes().get(0);
        assertEquals(org.stageboard.model.Stage.NOTE, note.stage());
        Rect r = canvas.screenBounds(note);
        assertTrue(r.x() >= 0 && r.maxX() <= canvas.getWidth() && r.y() >= 0 && r.maxY() <= canvas.getHeight(),
                "the note is inside the canvas: " + r + " in " + canvas.getWidth() + "x" + canvas.getHeight());
        assertEquals(panX, canvas.session().viewport().panXProperty().get(), 1e-9, "placed in view, not scrolled to");
        assertEquals(panY, canvas.session().viewport().panYProperty().get(), 1e-9);
    }
}
