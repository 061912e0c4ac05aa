package org.stageboard.check;

import org.stageboard.text.TextNorm;
import org.stageboard.check.tradeoff.TradeoffReader;
import org.stageboard.check.tradeoff.TradeoffReading;

/**
 * Whether free text states a trade-off, in English, Chinese or Russian: a thin entry point to the structural reader
 * in {@code org.stageboard.check.tradeoff}, which finds a choice, an alternative and a reason in any order and says
 * which words it read as each.
 */
public final class TradeoffText {
    private TradeoffText() {
    }

    /** True when {@code text} states a trade-off. */
    public static boolean states(String text) {
        return TradeoffReader.states(text);
    }

    /** The words read as choice, alternative and reason, and what is missing. */
    public static TradeoffReading read(String text) {
        return TradeoffReader.read(text);
    }

    /** True when the text says nothing but "TBD", "待定", "потом" and punctuation. */
    public static boolean isPlaceholderOnly(String text) {
        String norm = TextNorm.normalize(text);
        String rest = Vocabulary.PLACEHOLDER.strip(norm);
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
