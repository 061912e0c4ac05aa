package org.stageboard.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of terms matched as whole words against {@link TextNorm normalised} text, in English, Chinese and Russian.
 *
 * <p>Term syntax: words separated by spaces; in the text they may be separated by spaces or hyphens ("log loss"
 * matches "log-loss"). A word ending in {@code *} is a stem and matches any ending ("retrain*" matches
 * "retraining", "метк*" matches "метки"); every other word must match a whole token, so "feed" does not match
 * "feedback", "like" does not match "likely" and "vs" does not match "canvas". Boundaries only look at Latin,
 * Cyrillic and digits, so "AUC" still matches inside Chinese text ("用AUC评估"). Chinese has no spaces, so a Chinese
 * term must start and end on a word boundary of the {@link Segmenter} (the shipped word list plus this list's own
 * terms): 流 does not match inside 流失, 人工 not inside 人工智能.
 *
 * <p>Why not one big regex alternation: Java tries every alternative at every position, which cost 10-15 µs per
 * short box and made a 2,000-box board miss a frame. Terms are instead indexed by their first character, and at
 * each position only the few terms that can start there are tried; Chinese text is segmented only around a
 * candidate match.
 */
public class Terms {
    private static final String AFTER = "(?!" + Scripts.LETTER + ")";
    /** What separates a term's words ({@code String.split("\\s+")} compiled this pattern again for every term). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Where a term occurs: [start, end) in the searched text, and the text found there. */
    public record Match(int start, int end, String text) {
    }

    /**
     * One term; {@code openEnd} when it ends in a stem and so may end inside a word. Its pattern is compiled the first
     * time text offers its first character: a check's first run compiled all of several thousand terms, most of which
     * a board never reaches (the other languages' terms, above all). Patterns are immutable, so threads that race to
     * compile one each get an equal one.
     */
    private static final class Compiled {
        /** The normalised term. */
        private final String term;
        private final boolean openEnd;
        private volatile Pattern pattern;

        Compiled(String term, boolean openEnd) {
            this.term = term;
            this.openEnd = openEnd;
        }

        Pattern pattern() {
            Pattern p = pattern;
            if (p == null) {
                p = Pattern.compile(toRegex(term));
                pattern = p;
            }
            return p;
        }

        boolean openEnd() {
            return openEnd;
        }
    }

    private final List<String> terms;
    /** Terms by first character; {@code bounded} ones must start on a Latin/Cyrillic word boundary. */
    private final Map<Character, List<Compiled>> bounded = new HashMap<>();
    private final Map<Character, List<Compiled>> free = new HashMap<>();
    /** Characters some term starts with: one bit test per position spares the map look-up (and its boxing). */
    private final BitSet starts = new BitSet(1 << 16);
    private final Segmenter segmenter;

    protected Terms(List<String> terms) {
        this.terms = List.copyOf(terms);
        List<String> cjkWords = new ArrayList<>();
        for (String t : terms) {
            String n = TextNorm.normalize(t).trim();
            if (n.isEmpty()) {
                throw new IllegalArgumentException("blank term");
            }
            char first = n.charAt(0);
            boolean needsBoundary = !Scripts.isCjk(n.codePointAt(0)) && Character.isLetterOrDigit(first);
            starts.set(first);
            (needsBoundary ? bounded : free).computeIfAbsent(first, k -> new ArrayList<>())
                    .add(new Compiled(n, n.endsWith("*") && n.length() > 1));
            if (n.codePoints().anyMatch(Scripts::isCjk)) { // the other terms have no Chinese words to add
                for (String w : SPACES.split(n)) {
                    cjkWords.addAll(cjkRuns(w.replace("*", "")));
                }
            }
        }
        this.segmenter = Segmenter.DEFAULT.with(cjkWords);
    }

    /** Compiles the terms of any number of lists (typically one per language) into one matcher. */
    @SafeVarargs
    public static Terms of(List<String>... lists) {
        return new Terms(concat(lists));
    }

    @SafeVarargs
    protected static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** The terms as written. */
    public List<String> terms() {
        return terms;
    }

    /** True when {@code normalized} (already passed through {@link TextNorm#normalize}) contains a term. */
    public boolean in(String normalized) {
        return find(normalized, 0) != null;
    }

    /** True when raw (not yet normalised) text contains a term. */
    public boolean matches(String raw) {
        return in(TextNorm.normalize(raw));
    }

    /** The first term occurrence, as written in the text, or null. */
    public String firstMatch(String normalized) {
        Match m = find(normalized, 0);
        return m == null ? null : m.text();
    }

    /** Every non-overlapping occurrence, left to right. */
    public List<Match> findAll(String normalized) {
        List<Match> out = new ArrayList<>();
        RunCuts runs = new RunCuts();
        Match m = find(normalized, 0, runs);
        while (m != null) {
            out.add(m);
            m = find(normalized, Math.max(m.end(), m.start() + 1), runs);
        }
        return out;
    }

    /** The leftmost occurrence at or after {@code from} (the first listed term wins a tie), or null. */
    public Match find(String text, int from) {
        return find(text, from, new RunCuts());
    }

    /** {@link #find(String, int)} reusing the segmentation of earlier searches in the same text. */
    private Match find(String text, int from, RunCuts runs) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!starts.get(c)) {
                continue;
            }
            List<Compiled> candidates = bounded.get(c);
            if (candidates != null && (i == 0 || !Scripts.isWordChar(text.charAt(i - 1)))) {
                Match m = tryAt(candidates, text, i, runs);
                if (m != null) {
                    return m;
                }
            }
            candidates = free.get(c);
            if (candidates != null) {
                Match m = tryAt(candidates, text, i, runs);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The text with every occurrence replaced by a space. */
    public String strip(String text) {
        StringBuilder sb = null;
        int last = 0;
        RunCuts runs = new RunCuts();
        Match m = find(text, 0, runs);
        while (m != null) {
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, last, m.start()).append(' ');
            last = m.end();
            m = find(text, Math.max(m.end(), m.start() + 1), runs);
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    private Match tryAt(List<Compiled> candidates, String text, int at, RunCuts runs) {
        Boolean startsWord = null; // segmenting costs more than a failed regex: only asked once a term matches
        for (Compiled c : candidates) {
            Matcher m = c.pattern().matcher(text).region(at, text.length());
            m.useTransparentBounds(true); // let look-arounds see past the region
            if (!m.lookingAt()) {
                continue;
            }
            if (startsWord == null) {
                startsWord = !Scripts.isCjk(text.codePointAt(at)) || runs.isCut(text, at);
            }
            if (!startsWord) {
                return null; // a Chinese term must start a word
            }
            int end = m.end();
            if (!c.openEnd() && end > at && Scripts.isCjk(text.codePointBefore(end)) && !runs.isCut(text, end)) {
                continue; // ends inside a Chinese word
            }
            return new Match(at, end, m.group());
        }
        return null;
    }

    /** Segments the Chinese run around a position once per search, as candidate matches ask. */
    private final class RunCuts {
        private int start = -1;
        private int end = -1;
        private BitSet cuts;

        /** True when {@code pos} is a word boundary for Chinese text (anything not inside a Chinese run is). */
        boolean isCut(String text, int pos) {
            boolean cjkBefore = pos > 0 && Scripts.isCjk(text.codePointBefore(pos));
            boolean cjkAfter = pos < text.length() && Scripts.isCjk(text.codePointAt(pos));
            if (!cjkBefore || !cjkAfter) {
                return true;
            }
            if (pos <= start || pos >= end) {
                start = pos;
                while (start > 0 && Scripts.isCjk(text.codePointBefore(start))) {
                    start -= Character.charCount(text.codePointBefore(start));
                }
                end = pos;
                while (end < text.length() && Scripts.isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                cuts = segmenter.cuts(text, start, end);
            }
            return cuts.get(pos - start);
        }
    }

    private static List<String> cjkRuns(String word) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            int j = i;
            while (j < word.length() && Scripts.isCjk(word.codePointAt(j))) {
                j += Character.charCount(word.codePointAt(j));
            }
            if (j > i) {
                out.add(word.substring(i, j));
                i = j;
            } else {
                i += Character.charCount(word.codePointAt(i));
            }
        }
        return out;
    }

    /** The regex for one normalised term, without the boundary before its first word (checked by the caller). */
    static String toRegex(String term) {
        String[] words = SPACES.split(term);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean stem = w.endsWith("*") && w.length() > 1;
            if (stem) {
                w = w.substring(0, w.length() - 1);
            }
            boolean cjkStart = Scripts.isCjk(w.codePointAt(0));
            boolean cjkEnd = Scripts.isCjk(w.codePointBefore(w.length()));
            if (i > 0) {
                sb.append(cjkStart ? "\\s*" : "[\\s\\-]+");
                if (!cjkStart && Character.isLetterOrDigit(w.codePointAt(0))) {
                    sb.append("(?<!").append(Scripts.LETTER).append(')');
                }
            }
            sb.append(Pattern.quote(w));
            if (stem && !cjkEnd) {
                sb.append(Scripts.LETTER).append('*');
            } else if (!cjkEnd && Character.isLetterOrDigit(w.codePointBefore(w.length()))) {
                sb.append(AFTER);
            }
        }
        return sb.toString();
    }
}
