package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import org.stageboard.check.tradeoff.CueScanner.Hit;

/** Prices and contrasts: "at the cost of", "trade Y for Z", "ценой", "为代价", "fresher but pricier", "准但慢". */
final class CostForms extends ClauseReader {
    CostForms(ClauseReader same) {
        super(same);
    }

    /** "X at the cost of Y", "Downside of X: …", "trade Y for Z", "以 Y 为代价": a frame that names the price. */
    void cost(int i, String cue) {
        Hit h = hits.get(i);
        if (costFrame(i, cue)) {
            return;
        }
        int[] l = left(i, true);
        int[] r = right(i);
        if (r != null && (l != null || h.start() > sentence.start())) {
            found.set(Part.CHOICE, l != null && !isPronoun(l) ? l : r);
            found.set(Part.ALTERNATIVE, r);
            found.set(Part.REASON, new int[] {h.start(), h.end()});
        } else if (r != null) {
            // "Downside of on-device: updates ship with releases": the frame names choice and price
            int[] rest = toSentenceEnd(h.end());
            int[] price = nextClause(r[1]);
            found.set(Part.CHOICE, stripOf(r));
            found.set(Part.ALTERNATIVE, price != null ? price : rest);
            found.set(Part.REASON, new int[] {h.start(), rest[1]});
        }
    }

    /**
     * "trade some accuracy for latency" (price, then gain) and "以召回率为代价换取精确率" (price before the cue):
     * frames whose halves are not choice-then-alternative.
     */
    boolean costFrame(int i, String cue) {
        Hit h = hits.get(i);
        if (cue.startsWith("trad")) {
            int end = clauseEnd(h.end());
            int f = s.indexOf(" for ", h.end());
            if (f < 0 || f >= end) {
                return false;
            }
            int[] price = trim(s, h.end(), f);
            int[] gain = trim(s, f + 5, end);
            if (price != null && gain != null) {
                found.set(Part.ALTERNATIVE, price);
                found.set(Part.REASON, gain);
                int[] by = trim(s, Math.max(gain[0], s.indexOf(" by ", gain[0]) + 4), gain[1]);
                found.set(Part.CHOICE, s.indexOf(" by ", gain[0]) >= 0 && by != null ? by : gain);
            }
            return true;
        }
        if (cue.equals("为代价")) {
            int[] price = left(i, false);
            int[] gain = trim(s, h.end(), clauseEnd(h.end()));
            if (gain != null && (s.startsWith("换取", gain[0]) || s.startsWith("换来", gain[0]))) {
                gain = trim(s, gain[0] + 2, gain[1]);
            }
            if (price != null && s.charAt(price[0]) == '以') {
                price = trim(s, price[0] + 1, price[1]);
            }
            if (price != null) {
                found.set(Part.ALTERNATIVE, price);
                found.set(Part.REASON, new int[] {h.start(), gain != null ? gain[1] : h.end()});
                found.set(Part.CHOICE, gain != null ? gain : left(i, true));
            }
            return true;
        }
        if (PRICE_OF.contains(cue)) {
            // "X adds 90 ms — that's the price of catching fraud first": X with its price, then what it buys
            int[] done = left(i, true);
            int[] gain = trim(s, s.startsWith(" of", h.end()) ? h.end() + 3 : h.end(), clauseEnd(h.end()));
            if (done != null && gain != null) {
                found.set(Part.CHOICE, done);
                found.set(Part.ALTERNATIVE, measureIn(done));
                found.set(Part.REASON, gain);
            }
            return true;
        }
        return false;
    }

    /** Cues that call what came before the price of what follows. */
    private static final java.util.Set<String> PRICE_OF = java.util.Set.of("это цена того, что", "это цена того что",
            "цена того, что", "the price of", "that's the price", "thats the price", "price we pay");

    /** The measure inside {@code span} ("90 мс"), the price paid; else the whole span. */
    private int[] measureIn(int[] span) {
        for (Hit q : hits) {
            if (q.kind() == CueKind.QUALITY && q.start() >= span[0] && q.end() <= span[1]
                    && s.substring(q.start(), q.end()).chars().anyMatch(Character::isDigit)) {
                return new int[] {q.start(), q.end()};
            }
        }
        return span;
    }

    /** "fresher but pricier", "准但慢", "точнее, но дороже": a bare "but" with no qualities weighs nothing. */
    void contrast(int i) {
        Hit h = hits.get(i);
        Hit before = null;
        Hit after = null;
        for (Hit q : hits) {
            if (q.kind() != CueKind.QUALITY && q.kind() != CueKind.DEFECT
                    || isMetricNoun(s.substring(q.start(), q.end()))) {
                continue; // "precision matters but so does recall" weighs nothing
            }
            if (q.end() <= h.start() && q.start() >= sentence.start()) {
                before = q;
            } else if (q.start() >= h.end() && after == null && q.start() < clauseEnd(h.end()) + 1) {
                after = q;
            }
        }
        if (before == null || after == null || deferredClause(after)) {
            return;
        }
        int subjectStart = clauseOrSentenceStartBefore(before.start());
        int[] subject = trim(s, subjectStart, before.start());
        found.set(Part.CHOICE, subject != null ? stripLinkingVerb(subject) : new int[] {before.start(),
            before.end()});
        found.set(Part.REASON, new int[] {before.start(), h.start()});
        found.set(Part.ALTERNATIVE, trim(s, h.start(), clauseEnd(after.end())));
    }
}
