package org.stageboard.rehearsal;

import java.util.List;
import java.util.Optional;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Small boards for the follow-up tests, and what the planner asks on them from the general bank. */
final class PlannedBoards {
    private PlannedBoards() {
    }

    /** A titled board with one box per (stage, text) pair. */
    static Board board(String title, Object... stageAndText) {
        Board b = Board.empty().withTitle(title);
        for (int i = 0; i < stageAndText.length; i += 2) {
            b = b.addNode(Node.of("n" + i, (Stage) stageAndText[i], "", 0, 0).withText((String) stageAndText[i + 1]));
        }
        return b;
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
