package org.stageboard.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.cli.Cli;
import org.stageboard.cli.ExportCommand;
import org.stageboard.cli.NewCommand;
import org.stageboard.io.Autosave;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.io.Settings;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionFiles;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.template.TemplateLibrary;

/**
 * Each hostile case from issue 12 as a test: pipes, devices and sparse giants where files are expected, a link
 * planted at a temporary path, newer-version files in every damaged variant, giant quoted values, read-only and
 * misplaced targets, lone surrogates. Every read finishes within a time limit: nothing is ever waited on.
 */
class HostileFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final long THREE_GB = 3L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;

    // ---- special files where files are expected ----

    private Path fifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is available");
        return p;
    }

    private Path devZero(Path p) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
        return Files.createSymbolicLink(p, Path.of("/dev/zero"));
    }

    private static Path sparse(Path p, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size); // no blocks written: instant, and nearly no disk used
        }
        return p;
    }

    @Test
    void aBoardThatIsAPipeADeviceOrASparseGiantIsRefusedAtOnce() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.stageboard"));
        Path zero = devZero(dir.resolve("zero.stageboard"));
        Path giant = sparse(dir.resolve("giant.stageboard"), THREE_GB);
        assertTimeoutPreemptively(LIMIT, () -> {
            assertTrue(refusal(pipe).contains("not a regular file"), refusal(pipe));
            assertTrue(refusal(zero).contains("not a regular file"), refusal(zero));
            assertTrue(refusal(giant).contains("3072 MB, more than the 50 MB"), refusal(giant));
        });
    }

    private static String refusal(Path board) {
        return assertThrows(BoardFileException.class, () -> BoardFiles.open(board)).getMessage();
    }

    @Test
    void hostileUserTemplatesAreReportedAndTheGoodOnesStillLoad() throws Exception {
        Path user = Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("src/test/resources/templates/ride-eta.json"), user.resolve("ride-eta.json"));
        fifo(user.resolve("pipe.json"));
        devZero(user.resolve("zero.json"));
        sparse(user.resolve("giant.json"), THREE_GB);
        TemplateLibrary lib = assertTimeoutPreemptively(LIMIT, () -> TemplateLibrary.load(null, user));
        assertTrue(lib.byId("ride-eta").isPresent(), "the good template still loads");
        List<String> warnings = lib.warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("pipe.json") && w.contains("not a regular file")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("zero.json") && w.contains("not a regular file")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("giant.json") && w.contains("MB")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "zero", "giant"})
    void aHostileSessionFileGivesAWarningAndTheBoardStillOpens(String kind) throws Exception {
        Path board = dir.resolve("x.stageboard");
        BoardFiles.save(board, Board.empty());
        Path session = SessionFiles.sessionFileFor(board);
        switch (kind) {
            case "pipe" -> fifo(session);
            case "zero" -> devZero(session);
            default -> sparse(session, THREE_GB);
        }
        SessionFiles.Loaded loaded = assertTimeoutPreemptively(LIMIT, () -> SessionFiles.load(board));
        assertFalse(loaded.found());
        assertNotNull(loaded.warning());
        ReaderFuzzTest.assertBounded(loaded.warning());
    }

    @Test
    void hostileAutosaveEntriesAreSkippedAndAGoodBoardWithAHostileSidecarIsStillOffered() throws Exception {
        Path autosaveDir = Files.createDirectories(dir.resolve("autosave"));
        fifo(autosaveDir.resolve("pipeboard.stageboard"));
        devZero(autosaveDir.resolve("zeroboard.stageboard"));
        sparse(autosaveDir.resolve("giantboard.stageboard"), THREE_GB);
        try (Autosave writer = new Autosave(autosaveDir)) {
            writer.save("good", null, Board.empty().withTitle("kept"));
        }
        Files.delete(autosaveDir.resolve("good.autosave.json"));
        fifo(autosaveDir.resolve("good.autosave.json"));
        List<Autosave.Entry> copies = assertTimeoutPreemptively(LIMIT, () -> new Autosave(autosaveDir).crashCopies());
        assertEquals(1, copies.size());
        assertEquals("kept", copies.get(0).board().title());
    }

    @Test
    void aSettingsFileThatIsAPipeMeansDefaults() throws Exception {
        Path settings = fifo(dir.resolve("settings.json"));
        Settings s = assertTimeoutPreemptively(LIMIT, () -> Settings.load(settings));
        assertTrue(s.recentFiles().isEmpty());
        Path zero = devZero(dir.resolve("settings2.json"));
        assertTrue(assertTimeoutPreemptively(LIMIT, () -> Settings.load(zero)).snapToGrid());
    }

    // ---- a link planted at a temporary path ----

    @Test
    void aLinkPlantedAtTheOldSessionTempPathIsNeverWrittenThrough() throws Exception {
        Path board = dir.resolve("x.stageboard");
        BoardFiles.save(board, Board.empty());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path session = SessionFiles.sessionFileFor(board);
        Files.createSymbolicLink(session.resolveSibling(session.getFileName() + ".tmp"), victim);
        SessionLog log = new SessionLog(Board.empty(), () -> 0L);
        log.finished();
        SessionFiles.save(board, new SavedSession(log, PhasePlan.ofMinutes(45)));
        assertEquals("precious", Files.readString(victim));
        assertTrue(SessionFiles.load(board).found(), "the session itself was saved");
    }

    // ---- newer-version files, however damaged, are never overwritten from the command line ----

    static final String NEWER_VALID = "{\"format\": \"stageboard\", \"version\": 99, \"nodes\": []}";

    static List<byte[]> newerVariants() {
        String head = "{\n  \"format\": \"stageboard\",\n  \"version\": 99,\n";
        return List.of(
                NEWER_VALID.getBytes(StandardCharsets.UTF_8),
                (head + "  // a comment\n  \"nodes\": []\n}").getBytes(StandardCharsets.UTF_8),
                (head + "  \"nodes\": [],\n}").getBytes(StandardCharsets.UTF_8),
                (head + "  \"nodes\": [], \"nodes\": []\n}").getBytes(StandardCharsets.UTF_8),
                "{\"format\": \"stageboard\", \"version\": \"99\", \"nodes\": []}".getBytes(StandardCharsets.UTF_8),
                bytes(head + "  \"title\": \"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\", \"nodes\": []}"),
                "{\"version\": 2, \"format\": \"stageboard\", \"layers\": {\"a\": [1, 2,]}}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String a, byte[] mid, String b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(mid);
        out.writeBytes(b.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void newCommandNeverOverwritesANewerFileInAnyVariant() throws Exception {
        int i = 0;
        for (byte[] variant : newerVariants()) {
            Path f = Files.write(dir.resolve("future" + i++ + ".stageboard"), variant);
            assertTrue(BoardFiles.isNewerVersion(f), new String(variant, StandardCharsets.UTF_8));
            Result r = newCommand(f);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("newer Stageboard"), r.err());
            assertArrayEquals(variant, Files.readAllBytes(f), "left byte for byte");
            assertTrue(assertThrows(BoardFileException.class, () -> BoardFiles.open(f)).isNewerVersion(),
                    "opening says newer too");
        }
    }

    @Test
    void newCommandNeverOverwritesANewerFileOverTheSizeLimit() throws Exception {
        Path f = dir.resolve("big-future.stageboard");
        Files.writeString(f, "{\"format\": \"stageboard\", \"version\": 99, \"nodes\": [");
        long size = BoardCodec.MAX_BYTES + 1024 * 1024;
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        Result r = newCommand(f);
        assertEquals(2, r.code(), r.err());
        assertEquals(size, Files.size(f));
    }

    @Test
    void newCommandNeverOverwritesAFileThatIsNotABoard() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Result r = newCommand(f);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a Stageboard board"), r.err());
        assertEquals("my notes", Files.readString(f));
        Path older = dir.resolve("older.stageboard");
        BoardFiles.save(older, Board.empty().withTitle("old"));
        assertEquals(0, newCommand(older).code(), "a board of this version is replaced as asked");
    }

    @Test
    void exportNeverOverwritesAFileThatIsNotAPng() throws Exception {
        Path board = dir.resolve("b.stageboard");
        BoardFiles.save(board, Board.empty().addNode(Node.of("n1", Stage.DATA, "Data", 0, 0)));
        byte[] before = Files.readAllBytes(board);
        Path other = dir.resolve("other.stageboard");
        Files.write(other, before);
        Result r = run(new Cli(List.of(new ExportCommand())), "export", board.toString(), "-o", other.toString(),
                "--format", "png");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not a PNG image"), r.err());
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    record Result(int code, String err) {
    }

    private Result newCommand(Path out) throws IOException {
        TemplateLibrary lib = TemplateLibrary.load(null, Path.of("src/test/resources/templates"));
        return run(new Cli(List.of(new NewCommand(() -> lib))), "new", "--template", "ride-eta", "-o", out.toString());
    }

    private static Result run(Cli cli, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Result(code, e.toString(StandardCharsets.UTF_8));
    }

    // ---- giant quoted values ----

    private static final String MEGA = "x".repeat(1024 * 1024);

    static Map<String, String> giantValueBoards() {
        String node = "{\"id\": \"n1\", \"stage\": \"data\", \"x\": 0, \"y\": 0}";
        return Map.of(
                "unknown stage", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [{\"id\": \"n1\", \"stage\": \""
                        + MEGA + "\", \"x\": 0, \"y\": 0}]}",
                "format", "{\"format\": \"" + MEGA + "\", \"version\": 1, \"nodes\": []}",
                "arrow target", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [" + node
                        + "], \"edges\": [{\"id\": \"e1\", \"from\": \"n1\", \"to\": \"" + MEGA + "\"}]}",
                "duplicate id", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [" + node.replace("n1", MEGA)
                        + ", " + node.replace("n1", MEGA) + "]}",
                "line separators", "{\"format\": \"stageboard\", \"version\": 1, \"nodes\": [{\"id\": \"n1\", "
                        + "\"stage\": \"da\u2028ta\u2029\\n\\u0007\", \"x\": 0, \"y\": 0}]}");
    }

    @Test
    void giantOrMultiLineQuotedValuesGiveAShortSingleLine() throws Exception {
        for (Map.Entry<String, String> c : giantValueBoards().entrySet()) {
            Path f = Files.writeString(dir.resolve("giant.stageboard"), c.getValue());
            String message = assertThrows(BoardFileException.class, () -> BoardFiles.open(f), c.getKey()).getMessage();
            ReaderFuzzTest.assertBounded(message);
            assertTrue(message.startsWith(f.toString()), message);
        }
        TemplateLibrary lib = TemplateLibrary.load(null, Path.of("src/test/resources/templates"));
        Result r = assertTimeoutPreemptively(LIMIT, () -> run(new Cli(List.of(new NewCommand(() -> lib))),
                "new", "--template", MEGA + "\u2028", "-o", dir.resolve("n.stageboard").toString()));
        assertEquals(2, r.code());
        ReaderFuzzTest.assertBounded(r.err().strip());
    }

    // ---- read-only, misplaced targets, lone surrogates ----

    @Test
    void aReadOnlyBoardIsNotReplacedSilently() throws Exception {
        Path f = dir.resolve("locked.stageboard");
        BoardFiles.save(f, Board.empty().withTitle("locked"));
        byte[] before = Files.readAllBytes(f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        String m = assertThrows(BoardFileException.class, () -> BoardFiles.save(f, Board.empty())).getMessage();
        assertTrue(m.contains("read-only"), m);
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aMissingFolderAndAParentThatIsAFileAreToldApart() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        String parentIsFile = assertThrows(BoardFileException.class,
                () -> BoardFiles.save(file.resolve("b.stageboard"), Board.empty())).getMessage();
        assertTrue(parentIsFile.contains(file + " is a file, not a folder"), parentIsFile);
        String missing = assertThrows(BoardFileException.class,
                () -> BoardFiles.save(dir.resolve("nope/b.stageboard"), Board.empty())).getMessage();
        assertTrue(missing.contains("does not exist"), missing);
    }

    @Test
    void loneSurrogatesSurviveASaveAndAReopen() throws Exception {
        Path f = dir.resolve("s.stageboard");
        Files.writeString(f, "{\"format\": \"stageboard\", \"version\": 1, \"title\": \"a\\ud800b\\udc00\", \"nodes\": []}");
        Board opened = BoardFiles.open(f);
        assertEquals("a\ud800b\udc00", opened.title());
        BoardFiles.save(f, opened);
        assertEquals(opened, BoardFiles.open(f));
        assertTrue(Files.readString(f).contains("\\uD800"), "written as an escape, not as '?'");
    }
}
