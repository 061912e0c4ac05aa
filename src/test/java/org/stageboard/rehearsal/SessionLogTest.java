package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry.Kind;

class SessionLogTest {
    private final FakeClock clock = new FakeClock(50_000);
    private final Board start = Board.empty()
            .addNode(Node.of("n1", Stage.REQUIREMENTS, "Goal", 0, 0))
            .addNode(Node.of("n2", Stage.DATA, "Data", 300, 0))
            .addEdge(new Edge("e1", "n1", "n2", ""));

    @Test
    void touchedStagesComeFromTheDiff() {
        Board added = start.addNode(Node.of("n3", Stage.MODEL, "Model", 600, 0));
        assertEquals(Set.of(Stage.MODEL), BoardDiff.touchedStages(start, added));
        Board typed = start.replaceNode(start.node("n2").orElseThrow().withText("clicks"));
        assertEquals(Set.of(Stage.DATA), BoardDiff.touchedStages(start, typed));
        Board moved = start.replaceNode(start.node("n1").orElseThrow().withStage(Stage.FRAMING));
        assertEquals(Set.of(Stage.REQUIREMENTS, Stage.FRAMING), BoardDiff.touchedStages(start, moved));
        Board removed = start.remove(List.of("n2"), List.of());
        assertEquals(Set.of(Stage.DATA, Stage.REQUIREMENTS), BoardDiff.touchedStages(start, removed),
                "the removed node and the far end of its removed edge");
        Board relabel = start.replaceEdge(new Edge("e1", "n1", "n2", "feeds"));
        assertEquals(Set.of(Stage.REQUIREMENTS, Stage.DATA), BoardDiff.touchedStages(start, relabel));
        assertEquals(Set.of(), BoardDiff.touchedStages(start, start.withTitle("Fraud")));
    }

    @Test
    void recordsEditsWithTimeStagesAndBoard() {
        SessionLog log = new SessionLog(start, clock);
        clock.advanceSeconds(12);
        Board b1 = start.replaceNode(start.node("n2").orElseThrow().withText("implicit clicks"));
        assertEquals(Set.of(Stage.DATA), log.recordEdit(start, b1, "Edit text"));
        assertTrue(log.recordEdit(b1, b1, "no-op").isEmpty(), "equal boards record nothing");
        LogEntry e = log.entries().get(1);
        assertEquals(12_000, e.at());
        assertEquals(Kind.EDIT, e.kind());
        assertEquals("Edit text", e.text());
        assertEquals(b1, e.board());
        assertEquals(2, log.entries().size());
        assertEquals(b1, log.lastBoard());
        assertEquals(start, log.initialBoard());
    }

    @Test
    void timeBetweenEditsGoesToTheStageBeingEdited() {
        SessionLog log = new SessionLog(start, clock);
        Board b = start;
        clock.advanceSeconds(60);                 // thinking, then writes requirements
        b = edit(log, b, "n1", "500M users");
        clock.advanceSeconds(30);
        b = edit(log, b, "n1", "500M users, p99 100ms");
        clock.advanceSeconds(100);                // moves on to data
        b = edit(log, b, "n2", "clicks as labels");
        clock.advanceSeconds(40);                 // paused for 40 s in the middle of the next gap
        log.paused();
        clock.advanceSeconds(40);
        log.resumed();
        clock.advanceSeconds(20);
        b = edit(log, b, "n2", "clicks, 30 day window");
        clock.advanceSeconds(70);
        log.finished();

        Map<Stage, Long> t = log.timePerStage();
        assertEquals(90_000L, t.get(Stage.REQUIREMENTS));
        assertEquals(160_000L, t.get(Stage.DATA), "100 s + 60 s of running time; the pause is not counted");
        assertEquals(70_000L, log.timeAfterLastEdit());
        assertEquals(320_000L, log.activeDuration());
        Map<Phase, Long> p = log.timePerPhase();
        assertEquals(90_000L, p.get(Phase.CLARIFY));
        assertEquals(160_000L, p.get(Phase.DATA_FEATURES));
        assertEquals(70_000L, p.get(Phase.WRAP_UP));
        assertEquals(0L, p.get(Phase.MODEL));
    }

    @Test
    void anEditTouchingTwoStagesSplitsItsTime() {
        SessionLog log = new SessionLog(start, clock);
        clock.advance(10_001);
        log.recordEdit(start, start.replaceEdge(new Edge("e1", "n1", "n2", "x")), "label");
        Map<Stage, Long> t = log.timePerStage();
        assertEquals(10_001L, t.get(Stage.REQUIREMENTS) + t.get(Stage.DATA));
        assertTrue(Math.abs(t.get(Stage.REQUIREMENTS) - t.get(Stage.DATA)) <= 1);
    }

    @Test
    void logsFollowUpsPhasesAndStopsAtFinish() {
        SessionLog log = new SessionLog(start, clock);
        FollowUp f = new FollowUp("g.x", Stage.SERVING, "Where does each millisecond go?", List.of(), false);
        clock.advanceSeconds(1);
        log.followUpAsked(f);
        log.followUpAnswered(f, "feature lookup 20 ms, model 30 ms");
        log.followUpSkipped(f);
        log.phaseChanged(Phase.FRAMING);
        log.finished();
        clock.advanceSeconds(1);
        log.recordEdit(start, start.withTitle("late"), "after the end");
        log.finished();
        List<Kind> kinds = log.entries().stream().map(LogEntry::kind).toList();
        assertEquals(List.of(Kind.START, Kind.FOLLOW_UP_ASKED, Kind.FOLLOW_UP_ANSWERED, Kind.FOLLOW_UP_SKIPPED,
                Kind.PHASE_CHANGED, Kind.FINISHED), kinds);
        assertEquals("feature lookup 20 ms, model 30 ms", log.entries().get(2).answer());
        assertEquals(Set.of(Stage.SERVING), log.entries().get(1).stages());
        assertEquals("framing", log.entries().get(4).text());
        assertTrue(log.isFinished());
        assertEquals(3, log.followUps().size());
    }

    @Test
    void restoredLogsAreReadOnlyAndValidated() {
        SessionLog log = new SessionLog(start, clock);
        clock.advanceSeconds(5);
        log.recordEdit(start, start.withTitle("t"), "title");
        SessionLog copy = SessionLog.restore(log.entries());
        assertEquals(log.entries(), copy.entries());
        assertThrows(IllegalStateException.class, copy::paused);
        assertThrows(IllegalArgumentException.class, () -> SessionLog.restore(List.of()));
        assertThrows(IllegalArgumentException.class, () -> SessionLog.restore(List.of(log.entries().get(1))));
        assertThrows(IllegalArgumentException.class, () -> SessionLog.restore(List.of(log.entries().get(0),
                new LogEntry(10, Kind.PAUSED, Set.of(), "", "", null), new LogEntry(5, Kind.RESUMED, Set.of(), "", "", null))));
        assertFalse(copy.isFinished());
    }

    private Board edit(SessionLog log, Board b, String id, String text) {
        Board after = b.replaceNode(b.node(id).orElseThrow().withText(text));
        log.recordEdit(b, after, "Edit text");
        return after;
    }
}
