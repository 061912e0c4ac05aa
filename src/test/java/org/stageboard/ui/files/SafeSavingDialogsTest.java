package org.stageboard.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.RadioButton;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.edit.AddBox;
import org.stageboard.io.Autosave;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's side of safe saving: another program's file is replaced only after a yes, a read-only board is
 * reported, an error dialog with a huge message stays on screen, and the recovery dialog offers every copy with
 * its own choice, driven by real clicks.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SafeSavingDialogsTest {
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
        stage.show();
    }

    private FileController controller(Document document, Path target, List<String> errors) {
        FileController files = new FileController(document, stage, RecentFiles.inMemory());
        files.setChooser((save, current) -> Optional.of(target));
        files.setErrorSink(errors::add);
        return files;
    }

    @Test
    void anotherProgramsFileIsReplacedOnlyAfterAYes(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.stageboard"), "my notes, not a board");
        Document document = new Document(Board.empty());
        robot.interact(() -> document.apply(AddBox.at(document.board(), org.stageboard.model.Stage.DATA, 0, 0)));
        List<String> errors = new ArrayList<>();
        FileController files = controller(document, notes, errors);
        List<Path> asked = new ArrayList<>();
        files.setReplaceForeignPrompt(p -> {
            asked.add(p);
            return false;
        });
        robot.interact(files::saveAs);
        assertEquals(List.of(notes), asked, "the user was asked");
        assertEquals("my notes, not a board", Files.readString(notes), "a no leaves the file alone");
        assertEquals(1, errors.size());
        assertTrue(document.isDirty());
        files.setReplaceForeignPrompt(p -> true);
        robot.interact(files::saveAs);
        assertFalse(document.isDirty(), "a yes saves");
        assertTrue(Files.readString(notes).contains("\"format\": \"stageboard\""));
    }

    @Test
    void aReadOnlyBoardIsReportedNotReplaced(FxRobot robot) throws Exception {
        Path locked = dir.resolve("locked.stageboard");
        org.stageboard.io.BoardFiles.save(locked, Board.empty().withTitle("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(locked);
        Document document = new Document(Board.empty().withTitle("new work"));
        List<String> errors = new ArrayList<>();
        FileController files = controller(document, locked, errors);
        robot.interact(files::saveAs);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("read-only"), errors.get(0));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(locked)));
    }

    @Test
    void anErrorDialogWithAHugeMessageFitsTheScreen(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            Alert a = MessageDialogs.alert(Alert.AlertType.ERROR, stage, "header",
                    "x.stageboard: unknown stage \"" + "y".repeat(1_000_000) + "\"", ButtonType.OK);
            alert.set(a);
            a.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        javafx.stage.Window w = alert.get().getDialogPane().getScene().getWindow();
        assertTrue(w.getHeight() > 0 && w.getHeight() <= screen.getHeight(), "height " + w.getHeight());
        assertTrue(w.getWidth() <= screen.getWidth(), "width " + w.getWidth());
        robot.interact(() -> alert.get().close());
    }

    @Test
    void theRecoveryDialogOffersEveryCopyWithItsOwnChoice(FxRobot robot) throws Exception {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        List<Autosave.Entry> entries = List.of(
                new Autosave.Entry("newest", null, t.plusSeconds(120), Board.empty().withTitle("Newest")),
                new Autosave.Entry("middle", null, t.plusSeconds(60), Board.empty().withTitle("Middle")),
                new Autosave.Entry("oldest", dir.resolve("gone.stageboard"), t, Board.empty().withTitle("Oldest")));
        AtomicReference<RecoveryDialog> dialog = new AtomicReference<>();
        AtomicReference<Map<String, CrashRecovery.Choice>> result = new AtomicReference<>();
        robot.interact(() -> {
            RecoveryDialog d = new RecoveryDialog(stage, entries);
            d.setOnHidden(e -> result.set(d.getResult()));
            dialog.set(d);
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<RadioButton> recover = new ArrayList<>(robot.lookup("#recover-recover").queryAllAs(RadioButton.class));
        List<RadioButton> discard = new ArrayList<>(robot.lookup("#recover-discard").queryAllAs(RadioButton.class));
        assertEquals(3, recover.size(), "one row per copy");
        recover.sort(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY()));
        discard.sort(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY()));
        assertTrue(recover.get(0).isSelected(), "the newest starts as Recover");
        robot.clickOn(recover.get(1));
        assertFalse(recover.get(0).isSelected(), "only one copy can be recovered into the window");
        robot.clickOn(discard.get(2));
        Button apply = (Button) dialog.get().getDialogPane().lookupButton(
                dialog.get().getDialogPane().getButtonTypes().get(0));
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of("newest", CrashRecovery.Choice.KEEP, "middle", CrashRecovery.Choice.RECOVER,
                "oldest", CrashRecovery.Choice.DISCARD), result.get());
    }
}
