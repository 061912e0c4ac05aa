package org.stageboard.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of terms matched against {@link TextNorm normalised} text.
 *
 * <p>Term syntax: words separated by spaces; in the text they may be separated by spaces or hyphens
 * ("log loss" matches "log-loss"). A word ending in {@code *} is a stem and matches any ending
 * ("retrain*" matches "retraining"). Latin and Cyrillic words must start (and, unless stems, end) on a word
 * boundary, so "vs" does not match "canvas" and "map" does not match "heatmap". Boundaries only look at Latin,
 * Cyrillic and digits, so "AUC" still matches inside Chinese text ("用AUC评估"). Words with Chinese characters
 * are matched as substrings, because Chinese has no spaces between words.
 *
 * <p>Why not one big regex alternation: Java tries every alternative at every position, which cost 10-15 µs per
 * short box and made a 2,000-box board miss a frame. Terms are instead indexed by their first character, and at
 * each position only the few terms that can start there are tried.
 */
public final class Keywords {
    /**
     * A Latin or Cyrillic letter or a digit in normalised (lower-case, NFKC) text. Written as code-point ranges
     * because {@code \\p{IsLatin}} looks the script up by binary search on every character; the ranges cover
     * ASCII, Latin-1, Latin Extended A/B and Additional, and Cyrillic.
     */
    static final String LETTER = "[a-z0-9\\u00c0-\\u024f\\u1e00-\\u1eff\\u0400-\\u052f]";
    private static final String AFTER = "(?!" + LETTER + ")";

    /** Where a term occurs: [start, end) in the searched text. */
    public record Match(int start, int end, String text) {
    }

    private final List<String> terms;
    /** Terms by first character; {@code bounded} ones must start on a word boundary. */
    private final Map<Character, List<Pattern>> bounded = new HashMap<>();
    private final Map<Character, List<Pattern>> free = new HashMap<>();

    private Keywords(List<String> terms) {
        this.terms = List.copyOf(terms);
        for (String t : terms) {
            String n = TextNorm.normalize(t).trim();
            char first = n.charAt(0);
            boolean needsBoundary = !TextNorm.isCjk(n.codePointAt(0)) && Character.isLetterOrDigit(first);
            (needsBoundary ? bounded : free).computeIfAbsent(first, k -> new ArrayList<>())
                    .add(Pattern.compile(toRegex(n)));
        }
    }

    /** Compiles the terms of any number of lists (typically one per language) into one matcher. */
    @SafeVarargs
    public static Keywords of(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return new Keywords(all);
    }

    public List<String> terms() {
        return terms;
    }

    /** True when {@code normalized} (already passed through {@link TextNorm#normalize}) contains a term. */
    public boolean in(String normalized) {
        return find(normalized, 0) != null;
    }

    /** The first term occurrence, as written in the text, or null. */
    public String firstMatch(String normalized) {
        Match m = find(normalized, 0);
        return m == null ? null : m.text();
    }

    /** The leftmost occurrence at or after {@code from} (the first listed term wins a tie), or null. */
    public Match find(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            List<Pattern> candidates = bounded.get(c);
            if (candidates != null && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                Match m = tryAt(candidates, text, i);
                if (m != null) {
                    return m;
                }
            }
            candidates = free.get(c);
            if (candidates != null) {
                Match m = tryAt(candidates, text, i);
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
        Match m = find(text, 0);
        while (m != null) {
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, last, m.start()).append(' ');
            last = m.end();
            m = find(text, Math.max(m.end(), m.start() + 1));
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    private static Match tryAt(List<Pattern> candidates, String text, int at) {
        for (Pattern p : candidates) {
            Matcher m = p.matcher(text).region(at, text.length());
            m.useTransparentBounds(true); // let look-arounds see past the region
            if (m.lookingAt()) {
                return new Match(at, m.end(), m.group());
            }
        }
        return null;
    }

    /** The same test as {@link #LETTER}, without a regex. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= '\u00c0' && c <= '\u024f')
                || (c >= '\u1e00' && c <= '\u1eff') || (c >= '\u0400' && c <= '\u052f');
    }

    /** The regex for one normalised term, without the boundary before its first word (checked by the caller). */
    static String toRegex(String term) {
        String[] words = term.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean stem = w.endsWith("*") && w.length() > 1;
            if (stem) {
                w = w.substring(0, w.length() - 1);
            }
            boolean cjkStart = TextNorm.isCjk(w.codePointAt(0));
            boolean cjkEnd = TextNorm.isCjk(w.codePointBefore(w.length()));
            if (i > 0) {
                sb.append(cjkStart ? "\\s*" : "[\\s\\-]+");
                if (!cjkStart && Character.isLetterOrDigit(w.codePointAt(0))) {
                    sb.append("(?<!").append(LETTER).append(')');
                }
            }
            sb.append(Pattern.quote(w));
            if (stem && !cjkEnd) {
                sb.append(LETTER).append('*');
            } else if (!cjkEnd && Character.isLetterOrDigit(w.codePointBefore(w.length()))) {
                sb.append(AFTER);
            }
        }
        return sb.toString();
    }
}
