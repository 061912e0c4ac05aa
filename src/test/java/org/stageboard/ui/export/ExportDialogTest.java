package org.stageboard.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@UiTest
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    /** Two boxes, 520 x 200 board units: 568 x 248 px at 1x with the default padding. */
    private static final Board BOARD = TestBoards.of(List.of(
                    TestBoards.box("a", org.stageboard.model.Stage.DATA, 0, 0, 220, 140),
                    TestBoards.box("b", org.stageboard.model.Stage.MODEL, 300, 40, 220, 160)),
            List.of(new Edge("e", "a", "b", "")));

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

    private void open(FxRobot robot, Set<String> selected) {
        robot.interact(() -> {
            dialog = new ExportDialog(owner, BOARD, selected);
            dialog.setSaveTarget(w -> dir.resolve("board"));
            dialog.setOnSaved(saved::add);
            dialog.show();
        });
    }

    private static String sizeText(FxRobot robot) {
        return robot.lookup("#export-size").queryAs(Label.class).getText();
    }

    @Test
    void choosingTwoXDoublesTheSizeAndSaveWritesThatImage(FxRobot robot) throws Exception {
        open(robot, Set.of());
        assertEquals("568 \u00d7 248 px", sizeText(robot));
        robot.clickOn("#export-scale-2");
        assertEquals("1136 \u00d7 496 px", sizeText(robot));
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        // the preview is drawn at about twice the size it is shown at, never at the file's full size
        assertTrue(preview.getImage().getWidth() <= 2 * preview.getFitWidth() + 1, "preview " + preview.getImage()
                .getWidth() + " shown at " + preview.getFitWidth());
        assertTrue(preview.getImage().getWidth() > preview.getFitWidth(), "sharp when scaled down");
        robot.clickOn("#export-save");
        // pictures are written off the FX thread
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !saved.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("board.png");
        assertTrue(Files.exists(png), "saved with .png added");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1136, img.getWidth());
        assertEquals(496, img.getHeight());
        assertEquals(List.of(png), saved);
        assertTrue(robot.lookup("#export-status").queryAs(Label.class).getText().contains("board.png"));
    }

    @Test
    void aBigPictureSavesInTheBackgroundAndCancelLeavesNoFile(FxRobot robot) throws Exception {
        // two boxes far apart: at 3x a 42,804 x 35,814 picture, many strips to write (at 17,604 x 14,664 the export
        // once finished before the robot reached the cancel button)
        Board far = TestBoards.of(List.of(TestBoards.box("near", org.stageboard.model.Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("far", org.stageboard.model.Stage.MONITORING, 14000, 11750, 220, 140)),
                List.of(new Edge("e", "near", "far", "")));
        robot.interact(() -> {
            dialog = new ExportDialog(owner, far, Set.of());
            dialog.setSaveTarget(w -> dir.resolve("far"));
            dialog.setOnSaved(saved::add);
            dialog.show();
        });
        robot.clickOn("#export-scale-3");
        assertEquals("42804 \u00d7 35814 px", sizeText(robot));
        robot.clickOn("#export-save");
        assertTrue(robot.lookup("#export-progress").query().isVisible(), "a progress bar while saving");
        assertTrue(robot.lookup("#export-save").queryAs(Button.class).isDisabled(), "one save at a time");
        // the window answers while the picture is written: another scale can be chosen
        robot.clickOn("#export-scale-1");
        assertEquals("14268 \u00d7 11938 px", sizeText(robot));
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#export-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.stageboard.i18n.Messages.get("export.cancelled"),
                robot.lookup("#export-status").queryAs(Label.class).getText());
        assertTrue(saved.isEmpty());
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file and no temporary file left");
        }
        assertFalse(robot.lookup("#export-save").queryAs(Button.class).isDisabled());
    }

    @Test
    void theNextDialogOpensWithTheLastScaleAndFolder(FxRobot robot) throws Exception {
        org.stageboard.io.Settings settings = org.stageboard.io.Settings.load(dir.resolve("settings.json"));
        ExportMemory memory = new ExportMemory(settings);
        robot.interact(() -> {
            dialog = new ExportDialog(owner, BOARD, Set.of());
            dialog.setSaveTarget(w -> dir.resolve("first"));
            memory.applyTo(dialog);
            dialog.show();
        });
        robot.clickOn("#export-scale-3");
        robot.clickOn("#export-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Saved"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> dialog.stage().close());

        org.stageboard.io.Settings reread = org.stageboard.io.Settings.load(dir.resolve("settings.json"));
        assertEquals(3, reread.exportScale(), 1e-9, "the scale is kept across restarts");
        assertEquals(java.util.Optional.of(dir.toAbsolutePath().toString()), reread.get("exportFolder"));
        robot.interact(() -> {
            dialog = new ExportDialog(owner, BOARD, Set.of());
            new ExportMemory(reread).applyTo(dialog);
            dialog.show();
        });
        assertEquals("1704 \u00d7 744 px", sizeText(robot), "opens at 3x");
    }

    @Test
    void clickingTheChosenScaleAgainKeepsIt(FxRobot robot) {
        open(robot, Set.of());
        robot.clickOn("#export-scale-3");
        robot.clickOn("#export-scale-3");
        assertTrue(robot.lookup("#export-scale-3").queryAs(ToggleButton.class).isSelected());
        assertEquals("1704 \u00d7 744 px", sizeText(robot));
    }

    @Test
    void selectionOnlyIsDisabledWithoutASelection(FxRobot robot) {
        open(robot, Set.of());
        assertTrue(robot.lookup("#export-selection").queryAs(ToggleButton.class).isDisabled());
    }

    @Test
    void selectionOnlyExportsTheSelectedBox(FxRobot robot) {
        open(robot, Set.of("b"));
        ToggleButton part = robot.lookup("#export-selection").queryAs(ToggleButton.class);
        assertFalse(part.isDisabled());
        robot.clickOn("#export-selection");
        assertEquals("268 \u00d7 208 px", sizeText(robot));
    }

    @Test
    void paddingTypedInTheSpinnerResizesTheImage(FxRobot robot) {
        open(robot, Set.of());
        robot.doubleClickOn("#export-padding .text-field").eraseText(4).write("0");
        assertEquals("520 \u00d7 200 px", sizeText(robot));
    }

    @Test
    void transparentShowsAPatternBehindThePreview(FxRobot robot) {
        open(robot, Set.of());
        StackPane pane = (StackPane) robot.lookup("#export-preview").query().getParent();
        var before = pane.getBackground().getFills().get(0).getFill();
        robot.clickOn("#export-bg-transparent");
        var after = pane.getBackground().getFills().get(0).getFill();
        assertTrue(after instanceof javafx.scene.paint.ImagePattern, "checkerboard: " + after);
        assertFalse(before instanceof javafx.scene.paint.ImagePattern);
    }

    @Test
    void copyPutsTheImageOnTheClipboard(FxRobot robot) {
        open(robot, Set.of());
        robot.clickOn("#export-scale-2");
        robot.clickOn("#export-copy");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image[] onClipboard = new javafx.scene.image.Image[1];
        robot.interact(() -> onClipboard[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(onClipboard[0]);
        assertEquals(1136, onClipboard[0].getWidth());
    }

    @Test
    void anUnwritableTargetShowsAnErrorAndWritesNothing(FxRobot robot) {
        open(robot, Set.of());
        robot.interact(() -> dialog.setSaveTarget(w -> dir.resolve("missing/out.png")));
        robot.clickOn("#export-save");
        String text = robot.lookup("#export-status").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Cannot write") && text.contains("does not exist"), text);
        assertTrue(saved.isEmpty());
    }

    @Test
    void anEmptyBoardDisablesSavingAndSaysWhy(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ExportDialog(owner, Board.empty(), Set.of());
            dialog.show();
        });
        assertTrue(robot.lookup("#export-save").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#export-warning").queryAs(Label.class).getText().contains("no boxes"));
        assertNull(robot.lookup("#export-preview").queryAs(ImageView.class).getImage());
    }

    @Test
    void fileNamesComeFromTheTitle() {
        assertEquals("Feed_ranking_ v2", ExportDialog.fileName("Feed/ranking: v2"));
        assertEquals("推荐系统", ExportDialog.fileName("推荐系统"));
        assertEquals("board", ExportDialog.fileName("  "));
    }
}
