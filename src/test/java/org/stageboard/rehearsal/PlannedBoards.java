package org.stageboard.rehearsal;

import java.util.List;
import java.util.Optional;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;

/** Small boards for the follow-up tests, and what the planner asks on them from the general bank. */
final class PlannedBoards {
    private PlannedBoards() {
    }

    /** A titled board with one box per (stage, text) pair. */
    static Board board(String title, Object... stageAndText) {
        return TestBoards.titled(title, stageAndText);
    }

    static List<RankedFollowUp> plan(Board b) {
        return new FollowUpPlanner().plan(FollowUpBank.general(), b, List.of());
    }

    static List<String> ids(Board b) {
        return plan(b).stream().map(r -> r.question().id()).toList();
    }

    static List<String> top(Board b, int n) {
        return ids(b).stream().limit(n).toList();
    }

    static Optional<RankedFollowUp> find(Board b, String id) {
        return plan(b).stream().filter(r -> r.question().id().equals(id)).findFirst();
    }
}
