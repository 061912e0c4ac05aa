package org.stageboard.check.tradeoff;

import java.util.Set;

/**
 * Turns an analysis into the reading the checker shows. The structural reader finds the words that are the choice,
 * the alternative and the reason; once it found at least two of them, the learned {@link TradeoffModel} decides
 * whether they make one stated trade-off. Both ways matter on fresh writing: the reader's structures miss phrasings
 * nobody on the team wrote (the model credits the third part where the structures could not point at it), and they
 * also assemble three "parts" out of a near miss ("GBDT works well but the pipeline is fragile"), which the model
 * turns down. On leave-one-set-out over the corpus files, letting the model turn readings down gained 1.5-3 points
 * of precision on the two sets no rule was tuned on, at no cost in recall (README, trade-off accuracy); a trade-off
 * the writer announced ("trade-off:", "at the cost of") keeps its full reading. Asking the model from one part read
 * gained phrase recall but credited near misses in the longer boxes of real boards, so it is asked from two. The
 * words read as choice, alternative and reason always come from the reader.
 */
final class Verdict {
    /** Whether the learned model decides (off: the hand rules alone). */
    static final boolean USE_MODEL = true;

    /**
     * The model is asked once the reader found this many parts: a credited box then shows two parts read, and the
     * model judges only whether the text holds the third where the structures could not point at it.
     */
    static final int ASKS_MODEL_FROM = 2;

    private Verdict() {
    }

    static TradeoffReading decide(TradeoffReader.Analysis a) {
        return USE_MODEL ? decide(a, TradeoffModel.shipped()) : a.reading();
    }

    static TradeoffReading decide(TradeoffReader.Analysis a, TradeoffModel model) {
        TradeoffReading rules = a.reading();
        if (rules.found() < ASKS_MODEL_FROM) {
            return rules; // too little read for the panel to show why it would count
        }
        boolean stated = model.stated(TradeoffFeatures.of(a));
        if (stated) {
            return rules.stated() ? rules : credited(rules);
        }
        return rules.stated() && !announced(a) ? withdrawn(rules) : rules;
    }

    /**
     * The writer framed the text as a trade-off ("trade-off:", "pros/cons", "at the cost of", 权衡, ценой): a full
     * reading of an announced trade-off is never withdrawn.
     */
    static boolean announced(TradeoffReader.Analysis a) {
        for (CueScanner.Hit h : a.hits()) {
            if (h.kind() == CueKind.WEIGH || h.kind() == CueKind.COST) {
                return true;
            }
        }
        return false;
    }

    /** The model's "stated": nothing is missing, and the words shown are whatever parts the reader did find. */
    static TradeoffReading credited(TradeoffReading rules) {
        return new TradeoffReading(rules.choice(), rules.alternative(), rules.reason(), Set.of(),
                TradeoffReading.Hint.NONE);
    }

    /**
     * Three parts read that do not make one decision: the words stay shown, the reason counts as missing (what was
     * read as the reason is most often a remark, "fragile", "only 30 ms"), and the finding says so in its own words.
     */
    static TradeoffReading withdrawn(TradeoffReading rules) {
        return new TradeoffReading(rules.choice(), rules.alternative(), rules.reason(), Set.of(Part.REASON),
                TradeoffReading.Hint.NOT_ONE_DECISION);
    }
}
