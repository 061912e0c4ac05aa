package org.stageboard.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.io.BoardCodec;

/**
 * Tree bombs just under the 50 MB size limit, read by a child JVM with a 256 MB heap that exits on
 * OutOfMemoryError: each one is read or refused with a one-line message, and the JVM survives them all.
 */
class SmallHeapTest {
    private static final long NEAR_LIMIT = BoardCodec.MAX_BYTES - 1024 * 1024; // 49 MB

    @TempDir
    Path dir;

    @Test
    void everyTreeBombIsReadOrRefusedWithin256Mb() throws Exception {
        List<String> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        // the case: millions of empty objects under a field the reader does not know
        files.add(bomb("unknown-field.stageboard", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [], \"junk\": [",
                "{},", "{}]}"));
        expected.add("ok");
        // the same under a field it does know
        files.add(bomb("known-field.stageboard", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [",
                "{},", "{}]}"));
        expected.add("refused: .*more than 200000 values.*");
        // nesting as deep as the bytes allow
        files.add(bomb("deep.stageboard", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [], \"junk\": ",
                "[", ""));
        expected.add("refused: .*nesting depth.*");
        // one string of 49 MB
        files.add(bomb("string.stageboard", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [], \"title\": \"",
                "x", "\"}"));
        expected.add("refused: .*String value length.*");
        // long numbers in a list nobody reads
        files.add(bomb("numbers.stageboard", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [], \"junk\": [",
                "1234567890123456789012345678901234567890,", "1]}"));
        expected.add("ok");
        // a session log with the unknown-field bomb
        bomb("s.session.json", "{\"format\": \"stageboard-session\", \"version\": 1, \"junk\": [", "{},", "{}]}");
        files.add(dir.resolve("s.session.json").toString());
        expected.add("refused: .*");

        List<String> args = new ArrayList<>(List.of("read"));
        args.addAll(files);
        ChildJvm child = ChildJvm.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), args.toArray(String[]::new));
        ChildJvm.Finished done = child.finish(240);
        done.lines().forEach(l -> System.out.println("small heap: " + l));
        assertEquals(0, done.code(), "the JVM survived: " + done.lines());
        assertEquals(expected.size(), done.lines().size(), done.lines().toString());
        for (int i = 0; i < expected.size(); i++) {
            String line = done.lines().get(i);
            assertTrue(line.matches(expected.get(i)), files.get(i) + ": " + line);
            if (line.startsWith("refused: ")) {
                ReaderFuzzTest.assertBounded(line.substring(9));
            }
        }
    }

    /** {@code head}, then {@code unit} repeated until the file is about 49 MB, then {@code tail}. */
    private String bomb(String name, String head, String unit, String tail) throws IOException {
        Path f = dir.resolve(name);
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = unit.repeat(Math.max(1, 65536 / u.length)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            long written = head.length();
            while (written + chunk.length + tail.length() < NEAR_LIMIT) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return f.toString();
    }
}
