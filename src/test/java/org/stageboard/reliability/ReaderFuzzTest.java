package org.stageboard.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.Excerpt;
import org.stageboard.io.Settings;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionFileException;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.rehearsal.SessionLogCodec;
import org.stageboard.template.TemplateException;
import org.stageboard.template.TemplateLoader;

/**
 * Fuzzes the board, template and session readers with mutations of real files (the labelled boards in
 * check-corpus, the shipped templates, session logs recorded over those boards, and a settings file). Whatever the bytes, a reader
 * returns a value or throws the app's own error with a bounded one-line message, within a time limit: never any
 * other exception, never a hang. jqwik runs 1,000 cases per reader by default; more with
 * {@code -Djqwik.tries.default=20000}.
 */
class ReaderFuzzTest {
    /** Generous for a file of a few KB on a busy machine; a hang or a quadratic blow-up takes far longer. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static List<byte[]> boards;
    private static List<byte[]> templates;
    private static List<byte[]> sessions;
    private static List<String> templateNames;
    private static Path scratch;

    @BeforeContainer
    static void loadSeeds() throws IOException {
        boards = read(Path.of("src/test/resources/check-corpus"), ".stageboard");
        templateNames = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> templateNames.add(p.getFileName().toString()));
        }
        templates = read(Path.of("templates"), ".json");
        sessions = new ArrayList<>();
        SessionLogCodec codec = new SessionLogCodec();
        for (int i = 0; i < Math.min(6, boards.size()); i++) {
            sessions.add(codec.write(recordedSession(boards.get(i))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        scratch = Files.createTempDirectory("fuzz");
        assertTrue(boards.size() > 10 && templates.size() > 10, "the seed files are there");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(scratch);
    }

    @Provide
    Arbitrary<Integer> boardSeed() {
        return Arbitraries.integers().between(0, boards.size() - 1);
    }

    @Provide
    Arbitrary<Integer> templateSeed() {
        return Arbitraries.integers().between(0, templates.size() - 1);
    }

    @Provide
    Arbitrary<Integer> sessionSeed() {
        return Arbitraries.integers().between(0, sessions.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutations.Op>> ops() {
        return Mutations.ops();
    }

    @Property
    void boardReaderFailsOnlyWithItsOwnBoundedError(@ForAll("boardSeed") int seed,
            @ForAll("ops") List<Mutations.Op> ops) throws IOException {
        byte[] bytes = Mutations.apply(boards.get(seed), ops);
        Path file = scratch.resolve("fuzz.stageboard");
        Files.write(file, bytes);
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Board b = BoardCodec.read(file);
                // what opens must save back unchanged
                assertEquals(b, BoardCodec.readString(BoardCodec.write(b), "round trip"));
            } catch (BoardFileException e) {
                assertBounded(e.getMessage());
            }
        });
    }

    @Property
    void templateReaderFailsOnlyWithItsOwnBoundedError(@ForAll("templateSeed") int seed,
            @ForAll("ops") List<Mutations.Op> ops) {
        byte[] bytes = Mutations.apply(templates.get(seed), ops);
        String name = "templates/" + templateNames.get(seed);
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                new TemplateLoader().parse(name, bytes);
            } catch (TemplateException e) {
                assertBounded(e.getMessage());
            }
        });
    }

    @Property
    void sessionReaderFailsOnlyWithItsOwnBoundedError(@ForAll("sessionSeed") int seed,
            @ForAll("ops") List<Mutations.Op> ops) {
        byte[] bytes = Mutations.apply(sessions.get(seed), ops);
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                new SessionLogCodec().read(bytes, "x.session.json");
            } catch (SessionFileException e) {
                assertBounded(e.getMessage());
            }
        });
    }

    /** A damaged settings file means defaults: whatever the bytes, loading returns settings within their ranges. */
    @Property
    void settingsReaderAlwaysGivesUsableSettings(@ForAll("ops") List<Mutations.Op> ops) throws IOException {
        Path file = scratch.resolve("settings.json");
        Files.write(file, Mutations.apply(settingsSeed(), ops));
        assertTimeoutPreemptively(LIMIT, () -> {
            Settings s = Settings.load(file);
            assertTrue(s.exportScale() >= Settings.MIN_EXPORT_SCALE && s.exportScale() <= Settings.MAX_EXPORT_SCALE);
            assertTrue(s.recentFiles().size() <= Settings.MAX_RECENT);
            s.locale();
            s.get("window.width");
        });
    }

    /** A settings file as the app writes it, with every kind of preference in it. */
    private static byte[] settingsSeed() throws IOException {
        Path file = scratch.resolve("seed-settings.json");
        if (!Files.exists(file)) {
            Settings s = Settings.load(file);
            s.addRecent(scratch.resolve("a.stageboard"));
            s.addRecent(scratch.resolve("b.stageboard"));
            s.setSnapToGrid(false);
            s.setExportScale(3);
            s.setLocale(java.util.Locale.forLanguageTag("zh-CN"));
            s.put("window.width", "1200");
            s.save();
        }
        return Files.readAllBytes(file);
    }

    static void assertBounded(String message) {
        assertTrue(message != null && !message.isBlank(), "a message is given");
        assertTrue(message.length() <= Excerpt.MAX_LINE_CHARS, () -> "at most " + Excerpt.MAX_LINE_CHARS
                + " chars, was " + message.length());
        assertTrue(message.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'
                || c == '\u0085'), () -> "one line: " + message);
    }

    private static List<byte[]> read(Path dir, String suffix) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** A session over a real board: a start, a few edits, a follow-up answered, a finish. */
    private static SavedSession recordedSession(byte[] boardBytes) {
        Board start;
        try {
            start = BoardCodec.readString(new String(boardBytes, java.nio.charset.StandardCharsets.UTF_8), "seed");
        } catch (BoardFileException e) {
            throw new IllegalStateException(e);
        }
        long[] now = {0};
        SessionLog log = new SessionLog(start, () -> now[0]);
        Board b = start;
        for (int i = 0; i < 4; i++) {
            now[0] += 5000;
            Board next = b.addNode(org.stageboard.model.Node.of("fz" + i, Stage.values()[i], "box " + i, i * 40, 0));
            log.recordEdit(b, next, "Add");
            b = next;
        }
        log.finished();
        return new SavedSession(log, PhasePlan.ofMinutes(45));
    }
}
