package org.stageboard.check.tradeoff;

import java.util.Set;

/**
 * Turns an analysis into the reading the checker shows. A text whose choice, alternative and reason the structural
 * reader found states a trade-off, as before. Otherwise the learned {@link TradeoffModel} may still credit it: the
 * reader's structures miss phrasings nobody on the team wrote, and on leave-one-set-out the model finds many of
 * them (README, trade-off accuracy). It is asked only when two of the three parts were read. The model never withdraws a full structural reading: on leave-one-set-out that
 * made no difference to precision, and it keeps every flagged box explained by the parts the reader could not find.
 * The words read as choice, alternative and reason always come from the reader.
 */
final class Verdict {
    /** Whether the learned model may credit what the rules missed (off: the hand rules alone). */
    static final boolean USE_MODEL = true;

    /**
     * The model is asked only when the reader found two of the three parts: it then judges whether the text holds
     * the third where the structures could not point at it, and the panel still shows two parts read.
     */
    static final int ASKS_MODEL_FROM = 2;

    private Verdict() {
    }

    static TradeoffReading decide(TradeoffReader.Analysis a) {
        return USE_MODEL ? decide(a, TradeoffModel.shipped()) : a.reading();
    }

    static TradeoffReading decide(TradeoffReader.Analysis a, TradeoffModel model) {
        TradeoffReading rules = a.reading();
        if (rules.stated() || rules.found() < ASKS_MODEL_FROM) {
            return rules; // stated by structure, or too little read for the panel to show why it would count
        }
        return model.stated(TradeoffFeatures.of(a)) ? credited(rules) : rules;
    }

    /** The model's "stated": nothing is missing, and the words shown are whatever parts the reader did find. */
    static TradeoffReading credited(TradeoffReading rules) {
        return new TradeoffReading(rules.choice(), rules.alternative(), rules.reason(), Set.of(),
                TradeoffReading.Hint.NONE);
    }
}
