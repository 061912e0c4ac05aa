package org.stageboard.rehearsal;

import java.util.HashSet;
import java.util.Set;
import org.stageboard.text.Scripts;
import org.stageboard.text.Tokenizer;

/**
 * Whether two questions ask the same thing in other words (a template's "How do you handle cold start for new
 * videos?" and the bank's cold-start question). Bank questions also share a topic key; this catches what topics
 * cannot: template questions are free text. Measured as the overlap of content words relative to the shorter
 * question, so a short question inside a long one counts.
 */
final class NearDuplicates {
    /** Share of the shorter question's content words that must reappear in the other. */
    static final double THRESHOLD = 0.6;
    /** And at least this many words, so two short questions do not collide on one word. */
    static final int MIN_SHARED = 3;
    private static final Set<String> STOP = Set.of("how", "what", "which", "why", "when", "where", "who", "would",
            "you", "your", "do", "does", "did", "the", "and", "or", "of", "to", "in", "for", "on", "with", "is", "are",
            "this", "that", "it", "be", "can", "could", "must", "there", "at", "by", "from", "so", "if", "than",
            "rather", "say", "here", "we", "they", "them", "their", "its", "not", "no", "any", "much", "many",
            "more", "should", "will", "an", "as", "into", "about", "yet", "have", "has", "one", "ones");

    private NearDuplicates() {
    }

    static boolean similar(String a, String b) {
        return similar(words(a), words(b));
    }

    /** The same test on questions already reduced to their {@link #words}. */
    static boolean similar(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= MIN_SHARED && shared.size() >= THRESHOLD * Math.min(x.size(), y.size());
    }

    /** Content words from the shared tokenizer (Chinese segmented), without stop words, short words and a plural "s". */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Tokenizer.words(text)) {
            boolean cjk = Scripts.isCjk(w.codePointAt(0));
            if (cjk ? w.codePointCount(0, w.length()) < 2 : w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            out.add(!cjk && w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
