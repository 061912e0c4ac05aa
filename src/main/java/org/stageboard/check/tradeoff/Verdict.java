package org.stageboard.check.tradeoff;

import java.util.Set;

/**
 * Turns an analysis into the reading the checker shows. A text whose choice, alternative and reason the structural
 * reader found states a trade-off, as before. Otherwise the learned {@link TradeoffModel} may still credit it: the
 * reader's structures miss phrasings nobody on the team wrote, and on leave-one-set-out the model finds many of
 * them (README, trade-off accuracy). The model never withdraws a full structural reading: on leave-one-set-out that
 * made no difference to precision, and it keeps every flagged box explained by the parts the reader could not find.
 * The words read as choice, alternative and reason always come from the reader.
 */
final class Verdict {
    /** Whether the learned model may credit what the rules missed (off: the hand rules alone). */
    static final boolean USE_MODEL = true;

    private Verdict() {
    }

    static TradeoffReading decide(TradeoffReader.Analysis a) {
        TradeoffReading rules = a.reading();
        if (!USE_MODEL || rules.stated() || a.best() == null) {
            return rules; // stated by structure, or blank / only "TBD": nothing for a model to add
        }
        return TradeoffModel.shipped().stated(TradeoffFeatures.of(a)) ? credited(rules) : rules;
    }

    /** The model's "stated": nothing is missing, and the words shown are whatever parts the reader did find. */
    static TradeoffReading credited(TradeoffReading rules) {
        return new TradeoffReading(rules.choice(), rules.alternative(), rules.reason(), Set.of(),
                TradeoffReading.Hint.NONE);
    }
}
