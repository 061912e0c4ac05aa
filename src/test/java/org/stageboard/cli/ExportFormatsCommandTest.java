package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.UiTest;
import org.stageboard.export.BoardSources;
import org.stageboard.export.excalidraw.ExcalidrawWriter;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.testfx.api.FxToolkit;

/** {@code export} to every format, and {@code import}: what gets written, and the one-line errors. */
@UiTest
class ExportFormatsCommandTest {
    @TempDir
    Path dir;
    private Path board;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void writeBoard() throws Exception {
        board = dir.resolve("ranking.stageboard");
        Files.writeString(board, ExportCommandTest.BOARD, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExtensionChoosesTheFormat() throws Exception {
        Path svg = dir.resolve("b.svg");
        assertEquals(0, run("export", board.toString(), "-o", svg.toString()), errText());
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.readString(svg).contains("数据 Данные"));
        assertEquals(Files.readString(board).length() > 0, BoardSources.open(svg).board().nodes().size() == 2);

        Path pdf = dir.resolve("b.pdf");
        assertEquals(0, run("export", board.toString(), "-o", pdf.toString()), errText());
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("数据 Данные"));
        }

        Path mmd = dir.resolve("b.mmd");
        assertEquals(0, run("export", board.toString(), "-o", mmd.toString()), errText());
        assertTrue(Files.readString(mmd).startsWith("flowchart LR\n"));
        assertEquals("Wrote " + mmd + " (2 boxes, 1 arrow)\n", said());

        Path ex = dir.resolve("b.excalidraw");
        assertEquals(0, run("export", board.toString(), "-o", ex.toString()), errText());
        assertEquals(BoardFiles.open(board).nodes(), BoardSources.open(ex).board().nodes());
    }

    @Test
    void aDesignDocGetsItsPictureBesideItThatReopens() throws Exception {
        Path md = dir.resolve("design.md");
        assertEquals(0, run("export", board.toString(), "-o", md.toString()), errText());
        String doc = Files.readString(md);
        assertTrue(doc.startsWith("# Ranking\n"), doc);
        assertTrue(doc.contains("![The board](<design.png>)"), doc);
        Path png = dir.resolve("design.png");
        assertEquals(BoardFiles.open(board), BoardSources.open(png).board());
        assertEquals("Wrote " + md + " and its picture " + png + "\n", said());

        Path bare = dir.resolve("bare.md");
        assertEquals(0, run("export", board.toString(), "-o", bare.toString(), "--no-picture"), errText());
        assertFalse(Files.readString(bare).contains("!["));
        assertFalse(Files.exists(dir.resolve("bare.png")));
    }

    @Test
    void formatOverridesTheExtension() throws Exception {
        Path out = dir.resolve("diagram.txt");
        assertEquals(0, run("export", board.toString(), "-o", out.toString(), "--format", "mmd"), errText());
        assertTrue(Files.readString(out).startsWith("flowchart"));
    }

    @Test
    void unsupportedFormatsAndOptionsAreOneLineErrors() {
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("b.docx").toString()),
                "export", "cannot tell the format of");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("b.md").toString(), "--format", "word"),
                "export", "unknown format \"word\"; use one of png, svg, pdf, md, mmd, excalidraw");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("b.md").toString(), "--scale", "2"),
                "export", "--scale applies to png, svg and pdf, not to md");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("b.svg").toString(), "--no-picture"),
                "export", "--no-picture applies to md only");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("b.pdf").toString(), "--scale", "7"),
                "export", "Scale must be 1, 2 or 3, not 7.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"svg", "pdf", "md", "mmd", "excalidraw"})
    void everyFormatRefusesAnEmptyBoardAndAMalformedOne(String ext) throws Exception {
        Files.writeString(board, "{\"format\":\"stageboard\",\"version\":1,\"nodes\":[],\"edges\":[]}");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("o." + ext).toString()),
                "export", "no boxes");
        assertFalse(Files.exists(dir.resolve("o." + ext)));
        Files.writeString(board, "{\"format\":\"stageboard\", \"nodes\": [");
        assertOneLineError(run("export", board.toString(), "-o", dir.resolve("o." + ext).toString()),
                "export", "ranking.stageboard");
    }

    @Test
    void importTurnsAnExcalidrawDrawingIntoABoard() throws Exception {
        Path drawing = Path.of(getClass().getResource("/excalidraw/hand-drawn.excalidraw").toURI());
        Path target = dir.resolve("imported.stageboard");
        assertEquals(0, run("import", drawing.toString(), "-o", target.toString()), errText());
        Board b = BoardFiles.open(target);
        assertEquals(5, b.nodes().size());
        assertEquals(1, b.edges().size());
        assertEquals("Imported " + drawing + " into " + target + " (5 boxes, 1 arrow)\n", said());
        assertEquals(1, errText().lines().count(), errText());
        assertTrue(errText().startsWith("stageboard import: warning: "), errText());
        assertTrue(errText().contains("line (2)"), errText());
    }

    @Test
    void importRoundTripsChineseAndRussian() throws Exception {
        Board original = TestBoards.chinese();
        Path drawing = Files.writeString(dir.resolve("zh.excalidraw"), ExcalidrawWriter.write(original));
        Path target = dir.resolve("zh.stageboard");
        assertEquals(0, run("import", drawing.toString(), "-o", target.toString()), errText());
        assertEquals(original, BoardFiles.open(target));
        assertEquals("", errText());
    }

    @Test
    void importErrorsAreOneLine() throws Exception {
        Path target = dir.resolve("x.stageboard");
        assertOneLineError(run("import", dir.resolve("missing.excalidraw").toString(), "-o", target.toString()),
                "import", "missing.excalidraw");
        Path broken = Files.writeString(dir.resolve("broken.excalidraw"), "{\"type\": \"excalidraw\", \"elements\": [");
        assertOneLineError(run("import", broken.toString(), "-o", target.toString()), "import", "not valid JSON");
        Path doc = Files.writeString(dir.resolve("notes.docx"), "x");
        assertOneLineError(run("import", doc.toString(), "-o", target.toString()), "import", "cannot import");
        assertOneLineError(run("import", broken.toString()), "import", "-o BOARD.stageboard");
        assertOneLineError(run("import"), "import", "missing");
        assertFalse(Files.exists(target));
    }

    @Test
    void helpFollowsTheConventions() {
        assertEquals(0, run("import", "--help"));
        assertTrue(said().startsWith("usage: java -jar stageboard.jar import FILE."), said());
        assertEquals(0, run("export", "--help"));
        assertTrue(said().contains("OUT.{png,svg,pdf,md,mmd,excalidraw}"), said());
        assertEquals(0, run("--help"));
        assertTrue(said().contains("stageboard.jar import"), said());
    }

    private void assertOneLineError(int code, String command, String mentions) {
        assertEquals(2, code, said());
        String text = errText();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("stageboard " + command + ": "), text);
        assertTrue(text.contains(mentions), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
        assertEquals("", said());
    }
}
