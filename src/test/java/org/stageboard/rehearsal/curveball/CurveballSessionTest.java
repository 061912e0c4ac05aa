package org.stageboard.rehearsal.curveball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.fixtures.TestBoards.inARow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.LogEntry;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.RehearsalSession;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionLogCodec;
import org.stageboard.rehearsal.SessionTimer;

class CurveballSessionTest {
    private static final Board FRAUD = inARow("Card fraud", Stage.DATA, "chargebacks as labels",
            Stage.SERVING, "online scoring, p99 50 ms");

    @Test
    void momentsFallInTheMiddlePhasesNeverTheFirstOrLast() {
        PhasePlan p = PhasePlan.preset45();
        assertEquals(List.of(), CurveballSchedule.moments(p, CurveballSchedule.Count.OFF));
        assertEquals(List.of(18 * 60_000L), CurveballSchedule.moments(p, CurveballSchedule.Count.ONE));
        List<Long> two = CurveballSchedule.moments(p, CurveballSchedule.Count.TWO);
        assertEquals(List.of(18 * 60_000L, Math.round(45 * 60_000L * 0.65)), two);
        for (PhasePlan plan : List.of(p, PhasePlan.preset60(), PhasePlan.forMinutes(5), PhasePlan.forMinutes(180))) {
            for (long at : CurveballSchedule.moments(plan, CurveballSchedule.Count.TWO)) {
                Phase ph = plan.phaseAt(at);
                assertTrue(ph != Phase.values()[0] && ph != Phase.WRAP_UP, plan + " " + at + " " + ph);
            }
        }
        assertEquals(CurveballSchedule.Count.ONE, CurveballSchedule.Count.byId("nonsense"), "one is the default");
    }

    private static RehearsalSession session(FakeClock clock, CurveballSchedule.Count count) {
        RehearsalSession s = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), FRAUD,
                new FollowUpPicker(FollowUpBank.general()));
        s.throwCurveballs(new CurveballPicker(List.of(), CurveballBank.general(Locale.ENGLISH), 3), count);
        return s;
    }

    @Test
    void aCurveballFallsDueOnTheClockOnceAndIsLogged() {
        FakeClock clock = new FakeClock(1_000);
        RehearsalSession s = session(clock, CurveballSchedule.Count.TWO);
        clock.advanceMinutes(17);
        assertEquals(Optional.empty(), s.dueCurveball());
        clock.advanceMinutes(2);
        Curveball first = s.dueCurveball().orElseThrow();
        assertEquals("b.label-delay", first.id(), "fraud: label delay is the specific one");
        assertEquals(Optional.empty(), s.dueCurveball(), "thrown once");
        clock.advanceMinutes(11);
        Curveball second = s.dueCurveball().orElseThrow();
        assertTrue(!second.id().equals(first.id()));
        clock.advanceMinutes(5);
        assertEquals(Optional.empty(), s.dueCurveball(), "two at most");
        List<LogEntry> thrown = s.log().curveballs();
        assertEquals(List.of(first.text(), second.text()), thrown.stream().map(LogEntry::text).toList());
        assertEquals(19 * 60_000L, thrown.get(0).at());
        assertEquals(java.util.Set.of(Stage.DATA), thrown.get(0).stages());
    }

    @Test
    void offThrowsNoneAndAPausedClockWaits() {
        FakeClock clock = new FakeClock(0);
        RehearsalSession off = session(clock, CurveballSchedule.Count.OFF);
        clock.advanceMinutes(30);
        assertEquals(Optional.empty(), off.dueCurveball());
        FakeClock c2 = new FakeClock(0);
        RehearsalSession paused = session(c2, CurveballSchedule.Count.ONE);
        c2.advanceMinutes(10);
        paused.timer().pause();
        c2.advanceMinutes(20);
        assertEquals(Optional.empty(), paused.dueCurveball(), "pauses do not count");
        paused.timer().resume();
        c2.advanceMinutes(9);
        assertTrue(paused.dueCurveball().isPresent());
    }

    @Test
    void aCurveballAndItsAnswerRoundTripThroughASessionFile() throws Exception {
        FakeClock clock = new FakeClock(0);
        RehearsalSession s = session(clock, CurveballSchedule.Count.ONE);
        clock.advanceMinutes(19);
        Curveball c = s.dueCurveball().orElseThrow();
        clock.advanceMinutes(1);
        s.answerCurveball(c, "train on matured labels, monitor early proxies");
        clock.advanceMinutes(1);
        Board after = FRAUD.replaceNode(FRAUD.node("n0").orElseThrow().withText("chargebacks, matured after 60 days"));
        s.boardChanged(FRAUD, after, "Edit text");
        s.finish();
        SessionLogCodec codec = new SessionLogCodec();
        String json = codec.write(s.toSaved());
        assertTrue(json.contains("\"kind\" : \"curveball\""), json);
        SavedSession back = codec.read(json, "x.session.json");
        assertEquals(s.log().entries(), back.log().entries());
        assertEquals(1, back.log().curveballs().size());
        assertEquals(codec.write(back), json);
    }

    @Test
    void aSessionFileWithoutCurveballsStillReads() throws Exception {
        // what a session saved before curveballs existed holds: no curveball entries at all
        FakeClock clock = new FakeClock(0);
        RehearsalSession s = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), FRAUD,
                new FollowUpPicker(FollowUpBank.general()));
        clock.advanceMinutes(3);
        s.finish();
        String json = new SessionLogCodec().write(s.toSaved());
        assertTrue(!json.contains("curveball"));
        SavedSession back = new SessionLogCodec().read(json, "old.session.json");
        assertEquals(List.of(), back.log().curveballs());
        assertEquals(s.log().entries(), back.log().entries());
    }
}
