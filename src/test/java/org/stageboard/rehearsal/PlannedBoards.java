package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Fails unless the planner asks {@code id} on the board; the message lists what it asks. */
    static void asks(Board b, String id) {
        List<String> asked = ids(b);
        assertTrue(asked.contains(id), id + " not asked: " + asked);
    }

    /** Fails if the planner asks {@code id} on the board. */
    static void skips(Board b, String id) {
        List<String> asked = ids(b);
        assertFalse(asked.contains(id), id + " asked: " + asked);
    }
}
