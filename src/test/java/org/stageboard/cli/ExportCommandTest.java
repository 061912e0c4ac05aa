package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.UiTest;
import org.testfx.api.FxToolkit;

/** The export command run in-process (the toolkit is already up, as in the app) and once as its own process. */
@UiTest
class ExportCommandTest {
    /** Two boxes: x 0..220 and 300..520, y 0..140 and 40..200, so the content is 520 x 200. */
    static final String BOARD = """
            {"format":"stageboard","version":1,"title":"Ranking","prompt":"","nodes":[
             {"id":"n1","stage":"data","title":"数据 Данные","text":"点击日志 и показы","hint":"",
              "tradeoffs":[{"choice":"time split","over":["random"],"because":"no leakage"}],
              "x":0,"y":0,"width":220,"height":140},
             {"id":"n2","stage":"model","title":"Model","text":"","hint":"baseline first","tradeoffs":[],
              "x":300,"y":40,"width":220,"height":160}],
             "edges":[{"id":"e1","from":"n1","to":"n2","label":""}]}
            """;

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
        Files.writeString(board, BOARD, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.standard().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"1, 24", "2, 24", "3, 0", "2, 100"})
    void writesAPngOfContentPlusPaddingTimesScale(int scale, int padding) throws Exception {
        Path png = dir.resolve("out.png");
        int code = run(board.toString(), "-o", png.toString(), "--scale", String.valueOf(scale),
                "--padding", String.valueOf(padding));
        assertEquals(0, code, errText());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals((520 + 2 * padding) * scale, img.getWidth());
        assertEquals((200 + 2 * padding) * scale, img.getHeight());
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(png.toString()) && said.contains(img.getWidth() + " × " + img.getHeight()), said);
        assertEquals("", errText());
    }

    @Test
    void backgroundOptionReachesTheImage() throws Exception {
        Path png = dir.resolve("t.png");
        assertEquals(0, run(board.toString(), "-o", png.toString(), "--background", "transparent"));
        assertEquals(0, ImageIO.read(png.toFile()).getRGB(0, 0) >>> 24);
        Path dark = dir.resolve("d.png");
        assertEquals(0, run(board.toString(), "-o", dark.toString(), "--background", "dark"));
        assertEquals(0xFF1E272C, ImageIO.read(dark.toFile()).getRGB(0, 0));
    }

    @Test
    void missingBoardFile() {
        assertOneLineError(run(dir.resolve("nope.stageboard").toString(), "-o", dir.resolve("o.png").toString()),
                "nope.stageboard");
    }

    @Test
    void malformedJson() throws Exception {
        Files.writeString(board, "{\"format\":\"stageboard\", \"nodes\": [ {\"id\": ");
        assertOneLineError(run(board.toString(), "-o", dir.resolve("o.png").toString()), "ranking.stageboard");
    }

    @Test
    void scaleFive() {
        assertOneLineError(run(board.toString(), "-o", dir.resolve("o.png").toString(), "--scale", "5"),
                "Scale must be 1, 2 or 3, not 5.");
    }

    @Test
    void badPaddingAndBackgroundAndMissingOutput() {
        assertOneLineError(run(board.toString(), "-o", dir.resolve("o.png").toString(), "--padding", "wide"),
                "wide");
        err.reset();
        assertOneLineError(run(board.toString(), "-o", dir.resolve("o.png").toString(), "--background", "blue"),
                "blue");
        err.reset();
        assertOneLineError(run(board.toString()), "-o");
    }

    @Test
    void unwritableOutputFolder() throws Exception {
        assertOneLineError(run(board.toString(), "-o", dir.resolve("no/such/folder/o.png").toString()),
                "does not exist");
        err.reset();
        Files.writeString(dir.resolve("file"), "x");
        assertOneLineError(run(board.toString(), "-o", dir.resolve("file/o.png").toString()), "not a folder");
    }

    @Test
    void anEmptyBoardIsRefused() throws Exception {
        Files.writeString(board, "{\"format\":\"stageboard\",\"version\":1,\"nodes\":[],\"edges\":[]}");
        assertOneLineError(run(board.toString(), "-o", dir.resolve("o.png").toString()), "no boxes");
        assertFalse(Files.exists(dir.resolve("o.png")));
    }

    private void assertOneLineError(int code, String mentions) {
        assertEquals(2, code);
        String text = errText();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("stageboard export: "), text);
        assertTrue(text.contains(mentions), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("\tat "), text);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** The real thing: a fresh JVM with no display settings starts Monocle itself, renders, exits on its own. */
    @Test
    void runsHeadlessInItsOwnProcessAndExits() throws Exception {
        Path png = dir.resolve("proc.png");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.stageboard.Launcher", "export", board.toString(),
                "-o", png.toString(), "--scale", "2"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the export process exits by itself");
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(stdout.contains("1136 × 496"), stdout);
        assertEquals("", stderr);
        BufferedImage img = ImageIO.read(new File(png.toString()));
        assertEquals(1136, img.getWidth());
    }
}
