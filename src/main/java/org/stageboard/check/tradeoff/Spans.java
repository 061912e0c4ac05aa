package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.TradeoffReader.PRONOUNS;

import java.util.List;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.text.Scripts;

/** Spans of normalised text as [start, end) offsets: trimming them, and whether they hold real content. */
final class Spans {
    private Spans() {
    }

    /** [a, b) without surrounding spaces and punctuation, or null when nothing is left. */
    static int[] trim(String s, int a, int b) {
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != ')'
                && s.charAt(b - 1) != '%') {
            b--;
        }
        return a < b ? new int[] {a, b} : null;
    }

    /**
     * [a, b) widened to whole Latin/Cyrillic words: a restated option is found by its stem ("proph" of "prophet"),
     * and the span shown must be the word as written ("Prophet", not "Proph").
     */
    static int[] wholeWords(String s, int a, int b) {
        while (a > 0 && a < s.length() && Scripts.isWordChar(s.charAt(a)) && Scripts.isWordChar(s.charAt(a - 1))) {
            a--;
        }
        while (b > a && b < s.length() && Scripts.isWordChar(s.charAt(b - 1)) && Scripts.isWordChar(s.charAt(b))) {
            b++;
        }
        return new int[] {a, b};
    }

    /** Real content: a Chinese character, or a Latin/Cyrillic word of two letters or a number, not a pronoun or cue only. */
    static boolean hasContent(String s, int a, int b, List<Hit> hits) {
        int i = a;
        while (i < b) {
            char c = s.charAt(i);
            if (Scripts.isCjk(c)) {
                if (!coveredByCue(hits, i, CueKind.DEFER)) {
                    return true;
                }
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int e = i;
                while (e < b && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '\'')) {
                    e++;
                }
                String w = s.substring(i, e);
                boolean variant = i > 0 && s.charAt(i - 1) == '-'; // "YOLOv8-n instead of -m"
                if ((w.length() >= 2 || Character.isDigit(c) || variant) && !PRONOUNS.contains(w)
                        && !coveredByCue(hits, i, CueKind.DEFER)) {
                    return true;
                }
                i = e;
                continue;
            }
            i++;
        }
        return false;
    }

    static boolean coveredByCue(List<Hit> hits, int pos, CueKind kind) {
        for (Hit h : hits) {
            if (h.kind() == kind && h.start() <= pos && pos < h.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Hit h, int[] span) {
        return span != null && h.start() >= span[0] && h.end() <= span[1];
    }

    static boolean insideAny(Hit h, List<int[]> spans) {
        for (int[] sp : spans) {
            if (inside(h, sp)) {
                return true;
            }
        }
        return false;
    }
}
