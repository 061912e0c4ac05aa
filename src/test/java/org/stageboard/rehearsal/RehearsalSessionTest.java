package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.check.Finding;
import org.stageboard.check.Severity;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry.Kind;
import org.stageboard.rehearsal.SessionReport.Outcome;

class RehearsalSessionTest {
    private static final long MIN = 60_000;
    private final FakeClock clock = new FakeClock(10_000);
    private final Board start = Board.empty().withTitle("Fraud detection").withPrompt("Detect card fraud under 50 ms")
            .addNode(Node.of("req", Stage.REQUIREMENTS, "Requirements", 0, 0))
            .addNode(Node.of("data", Stage.DATA, "Data", 300, 0))
            .addNode(Node.of("serve", Stage.SERVING, "Serving", 600, 0));

    @TempDir
    Path dir;

    private RehearsalSession newSession() {
        return new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), start,
                new FollowUpPicker(FollowUpBank.general()));
    }

    private Board type(RehearsalSession s, Board b, String id, String text) {
        Board after = b.replaceNode(b.node(id).orElseThrow().withText(text));
        s.boardChanged(b, after, "Edit text");
        return after;
    }

    @Test
    void editsMoveTheWorkingPhaseAndTimerEventsAreLogged() {
        RehearsalSession s = newSession();
        assertEquals(SessionTimer.State.RUNNING, s.timer().state(), "a session starts its timer");
        Board b = start;
        clock.advanceMinutes(3);
        b = type(s, b, "req", "50 ms, 1M transactions a day");
        clock.advanceMinutes(3);
        s.timer().tick();                              // 6:00: clarify (5:00) overran, framing scheduled
        assertTrue(s.timer().isOverrun());
        b = type(s, b, "data", "chargebacks as labels, imbalance 1:1000");
        assertEquals(Phase.DATA_FEATURES, s.timer().workingPhase());
        s.timer().pause();
        clock.advanceMinutes(1);
        s.timer().resume();
        List<Kind> kinds = s.log().entries().stream().map(LogEntry::kind).toList();
        assertEquals(List.of(Kind.START, Kind.EDIT, Kind.PHASE_CHANGED, Kind.OVERRUN, Kind.EDIT, Kind.PAUSED,
                Kind.RESUMED), kinds);
        assertEquals(6 * MIN, s.log().entries().get(4).at());
        assertEquals(Set.of(Stage.DATA), s.log().entries().get(4).stages());
    }

    @Test
    void followUpsAreLoggedAsAskedAnsweredSkipped() {
        RehearsalSession s = newSession();
        Board b = type(s, start, "serve", "online scoring, p99 50 ms");
        FollowUp first = s.next().orElseThrow();
        assertEquals(first, s.current().orElseThrow());
        s.answer("feature lookup 10 ms, GBDT 5 ms, rules 2 ms");
        s.answer("   ");
        FollowUp second = s.next().orElseThrow();
        assertFalse(second.id().equals(first.id()));
        FollowUp third = s.skip().orElseThrow();
        assertFalse(third.id().equals(second.id()));
        assertEquals(third, s.current().orElseThrow());
        List<Kind> kinds = s.log().followUps().stream().map(LogEntry::kind).toList();
        assertEquals(List.of(Kind.FOLLOW_UP_ASKED, Kind.FOLLOW_UP_ANSWERED, Kind.FOLLOW_UP_ASKED,
                Kind.FOLLOW_UP_SKIPPED, Kind.FOLLOW_UP_ASKED), kinds);

        s.finish();
        SessionReport r = s.report(board -> List.of(new Finding("baseline", Severity.WARNING, Stage.MODEL, null, "No baseline model", ""),
                new Finding("size", Severity.INFO, null, null,
                        "Board has " + board.nodes().size() + " boxes", "")));
        assertEquals(3, r.followUps().size());
        assertEquals(Outcome.ANSWERED, r.followUps().get(0).outcome());
        assertEquals("feature lookup 10 ms, GBDT 5 ms, rules 2 ms", r.followUps().get(0).answer());
        assertEquals(Outcome.SKIPPED, r.followUps().get(1).outcome());
        assertEquals(Outcome.ASKED, r.followUps().get(2).outcome());
        assertEquals(List.of(Stage.SERVING), r.covered());
        assertTrue(r.missing().contains(Stage.REQUIREMENTS));
        assertEquals(b, s.log().lastBoard());

        String md = r.toMarkdown();
        assertTrue(md.contains("# Rehearsal report: Fraud detection"), md);
        assertTrue(md.contains("> Detect card fraud under 50 ms"), md);
        assertTrue(md.contains("| Clarify requirements | 5:00 |"), md);
        assertTrue(md.contains("- **warning** (Model): No baseline model"), md);
        assertTrue(md.contains("Board has 3 boxes"), md);
        assertTrue(md.contains(first.question()), md);
        assertTrue(md.contains("Answer: feature lookup 10 ms"), md);
        assertTrue(md.contains("Skipped"), md);
        assertTrue(md.contains("Covered: Serving"), md);
    }

    @Test
    void reportTimesFollowTheLog() {
        RehearsalSession s = newSession();
        Board b = start;
        clock.advanceMinutes(7);
        b = type(s, b, "req", "goal");
        clock.advanceMinutes(2);
        b = type(s, b, "data", "labels");
        clock.advanceMinutes(1);
        s.finish();
        SessionReport r = s.report(FindingSource.none());
        assertEquals(7 * MIN, r.timePerPhase().get(Phase.CLARIFY));
        assertEquals(2 * MIN, r.timePerPhase().get(Phase.DATA_FEATURES));
        assertEquals(MIN, r.timePerPhase().get(Phase.WRAP_UP));
        assertEquals(10 * MIN, r.totalMillis());
        String md = r.toMarkdown();
        assertTrue(md.contains("| Clarify requirements | 5:00 | 7:00 | 2:00 over |"), md);
        assertTrue(md.contains("| Data and features | 9:00 | 2:00 | 7:00 left |"), md);
        assertTrue(md.contains("Time used: 10:00 of 45:00"), md);
        assertTrue(md.contains("No findings."), md);
    }

    @Test
    void writerPutsMarkdownAndPictureBesideTheBoard() throws IOException {
        RehearsalSession s = newSession();
        s.finish();
        SessionReport r = s.report(FindingSource.none());
        Path board = dir.resolve("fraud.board.json");
        ReportWriter.Written w = ReportWriter.write(r, board, target -> Files.write(target, new byte[] {(byte) 0x89, 'P'}));
        assertEquals(dir.resolve("fraud.report.md"), w.markdown());
        assertEquals(dir.resolve("fraud.report.png"), w.image());
        assertTrue(Files.readString(w.markdown()).contains("![The board](fraud.report.png)"));

        ReportWriter.Written failed = ReportWriter.write(r, board, target -> {
            throw new IOException("no screen");
        });
        assertEquals(null, failed.image());
        assertEquals("no screen", failed.imageError());
        assertFalse(Files.readString(failed.markdown()).contains("!["), "no link to a picture that failed");

        ReportWriter.Written noRenderer = ReportWriter.write(r, board, null);
        assertTrue(Files.exists(noRenderer.markdown()));
    }
}
