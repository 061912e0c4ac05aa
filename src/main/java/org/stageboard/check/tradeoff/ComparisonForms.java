package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import org.stageboard.check.tradeoff.CueScanner.Hit;

/** Comparisons: "X beats Y", "X 不如 Y", "X cheaper than Y", "compared with Y, X …", "X надёжнее Y". */
final class ComparisonForms extends ClauseReader {
    ComparisonForms(ClauseReader same) {
        super(same);
    }

    /** "X beats Y", "X > Y", "X 优于 Y": choice on the left; on the right the alternative, or the ground of the win. */
    void beats(int i) {
        int[] l = left(i, true);
        int[] r = right(i);
        if (l != null || r != null) {
            found.set(Part.CHOICE, l);
            boolean on = r != null && (s.startsWith("on ", r[0]) || s.startsWith("in ", r[0]));
            int ground = r == null || on ? -1 : groundOfTheWin(r);
            if (ground > 0) { // "X wins over Y on AUC", "X бьёт Y по recall": the ground is the reason
                found.set(Part.ALTERNATIVE, trim(s, r[0], ground));
                found.set(Part.REASON, trim(s, ground, r[1]));
            } else {
                found.set(on ? Part.REASON : Part.ALTERNATIVE, r);
            }
        }
    }

    /** Where "on"/"по"/"在" opens the ground of a win inside span {@code r} ("LR on AUC"), or -1. */
    int groundOfTheWin(int[] r) {
        for (String w : new String[] {" on ", " по ", " in "}) {
            int at = s.indexOf(w, r[0]);
            if (at > r[0] && at + w.length() < r[1]) {
                return at + 1;
            }
        }
        return -1;
    }

    /** "X < Y", "X 不如 Y", "drop Y in favour of X": alternative on the left, choice on the right. */
    void loses(int i, String cue) {
        Hit h = hits.get(i);
        int[] l = left(i, true);
        int[] r = right(i);
        if (l != null && r != null) {
            found.set(Part.ALTERNATIVE, l);
            found.set(Part.CHOICE, r);
            if (!SWAP_ONLY.contains(cue)) {
                found.set(Part.REASON, new int[] {h.start(), h.end()});
            }
        }
    }

    /** "X cheaper than Y", "X 比 Y 便宜", "X дешевле, чем Y": the comparative is the reason. */
    void than(int i, String cue) {
        Hit h = hits.get(i);
        if (cue.equals("比")) {
            int[] l = left(i, false);
            int q = h.end() + 1; // the compared option has at least one character: "比大模型快"
            while (q < sentence.end() && ZH_QUALITY_HEADS.indexOf(s.charAt(q)) < 0 && !CueContext.signedMeasureAt(s, q)) {
                q++;
            }
            int[] alt = trim(s, h.end(), q);
            if (l != null && alt != null) {
                found.set(Part.CHOICE, l);
                found.set(Part.ALTERNATIVE, alt);
                int[] why = trim(s, q, clauseEnd(q));
                if (why != null && !BARE_VERDICTS.contains(s.substring(why[0], why[1]))) {
                    found.set(Part.REASON, why); // "比 IVF 强" says which wins, not why
                }
            }
            return;
        }
        int[] r = right(i);
        int[] l = left(i, true);
        if (r == null || l == null) {
            return;
        }
        // the word just before "than" is the comparative ("cheaper", "дешевле"); "more accurate" keeps two
        int cut = l[1];
        while (cut > l[0] && CueScanner.isWordChar(s.charAt(cut - 1))) {
            cut--;
        }
        String before = CueContext.wordBefore(s, cut);
        if (before.equals("more") || before.equals("less") || before.equals("более") || before.equals("менее")) {
            cut = s.lastIndexOf(before, cut);
        }
        int[] choice = trim(s, l[0], cut);
        if (choice == null && l[0] > sentence.start()) {
            // "Real-time scoring, cheaper than a GPU farm": the subject is the clause before
            int b = clauseOrSentenceStartBefore(l[0]) - 1;
            if (b >= sentence.start()) {
                choice = trim(s, clauseOrSentenceStartBefore(b), b);
            }
        }
        found.set(Part.ALTERNATIVE, r);
        found.set(Part.REASON, new int[] {cut, l[1]});
        if (choice != null && !isPronoun(choice)) {
            found.set(Part.CHOICE, stripLinkingVerb(choice));
        } else {
            found.altNeedsChoiceFromContext = true; // "Online on 3 servers; cheaper than batch rebuilds."
        }
    }

    /** "X: unlike Y, no GPU needed", "compared with Y, X is cheaper": the alternative follows the cue. */
    void versusNamed(int i) {
        Hit h = hits.get(i);
        int[] r = right(i);
        if (r != null) {
            found.set(Part.ALTERNATIVE, r);
            boolean leading = s.substring(sentence.start(), h.start()).isBlank();
            int[] l = leading ? null : left(i, true);
            int[] next = nextClause(r[1]);
            if (l != null && next != null) {
                found.set(Part.REASON, next); // "X: unlike Y, no GPU needed"
                next = null;
            }
            found.set(Part.CHOICE, l != null ? l : next);
            if (next != null) { // "compared with Y, X is cheaper": the quality inside X is the reason
                for (Hit q : hits) {
                    if (q.kind() == CueKind.QUALITY && inside(q, next)) {
                        found.set(Part.REASON, new int[] {q.start(), next[1]});
                        break;
                    }
                }
            }
        }
    }

    /** "X надёжнее случайного", "полнота важнее точности": a Russian comparative before a noun names both. */
    void ruComparative(int i, String cue) {
        if (!RU_COMPARATIVE.matcher(cue).matches() || cue.equals("более") || cue.equals("менее")) {
            return;
        }
        Hit h = hits.get(i);
        String next = CueContext.wordAfter(s, h.end());
        if (next.isEmpty() || Character.isDigit(next.charAt(0)) || RU_NOT_NOUN.contains(next)
                || s.substring(h.end()).startsWith(",")) {
            return;
        }
        int[] l = left(i, true);
        int[] r = right(i);
        if (l != null && r != null) {
            found.set(Part.CHOICE, l);
            found.set(Part.ALTERNATIVE, r);
            found.set(Part.REASON, new int[] {h.start(), h.end()});
        }
    }
}
