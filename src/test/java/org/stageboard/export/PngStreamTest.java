package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.export.ExportOptions.Background;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Stage;
import org.testfx.api.FxToolkit;

/** The streamed PNG: full size past the old limits, the same pixels as the in-memory render, cancellable. */
@UiTest
class PngStreamTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Two boxes 5,600 units apart: at 1x a 5,868 x 4,888 picture, two snapshots wide and four strips tall. */
    private static Board farApart() {
        return TestBoards.of(List.of(TestBoards.box("near", Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("far", Stage.MONITORING, 5600, 4700, 220, 140)),
                List.of(new Edge("e", "near", "far", "far away")));
    }

    @Test
    void streamedPixelsAreThoseOfTheInMemoryRenderAcrossStripsAndTiles() throws Exception {
        Board board = farApart();
        ExportOptions options = ExportOptions.defaults();
        Path png = dir.resolve("far.png");
        PngStream.Written w = PngStream.write(board, options, png, ExportProgress.NONE);
        assertEquals(5820 + 48, w.width());
        assertEquals(4840 + 48, w.height());
        assertTrue(w.strips() >= 4, "drawn a strip at a time: " + w.strips());

        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(w.width(), read.getWidth());
        assertEquals(w.height(), read.getHeight());
        WritableImage memory = new BoardImageRenderer().renderAndWait(board, options).image();
        int[] expected = new int[w.width() * w.height()];
        memory.getPixelReader().getPixels(0, 0, w.width(), w.height(), PixelFormat.getIntArgbInstance(), expected, 0,
                w.width());
        int[] actual = read.getRGB(0, 0, w.width(), w.height(), null, 0, w.width());
        // the shadow's image slices are resampled a level of grey differently when a snapshot starts elsewhere
        for (int i = 0; i < expected.length; i++) {
            if (!close(expected[i], actual[i])) {
                assertEquals(Integer.toHexString(expected[i]), Integer.toHexString(actual[i]),
                        "pixel " + i % w.width() + "," + i / w.width());
            }
        }
        assertEquals(board, PngBoard.read(png), "the boxes travel inside the picture");
    }

    @Test
    void aPictureBeyondTheOldLimitsIsWrittenAtFullSize() throws Exception {
        Board board = TestBoards.of(List.of(TestBoards.box("left", Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("middle", Stage.MODEL, 15000, 0, 220, 140),
                        TestBoards.box("right", Stage.SERVING, 29780, 0, 220, 140)),
                List.of(new Edge("e1", "left", "middle", ""), new Edge("e2", "middle", "right", "")));
        Path png = dir.resolve("wide.png");
        PngStream.Written w = PngStream.write(board, ExportOptions.defaults().withScale(2), png, ExportProgress.NONE);
        // the in-memory renderer shrinks this to 16,384 px wide; the file keeps every pixel
        assertEquals((30000 + 48) * 2, w.width());
        assertEquals((140 + 48) * 2, w.height());
        int[] size = headerSize(png);
        assertEquals(w.width(), size[0]);
        assertEquals(w.height(), size[1]);
    }

    @Test
    void aTransparentBackgroundKeepsItsAlphaChannel() throws Exception {
        Board board = farApart();
        Path png = dir.resolve("clear.png");
        PngStream.write(board, ExportOptions.defaults().withBackground(Background.TRANSPARENT), png,
                ExportProgress.NONE);
        BufferedImage read = ImageIO.read(png.toFile());
        assertTrue(read.getColorModel().hasAlpha());
        assertEquals(0, read.getRGB(0, 0) >>> 24, "a corner is see-through");
        assertEquals(255, read.getRGB(24 + 110, 24 + 125) >>> 24, "a box is opaque");
    }

    @Test
    void progressRisesToOneAndCancellingLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Board board = farApart();
        Path png = dir.resolve("board.png");
        Files.writeString(png, "the old file");
        List<Double> seen = new ArrayList<>();
        ExportProgress cancelAfterFirstStrip = new ExportProgress() {
            @Override
            public void done(double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return !seen.isEmpty();
            }
        };
        ExportException e = assertThrows(ExportException.class,
                () -> PngStream.write(board, ExportOptions.defaults(), png, cancelAfterFirstStrip));
        assertEquals(org.stageboard.i18n.Messages.get("export.cancelled"), e.getMessage());
        assertEquals("the old file", Files.readString(png));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList());
        }

        List<Double> all = new ArrayList<>();
        PngStream.write(board, ExportOptions.defaults(), png, new ExportProgress() {
            @Override
            public void done(double fraction) {
                all.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertTrue(all.size() > 2, "told strip by strip: " + all);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i) >= all.get(i - 1), "never goes back: " + all);
        }
        assertEquals(1.0, all.get(all.size() - 1));
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)) > 2) {
                return false;
            }
        }
        return true;
    }

    /** Width and height from the PNG header, without decoding the pixels. */
    private static int[] headerSize(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
