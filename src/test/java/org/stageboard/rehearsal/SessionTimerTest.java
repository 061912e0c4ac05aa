package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;

class SessionTimerTest {
    private static final long MIN = 60_000;
    private final FakeClock clock = new FakeClock(1_000_000);
    private final SessionTimer timer = new SessionTimer(PhasePlan.preset45(), clock);
    private final List<String> events = new ArrayList<>();

    SessionTimerTest() {
        timer.addListener(new TimerListener() {
            @Override
            public void started() {
                events.add("started");
            }

            @Override
            public void phaseChanged(Phase from, Phase to) {
                events.add(from.id() + "->" + to.id());
            }

            @Override
            public void overrun(Phase phase, long by) {
                events.add("overrun " + phase.id() + " " + by);
            }

            @Override
            public void paused() {
                events.add("paused");
            }

            @Override
            public void resumed() {
                events.add("resumed");
            }

            @Override
            public void finished() {
                events.add("finished");
            }
        });
    }

    @Test
    void countsDownFromTheTotalOnceStarted() {
        clock.advanceMinutes(3);
        assertEquals(0, timer.elapsed(), "nothing runs before start");
        assertEquals(45 * MIN, timer.remaining());
        timer.start();
        clock.advance(90_500);
        assertEquals(90_500, timer.elapsed());
        assertEquals(45 * MIN - 90_500, timer.remaining());
        assertEquals(Phase.CLARIFY, timer.currentPhase());
        assertEquals(5 * MIN - 90_500, timer.phaseRemaining());
        assertEquals(List.of("started"), events);
    }

    @Test
    void pauseStopsTheClockAndResumeContinues() {
        timer.start();
        clock.advanceMinutes(2);
        timer.pause();
        assertEquals(SessionTimer.State.PAUSED, timer.state());
        clock.advanceMinutes(10);
        timer.tick();
        assertEquals(2 * MIN, timer.elapsed());
        timer.resume();
        clock.advanceMinutes(1);
        assertEquals(3 * MIN, timer.elapsed());
        timer.togglePause();
        clock.advanceMinutes(1);
        timer.togglePause();
        assertEquals(3 * MIN, timer.elapsed());
        assertEquals(List.of("started", "paused", "resumed", "paused", "resumed"), events);
    }

    @Test
    void tickReportsScheduledPhaseChangesOnce() {
        timer.start();
        clock.advanceMinutes(5);
        timer.tick();
        timer.tick();
        assertEquals(Phase.FRAMING, timer.currentPhase());
        clock.advanceMinutes(14);
        timer.tick();
        assertEquals(Phase.MODEL, timer.currentPhase());
        assertTrue(events.contains("clarify->framing"));
        assertTrue(events.contains("framing->model"), "a skipped-over phase is reported as one jump: " + events);
        assertEquals(1, events.stream().filter("clarify->framing"::equals).count());
    }

    @Test
    void overrunWhenStillWorkingInAPhaseAfterItsBudget() {
        timer.start();
        timer.noteWork(Stage.REQUIREMENTS);
        clock.advanceMinutes(4);
        timer.tick();
        assertFalse(timer.isOverrun());
        clock.advanceMinutes(2);
        timer.tick();
        assertTrue(timer.isOverrun());
        assertEquals(Phase.CLARIFY, timer.workingPhase());
        assertEquals(MIN, timer.overrunBy());
        clock.advanceSeconds(10);
        timer.tick();
        assertEquals(1, events.stream().filter(e -> e.startsWith("overrun clarify")).count(), "a cue, once");
        assertTrue(events.contains("overrun clarify " + MIN));
        assertEquals(SessionTimer.State.RUNNING, timer.state(), "an overrun never stops the session");

        timer.noteWork(Stage.FEATURES);
        assertEquals(Phase.DATA_FEATURES, timer.workingPhase());
        assertFalse(timer.isOverrun(), "data+features runs until 18:00");
        timer.noteWork(Stage.REQUIREMENTS);
        assertEquals(Phase.DATA_FEATURES, timer.workingPhase(), "revisiting an earlier stage does not go back");
        timer.noteWork(Stage.NOTE);
        assertEquals(Phase.DATA_FEATURES, timer.workingPhase());
        timer.moveTo(Phase.WRAP_UP);
        assertFalse(timer.isOverrun());
    }

    @Test
    void finishesWhenTimeIsUpAndFreezes() {
        timer.start();
        clock.advanceMinutes(46);
        timer.tick();
        assertTrue(timer.isFinished());
        assertEquals(45 * MIN, timer.elapsed());
        assertEquals(0, timer.remaining());
        clock.advanceMinutes(5);
        assertEquals(45 * MIN, timer.elapsed());
        assertEquals("finished", events.get(events.size() - 1));
        timer.pause();
        assertEquals(SessionTimer.State.FINISHED, timer.state());
    }

    @Test
    void finishEarlyKeepsTheTimeUsed() {
        timer.start();
        clock.advanceMinutes(20);
        timer.finish();
        clock.advanceMinutes(20);
        assertEquals(20 * MIN, timer.elapsed());
        assertEquals(25 * MIN, timer.remaining());
    }

    @Test
    void progressPerPhase() {
        timer.start();
        clock.advance(5 * MIN + 2 * MIN);
        assertEquals(1.0, timer.progress(Phase.CLARIFY));
        assertEquals(0.5, timer.progress(Phase.FRAMING), 1e-9);
        assertEquals(0.0, timer.progress(Phase.MODEL));
    }
}
