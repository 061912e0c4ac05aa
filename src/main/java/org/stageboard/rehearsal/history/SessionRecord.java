package org.stageboard.rehearsal.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionReport;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.rehearsal.score.Scorecard;
import org.stageboard.template.Template;

/** Turns a finished rehearsal into the line the history keeps: what {@link HistoryStore#record} is given. */
public final class SessionRecord {
    private SessionRecord() {
    }

    /**
     * @param template    the board's template (category and title), empty for a board of its own
     * @param scorecard   the session's scorecard; an empty one records no levels
     * @param sessionFile where the session was saved, or null when it was not
     */
    public static HistoryEntry of(SavedSession session, Optional<Template> template, Scorecard scorecard,
                                  Path sessionFile, Instant finishedAt) {
        Board last = session.log().lastBoard();
        PhasePlan plan = session.plan();
        Map<String, HistoryEntry.PhaseTime> phases = new LinkedHashMap<>();
        Map<Phase, Long> spent = session.log().timePerPhase();
        for (Phase p : Phase.values()) {
            phases.put(p.id(), new HistoryEntry.PhaseTime(spent.getOrDefault(p, 0L), plan.budget(p)));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        Map<Dimension, Level> byDimension = scorecard == null ? new EnumMap<>(Dimension.class) : scorecard.levels();
        byDimension.forEach((d, l) -> levels.put(d.id(), l.points()));
        Map<String, Integer> findings = new TreeMap<>();
        for (Finding f : Checker.check(last)) {
            findings.merge(f.ruleId(), 1, Integer::sum);
        }
        // the report's follow-up lines: one per question asked, its outcome after any answer or skip
        var followUps = SessionReport.of(session, null).followUps();
        int answered = (int) followUps.stream().filter(f -> f.outcome() == SessionReport.Outcome.ANSWERED).count();
        String title = !last.title().isBlank() ? last.title() : template.map(Template::title).orElse("");
        return new HistoryEntry(UUID.randomUUID().toString(), finishedAt, last.templateId(),
                template.map(t -> t.category().id()).orElse(""), title, session.log().activeDuration(),
                plan.totalMillis(), phases, levels, findings, followUps.size(), answered, 0, 0,
                sessionFile == null ? "" : sessionFile.toAbsolutePath().toString());
    }
}
