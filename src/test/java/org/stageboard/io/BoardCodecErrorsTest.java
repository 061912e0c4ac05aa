package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a board file can be wrong gives one line naming the file, the place and the problem. */
class BoardCodecErrorsTest {
    private static final String NODE = "{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2}";

    /** A valid board, with {@code nodes} and {@code edges} as given. */
    private static String board(String nodes, String edges) {
        return "{\"format\": \"stageboard\", \"version\": 1, \"title\": \"t\", \"nodes\": [" + nodes
                + "], \"edges\": [" + edges + "]}";
    }

    private static String error(String json) {
        BoardFileException e = assertThrows(BoardFileException.class,
                () -> BoardCodec.readString(json, "board.stageboard"));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("board.stageboard: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void validBoardReads() throws BoardFileException {
        assertEquals(1, BoardCodec.readString(board(NODE, ""), "b").nodes().size());
    }

    @Test
    void notJson() {
        assertEquals("board.stageboard: line 1, column 6: not valid JSON (Unrecognized token 'hello': "
                + "was expecting a JSON value)",
                error("hello world"));
    }

    @Test
    void syntaxErrorGivesLineAndColumn() {
        String json = "{\n  \"format\": \"stageboard\",\n  \"version\": 1,,\n}";
        String m = error(json);
        assertTrue(m.startsWith("board.stageboard: line 3, column 16: not valid JSON ("), m);
    }

    @Test
    void emptyFile() {
        assertEquals("board.stageboard: the file is empty", error(""));
        assertEquals("board.stageboard: the file is empty", error("  \n "));
    }

    @Test
    void truncatedFile() {
        String full = board(NODE, "");
        String m = error(full.substring(0, full.length() / 2));
        assertTrue(m.matches("board\\.stageboard: line 1, column \\d+: the file ends too early; "
                + "it may be cut off \\(truncated\\)"), m);
    }

    @Test
    void trailingGarbage() {
        assertTrue(error(board(NODE, "") + " {}").contains("not valid JSON"));
    }

    @Test
    void topLevelNotAnObject() {
        assertEquals("board.stageboard: expected a JSON object at the top level, found a list", error("[1, 2]"));
    }

    /** "line 1, column C" of the first {@code value} in {@code json}: where a value of the wrong kind starts. */
    private static String at(String json, String value) {
        return "line 1, column " + (json.indexOf(value) + 1);
    }

    /** A value of the wrong kind is named by its place in the file and its JSON path. */
    @Test
    void wrongTypes() {
        String stringX = board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": \"40\", \"y\": 2}", "");
        assertEquals("board.stageboard: " + at(stringX, "\"40\"") + ": nodes[0].x: expected a number, found a string (\"40\")",
                error(stringX));
        String numberTitle = board("{\"id\": \"n1\", \"stage\": \"data\", \"title\": 7, \"x\": 1, \"y\": 2}", "");
        assertEquals("board.stageboard: " + at(numberTitle, "7,") + ": nodes[0].title: expected a string, found a number (7)",
                error(numberTitle));
        String objectNodes = "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": {}}";
        assertEquals("board.stageboard: " + at(objectNodes, "{}") + ": nodes: expected a list, found an object",
                error(objectNodes));
        String booleanNode = board("true", "");
        assertEquals("board.stageboard: " + at(booleanNode, "true") + ": nodes[0]: expected an object, found true/false (true)",
                error(booleanNode));
        assertEquals("board.stageboard: nodes[0].tradeoffs[0].over[1]: expected a string, found null",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, "
                        + "\"tradeoffs\": [{\"choice\": \"a\", \"over\": [\"b\", null]}]}", "")));
        String stringVersion = "{\"format\": \"stageboard\", \"version\": \"1\", \"nodes\": []}";
        assertEquals("board.stageboard: " + at(stringVersion, "\"1\"") + ": version: expected a whole number, found a string (\"1\")",
                error(stringVersion));
        String fractionVersion = "{\"format\": \"stageboard\", \"version\": 1.5, \"nodes\": []}";
        assertEquals("board.stageboard: " + at(fractionVersion, "1.5") + ": version: expected a whole number, found a number (1.5)",
                error(fractionVersion));
    }

    @Test
    void wrongTypeOnALaterLineNamesThatLine() {
        String json = "{\n  \"format\": \"stageboard\",\n  \"version\": 1,\n  \"nodes\": [\n    {\"id\": 5}\n  ]\n}";
        assertEquals("board.stageboard: line 5, column 12: nodes[0].id: expected a string, found a number (5)", error(json));
    }

    @Test
    void missingRequiredFields() {
        assertEquals("board.stageboard: format: required field is missing", error("{\"version\": 1, \"nodes\": []}"));
        assertEquals("board.stageboard: version: required field is missing",
                error("{\"format\": \"stageboard\", \"nodes\": []}"));
        assertEquals("board.stageboard: nodes: required field is missing",
                error("{\"format\": \"stageboard\", \"version\": 1}"));
        assertEquals("board.stageboard: nodes[1].id: required field is missing",
                error(board(NODE + ", {\"stage\": \"data\", \"x\": 1, \"y\": 2}", "")));
        assertEquals("board.stageboard: nodes[0].stage: required field is missing",
                error(board("{\"id\": \"n1\", \"x\": 1, \"y\": 2}", "")));
        assertEquals("board.stageboard: nodes[0].x: required field is missing",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"y\": 2}", "")));
        assertEquals("board.stageboard: nodes[0].y: required field is missing",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 2}", "")));
        assertEquals("board.stageboard: edges[0].to: required field is missing",
                error(board(NODE, "{\"id\": \"e1\", \"from\": \"n1\"}")));
        assertEquals("board.stageboard: nodes[0].id: the id must not be empty",
                error(board("{\"id\": \" \", \"stage\": \"data\", \"x\": 1, \"y\": 2}", "")));
    }

    @Test
    void optionalFieldsDefault() throws BoardFileException {
        var b = BoardCodec.readString("{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [" + NODE + "]}", "b");
        var n = b.nodes().get(0);
        assertEquals(220, n.width());
        assertEquals(140, n.height());
        assertEquals("", n.title());
        assertEquals("", n.text());
        assertTrue(n.tradeoffs().isEmpty());
        assertTrue(b.edges().isEmpty());
        assertEquals("", b.title());
    }

    @Test
    void unknownFieldsAreIgnored() throws BoardFileException {
        var b = BoardCodec.readString("{\"format\": \"stageboard\", \"version\": 1, \"theme\": {\"dark\": true},"
                + " \"nodes\": [{\"id\": \"n1\", \"stage\": \"model\", \"x\": 1, \"y\": 2, \"color\": \"red\"}]}", "b");
        assertEquals("n1", b.nodes().get(0).id());
    }

    @Test
    void wrongFormat() {
        assertEquals("board.stageboard: format: not a Stageboard board (format is \"excalidraw\", "
                + "expected \"stageboard\")", error("{\"format\": \"excalidraw\", \"version\": 1, \"nodes\": []}"));
    }

    @Test
    void duplicateIds() {
        assertEquals("board.stageboard: nodes[1].id: duplicate node id \"n1\" (already used by nodes[0])",
                error(board(NODE + "," + NODE, "")));
        String two = NODE + ", {\"id\": \"n2\", \"stage\": \"model\", \"x\": 1, \"y\": 2}";
        assertEquals("board.stageboard: edges[2].id: duplicate edge id \"e1\" (already used by edges[0])",
                error(board(two, "{\"id\": \"e1\", \"from\": \"n1\", \"to\": \"n2\"},"
                        + "{\"id\": \"e2\", \"from\": \"n2\", \"to\": \"n1\"},"
                        + "{\"id\": \"e1\", \"from\": \"n2\", \"to\": \"n1\"}")));
    }

    @Test
    void duplicateKeyInOneObject() {
        String m = error("{\"format\": \"stageboard\", \"format\": \"x\", \"version\": 1, \"nodes\": []}");
        assertTrue(m.startsWith("board.stageboard: line 1, column "), m);
        assertTrue(m.contains("Duplicate field 'format'"), m);
    }

    @Test
    void edgeToUnknownNode() {
        assertEquals("board.stageboard: edges[0].to: the arrow points to unknown node \"n9\"",
                error(board(NODE, "{\"id\": \"e1\", \"from\": \"n1\", \"to\": \"n9\"}")));
        assertEquals("board.stageboard: edges[0].from: the arrow points to unknown node \"zz\"",
                error(board(NODE, "{\"id\": \"e1\", \"from\": \"zz\", \"to\": \"n1\"}")));
    }

    @Test
    void unknownStage() {
        assertEquals("board.stageboard: nodes[0].stage: unknown stage \"modle\" (expected one of requirements, "
                        + "framing, data, features, model, evaluation, serving, monitoring, note)",
                error(board("{\"id\": \"n1\", \"stage\": \"modle\", \"x\": 1, \"y\": 2}", "")));
    }

    @Test
    void nonFiniteNumbers() {
        assertEquals("board.stageboard: nodes[0].x: not a finite number (NaN)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": NaN, \"y\": 2}", "")));
        assertEquals("board.stageboard: nodes[0].y: not a finite number (-Infinity)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": -Infinity}", "")));
        assertEquals("board.stageboard: nodes[0].width: not a finite number (Infinity)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, \"width\": 1e400}", "")));
    }

    @Test
    void absurdCoordinatesAndSizes() {
        assertEquals("board.stageboard: nodes[0].x: 2000000 is out of range (must be between -1000000 and 1000000)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 2e6, \"y\": 2}", "")));
        assertEquals("board.stageboard: nodes[0].y: -1000001 is out of range (must be between -1000000 and 1000000)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 0, \"y\": -1000001}", "")));
        assertEquals("board.stageboard: nodes[0].width: 0 is out of range (must be more than 0 and at most 100000)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, \"width\": 0}", "")));
        assertEquals("board.stageboard: nodes[0].height: -5 is out of range (must be more than 0 and at most 100000)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, \"height\": -5}", "")));
        assertEquals("board.stageboard: nodes[0].height: 100000.5 is out of range "
                        + "(must be more than 0 and at most 100000)",
                error(board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, \"height\": 100000.5}", "")));
    }

    @Test
    void newerVersionIsRefusedAndFlagged() {
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardCodec.readString(
                "{\"format\": \"stageboard\", \"version\": 2, \"nodes\": \"changed in v2\"}", "board.stageboard"));
        assertTrue(e.isNewerVersion());
        assertEquals("board.stageboard: made by a newer Stageboard (file format version 2; this version reads up "
                + "to 1); it will not be opened for editing and will not be changed", e.getMessage());
    }

    @Test
    void otherErrorsAreNotFlaggedAsNewer() {
        BoardFileException e = assertThrows(BoardFileException.class,
                () -> BoardCodec.readString("{\"format\": \"stageboard\", \"version\": 0, \"nodes\": []}", "b"));
        assertFalse(e.isNewerVersion());
        assertEquals("b: version: unsupported version 0 (expected 1 to 1)", e.getMessage());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path f = dir.resolve("gone.stageboard");
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardCodec.read(f));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void folderInsteadOfFile(@TempDir Path dir) {
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardCodec.read(dir));
        assertEquals(dir + ": this is a folder, not a board file", e.getMessage());
    }

    @Test
    void hugeFileIsRefusedWithoutReading(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.stageboard");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(BoardCodec.MAX_BYTES + 1); // sparse: costs no disk and would take long to parse
        }
        // refused by its size: had it been read, 51 MB of zero bytes would fail as "not JSON" instead
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardCodec.read(f));
        assertEquals(f + ": the file is 51 MB, more than the 50 MB a board may be; not opened", e.getMessage());
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.stageboard");
        byte[] head = board("{\"id\": \"n1\", \"stage\": \"data\", \"x\": 1, \"y\": 2, \"text\": \"caf",
                "").getBytes(StandardCharsets.UTF_8);
        String cut = new String(head, StandardCharsets.UTF_8);
        cut = cut.substring(0, cut.indexOf("caf") + 3);
        byte[] prefix = ("{\n" + cut.substring(1)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xE9; // "é" in Latin-1, invalid on its own in UTF-8
        Files.write(f, bytes);
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardCodec.read(f));
        int column = cut.length() - 1 + 1; // the line after "{\n", 1-based column of the bad byte
        assertEquals(f + ": line 2, column " + column + ": not valid UTF-8 text (unexpected byte 0xE9); "
                + "save the file as UTF-8", e.getMessage());
    }

    @Test
    void byteOrderMarkIsTolerated(@TempDir Path dir) throws IOException, BoardFileException {
        Path f = dir.resolve("bom.stageboard");
        byte[] json = board(NODE, "").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[json.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bytes, 3, json.length);
        Files.write(f, bytes);
        assertEquals("n1", BoardCodec.read(f).nodes().get(0).id());
    }
}
