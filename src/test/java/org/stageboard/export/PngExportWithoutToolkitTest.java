package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Stage;

/**
 * The PNG export in a fresh JVM, as the command line runs it: it loads no JavaFX class at all (so no toolkit can
 * start), the picture reopens as the same board, and a picture far larger than the heap is written in full.
 */
class PngExportWithoutToolkitTest {
    @TempDir
    Path dir;

    @Test
    void theExportCommandLoadsNoJavaFxAndThePngReopensAsTheBoard() throws Exception {
        Board board = TestBoards.multilingual();
        Path file = dir.resolve("board.stageboard");
        Files.writeString(file, BoardCodec.write(board));
        Path png = dir.resolve("board.png");
        Path classes = dir.resolve("classes.log");
        Child c = export(List.of("-Xlog:class+load=info:file=" + classes), file, png, null, "--scale", "2");
        assertEquals(0, c.exit(), c.output());
        List<String> loaded = Files.readAllLines(classes);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.stageboard.export.BoardRaster ")),
                "the class log shows the export drawing");
        List<String> fx = loaded.stream().filter(l -> l.matches(".*\\] (javafx\\.|com\\.sun\\.javafx\\.|com\\.sun\\.glass\\."
                + "|com\\.sun\\.prism\\.).*")).toList();
        assertEquals(List.of(), fx, "JavaFX classes loaded by the PNG export");
        assertEquals(board, PngBoard.read(png), "the board rides inside the PNG and reopens");
    }

    @Test
    void aPictureFiveTimesTheHeapIsWrittenInFull() throws Exception {
        // 11,736 x 9,776 px at 2x: 115 megapixels, 459 MB as one image, exported with a heap of 96 MB
        Board board = TestBoards.of(List.of(TestBoards.box("near", Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("far", Stage.MONITORING, 5600, 4700, 220, 140)),
                List.of(new Edge("e", "near", "far", "far away")));
        Path file = dir.resolve("far.stageboard");
        Files.writeString(file, BoardCodec.write(board));
        Path png = dir.resolve("far.png");
        Child c = export(List.of("-Xmx96m"), file, png, null, "--scale", "2");
        assertEquals(0, c.exit(), c.output());
        assertTrue(c.output().contains("11736 × 9776"), c.output());
        assertEquals(board, PngBoard.read(png));
    }

    @Test
    void aDisplayThatCannotBeReachedDoesNotMatter() throws Exception {
        Path file = dir.resolve("board.stageboard");
        Files.writeString(file, BoardCodec.write(TestBoards.russian()));
        Path png = dir.resolve("board.png");
        Child c = export(List.of(), file, png, ":99");
        assertEquals(0, c.exit(), c.output());
        assertTrue(c.output().startsWith("Wrote "), c.output());
    }

    private record Child(int exit, String output) {
    }

    /** Runs the command with {@code display} as DISPLAY (e.g. one that does not exist), or the inherited one if null. */
    private static Child export(List<String> jvm, Path board, Path png, String display, String... options)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-Duser.language=en", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.stageboard.Launcher", "export", board.toString(), "-o", png.toString()));
        cmd.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the export did not finish: " + out);
        }
        return new Child(p.exitValue(), out);
    }
}
