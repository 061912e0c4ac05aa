package org.stageboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps classes small enough to have one job: no product source file is longer than {@value #MAX_LINES} lines. A file
 * that grows past it is split by responsibility, not squeezed.
 */
class ClassSizeTest {
    static final int MAX_LINES = 350;
    @Test
    void noProductFileIsLongerThanTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                tooLong.addAll(tooLong(f));
            }
        }
        assertEquals(List.of(), tooLong, "split these by responsibility");
    }

    @Test
    void theCheckSeesALongFile(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("Ok.java"), "x\n".repeat(MAX_LINES));
        Path big = Files.writeString(dir.resolve("Big.java"), "x\n".repeat(MAX_LINES + 1));
        assertEquals(List.of(), tooLong(ok));
        assertEquals(List.of(big + ": " + (MAX_LINES + 1) + " lines"), tooLong(big));
    }

    /** "file: N lines" when the file is longer than the limit. */
    static List<String> tooLong(Path file) throws IOException {
        long lines;
        try (Stream<String> s = Files.lines(file)) {
            lines = s.count();
        }
        return lines > MAX_LINES ? List.of(file + ": " + lines + " lines") : List.of();
    }
}
