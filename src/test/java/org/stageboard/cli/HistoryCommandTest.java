package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.i18n.InEnglish;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.history.HistoryStore;
import org.stageboard.rehearsal.score.Dimension;

/** {@code history [--csv]} through the real command line, on a history in a scratch settings folder. */
@ExtendWith(InEnglish.class)
class HistoryCommandTest {
    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String homeBefore;

    @BeforeEach
    void setUp() {
        homeBefore = System.getProperty("stageboard.home");
        System.setProperty("stageboard.home", home.toString());
    }

    @AfterEach
    void restore() {
        if (homeBefore == null) {
            System.clearProperty("stageboard.home");
        } else {
            System.setProperty("stageboard.home", homeBefore);
        }
    }

    private int run(String... args) {
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static HistoryEntry entry(String id, String when, String template, String title, Integer evaluation) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (evaluation != null) {
            for (Dimension d : Dimension.values()) {
                levels.put(d.id(), d == Dimension.EVALUATION ? evaluation : 3);
            }
        }
        return new HistoryEntry(id, Instant.parse(when), template, "", title, 2_535_000, 2_700_000, Map.of(), levels,
                Map.of("missing-stage", 2, "no-baseline", 1), 6, 4, 0, 0, "");
    }

    private void seed() throws IOException {
        HistoryStore.standard().write(List.of(
                entry("a", "2026-11-02T09:00:00Z", "payment-fraud-detection", "Fraud", 1),
                entry("b", "2026-11-05T18:30:00Z", "", "推荐系统, \"快\"", null)));
    }

    @Test
    void listsEverySessionWithItsLevels() throws IOException {
        seed();
        assertEquals(0, run("history"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertTrue(lines[0].startsWith("Finished") && lines[0].contains("Eval") && lines[0].contains("Findings"),
                lines[0]);
        assertTrue(lines[1].contains("payment-fraud-detection"), lines[1]);
        assertTrue(lines[1].contains("42:15/45m"), lines[1]);
        // the levels, in dimension order: framing, data, model, evaluation (1), serving, time, follow-ups
        assertTrue(lines[1].matches(".*\\s3\\s+3\\s+3\\s+1\\s+3\\s+3\\s+3\\s+3\\s+4/6$"), lines[1]);
        assertTrue(lines[2].contains("推荐系统, \"快\""), "a board of its own shows its title: " + lines[2]);
        assertTrue(lines[2].matches(".*(\\s+-){7}\\s+3\\s+4/6$"), "not scored: " + lines[2]);
        assertTrue(lines[3].startsWith("2 sessions in "), lines[3]);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvPrintsTheHistoryAsCsv() throws IOException {
        seed();
        assertEquals(0, run("history", "--csv"));
        String csv = out.toString(StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertEquals(3, rows.length);
        assertTrue(rows[0].startsWith("id,finished_at,template_id,category,title,"), rows[0]);
        assertTrue(rows[1].startsWith("a,2026-11-02T09:00:00Z,payment-fraud-detection,,Fraud,2535,2700,"), rows[1]);
        assertTrue(rows[2].contains(",\"推荐系统, \"\"快\"\"\","), rows[2]);
    }

    @Test
    void anEmptyHistorySaysSo() {
        assertEquals(0, run("history"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("No finished rehearsals yet"));
        assertEquals(0, run("history", "--csv"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("id,finished_at"), "the header alone");
    }

    @Test
    void aDamagedHistoryIsOneLineAndExitTwo() throws IOException {
        Files.writeString(home.resolve("history.json"), "{\"format\":\"stageboard-history\",\"version\":2,\"entries\":[{");
        assertEquals(2, run("history"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("history.json is damaged") && e.contains("line 1, column"), e);
        assertFalse(e.contains("Exception"), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownOptionsAreRefused() {
        assertEquals(2, run("history", "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --json"));
    }
}
