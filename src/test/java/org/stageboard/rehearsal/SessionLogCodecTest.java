package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class SessionLogCodecTest {
    private final SessionLogCodec codec = new SessionLogCodec();
    private final FakeClock clock = new FakeClock(0);

    @TempDir
    Path dir;

    private SessionLog sampleLog() {
        Board b0 = Board.empty().withTitle("Рекомендации видео").withPrompt("设计视频推荐")
                .addNode(new Node("n1", Stage.SERVING, "Serving", "online, p99 < 100 ms", "hint",
                        List.of(new TradeOff("online", List.of("batch"), "fresh")), 10.25, 20.5, 220, 140))
                .addNode(Node.of("n2", Stage.MODEL, "Two-tower", 300, 0))
                .addEdge(new Edge("e1", "n1", "n2", "calls"));
        SessionLog log = new SessionLog(b0, clock);
        clock.advanceSeconds(3);
        Board b1 = b0.replaceNode(b0.node("n2").orElseThrow().withText("ANN retrieval, 冷启动"));
        log.recordEdit(b0, b1, "Edit text");
        clock.advanceSeconds(2);
        log.followUpAsked(new FollowUp("g.a", Stage.SERVING, "How do you roll out?", List.of(), false));
        log.followUpAnswered(new FollowUp("g.a", Stage.SERVING, "How do you roll out?", List.of(), false),
                "canary, then 50/50\nwith a kill switch");
        log.paused();
        clock.advanceSeconds(2);
        log.resumed();
        Board b2 = b1.remove(List.of("n1"), List.of()).withTitle("Video recs");
        log.recordEdit(b1, b2, "Delete");
        log.phaseChanged(Phase.MODEL);
        log.overrun(Phase.CLARIFY);
        log.finished();
        return log;
    }

    @Test
    void roundTripKeepsEveryEntryAndBoardExactly() throws Exception {
        SessionLog log = sampleLog();
        String json = codec.write(new SavedSession(log, PhasePlan.ofMinutes(37)));
        SavedSession back = codec.read(json, "x.session.json");
        assertEquals(log.entries(), back.log().entries());
        assertEquals(PhasePlan.ofMinutes(37), back.plan());
        assertTrue(back.log().isFinished());
        assertTrue(json.contains("\"n2\""), "unchanged nodes are written as their id only");
    }

    @Test
    void theBoardsLanguageSurvivesTheLogAndAChangeOfIt() throws Exception {
        Board zh = Board.empty().withTitle("视频推荐").withLanguage("zh").addNode(Node.of("n1", Stage.DATA, "数据", 0, 0));
        SessionLog log = new SessionLog(zh, clock);
        clock.advanceSeconds(1);
        Board ru = zh.withLanguage("ru");
        log.recordEdit(zh, ru, "language");
        SavedSession back = codec.read(codec.write(new SavedSession(log, PhasePlan.preset45())), "l.session.json");
        assertEquals("ru", back.log().lastBoard().language());
        assertEquals(log.entries(), back.log().entries());
    }

    @Test
    void editsStoreOnlyWhatChanged() throws Exception {
        Board big = Board.empty();
        for (int i = 1; i <= 100; i++) {
            big = big.addNode(Node.of("n" + i, Stage.DATA, "box " + i + " with a fairly long title", i * 10, 0));
        }
        SessionLog log = new SessionLog(big, clock);
        Board b = big;
        for (int i = 0; i < 50; i++) {
            clock.advance(300);
            Board after = b.replaceNode(b.node("n7").orElseThrow().withText("typing " + i));
            log.recordEdit(b, after, "type");
            b = after;
        }
        String json = codec.write(new SavedSession(log, PhasePlan.preset45()));
        String start = codec.write(new SavedSession(new SessionLog(big, clock), PhasePlan.preset45()));
        assertTrue(json.length() < start.length() * 2,
                "50 keystrokes on a 100-box board must not store 50 boards: " + json.length() + " vs " + start.length());
        assertEquals(b, codec.read(json, "f").log().lastBoard());
    }

    @Test
    void badJsonNamesFileAndLine() {
        SessionFileException e = assertThrows(SessionFileException.class,
                () -> codec.read("{\n  \"format\": \"stageboard-session\",\n  oops\n}", "/tmp/a.session.json"));
        assertTrue(e.getMessage().contains("/tmp/a.session.json"), e.getMessage());
        assertTrue(e.getMessage().contains("3"), "names the line: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void structuralProblemsAreOneLineErrors() throws Exception {
        String good = codec.write(new SavedSession(sampleLog(), PhasePlan.preset45()));
        String[] broken = {
            "[]",
            "{\"format\":\"something-else\",\"version\":1}",
            good.replace("\"version\" : 1", "\"version\" : 99"),
            good.replace("\"stage\" : \"serving\"", "\"stage\" : \"catering\""),
            good.replace("\"kind\" : \"paused\"", "\"kind\" : \"napping\""),
            good.replace("\"clarify\" : 300000", "\"clarify\" : 0"),
            good.replaceFirst("\"entries\" : \\[", "\"entries\" : [ {\"t\": 1, \"kind\": \"edit\", \"patch\": {}},"),
            good.replace("[ \"n2\" ]", "[ \"n99\" ]"),
        };
        for (String json : broken) {
            assertFalse(json.equals(good), "the mutation must apply");
            SessionFileException e = assertThrows(SessionFileException.class, () -> codec.read(json, "s.json"),
                    json.substring(0, Math.min(80, json.length())));
            assertTrue(e.getMessage().startsWith("s.json: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** A session file's problems read like a board file's: the file, the place, the JSON path, the problem. */
    @Test
    void problemsNameTheirPathAndPlace() {
        String good = codec.write(new SavedSession(sampleLog(), PhasePlan.preset45()));
        String kind = assertThrows(SessionFileException.class,
                () -> codec.read(good.replace("\"kind\" : \"paused\"", "\"kind\" : \"napping\""), "s.json")).getMessage();
        assertTrue(kind.matches("s\\.json: entries\\[\\d+\\]\\.kind: unknown entry kind \"napping\" "
                + "\\(expected one of start, edit, .*\\)"), kind);
        String time = assertThrows(SessionFileException.class,
                () -> codec.read(good.replaceFirst("\"t\" : \\d+", "\"t\" : \"soon\""), "s.json")).getMessage();
        assertTrue(time.matches("s\\.json: line \\d+, column \\d+: entries\\[0\\]\\.t: "
                + "expected a whole number, found a string \\(\"soon\"\\)"), time);
        String stage = assertThrows(SessionFileException.class, () -> codec.read(
                good.replace("\"stage\" : \"serving\"", "\"stage\" : \"catering\""), "s.json")).getMessage();
        assertTrue(stage.matches("s\\.json: entries\\[\\d+\\]\\.(board|patch)\\.\\w*(nodes|Nodes)\\[\\d+\\]\\.stage: "
                + "unknown stage \"catering\" .*"), stage);
    }

    @Test
    void sessionFilesSitBesideTheBoard() {
        assertEquals(dir.resolve("fraud.session.json"), SessionFiles.sessionFileFor(dir.resolve("fraud.stageboard")));
        assertEquals(dir.resolve("fraud.session.json"), SessionFiles.sessionFileFor(dir.resolve("fraud.board.json")));
        assertEquals(dir.resolve("fraud.session.json"), SessionFiles.sessionFileFor(dir.resolve("fraud.json")));
        assertEquals(dir.resolve("notes.txt.session.json"), SessionFiles.sessionFileFor(dir.resolve("notes.txt")));
        assertEquals(dir.resolve("推荐.report.md"), SessionFiles.reportFileFor(dir.resolve("推荐.board.json")));
        assertEquals(dir.resolve("推荐.report.png"), SessionFiles.reportImageFor(dir.resolve("推荐.board.json")));
    }

    @Test
    void saveAndLoadBesideTheBoardNeverThrow() throws Exception {
        Path board = dir.resolve("video.board.json");
        Files.writeString(board, "{\"board\": \"untouched\"}");
        SessionFiles.Loaded none = SessionFiles.load(board);
        assertFalse(none.found());
        assertNull(none.warning(), "no session file is not a problem");

        SessionLog log = sampleLog();
        Path saved = SessionFiles.save(board, new SavedSession(log, PhasePlan.preset45()));
        assertEquals(dir.resolve("video.session.json"), saved);
        assertEquals("{\"board\": \"untouched\"}", Files.readString(board), "the board file stays as it is");
        SessionFiles.Loaded ok = SessionFiles.load(board);
        assertTrue(ok.found());
        assertEquals(log.entries(), ok.session().log().entries());

        Files.writeString(saved, "{ not json", StandardCharsets.UTF_8);
        SessionFiles.Loaded bad = SessionFiles.load(board);
        assertFalse(bad.found());
        assertTrue(bad.warning().contains("video.session.json"), bad.warning());

        Files.delete(saved);
        Files.createDirectory(saved);
        SessionFiles.Loaded dirInstead = SessionFiles.load(board);
        assertFalse(dirInstead.found());
        assertTrue(dirInstead.warning().contains("video.session.json"), dirInstead.warning());
    }
}
