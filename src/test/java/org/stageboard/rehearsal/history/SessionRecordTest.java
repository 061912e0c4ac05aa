package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stageboard.check.Checker;
import org.stageboard.check.Profiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.RehearsalSession;
import org.stageboard.rehearsal.SessionTimer;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.DimensionScore;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.rehearsal.score.Scorecard;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;

/** A finished rehearsal becomes one history entry: times from the log, findings from the checker, levels given. */
class SessionRecordTest {
    @Test
    void aFinishedSessionIsRecordedWithItsTimesFindingsFollowUpsAndLevels() {
        Template t = TemplateLibrary.load().byId("payment-fraud-detection", "en").orElseThrow();
        Board start = Seeder.seed(t, Seeder.Mode.PRACTICE);
        FakeClock clock = new FakeClock(0);
        RehearsalSession s = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), start,
                new FollowUpPicker(FollowUpBank.general()));
        clock.advanceMinutes(4);
        Node req = start.nodes().get(0);
        Board after = start.replaceNode(req.withText("p99 < 50 ms, 2k TPS"));
        s.boardChanged(start, after, "Edit text");
        s.next();
        s.answer("rules plus GBDT");
        s.next();
        clock.advanceMinutes(2);
        s.finish();
        Scorecard card = new Scorecard(List.of(
                new DimensionScore(Dimension.FRAMING, Level.SOLID, "numbers stated", ""),
                new DimensionScore(Dimension.TIME, Level.PARTIAL, "", "")));
        Instant at = Instant.parse("2026-11-30T10:00:00Z");

        HistoryEntry e = SessionRecord.of(s.toSaved(), Optional.of(t), card, Path.of("x.session.json"), at);

        assertEquals(at, e.finishedAt());
        assertEquals("payment-fraud-detection", e.templateId());
        assertEquals("fraud-and-risk", e.category());
        assertEquals(6 * 60_000, e.totalMillis());
        assertEquals(45 * 60_000, e.planMillis());
        assertEquals(s.log().timePerPhase().get(Phase.CLARIFY).longValue(), e.phase(Phase.CLARIFY).spentMillis());
        assertEquals(PhasePlan.preset45().budget(Phase.MODEL), e.phase(Phase.MODEL).budgetMillis());
        assertEquals(Level.SOLID, e.level(Dimension.FRAMING));
        assertEquals(Level.PARTIAL, e.level(Dimension.TIME));
        assertEquals(null, e.level(Dimension.MODELLING));
        assertEquals(2, e.followUpsAsked());
        assertEquals(1, e.followUpsAnswered());
        int expected = Checker.check(after, Profiles.forBoard(after)).size();
        assertTrue(expected > 0, "a practice board has gaps");
        assertEquals(expected, e.findingCount());
        assertTrue(e.findings().containsKey("empty-stage") || e.findings().containsKey("missing-stage"), e.findings().toString());
        assertTrue(e.sessionFile().endsWith("x.session.json"));
    }

    @Test
    void anUnscoredSessionWithoutTemplateOrFile() {
        Board b = Board.empty().withTitle("My own");
        FakeClock clock = new FakeClock(0);
        RehearsalSession s = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), b,
                new FollowUpPicker(FollowUpBank.general()));
        clock.advanceMinutes(1);
        s.finish();
        HistoryEntry e = SessionRecord.of(s.toSaved(), Optional.empty(), new Scorecard(List.of()), null, Instant.EPOCH);
        assertFalse(e.isScored());
        assertEquals("", e.templateId());
        assertEquals("", e.category());
        assertEquals("My own", e.title());
        assertEquals("", e.sessionFile());
        assertEquals(Phase.values().length, e.phases().size());
    }
}
