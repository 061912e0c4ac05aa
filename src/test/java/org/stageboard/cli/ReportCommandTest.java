package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.fixtures.TestSessions;
import org.stageboard.i18n.InEnglish;
import org.stageboard.rehearsal.SessionFiles;

@ExtendWith(InEnglish.class)
class ReportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int run(String... args) {
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rebuildsTheReportAndScorecardFromASavedSession() throws Exception {
        Path session = SessionFiles.save(dir.resolve("fraud.stageboard"), TestSessions.curveballSession());
        assertEquals(0, run("report", session.toString()), err.toString());
        Path md = dir.resolve("fraud.report.md");
        String text = Files.readString(md);
        assertTrue(text.contains("## Scorecard"), text);
        assertTrue(text.contains("| Problem framing | "), text);
        assertTrue(text.contains("## Curveballs"), text);
        assertTrue(Files.exists(dir.resolve("fraud.report.scorecard.png")));
        assertTrue(out.toString().contains("Report written to " + md), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void writesWhereOutSays() throws Exception {
        Path session = SessionFiles.save(dir.resolve("fraud.stageboard"), TestSessions.curveballSession());
        Path target = dir.resolve("out").resolve("r.md");
        Files.createDirectories(target.getParent());
        assertEquals(0, run("report", session.toString(), "--out", target.toString()), err.toString());
        assertTrue(Files.readString(target).contains("](r.scorecard.png)"));
    }

    @Test
    void aCorruptSessionFileIsOneLineNamingFileProblemAndPlaceWithExitTwo() throws Exception {
        Path bad = dir.resolve("broken.session.json");
        Files.writeString(bad, "{ \"format\": \"stageboard-session\", \"version\": 1,\n  \"plan\": { ,\n");
        assertEquals(2, run("report", bad.toString()));
        String e = err.toString().strip();
        assertFalse(e.contains("\n"), "one line: " + e);
        assertTrue(e.contains("broken.session.json") && e.contains("line 2"), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        assertFalse(Files.exists(dir.resolve("broken.report.md")));

        err.reset();
        assertEquals(2, run("report", dir.resolve("missing.session.json").toString()));
        assertTrue(err.toString().contains("missing.session.json"), err.toString());
        err.reset();
        Files.writeString(bad, "{ \"format\": \"stageboard-session\", \"version\": 1, \"plan\": {}, \"entries\": [] }");
        assertEquals(2, run("report", bad.toString()));
        assertTrue(err.toString().contains("broken.session.json"), err.toString());
    }
}
