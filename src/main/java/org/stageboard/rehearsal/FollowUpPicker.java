package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stageboard.model.Board;

/**
 * Draws follow-up questions one at a time in the order {@link FollowUpPlanner} gives for the board as it is now,
 * never the same question (or a near-duplicate of one) twice in a session. Deterministic: the same pool and
 * boards give the same questions in the same order, which is what {@code followups} prints on the command line.
 * While the board does not change, the rest of the plan already drawn from is what is left to ask (the ranker's
 * order is not rebuilt question by question); an edited board is planned again, around what was asked.
 */
public final class FollowUpPicker {
    private final List<FollowUp> pool;
    private final FollowUpPlanner planner;
    private final List<RankedFollowUp> asked = new ArrayList<>();
    private RankedFollowUp current;
    /** The board the last plan was drawn from, and what is left of that plan. */
    private Board plannedBoard;
    private List<RankedFollowUp> planLeft;

    public FollowUpPicker(List<FollowUp> pool) {
        this(pool, new FollowUpPlanner());
    }

    public FollowUpPicker(List<FollowUp> pool, FollowUpPlanner planner) {
        this.pool = List.copyOf(pool);
        this.planner = planner;
    }

    /** The question on the card now, if any. */
    public Optional<FollowUp> current() {
        return Optional.ofNullable(current).map(RankedFollowUp::question);
    }

    /** The question on the card now with why it was chosen, if any. */
    public Optional<RankedFollowUp> currentRanked() {
        return Optional.ofNullable(current);
    }

    /** The first question of {@link #plan} (it becomes current), or empty when nothing is left to ask. */
    public Optional<FollowUp> next(Board board) {
        List<RankedFollowUp> plan = plan(board);
        current = plan.isEmpty() ? null : plan.get(0);
        if (current != null) {
            asked.add(current);
        }
        plannedBoard = board;
        planLeft = plan.isEmpty() ? plan : plan.subList(1, plan.size());
        return current();
    }

    /** The questions still to ask on this board, in the order they would be asked, each with why. */
    public List<RankedFollowUp> plan(Board board) {
        if (planLeft != null && board.equals(plannedBoard)) {
            return planLeft;
        }
        return planner.plan(pool, board, asked);
    }

    /** The questions still to ask on this board, in order. */
    public List<FollowUp> ranked(Board board) {
        return plan(board).stream().map(RankedFollowUp::question).toList();
    }

    public boolean wasAsked(String id) {
        return asked.stream().anyMatch(r -> r.question().id().equals(id));
    }
}
