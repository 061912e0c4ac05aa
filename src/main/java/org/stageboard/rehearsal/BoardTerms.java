package org.stageboard.rehearsal;

import java.util.Optional;

/**
 * Finds a bank term among the words a board says. The one place follow-ups match text, so the matcher behind it
 * can change without touching the picker.
 */
public interface BoardTerms {
    /**
     * The board's words that match {@code term} as whole tokens, as written on the board; empty when the board does
     * not say it. A trailing "*" on a word matches any ending ("рекоменд*" finds "рекомендации"); several words
     * must follow each other ("feature store").
     */
    Optional<String> find(String term);

    default boolean mentions(String term) {
        return find(term).isPresent();
    }

    /**
     * True when the board is about {@code term}, not just saying it once (its title or prompt, or several boxes).
     * Questions worded for one kind of system ask for this; the default, for matchers without structure, is
     * {@link #mentions}.
     */
    default boolean central(String term) {
        return mentions(term);
    }

    /**
     * True when {@code term} names what the system is, stricter than {@link #central}: a prompt that mentions it in
     * passing is not enough without a box saying it too. What {@link BoardDomains} reads a board's kind from.
     */
    default boolean subject(String term) {
        return central(term);
    }

    /** True when a Framing box says {@code term} ("|" synonyms one idea); false for matchers without boxes. */
    default boolean inFraming(String term) {
        return false;
    }

    /** True when the board's title says {@code term}; without structure, whether the board says it at all. */
    default boolean inTitle(String term) {
        return mentions(term);
    }

    /** True when the board has a Framing box with words in it. */
    default boolean hasFraming() {
        return false;
    }
}
