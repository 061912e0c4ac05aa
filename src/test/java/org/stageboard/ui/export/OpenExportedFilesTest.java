package org.stageboard.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.edit.Document;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.model.Board;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxToolkit;

/** File › Open (and a drop, which calls the same method) on exported images and drawings. */
@UiTest
class OpenExportedFilesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anExportedPngOpensAsAnUnsavedBoardAndAPlainImageIsRefused() throws Exception {
        Board board = TestBoards.chinese();
        Path png = Files.write(dir.resolve("design.png"),
                PngBoard.encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), board));
        Document document = new Document(Board.empty());
        FileController files = new FileController(document, null, RecentFiles.inMemory());
        List<String> errors = new ArrayList<>();
        files.setErrorSink(errors::add);

        assertTrue(files.open(png));
        assertEquals(board, document.board());
        assertNull(files.pathProperty().get(), "Save must ask for a board file, not overwrite the picture");
        assertEquals(List.of(), errors);

        Path photo = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        assertFalse(files.open(photo));
        assertEquals(board, document.board(), "the open board stays");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("holds no Stageboard board"), errors.get(0));
    }

    @Test
    void anExcalidrawDrawingOpensAndSaysWhatItCouldNotMap() throws Exception {
        Path drawing = Path.of(getClass().getResource("/excalidraw/hand-drawn.excalidraw").toURI());
        Document document = new Document(Board.empty());
        FileController files = new FileController(document, null, RecentFiles.inMemory());
        List<String> notes = new ArrayList<>();
        files.setErrorSink(notes::add);
        assertTrue(files.open(drawing));
        assertEquals(5, document.board().nodes().size());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("line (2)") && notes.get(0).contains("image (1)"), notes.get(0));
    }
}
