package org.stageboard.check.tradeoff;

import java.util.List;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.text.Scripts;

/**
 * A rejection written as a clause of its own after the option and what is wrong with it: "pointwise 对头部位置不敏感，放弃",
 * "realtime scoring at checkout adds 120ms, nope", "Prophet на праздниках промахивается — отказались". The clause before
 * names the option given up at its head and its defect after it: a Latin-named option in Chinese or Russian text ends
 * where the script changes; otherwise the option runs up to the first quality or defect the clause names. With no
 * such split the whole clause is the option given up, and the reason is left to the rest of the box.
 */
final class TrailingRejection {
    private TrailingRejection() {
    }

    static void read(String s, List<Hit> hits, int[] clause, FoundParts found) {
        int split = scriptChange(s, clause);
        if (split < 0) {
            for (Hit h : hits) {
                if ((h.kind() == CueKind.QUALITY || h.kind() == CueKind.DEFECT) && h.start() > clause[0]
                        && h.end() <= clause[1]) {
                    split = h.start();
                    break;
                }
            }
        }
        int[] option = split > 0 ? Spans.trim(s, clause[0], split) : null;
        int[] defect = split > 0 ? Spans.trim(s, split, clause[1]) : null;
        if (option == null || defect == null) {
            found.set(Part.ALTERNATIVE, clause);
        } else {
            found.set(Part.ALTERNATIVE, option);
            found.set(Part.REASON, defect);
        }
        found.altNeedsChoiceFromContext = true;
    }

    /** Where a clause that opens with a Latin name ("pointwise", "Prophet") goes on in Chinese or Cyrillic. */
    private static int scriptChange(String s, int[] clause) {
        int k = clause[0];
        if (k >= clause[1] || !isLatin(s.charAt(k))) {
            return -1;
        }
        while (k < clause[1] && (isLatin(s.charAt(k)) || " -_.0-9".indexOf(s.charAt(k)) >= 0
                || Character.isDigit(s.charAt(k)))) {
            k++;
        }
        if (k >= clause[1]) {
            return -1;
        }
        char c = s.charAt(k);
        return Scripts.isCjk(c) || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC ? k : -1;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
