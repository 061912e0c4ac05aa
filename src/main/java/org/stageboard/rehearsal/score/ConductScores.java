package org.stageboard.rehearsal.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.rehearsal.SessionReport;

/**
 * The scorecard's dimensions about how the rehearsal was conducted rather than what the board says: time against
 * the phase plan, and follow-ups and curveballs answered; read from the session log alone.
 */
final class ConductScores {
    /** A phase is over its budget beyond this share, plus {@link #SLACK_MS}: the clock is a cue, not a verdict. */
    static final double OVER_SHARE = 1.25;
    static final long SLACK_MS = 30_000;

    private ConductScores() {
    }

    /** Phases against their budgets (time per phase as the report computes it), and phases given no time at all. */
    static DimensionScore time(SavedSession session) {
        SessionLog log = session.log();
        boolean edited = log.entries().stream().anyMatch(e -> e.kind() == LogEntry.Kind.EDIT);
        if (!edited) {
            return new DimensionScore(Dimension.TIME, Level.MISSING, Sentences.clause("score.time.noEdits")
                    + Messages.get("score.end"), Sentences.clause("score.time.stronger.start") + Messages.get("score.end"));
        }
        Map<Phase, Long> spent = log.timePerPhase();
        List<Phase> over = new ArrayList<>();
        List<Phase> idle = new ArrayList<>();
        Phase worst = null;
        double worstRatio = 0;
        for (Phase p : Phase.values()) {
            long budget = session.plan().budget(p);
            long actual = spent.getOrDefault(p, 0L);
            if (budget > 0 && actual > budget * OVER_SHARE + SLACK_MS) {
                over.add(p);
                double ratio = (double) actual / budget;
                if (ratio > worstRatio) {
                    worstRatio = ratio;
                    worst = p;
                }
            }
            if (p != Phase.WRAP_UP && !p.stages().isEmpty() && actual == 0) {
                idle.add(p);
            }
        }
        int phases = Phase.values().length;
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.clause("score.time.within", phases - over.size(), phases,
                SessionReport.clock(log.activeDuration()), SessionReport.clock(session.plan().totalMillis())));
        if (worst != null) {
            clauses.add(Sentences.clause("score.time.worst", SessionReport.phaseName(worst),
                    SessionReport.clock(spent.get(worst)), SessionReport.clock(session.plan().budget(worst))));
        }
        if (!idle.isEmpty()) {
            clauses.add(Sentences.clause("score.time.idle",
                    String.join(Messages.get("score.listSep"), idle.stream().map(SessionReport::phaseName).toList())));
        }
        Level level = over.isEmpty() && idle.isEmpty() ? Level.STRONG
                : over.size() <= 1 && idle.size() <= 1 ? Level.SOLID
                : over.size() + idle.size() <= 4 ? Level.PARTIAL : Level.MISSING;
        String stronger = Sentences.clause(level == Level.STRONG ? "score.time.stronger.strong"
                : over.isEmpty() ? "score.time.stronger.idle" : "score.time.stronger.over") + Messages.get("score.end");
        return new DimensionScore(Dimension.TIME, level, Sentences.of(clauses), stronger);
    }

    /**
     * Follow-ups answered (an answer written) and curveballs handled (answered on the card, or the board edited
     * after it); a curveball that changed the board is what STRONG needs.
     */
    static DimensionScore followUps(SessionLog log) {
        List<SessionReport.FollowUpOutcome> asked = SessionReport.followUps(log);
        long answered = asked.stream().filter(f -> f.outcome() == SessionReport.Outcome.ANSWERED).count();
        List<LogEntry> curveballs = log.curveballs();
        int changed = 0;
        int handled = 0;
        List<String> changedStages = new ArrayList<>();
        for (LogEntry c : curveballs) {
            Set<Stage> stages = stagesEditedAfter(log, c.at());
            boolean answeredOnCard = log.entries().stream().anyMatch(e -> e.kind() == LogEntry.Kind.CURVEBALL
                    && e.text().equals(c.text()) && !e.answer().isEmpty());
            if (!stages.isEmpty()) {
                changed++;
                stages.stream().filter(Stage::isPipeline).map(Messages::stageName)
                        .filter(s -> !changedStages.contains(s)).forEach(changedStages::add);
            }
            if (!stages.isEmpty() || answeredOnCard) {
                handled++;
            }
        }
        int items = asked.size() + curveballs.size();
        if (items == 0) {
            return new DimensionScore(Dimension.FOLLOW_UPS, Level.MISSING,
                    Sentences.clause("score.followups.none") + Messages.get("score.end"),
                    Sentences.clause("score.followups.stronger.ask") + Messages.get("score.end"));
        }
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.clause("score.followups.answered", answered, asked.size()));
        if (!curveballs.isEmpty()) {
            clauses.add(changed > 0
                    ? Sentences.clause("score.followups.curveballChanged", changed, curveballs.size(),
                            String.join(Messages.get("score.listSep"), changedStages))
                    : Sentences.clause("score.followups.curveballUnchanged", curveballs.size()));
        }
        double share = (answered + handled) / (double) items;
        boolean everyCurveballChanged = changed == curveballs.size();
        Level level = share >= 0.75 && everyCurveballChanged ? Level.STRONG
                : share >= 0.5 ? Level.SOLID : share > 0 ? Level.PARTIAL : Level.MISSING;
        String stronger = Sentences.clause(!everyCurveballChanged ? "score.followups.stronger.curveball"
                : level == Level.STRONG ? "score.followups.stronger.strong" : "score.followups.stronger.answer")
                + Messages.get("score.end");
        return new DimensionScore(Dimension.FOLLOW_UPS, level, Sentences.of(clauses), stronger);
    }

    /** The stages edits touched after {@code at} (follow-up answer notes touch the stage they are linked to). */
    static Set<Stage> stagesEditedAfter(SessionLog log, long at) {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        for (LogEntry e : log.entries()) {
            if (e.kind() == LogEntry.Kind.EDIT && e.at() >= at) {
                out.addAll(e.stages());
            }
        }
        return out;
    }

}
