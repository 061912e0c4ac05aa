package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;

/**
 * The largest picture the export makes, 2,000 boxes at 3x (40,404 x 29,604 px, 1.2 gigapixels, 4.8 GB as one
 * image), written by the {@code export} command in a JVM whose heap is limited to 256 MB: memory is bounded by the
 * strips in flight, not by the picture. Prints the time and the process's peak resident memory. Slow, so a
 * benchmark: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest=HugePngBenchmark}.
 */
@Tag("benchmark")
class HugePngBenchmark {
    @TempDir
    Path dir;

    @Test
    void twoThousandBoxesAtThreeTimesInAQuarterGigabyteHeap() throws Exception {
        Path board = dir.resolve("grid-2000.stageboard");
        Files.writeString(board, BoardCodec.write(TestBoards.grid(2000)));
        Path png = dir.resolve("grid-2000-3x.png");
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "peak-rss-kb %M",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.stageboard.Launcher", "export", board.toString(), "-o",
                png.toString(), "--scale", "3").redirectErrorStream(true).start();
        long t0 = System.nanoTime();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.MINUTES), "finished");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("40404 × 29604"), out);
        String rss = out.lines().filter(l -> l.startsWith("peak-rss-kb")).findFirst().orElse("peak-rss-kb ?");
        System.out.printf(Locale.ROOT, "2,000 boxes at 3x, 40404 x 29604 px, -Xmx256m: %.0f s, %d MB file, peak"
                + " resident %s MB%n", seconds, Files.size(png) >> 20,
                rss.endsWith("?") ? "?" : String.valueOf(Long.parseLong(rss.split(" ")[1]) >> 10));
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.contains("OutOfMemoryError")), out);
    }
}
