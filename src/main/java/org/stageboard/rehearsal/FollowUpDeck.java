package org.stageboard.rehearsal;

import java.util.Optional;

/** One follow-up card at a time, as the follow-up card view drives it. */
public interface FollowUpDeck {
    /** The question on the card, if any. */
    Optional<FollowUp> current();

    /** Why the current question was chosen, as one short line ("gap found: …"); empty when unknown. */
    default Optional<String> currentReason() {
        return Optional.empty();
    }

    /** Moves on to another question; the current one stays "asked". Empty when none are left. */
    Optional<FollowUp> next();

    /** Marks the current question skipped and moves on. */
    Optional<FollowUp> skip();

    /** Records the candidate's answer to the current question. */
    void answer(String text);

    /** Records the candidate's answer to a requirement change shown on the card (decks without curveballs ignore it). */
    default void answerCurveball(org.stageboard.rehearsal.curveball.Curveball curveball, String text) {
    }
}
