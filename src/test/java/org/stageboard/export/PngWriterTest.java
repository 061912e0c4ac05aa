package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.testfx.api.FxToolkit;

@UiTest
class PngWriterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static WritableImage image(int w, int h, Color fill) {
        WritableImage img = new WritableImage(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getPixelWriter().setColor(x, y, fill);
            }
        }
        img.getPixelWriter().setColor(0, 0, Color.TRANSPARENT);
        return img;
    }

    @Test
    void writesAPngWithTheImagesPixelsIncludingAlpha() throws Exception {
        Path out = dir.resolve("board.png");
        PngWriter.write(image(30, 20, Color.web("#336699")), out);
        BufferedImage read = ImageIO.read(out.toFile());
        assertEquals(30, read.getWidth());
        assertEquals(20, read.getHeight());
        assertEquals(0xFF336699, read.getRGB(5, 5));
        assertEquals(0, read.getRGB(0, 0) >>> 24);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("board.png");
        Files.writeString(out, "old content");
        PngWriter.write(image(4, 3, Color.RED), out);
        assertEquals(4, ImageIO.read(out.toFile()).getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
        Path reference = dir.resolve("reference.txt");
        Files.writeString(reference, "x");
        Path out = dir.resolve("board.png");
        PngWriter.write(image(2, 2, Color.RED), out);
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
        }
    }

    @Test
    void aMissingFolderIsOneClearLine() {
        Path out = dir.resolve("missing/board.png");
        ExportException e = assertThrows(ExportException.class, () -> PngWriter.write(image(2, 2, Color.RED), out));
        assertTrue(e.getMessage().startsWith("Cannot write " + out), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileInPlaceOfTheFolderOrAFolderInPlaceOfTheFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("plain.txt"), "x");
        ExportException underFile = assertThrows(ExportException.class,
                () -> PngWriter.write(image(2, 2, Color.RED), dir.resolve("plain.txt/board.png")));
        assertTrue(underFile.getMessage().contains("is not a folder"), underFile.getMessage());
        Files.createDirectory(dir.resolve("taken.png"));
        ExportException isFolder = assertThrows(ExportException.class,
                () -> PngWriter.write(image(2, 2, Color.RED), dir.resolve("taken.png")));
        assertTrue(isFolder.getMessage().contains("is a folder"), isFolder.getMessage());
    }
}
