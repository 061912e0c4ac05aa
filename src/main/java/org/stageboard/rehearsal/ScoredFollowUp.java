package org.stageboard.rehearsal;

import org.stageboard.model.Stage;

/**
 * One question's standing on a board, before ordering ({@link FollowUpOrder}).
 *
 * @param tier         {@link #TEMPLATE_TIER} to {@link #UNRELATED_TIER}, best first
 * @param score        within a tier, higher first
 * @param index        the question's place in the pool: ties keep it
 * @param quotes       the question quotes a box ("Your Model box says …")
 * @param note         the question quotes one of the board's notes
 * @param claim        the question quotes a claim of the board's own (a clause around its trigger, its label)
 * @param missingStage the decision stage the board leaves out that this question asks about, or null
 */
record ScoredFollowUp(RankedFollowUp ranked, int tier, int score, int index, boolean quotes, boolean note,
                      boolean claim, Stage missingStage) {
    /**
     * Tiers, best first: the template's questions, questions that rest on the board (its gaps and its words), stock
     * questions a gap or a word raised ({@link FollowUp#stock}), questions for any board, questions about words the
     * board never says.
     */
    static final int TEMPLATE_TIER = 0;
    static final int BOARD_TIER = 1;
    static final int STOCK_TIER = 2;
    static final int GENERAL_TIER = 3;
    static final int UNRELATED_TIER = 4;

    /** A template's question: first, in the template's order. */
    static ScoredFollowUp fromTemplate(FollowUp f, int index) {
        return new ScoredFollowUp(new RankedFollowUp(f, FollowUpReason.template()), TEMPLATE_TIER, 0, index, false,
                false, false, null);
    }
}
