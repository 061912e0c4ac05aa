package org.stageboard.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class PresenterStyleTest {
    private Scene scene;
    private Label title;
    private Label text;
    private Line edge;

    @Start
    void start(Stage stage) {
        title = new Label("Serving 在线");
        title.getStyleClass().add("stage-box-title");
        text = new Label("p99 < 100 мс");
        text.getStyleClass().add("stage-box-text");
        VBox box = new VBox(title, text);
        box.getStyleClass().add("stage-box");
        edge = new Line(0, 0, 50, 0);
        edge.getStyleClass().add("edge-path");
        scene = new Scene(new StackPane(box, edge), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void presenterModeMakesTextBlackAndLinesThickerWithoutResizingText(FxRobot robot) {
        double normalTitle = title.getFont().getSize();
        double normalEdge = edge.getStrokeWidth();
        robot.interact(() -> PresenterStyle.apply(scene));
        robot.interact(() -> scene.getRoot().applyCss());
        assertTrue(PresenterStyle.isApplied(scene));
        // larger text comes from zooming the board, so fonts (and box layouts) stay as they are
        assertEquals(normalTitle, title.getFont().getSize(), 0.01);
        assertEquals(javafx.scene.paint.Color.BLACK, title.getTextFill());
        assertEquals(javafx.scene.paint.Color.BLACK, text.getTextFill());
        assertEquals(3, edge.getStrokeWidth(), 0.01);
        assertTrue(edge.getStrokeWidth() > normalEdge);

        robot.interact(() -> PresenterStyle.apply(scene));
        assertEquals(1, scene.getStylesheets().size(), "applying twice adds nothing");

        robot.interact(() -> assertFalse(PresenterStyle.toggle(scene)));
        robot.interact(() -> scene.getRoot().applyCss());
        assertEquals(normalTitle, title.getFont().getSize(), 0.01);
        assertTrue(scene.getStylesheets().isEmpty());
    }

    @Test
    void stylesheetCoversEveryCanvasClass() throws IOException {
        String css;
        try (InputStream in = PresenterStyle.class.getResourceAsStream("/org/stageboard/ui/presenter/presenter.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String cls : new String[] {".presenter .stage-box ", ".presenter .stage-box-title", ".presenter .stage-box-text",
            ".presenter .edge-path", ".presenter .edge-label"}) {
            assertTrue(css.contains(cls), cls);
        }
    }
}
