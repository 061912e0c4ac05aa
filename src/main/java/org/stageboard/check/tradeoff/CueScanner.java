package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cues of a {@link Lexicon} in normalised text, left to right, longest cue first and without overlaps
 * ("rather than" is one PREFER cue, not "rather" plus a THAN). Cues are indexed by their first character, so each
 * position tries only the few cues that can start there: a short box is scanned in a few microseconds.
 */
final class CueScanner {
    /** One cue found in the text: [start, end) and its kind. */
    record Hit(CueKind kind, int start, int end) {
    }

    private record Term(String text, CueKind kind, boolean stem, boolean bounded) {
    }

    /** Terms by their first two characters (one-character terms under the character and '\0'). */
    private final Map<Integer, List<Term>> byStart = new HashMap<>();

    CueScanner(List<Map<CueKind, List<String>>> lexicons) {
        for (Map<CueKind, List<String>> lex : lexicons) {
            lex.forEach((kind, terms) -> {
                for (String t : terms) {
                    boolean stem = t.endsWith("*");
                    String body = stem ? t.substring(0, t.length() - 1) : t;
                    boolean bounded = isWordChar(body.charAt(0));
                    byStart.computeIfAbsent(key(body, 0), k -> new ArrayList<>())
                            .add(new Term(body, kind, stem, bounded));
                }
            });
        }
        // longest first, so "rather than" wins over "rather" and "不如" over "不"
        byStart.values().forEach(l -> l.sort(Comparator.comparingInt((Term t) -> t.text.length()).reversed()));
    }

    /** Every cue in {@code text}, in order, none overlapping; {@code guard} may veto a cue in its context. */
    List<Hit> scan(String text, CueGuards guard) {
        List<Hit> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Hit hit = null;
            boolean startsWord = i == 0 || !isWordChar(text.charAt(i - 1));
            char c = text.charAt(i);
            if (!startsWord && isWordChar(c)) {
                i++; // inside a Latin or Cyrillic word no cue can start
                continue;
            }
            hit = tryAt(text, i, byStart.get(key(text, i)), guard, startsWord);
            if (hit == null && i + 1 < text.length()) {
                hit = tryAt(text, i, byStart.get((int) c << 16), guard, startsWord);
            }
            if (hit != null) {
                out.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The two-character key of the text at {@code i}; a one-character term is keyed by its character alone. */
    private static int key(String text, int i) {
        char c = text.charAt(i);
        return i + 1 < text.length() ? (c << 16) | text.charAt(i + 1) : c << 16;
    }

    private static Hit tryAt(String text, int i, List<Term> candidates, CueGuards guard, boolean startsWord) {
        if (candidates == null) {
            return null;
        }
        for (Term t : candidates) {
            if (t.bounded && !startsWord) {
                continue;
            }
            int end = matchEnd(text, i, t);
            CueKind kind = end > 0 ? guard.kindOf(t.kind, text, i, end) : null;
            if (kind != null) {
                return new Hit(kind, i, end);
            }
        }
        return null;
    }

    /** Where term {@code t} ends when it occurs at {@code at}, or -1. */
    private static int matchEnd(String text, int at, Term t) {
        int len = t.text.length();
        if (!text.startsWith(t.text, at)) {
            return -1;
        }
        int end = at + len;
        char last = t.text.charAt(len - 1);
        if (t.stem) {
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            return end;
        }
        if (isWordChar(last) && end < text.length() && isWordChar(text.charAt(end))) {
            return -1; // a whole word: "over" is not "overview", "не" is not "нет"
        }
        return end;
    }

    /** A Latin or Cyrillic letter or a digit: cues made of these match whole words only. Chinese has no spaces. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= '\u00c0' && c <= '\u024f')
                || (c >= '\u0400' && c <= '\u052f') || c == '\'';
    }
}
