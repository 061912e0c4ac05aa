package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.RandomEdits;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** The report's phase times account for every running millisecond of a rehearsal, no more, no less. */
class PhaseTimesAddUpTest {
    private final Board start = Board.empty()
            .addNode(Node.of("m", Stage.MODEL, "GBDT", 0, 0))
            .addNode(Node.of("note", Stage.NOTE, "ask about latency", 300, 0));

    @Property(tries = 300)
    void phaseTimesSumToTheTimeUsed(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        FakeClock clock = new FakeClock(rnd.nextInt(1_000_000));
        SessionLog log = new SessionLog(start, clock);
        RandomEdits edits = new RandomEdits(seed);
        Board b = start;
        boolean paused = false;
        int steps = rnd.nextInt(40);
        for (int i = 0; i < steps; i++) {
            clock.advance(rnd.nextInt(90_001));
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    if (paused) {
                        log.resumed();
                    } else {
                        log.paused();
                    }
                    paused = !paused;
                }
                case 1 -> log.phaseChanged(Phase.values()[rnd.nextInt(Phase.values().length)]);
                default -> {
                    Board next = edits.nextBoard(b);
                    log.recordEdit(b, next, "edit " + i);
                    b = next;
                }
            }
        }
        clock.advance(rnd.nextInt(60_001));
        log.finished();

        Map<Phase, Long> perPhase = log.timePerPhase();
        long sum = perPhase.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(log.activeDuration(), sum, "phase times add up to the running time");
        SessionReport report = SessionReport.of(new SavedSession(log, PhasePlan.preset45()), null);
        assertEquals(report.totalMillis(), report.timePerPhase().values().stream().mapToLong(Long::longValue).sum());
        long printed = report.shownPerPhase().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(report.totalMillis() / 1000 * 1000, printed, "the printed column adds up to the printed total");
        for (Phase p : Phase.values()) {
            assertTrue(Math.abs(report.shownPerPhase().get(p) - report.timePerPhase().get(p)) < 1000, "within a second");
        }
    }

    @Test
    void anEditOnABoxAndANoteKeepsTheWholeGap() {
        FakeClock clock = new FakeClock(0);
        SessionLog log = new SessionLog(start, clock);
        clock.advance(10_001);
        Board both = start.addEdge(new Edge("e", "m", "note", "why"));
        assertEquals(java.util.Set.of(Stage.MODEL, Stage.NOTE), log.recordEdit(start, both, "connect"));
        clock.advance(5_000);
        log.finished();
        Map<Phase, Long> p = log.timePerPhase();
        assertEquals(10_001L, p.get(Phase.MODEL), "the half on the note is not lost");
        assertEquals(5_000L, p.get(Phase.WRAP_UP));
    }

    @Test
    void aNoteOnlyEditCountsToThePhaseTheTimerShowed() {
        FakeClock clock = new FakeClock(0);
        SessionLog log = new SessionLog(start, clock);
        clock.advance(20_000);
        log.phaseChanged(Phase.EVALUATION);
        clock.advance(7_000);
        Board typed = start.replaceNode(start.node("note").orElseThrow().withText("ask about p99"));
        log.recordEdit(start, typed, "type");
        log.finished();
        Map<Phase, Long> p = log.timePerPhase();
        assertEquals(27_000L, p.get(Phase.EVALUATION));
        assertEquals(0L, p.get(Phase.CLARIFY));
        assertEquals(List.of(27_000L), List.of(p.values().stream().mapToLong(Long::longValue).sum()));
    }
}
