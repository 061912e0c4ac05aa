package org.stageboard.rehearsal;

import java.util.List;

/**
 * What {@link FollowUpRanker} knows of a question the planner allows on a board, as named binary features: its place
 * in the rules' order and its bank id (how often independent judges found that question relevant wherever the
 * rules put it). Richer features (why it was raised, quoting, stage, the board's kind of system, how much the board
 * writes at the stage, the language) were tried and did not raise the leave-one-set-out share over these two: see
 * the README's "Follow-up questions". Names are stable: they are the keys of the shipped weights.
 */
final class FollowUpFeatures {
    private FollowUpFeatures() {
    }

    /** The features of {@code f} at {@code position} (0-based) of the rules' order. */
    static List<String> of(FollowUp f, int position) {
        String pos = "pos:" + positionBucket(position);
        return f.fromTemplate() ? List.of(pos, "template") : List.of(pos, "id:" + bankId(f.id()));
    }

    /** A note's second question ("g.framing.note.2") shares its bank question's weight. */
    static String bankId(String id) {
        return id.replaceFirst("\\.\\d+$", "");
    }

    private static String positionBucket(int position) {
        if (position < 5) {
            return String.valueOf(position + 1);
        }
        return position < 8 ? "6-8" : position < 12 ? "9-12" : "13+";
    }
}
