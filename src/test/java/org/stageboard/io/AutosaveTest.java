package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Board;

class AutosaveTest {
    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Autosave at(Instant when) {
        return new Autosave(dir.resolve("autosave"), Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void nothingToRecoverWhenFolderIsMissing() {
        assertEquals(List.of(), at(T0).list());
    }

    @Test
    void savedBoardIsRecoverableWithItsOriginal() throws IOException {
        Board b = BoardCodecRoundTripTest.sample();
        Path original = dir.resolve("interview.stageboard");
        at(T0).save("doc1", original, b);
        List<Autosave.Entry> entries = at(T0).list();
        assertEquals(1, entries.size());
        Autosave.Entry e = entries.get(0);
        assertEquals("doc1", e.key());
        assertEquals(original.toAbsolutePath(), e.original());
        assertEquals(T0, e.savedAt());
        assertEquals(b, e.board());
    }

    @Test
    void untitledBoardHasNoOriginal() throws IOException {
        at(T0).save("untitled", null, Board.empty().withTitle("草稿"));
        Autosave.Entry e = at(T0).list().get(0);
        assertNull(e.original());
        assertEquals("草稿", e.board().title());
    }

    @Test
    void laterSaveReplacesEarlierCopy() throws IOException {
        try (Autosave first = at(T0)) { // the instance that wrote "one" has ended, so its entry may be taken over
            first.save("doc1", null, Board.empty().withTitle("one"));
        }
        at(T0.plusSeconds(30)).save("doc1", null, Board.empty().withTitle("two"));
        List<Autosave.Entry> entries = at(T0).list();
        assertEquals(1, entries.size());
        assertEquals("two", entries.get(0).board().title());
        assertEquals(T0.plusSeconds(30), entries.get(0).savedAt());
    }

    @Test
    void listIsNewestFirst() throws IOException {
        at(T0).save("old", null, Board.empty().withTitle("old"));
        at(T0.plusSeconds(60)).save("new", null, Board.empty().withTitle("new"));
        at(T0.plusSeconds(30)).save("mid", null, Board.empty().withTitle("mid"));
        assertEquals(List.of("new", "mid", "old"), at(T0).list().stream().map(Autosave.Entry::key).toList());
    }

    @Test
    void discardRemovesEverything() throws IOException {
        Autosave a = at(T0);
        a.save("doc1", dir.resolve("x.stageboard"), Board.empty());
        a.save("doc2", null, Board.empty());
        a.discard("doc1");
        assertEquals(List.of("doc2"), a.list().stream().map(Autosave.Entry::key).toList());
        try (Stream<Path> files = Files.list(a.dir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("doc1")));
        }
        a.discard("never-saved"); // no error
    }

    @Test
    void missingSidecarStillRecoversTheBoard() throws IOException {
        Autosave a = at(T0);
        a.save("doc1", dir.resolve("x.stageboard"), Board.empty().withTitle("kept"));
        Files.delete(a.dir().resolve("doc1.autosave.json"));
        Autosave.Entry e = a.list().get(0);
        assertEquals("kept", e.board().title());
        assertNull(e.original());
        assertEquals(Files.getLastModifiedTime(a.dir().resolve("doc1.stageboard")).toInstant(), e.savedAt());
    }

    @Test
    void corruptCopyIsSkippedNotFatal() throws IOException {
        Autosave a = at(T0);
        a.save("good", null, Board.empty().withTitle("good"));
        Files.writeString(a.dir().resolve("broken.stageboard"), "{\"format\": \"stageb");
        assertEquals(List.of("good"), a.list().stream().map(Autosave.Entry::key).toList());
        assertTrue(Files.exists(a.dir().resolve("broken.stageboard")), "left for a person to rescue by hand");
    }

    @Test
    void keysMustBePlainFileNames() {
        Autosave a = at(T0);
        assertThrows(IllegalArgumentException.class, () -> a.save("../escape", null, Board.empty()));
        assertThrows(IllegalArgumentException.class, () -> a.discard(""));
        assertTrue(Autosave.newKey().matches("[A-Za-z0-9_-]{1,64}"));
    }
}
