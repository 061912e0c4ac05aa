package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import org.stageboard.check.tradeoff.CueScanner.Hit;

/** Reasons: defects of the rejected option, "because"/"т.к."/"因为", "so"/"поэтому"/"所以", and a reason after a mark. */
final class ReasonForms extends ClauseReader {
    ReasonForms(ClauseReader same) {
        super(same);
    }

    /** "Y too slow", "Y would miss fraud": the defect is the reason, its subject a rejected option. */
    void defect(int i) {
        Hit h = hits.get(i);
        int end = clauseEnd(h.end());
        found.set(Part.REASON, trim(s, h.start(), end));
        int[] subject = left(i, true);
        if (subject != null && !isPronoun(subject) && !avoids(subject)
                && !Lookalikes.errorOutcome(s.substring(subject[0], subject[1]))
                && !Lookalikes.scarceData(s.substring(subject[0], subject[1]), s.substring(h.start(), Math.max(h.end(), end)))) {
            found.set(Part.ALTERNATIVE, subject);
            found.altNeedsChoiceFromContext = true;
        }
    }

    /** "because Z", "т.к. Z", "因为 Z"; "otherwise Z" also weighs not-X. */
    void reason(int i, String cue) {
        Hit h = hits.get(i);
        int[] r = reasonToSentenceEnd(h.end());
        if (r != null) {
            found.set(Part.REASON, r);
            if (OTHERWISE.contains(cue)) {
                found.set(Part.ALTERNATIVE, r); // "X, else recruiters get spammed": not-X is weighed
                found.altNeedsChoiceFromContext = true;
            } else if (found.alternative == null) {
                // "uplift model, since a response model hands out discounts …": the reason names the option given up
                int[] chosen = found.choice != null ? found.choice : left(i, true);
                int[] sibling = SiblingReason.in(s, chosen, r, cue);
                if (sibling != null) {
                    found.set(Part.CHOICE, chosen);
                    found.set(Part.ALTERNATIVE, sibling);
                }
            }
        }
    }

    /** "Z, so X", "Z 所以 X": the reason before, the choice after (or, once both options are read, the reason after). */
    void consequence(int i, String cue) {
        Hit h = hits.get(i);
        int[] r = right(i);
        int[] l = left(i, true);
        if (OTHERWISE.contains(cue) || found.choice != null && found.alternative != null) {
            // "X instead of Y, so we can explain it": what follows is the reason
            found.set(Part.REASON, toSentenceEnd(h.end()));
            if (OTHERWISE.contains(cue)) {
                found.set(Part.ALTERNATIVE, toSentenceEnd(h.end()));
                found.altNeedsChoiceFromContext = true;
            }
        } else if (l != null || found.reason != null) {
            found.set(Part.REASON, l); // "Y too slow (300 ms), so X": the reason may have been read already
            found.set(Part.CHOICE, r);
        }
    }

    /**
     * "X, not Y: cheaper", "X (Y needs 10x the data)", "X, а не Y — дешевле": content after a colon, dash,
     * bracket or arrow that follows the alternative is its reason.
     */
    void punctuationReason() {
        // the choice may sit in the clause before a rejection ("按周重训，不按天——商城周四才上新") and is then read
        // from the context after this sentence: the reason after the rejected option is still this sentence's
        if (found.reason != null || found.alternative == null
                || found.choice == null && !found.altNeedsChoiceFromContext) {
            return;
        }
        int from = found.choice == null ? found.alternative[1] : Math.max(found.alternative[1], found.choice[1]);
        for (int k = from; k < sentence.end(); k++) {
            char c = s.charAt(k);
            boolean mark = ":：(（—–→⇒,，;；".indexOf(c) >= 0 || s.startsWith("->", k) || s.startsWith("=>", k)
                    || s.startsWith(" - ", k);
            if (mark && found.choice == null && "(（,，;；".indexOf(c) >= 0) {
                return; // with the choice in another clause only a colon, dash or arrow introduces the reason: a
                        // bracket or comma after "dropped queries typed by < 5 users (privacy)" describes data
            }
            int close = "(（".indexOf(c) >= 0 ? clauseEndAfterMark(k + 1) : -1;
            if (close > k && close < sentence.end() && BoxLookalikes.onlyACount(s, new int[] {k + 1, close}, hits)) {
                k = close; // round 24: "模糊匹配 (差 1 位)" sets the choice; a reason may still follow
                continue;
            }
            if (mark) {
                int a = k + (s.startsWith(" - ", k) ? 3 : s.startsWith("->", k) || s.startsWith("=>", k) ? 2 : 1);
                int[] span = trim(s, a, clauseEndAfterMark(a));
                if (span != null && hasContent(s, span[0], span[1], defers) && !deferredReason(span, span[0])
                        && !restatesAnOption(span) && ADDITIONS.stream().noneMatch(w -> s.startsWith(w, span[0]))
                        && !(",，".indexOf(c) >= 0 && namesAnotherOption(span[0]))) {
                    found.set(Part.REASON, span);
                }
                return;
            }
        }
    }

    /**
     * "1D-CNN over raw windows, not the hand-made feats": a clause after a comma that opens with a rejection or a
     * preference names one more option given up, not why (after a colon it may be the reason: "…: no references").
     */
    private boolean namesAnotherOption(int at) {
        for (Hit h : hits) {
            if (h.start() == at && (h.kind() == CueKind.PREFER || h.kind() == CueKind.REJECT)) {
                return true;
            }
        }
        return false;
    }

    /** "Batch vs online: batch, …": a clause that only repeats an option is the choice, not a reason. */
    private boolean restatesAnOption(int[] span) {
        String t = s.substring(span[0], span[1]);
        if (t.length() > 24) {
            return false;
        }
        for (int[] o : found.options) {
            if (s.substring(o[0], o[1]).contains(t)) {
                return true;
            }
        }
        return found.choice != null && s.substring(found.choice[0], found.choice[1]).contains(t);
    }

    private int clauseEndAfterMark(int a) {
        for (int k = a; k < sentence.end(); k++) {
            if (")）;；".indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return sentence.end();
    }
}
