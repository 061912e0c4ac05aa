package org.stageboard.rehearsal.curveball;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stageboard.check.Finding;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.ChangeSummary;
import org.stageboard.rehearsal.FindingSource;
import org.stageboard.rehearsal.LogEntry;
import org.stageboard.rehearsal.SessionLog;

/**
 * What became of one curveball, read from the session log: the answer written on the card, what changed on the
 * board from the moment it was thrown to the end ({@link ChangeSummary}) and in which stages (the stages later
 * edits touched, as the log recorded them), and the checker's findings on the board at the curveball and at the end.
 *
 * @param at      when it was thrown, ms since the start
 * @param changes one line per changed box or arrow, board order
 */
public record CurveballOutcome(long at, Stage stage, String text, String answer, List<String> changes,
                               Set<Stage> changedStages, List<Finding> before, List<Finding> after) {
    public CurveballOutcome {
        changes = List.copyOf(changes);
        changedStages = changedStages.isEmpty() ? Set.of() : Set.copyOf(changedStages);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** One outcome per curveball thrown, in order. */
    public static List<CurveballOutcome> of(SessionLog log, FindingSource checker) {
        FindingSource source = Objects.requireNonNullElse(checker, FindingSource.none());
        Board end = log.lastBoard();
        List<Finding> atEnd = null;
        List<CurveballOutcome> out = new ArrayList<>();
        for (LogEntry c : log.curveballs()) {
            Board then = log.boardAt(c.at());
            String answer = "";
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            for (LogEntry e : log.entries()) {
                if (e.kind() == LogEntry.Kind.CURVEBALL && e.text().equals(c.text()) && !e.answer().isEmpty()) {
                    answer = answer.isEmpty() ? e.answer() : answer + "\n" + e.answer();
                }
                if (e.kind() == LogEntry.Kind.EDIT && e.at() >= c.at()) {
                    stages.addAll(e.stages());
                }
            }
            if (atEnd == null) {
                atEnd = nonNull(source.findings(end));
            }
            out.add(new CurveballOutcome(c.at(), c.stages().stream().findFirst().orElse(Stage.NOTE), c.text(), answer,
                    ChangeSummary.changes(then, end), stages, nonNull(source.findings(then)), atEnd));
        }
        return out;
    }

    /** Findings at the curveball that are gone at the end (compared by severity, stage and message). */
    public List<Finding> resolved() {
        return notIn(before, after);
    }

    /** Findings at the end that were not there at the curveball. */
    public List<Finding> introduced() {
        return notIn(after, before);
    }

    /**
     * The findings of {@code these} with no finding of the same severity, stage and message in {@code others}: what
     * the report shows of a finding, so a box id or a reason that changed does not make the same finding new.
     */
    private static List<Finding> notIn(List<Finding> these, List<Finding> others) {
        Set<List<Object>> seen = new java.util.HashSet<>();
        others.forEach(f -> seen.add(shown(f)));
        return these.stream().filter(f -> !seen.contains(shown(f))).toList();
    }

    private static List<Object> shown(Finding f) {
        return java.util.Arrays.asList(f.severity(), f.stage(), f.message());
    }

    private static List<Finding> nonNull(List<Finding> l) {
        return l == null ? List.of() : l;
    }
}
