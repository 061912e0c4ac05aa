package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.export.excalidraw.ExcalidrawWriter;
import org.stageboard.export.vector.SvgExporter;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;
import org.testfx.api.FxToolkit;

@UiTest
class BoardSourcesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anExportedPngReopensEqualToTheBoardInChineseAndRussian() throws Exception {
        for (Board board : List.of(TestBoards.chinese(), TestBoards.russian(), TestBoards.multilingual())) {
            Path png = dir.resolve("board.png");
            FxThread.call(() -> PngWriter.writeBoard(board, ExportOptions.defaults().withScale(2), png));
            BufferedImage pixels = ImageIO.read(png.toFile());
            assertTrue(pixels.getWidth() > 400, "still an ordinary image");
            BoardSources.Opened opened = BoardSources.open(png);
            assertEquals(board, opened.board());
            assertFalse(opened.isBoardFile(), "saving must not overwrite the picture");
        }
    }

    @Test
    void aSelectionExportCarriesOnlyTheSelectedBoxes() throws Exception {
        Path png = dir.resolve("part.png");
        Board board = TestBoards.multilingual();
        ExportOptions part = ExportOptions.defaults().selectionOnly(java.util.Set.of("n2", "n3"));
        FxThread.call(() -> PngWriter.writeBoard(board, part, png));
        Board back = BoardSources.open(png).board();
        assertEquals(List.of("n2", "n3"), back.nodes().stream().map(org.stageboard.model.Node::id).toList());
        assertEquals(1, back.edges().size());
    }

    @Test
    void theBoardRidesInACompressedTextChunk() throws Exception {
        Board board = TestBoards.grid(40);
        byte[] png = PngBoard.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), board);
        String raw = new String(png, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("iTXtstageboard"), "an iTXt chunk keyed stageboard");
        assertFalse(raw.contains("\"format\""), "the JSON is compressed, not stored as plain text");
        assertTrue(png.length < BoardCodec.write(board).length() / 3, png.length + " bytes");
        Path file = Files.write(dir.resolve("tiny.png"), png);
        assertEquals(board, BoardSources.open(file).board());
    }

    @Test
    void svgAndExcalidrawOpenToo() throws Exception {
        Board board = TestBoards.russian();
        Path svg = Files.writeString(dir.resolve("b.svg"), SvgExporter.write(board, ExportOptions.defaults()));
        assertEquals(board, BoardSources.open(svg).board());
        Path ex = Files.writeString(dir.resolve("b.excalidraw"), ExcalidrawWriter.write(board));
        BoardSources.Opened opened = BoardSources.open(ex);
        assertEquals(board.nodes(), opened.board().nodes());
        assertEquals(List.of(), opened.notes());
        assertFalse(opened.isBoardFile());
    }

    @Test
    void imagesWithoutABoardAreRefusedInOneClearLine() throws Exception {
        Path plain = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardSources.open(plain));
        assertEquals(plain + ": this image holds no Stageboard board; only PNG and SVG images exported by Stageboard"
                + " open as boards", e.getMessage());

        Path svg = Files.writeString(dir.resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");
        assertTrue(assertThrows(BoardFileException.class, () -> BoardSources.open(svg)).getMessage()
                .endsWith("this image holds no Stageboard board; only PNG and SVG images exported by Stageboard open as boards"));

        Path notPng = Files.writeString(dir.resolve("fake.png"), "hello");
        String msg = assertThrows(BoardFileException.class, () -> BoardSources.open(notPng)).getMessage();
        assertEquals(notPng + ": not a PNG image", msg);

        Path badXml = Files.writeString(dir.resolve("bad.svg"), "<svg><g></svg>");
        String xml = assertThrows(BoardFileException.class, () -> BoardSources.open(badXml)).getMessage();
        assertTrue(xml.startsWith(badXml + ": line 1, column "), xml);
        for (String m : List.of(msg, xml)) {
            assertEquals(1, m.lines().count(), m);
        }
    }

    @Test
    void theWindowAcceptsEveryOpenableExtension() {
        assertTrue(BoardSources.canOpen(Path.of("a/B.PNG")));
        assertTrue(BoardSources.canOpen(Path.of("x.excalidraw")));
        assertTrue(BoardSources.canOpen(Path.of("x.stageboard")));
        assertFalse(BoardSources.canOpen(Path.of("notes.txt")));
    }
}
