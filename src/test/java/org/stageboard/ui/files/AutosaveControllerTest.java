package org.stageboard.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** Unsaved work reaches the autosave folder a moment after an edit, and leaves it once saved. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class AutosaveControllerTest {
    @TempDir
    Path dir;

    private Document document;
    private Autosave autosave;
    private FileController files;

    @Start
    void start(Stage stage) {
        document = new Document(Board.empty());
        files = new FileController(document, stage, RecentFiles.inMemory());
        stage.show();
    }

    @Test
    void anEditIsCopiedAsideAndASaveRemovesTheCopy(FxRobot robot) throws Exception {
        autosave = new Autosave(dir);
        robot.interact(() -> new AutosaveController(autosave, document, files));
        robot.interact(() -> document.apply(
                AddBox.at(document.board(), org.stageboard.model.Stage.DATA, 0, 0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.list().size() == 1);
        List<Autosave.Entry> entries = autosave.list();
        assertEquals(document.board(), entries.get(0).board(), "the copy is the unsaved board");

        Path file = java.nio.file.Files.createTempDirectory("saved").resolve("saved.stageboard");
        files.setChooser((save, current) -> java.util.Optional.of(file));
        robot.interact(files::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.list().isEmpty());
        assertTrue(java.nio.file.Files.exists(file));
    }
}
