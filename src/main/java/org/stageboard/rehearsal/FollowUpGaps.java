package org.stageboard.rehearsal;

import java.util.List;
import java.util.Set;
import org.stageboard.check.Finding;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * The gaps a follow-up question probes: which checker finding raises it, or what nothing on the board answers, and
 * how much that weighs in {@link FollowUpPlanner}'s ranking. A bank question names its gaps as rule ids, optionally
 * at a stage ("no-baseline@model"), "unanswered" (no check covers it), or with a leading {@link #REQUIRED} mark.
 */
final class FollowUpGaps {
    /**
     * A stage left out or empty weighs less than a gap inside a stage the candidate wrote: early in a rehearsal
     * most stages are still to come, and what they did write is what an interviewer digs into.
     */
    private static final int GAP_STAGE = 6;
    private static final int GAP_WARNING = 10;
    private static final int GAP_INFO = 8;
    /**
     * An unstated trade-off weighs less than other gaps: it is found on most boxes of a terse board, and a board
     * full of "why this and not that?" crowds out what the board is about.
     */
    private static final int GAP_TRADEOFF = 7;
    private static final int UNANSWERED = 5;
    private static final String UNANSWERED_GAP = "unanswered";
    /**
     * A gap written "!missing-stage" in the bank is the question's premise, not one reason among others: without
     * that finding the question is not asked, whatever its words ("Serving isn't on the board yet, and you state
     * “p99 < 80 ms”…" needs the Serving stage missing).
     */
    static final String REQUIRED = "!";
    private static final Set<String> STAGE_GAPS = Set.of("missing-stage", "empty-stage");

    private FollowUpGaps() {
    }

    static boolean isRequired(FollowUp f) {
        return f.gaps().stream().anyMatch(g -> g.startsWith(REQUIRED));
    }

    static boolean isStageGap(Finding gap) {
        return STAGE_GAPS.contains(gap.ruleId());
    }

    /** How much the gap raises the question: a checker finding by its kind, else an unanswered point, else nothing. */
    static int weight(Finding gap, String lacking) {
        if (gap == null) {
            return lacking != null ? UNANSWERED : 0;
        }
        if (isStageGap(gap)) {
            return GAP_STAGE;
        }
        if (gap.ruleId().equals("unstated-tradeoff")) {
            return GAP_TRADEOFF;
        }
        return gap.severity() == Severity.INFO ? GAP_INFO : GAP_WARNING;
    }

    /** The checker finding this question probes, most severe first, or null. */
    static Finding probed(FollowUp f, List<Finding> findings) {
        Finding best = null;
        for (String required : f.gaps()) {
            String g = required.startsWith(REQUIRED) ? required.substring(REQUIRED.length()) : required;
            int at = g.indexOf('@');
            String rule = at < 0 ? g : g.substring(0, at);
            Stage stage = at < 0 ? f.stage() : Stage.fromId(g.substring(at + 1)).orElse(null);
            for (Finding x : findings) {
                if (x.ruleId().equals(rule) && (x.stage() == stage || x.stage() == null)
                        && (best == null || x.severity().compareTo(best.severity()) < 0)) {
                    best = x;
                }
            }
        }
        return best;
    }

    /** "No rollout plan" when the stage the gap names has an answer yet nothing answers this question; else null. */
    static String unanswered(FollowUp f, Set<Stage> answeredStages) {
        for (String g : f.gaps()) {
            if (g.equals(UNANSWERED_GAP) || g.startsWith(UNANSWERED_GAP + "@")) {
                Stage stage = g.equals(UNANSWERED_GAP) ? f.stage()
                        : Stage.fromId(g.substring(UNANSWERED_GAP.length() + 1)).orElse(null);
                if (answeredStages.contains(stage) && !f.lacks().isBlank()) {
                    return Messages.get("rehearsal.followup.why.lacks", f.lacks());
                }
            }
        }
        return null;
    }

    /** A finding's message as a clause: without its final full stop. */
    static String clause(String message) {
        String m = message.strip();
        return m.endsWith(".") || m.endsWith("。") ? m.substring(0, m.length() - 1) : m;
    }
}
