package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.i18n.InEnglish;
import org.stageboard.io.AtomicFiles;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;

@ExtendWith(InEnglish.class)
class HistoryStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

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

    private static HistoryEntry sample(String id) {
        return HistoryFixtures.entry(id, "2026-11-0" + (id.hashCode() & 7 | 1) + "T10:00:00Z", "payment-fraud-detection",
                "fraud-and-risk", HistoryFixtures.levels(3, Dimension.EVALUATION, 1),
                Map.of("missing-stage", 2, "no-baseline", 1), 1.25);
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        HistoryStore.Loaded l = store().load();
        assertTrue(l.entries().isEmpty());
        assertNull(l.warning());
        assertTrue(l.writable());
    }

    @Test
    void recordedEntriesReadBackEqualInOrder() throws IOException {
        HistoryEntry a = sample("a");
        HistoryEntry b = sample("b").withCurveballs(2, 1);
        store().record(a);
        store().record(b);
        HistoryStore.Loaded l = store().load();
        assertNull(l.warning());
        assertEquals(List.of(a, b), l.entries());
        HistoryEntry back = l.entries().get(1);
        assertEquals(Level.MISSING, back.level(Dimension.EVALUATION));
        assertEquals(Level.SOLID, back.level(Dimension.FRAMING));
        assertEquals(2, back.curveballsDelivered());
        assertEquals(3, back.findingCount());
        assertEquals(b.phase(Phase.MODEL), back.phase(Phase.MODEL));
        String json = Files.readString(file);
        assertTrue(json.matches("(?s).*\"format\"\\s*:\\s*\"stageboard-history\".*"), json);
        assertTrue(json.matches("(?s).*\"version\"\\s*:\\s*2\\b.*"), json);
    }

    @Test
    void recordingTheSameIdAgainReplacesIt() throws IOException {
        store().record(sample("a"));
        HistoryEntry again = sample("a").withCurveballs(3, 3);
        store().record(again);
        assertEquals(List.of(again), store().load().entries());
    }

    @Test
    void cjkAndCyrillicTitlesSurviveTheRoundTrip() throws IOException {
        HistoryEntry e = new HistoryEntry("x", Instant.parse("2026-11-01T00:00:00Z"), "", "", "推荐系统 / Рекомендации",
                1000, 2000, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, "/tmp/доска.session.json");
        store().record(e);
        assertEquals(e, store().load().entries().get(0));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileByteForByte() throws IOException {
        store().record(sample("a"));
        byte[] before = Files.readAllBytes(file);
        // the real atomic writer, with content that breaks off halfway as a full disk would
        HistoryStore failing = new HistoryStore(file, CLOCK, (target, content) -> AtomicFiles.write(target, out -> {
            out.write("{\"format\": \"stageboard-history\", \"version\": 2, \"entries\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        IOException e = assertThrows(IOException.class, () -> failing.record(sample("b")));
        assertTrue(e.getMessage().contains("No space left"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        assertEquals(List.of(sample("a")), store().load().entries());
    }

    @Test
    void beyondTheLimitTheOldestAreDropped() throws IOException {
        List<HistoryEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < HistoryStore.MAX_ENTRIES; i++) {
            many.add(new HistoryEntry("e" + i, Instant.ofEpochSecond(1_700_000_000L + i), "t", "", "", 1, 1,
                    Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, ""));
        }
        store().write(many);
        HistoryEntry newest = sample("newest");
        store().record(newest);
        List<HistoryEntry> kept = store().load().entries();
        assertEquals(HistoryStore.MAX_ENTRIES, kept.size());
        assertEquals("e1", kept.get(0).id());
        assertEquals(newest, kept.get(kept.size() - 1));
    }

    @Test
    void anAbsurdlyLargeFileIsSetAsideUnreadWithOneLine() throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), HistoryStore.MAX_BYTES + 10); // sparse
        }
        HistoryStore.Loaded l = store().load();
        assertTrue(l.entries().isEmpty());
        assertNotNull(l.setAside());
        assertTrue(Files.exists(l.setAside()));
        assertFalse(l.warning().contains("\n"));
        assertTrue(l.warning().contains("history.json") && l.warning().contains("MB"), l.warning());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 99})
    void aFileFromANewerVersionIsLeftAloneAndNotOverwritten(int version) throws IOException {
        String newer = "{\"format\":\"stageboard-history\",\"version\":" + version + ",\"rows\":[]}";
        Files.writeString(file, newer);
        HistoryStore.Loaded l = store().load();
        assertFalse(l.writable());
        assertTrue(l.warning().contains("newer Stageboard"), l.warning());
        assertThrows(IOException.class, () -> store().record(sample("a")));
        assertEquals(newer, Files.readString(file));
    }
}
