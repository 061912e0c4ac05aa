package org.stageboard.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One {@link TextNorm normalised} text searched for many terms, one at a time, with the {@link Terms} rules (whole
 * tokens in every script, "retrain*" a stem, words in sequence). Built for callers that ask a text about hundreds
 * of terms, as follow-ups ask a board: one-word Latin and Cyrillic terms are answered from the text's token list,
 * and compiled matchers are shared by every text, since a bank's terms never change.
 */
public final class TermSearch {
    /** Compiled matchers by their "|"-joined normalised terms, shared by every text. */
    private static final Map<String, Terms> COMPILED = new ConcurrentHashMap<>();

    /** One Latin or Cyrillic word, or a stem of one: the bulk of a bank's terms, answered from the token list. */
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}]+\\*?");

    private final String text;
    /** The text's Latin and Cyrillic words in order, each once; Chinese is left to {@link Terms}. */
    private final List<String> words;

    /** @param normalized text already passed through {@link TextNorm#normalize} */
    public TermSearch(String normalized) {
        this.text = normalized == null ? "" : normalized;
        Set<String> seen = new LinkedHashSet<>();
        for (Tokenizer.Token t : new Tokenizer(Segmenter.DEFAULT).split(text)) {
            if (!t.cjk()) {
                seen.add(t.text());
            }
        }
        this.words = List.copyOf(seen);
    }

    /** The normalised text searched. */
    public String text() {
        return text;
    }

    /** The words of the text that match {@code term} (raw; normalised here), as the text has them; empty if none. */
    public Optional<String> find(String term) {
        String t = term == null ? "" : term.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String n = TextNorm.normalize(t);
        if (ONE_WORD.matcher(n).matches()) {
            // the same answer Terms gives for one word, without scanning the text again for each of ~1,000 terms
            boolean stem = n.endsWith("*");
            String w = stem ? n.substring(0, n.length() - 1) : n;
            return words.stream().filter(x -> stem ? x.startsWith(w) : x.equals(w)).findFirst();
        }
        String firstWord = n.split("[\\s*]+")[0];
        if (!text.contains(firstWord)) {
            return Optional.empty(); // cheap and certain: the matcher would look for these very characters
        }
        return Optional.ofNullable(compiled(List.of(n)).firstMatch(text));
    }

    /** One matcher for these normalised terms, compiled once and shared. */
    public static Terms compiled(List<String> normalizedTerms) {
        return COMPILED.computeIfAbsent(String.join("|", normalizedTerms), x -> Terms.of(normalizedTerms));
    }
}
