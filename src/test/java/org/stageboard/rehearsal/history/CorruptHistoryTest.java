package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.i18n.InEnglish;
import org.stageboard.io.AtomicFiles;
import org.stageboard.rehearsal.score.Dimension;

/** A damaged history is reported in one line, moved aside with its bytes intact, and a fresh history starts. */
@ExtendWith(InEnglish.class)
class CorruptHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:34:56Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void file() {
        file = dir.resolve("history.json");
    }

    private HistoryStore store() {
        return new HistoryStore(file, CLOCK, AtomicFiles::write);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "garbage|\u0000\u0001PK not json at all|Unrecognized token|line 1",
        "truncated|{\"format\": \"stageboard-history\", \"version\": 2, \"entries\": [ {\"id\": \"a\", \"finishedAt\": \"2026-|truncated|line 1",
        "wrong type for a number|{\"format\":\"stageboard-history\",\"version\":2,\\n\"entries\":[{\"id\":\"a\",\"finishedAt\":\"2026-11-01T00:00:00Z\",\\n  \"totalMillis\": \"lots\"}]}|totalMillis|line 3",
        "wrong type for the list|{\"format\":\"stageboard-history\",\"version\":2,\"entries\":{\"id\":\"a\"}}|entries|line 1",
        "a bad instant|{\"format\":\"stageboard-history\",\"version\":2,\"entries\":[{\"id\":\"a\",\"finishedAt\":\"yesterday\"}]}|ISO-8601|line 1",
        "an entry without id|{\"format\":\"stageboard-history\",\"version\":2,\"entries\":[{\"finishedAt\":\"2026-11-01T00:00:00Z\"}]}|id|line 1",
        "not a history|{\"format\":\"stageboard\",\"version\":1,\"nodes\":[]}|not a Stageboard history|history.json",
        "a version that is text|{\"format\":\"stageboard-history\",\"version\":\"two\",\"entries\":[]}|unknown version|history.json",
    })
    void isReportedSetAsideAndAFreshHistoryStarts(String name, String content, String problem, String where)
            throws IOException {
        Files.writeString(file, content.replace("\\n", "\n"));
        byte[] original = Files.readAllBytes(file);
        HistoryStore.Loaded l = store().load();

        assertTrue(l.entries().isEmpty());
        String w = l.warning();
        assertNotNull(w);
        assertFalse(w.contains("\n"), "one line: " + w);
        assertFalse(w.contains("Source:") || w.contains("Exception"), "no parser internals: " + w);
        assertTrue(w.contains(file.toString()), w);
        assertTrue(w.contains(problem), w);
        assertTrue(w.contains(where), w);
        assertTrue(w.contains("history.json.corrupt-20261130-123456"), w);

        Path aside = dir.resolve("history.json.corrupt-20261130-123456");
        assertEquals(aside, l.setAside());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(aside)), "the damaged data is kept as it was");
        assertFalse(Files.exists(file));

        HistoryEntry e = HistoryFixtures.entry("new", "2026-11-30T12:00:00Z", "t", "ads",
                HistoryFixtures.levels(2), Map.of(), 1);
        assertEquals(null, store().record(e), "the fresh history has nothing to warn about");
        assertEquals(List.of(e), store().load().entries());
        assertTrue(Files.exists(aside));
    }

    @Test
    void aSecondCorruptionTheSameSecondIsNotMovedOverTheFirst() throws IOException {
        Files.writeString(file, "first garbage");
        store().load();
        Files.writeString(file, "second garbage");
        HistoryStore.Loaded l = store().load();
        assertEquals("history.json.corrupt-20261130-123456-2", l.setAside().getFileName().toString());
        assertEquals("first garbage", Files.readString(dir.resolve("history.json.corrupt-20261130-123456")));
        assertEquals("second garbage", Files.readString(l.setAside()));
    }

    @Test
    void recordingOverADamagedFileKeepsItsDataAsideAndWarnsOnce() throws IOException {
        Files.writeString(file, "{\"format\":\"stageboard-history\",\"version\":2,\"entries\":[");
        String warning = store().record(HistoryFixtures.entry("a", "2026-11-30T12:00:00Z", "t", "",
                HistoryFixtures.levels(1, Dimension.TIME, 4), Map.of(), 1));
        assertNotNull(warning);
        assertTrue(warning.contains("set aside"), warning);
        assertEquals(1, store().load().entries().size());
    }

    @Test
    void aFolderInThePlaceOfTheFileIsReportedAndNotRecordedOver() throws IOException {
        Files.createDirectory(file);
        HistoryStore.Loaded l = store().load();
        assertFalse(l.writable());
        assertTrue(l.warning().contains("cannot be read"), l.warning());
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> store().record(
                HistoryFixtures.entry("a", "2026-11-30T12:00:00Z", "t", "", Map.of(), Map.of(), 1)));
        assertTrue(Files.isDirectory(file));
    }
}
