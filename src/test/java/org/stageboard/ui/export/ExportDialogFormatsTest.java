package org.stageboard.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.export.BoardSources;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export offers every format: picking one, saving it, and copying SVG and Markdown. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ExportDialogFormatsTest {
    private static final Board BOARD = TestBoards.russian();

    @TempDir
    Path dir;
    private Stage owner;
    private ExportDialog dialog;
    private final List<Path> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.stage().close());
        }
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ExportDialog(owner, BOARD, Set.of());
            dialog.setSaveTarget(w -> dir.resolve("design"));
            dialog.setOnSaved(saved::add);
            dialog.show();
        });
    }

    @Test
    void everyFormatSavesWithItsExtension(FxRobot robot) throws Exception {
        open(robot);
        for (String id : List.of("svg", "pdf", "mmd", "excalidraw")) {
            robot.clickOn("#export-format-" + id);
            robot.clickOn("#export-save");
            assertTrue(Files.exists(dir.resolve("design." + id)), id);
        }
        assertTrue(Files.readString(dir.resolve("design.mmd")).startsWith("flowchart"));
        assertEquals(BOARD.nodes(), BoardSources.open(dir.resolve("design.excalidraw")).board().nodes());
        assertEquals(BOARD, BoardSources.open(dir.resolve("design.svg")).board());
        assertEquals(4, saved.size());
    }

    @Test
    void aDesignDocShowsItsTextAndSavesItsPictureBesideIt(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#export-format-md");
        TextArea text = robot.lookup("#export-text-preview").queryAs(TextArea.class);
        assertTrue(text.isVisible());
        assertFalse(robot.lookup("#export-preview").queryAs(ImageView.class).isVisible());
        assertTrue(text.getText().startsWith("# Антифрод платежей"), text.getText());
        assertTrue(robot.lookup("#export-scale-2").queryAs(ToggleButton.class).getParent().isDisabled(),
                "scale is for pictures only");
        assertEquals("Save Markdown\u2026", robot.lookup("#export-save").queryAs(Button.class).getText());
        robot.clickOn("#export-save");
        // the picture is written off the FX thread, then the doc
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !saved.isEmpty());
        assertTrue(Files.readString(dir.resolve("design.md")).contains("(<design.png>)"));
        assertEquals(BOARD, BoardSources.open(dir.resolve("design.png")).board());

        robot.clickOn("#export-format-png");
        assertTrue(robot.lookup("#export-preview").queryAs(ImageView.class).isVisible());
        assertFalse(robot.lookup("#export-scale-2").queryAs(ToggleButton.class).getParent().isDisabled());
    }

    @Test
    void copiesSvgAndMarkdownAsText(FxRobot robot) {
        open(robot);
        robot.clickOn("#export-copy-svg");
        WaitForAsyncUtils.waitForFxEvents();
        String[] got = new String[1];
        robot.interact(() -> got[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(got[0].contains("<svg") && got[0].contains("Модель"), got[0]);
        robot.clickOn("#export-copy-md");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> got[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(got[0].startsWith("# Антифрод платежей"), got[0]);
    }
}
