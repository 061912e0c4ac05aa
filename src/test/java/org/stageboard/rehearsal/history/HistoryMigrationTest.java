package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.rehearsal.Phase;

/** A history written by version 1 (seconds, no category, no levels) reads as version 2 and is saved as version 2. */
class HistoryMigrationTest {
    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        Path file = dir.resolve("history.json");
        try (InputStream in = getClass().getResourceAsStream("history-v1.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void versionOneIsMigratedOnRead() throws IOException {
        HistoryStore.Loaded l = new HistoryStore(fixture()).load();
        assertNull(l.warning());
        assertEquals(2, l.entries().size());
        HistoryEntry a = l.entries().get(0);
        assertEquals("v1-a", a.id());
        assertEquals(Instant.parse("2026-10-03T18:20:00Z"), a.finishedAt());
        assertEquals("payment-fraud-detection", a.templateId());
        assertEquals("", a.category(), "version 1 did not record categories");
        assertEquals(2_700_000, a.totalMillis());
        assertEquals(new HistoryEntry.PhaseTime(420_000, 300_000), a.phase(Phase.CLARIFY));
        assertEquals(new HistoryEntry.PhaseTime(0, 0), a.phase(Phase.EVALUATION));
        assertEquals(Map.of("missing-stage", 2, "empty-stage", 1), a.findings());
        assertEquals(4, a.followUpsAsked());
        assertEquals(2, a.followUpsAnswered());
        assertFalse(a.isScored(), "no levels before scoring existed");
        assertEquals(0, a.curveballsDelivered());
        assertEquals("/home/me/boards/fraud.session.json", a.sessionFile());
        HistoryEntry b = l.entries().get(1);
        assertEquals("Своя доска: поиск, \"быстрый\"", b.title());
        assertEquals("", b.sessionFile());
    }

    @Test
    void theNextRecordWritesVersionTwoKeepingTheOldSessions() throws IOException {
        Path file = fixture();
        HistoryStore store = new HistoryStore(file);
        List<HistoryEntry> migrated = store.load().entries();
        HistoryEntry next = HistoryFixtures.entry("v2", "2026-11-01T10:00:00Z", "t", "ads",
                HistoryFixtures.levels(3), Map.of(), 1);
        store.record(next);
        String json = Files.readString(file);
        assertTrue(json.matches("(?s).*\"version\"\\s*:\\s*2\\b.*"), json);
        assertFalse(json.contains("secondsUsed"), json);
        List<HistoryEntry> after = store.load().entries();
        assertEquals(migrated, after.subList(0, 2));
        assertEquals(next, after.get(2));
    }
}
