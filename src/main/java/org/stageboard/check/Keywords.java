package org.stageboard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of terms compiled into one pattern, matched against {@link TextNorm normalised} text.
 *
 * <p>Term syntax: words separated by spaces; in the text they may be separated by spaces or hyphens
 * ("log loss" matches "log-loss"). A word ending in {@code *} is a stem and matches any ending
 * ("retrain*" matches "retraining"). Latin and Cyrillic words must start (and, unless stems, end) on a word
 * boundary, so "vs" does not match "canvas" and "map" does not match "heatmap". Boundaries only look at Latin,
 * Cyrillic and digits, so "AUC" still matches inside Chinese text ("用AUC评估"). Words with Chinese characters
 * are matched as substrings, because Chinese has no spaces between words.
 */
public final class Keywords {
    static final String LETTER = "[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}]";
    private static final String BEFORE = "(?<!" + LETTER + ")";
    private static final String AFTER = "(?!" + LETTER + ")";

    private final List<String> terms;
    private final Pattern pattern;

    private Keywords(List<String> terms) {
        this.terms = List.copyOf(terms);
        List<String> alternatives = new ArrayList<>();
        for (String t : terms) {
            alternatives.add(toRegex(t));
        }
        this.pattern = Pattern.compile(String.join("|", alternatives));
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
        return pattern.matcher(normalized).find();
    }

    /** The first term occurrence, as written in the text, or null. */
    public String firstMatch(String normalized) {
        Matcher m = pattern.matcher(normalized);
        return m.find() ? m.group() : null;
    }

    /** A matcher over the text, for callers that need positions. */
    public Matcher matcher(String normalized) {
        return pattern.matcher(normalized);
    }

    static String toRegex(String term) {
        String[] words = TextNorm.normalize(term).trim().split("\\s+");
        StringBuilder sb = new StringBuilder("(?:");
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
            }
            if (!cjkStart && Character.isLetterOrDigit(w.codePointAt(0))) {
                sb.append(BEFORE);
            }
            sb.append(Pattern.quote(w));
            if (stem && !cjkEnd) {
                sb.append(LETTER).append('*');
            } else if (!cjkEnd && Character.isLetterOrDigit(w.codePointBefore(w.length()))) {
                sb.append(AFTER);
            }
        }
        return sb.append(')').toString();
    }
}
