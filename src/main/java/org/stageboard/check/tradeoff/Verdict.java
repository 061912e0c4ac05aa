package org.stageboard.check.tradeoff;

import java.util.Set;

/**
 * Turns an analysis into the reading the checker shows. The structural reader finds the words that are the choice,
 * the alternative and the reason; the learned {@link TradeoffModel} then decides whether they make one stated
 * trade-off, whenever the reader found at least one part to show. Both ways matter on fresh writing: the reader's
 * structures miss phrasings nobody on the team wrote (the model credits many of them), and they also assemble three
 * "parts" out of a near miss ("GBDT works well but the pipeline is fragile"), which the model turns down. On
 * leave-one-set-out over the corpus files this gained 2-3 points of precision on the two sets no rule was tuned on
 * at a cost of one point of recall (README, trade-off accuracy); a trade-off the writer announced ("trade-off:",
 * "at the cost of") keeps its full reading. A text where nothing was read is never credited:
 * the panel would have nothing to show for it. The words read as choice, alternative and reason always come from
 * the reader.
 */
final class Verdict {
    /** Whether the learned model decides (off: the hand rules alone). */
    static final boolean USE_MODEL = true;

    /** The model is asked once the reader found this many parts, so a credited box always shows words read. */
    static final int ASKS_MODEL_FROM = 1;

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
