package org.stageboard.rehearsal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;
import org.stageboard.text.Segmenter;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;
import org.stageboard.text.Tokenizer;

/**
 * What a board says, normalised ({@link TextNorm}), and the whole-token search follow-ups run on it. Left out:
 * hints (guidance, not the candidate's answer) and what the app wrote by itself ({@link SeededText}: the
 * template's "feedback" arrow, stage names on practice boxes).
 */
public final class BoardText implements BoardTerms {
    /** Compiled terms, shared by every board: a bank has a few hundred and they never change. */
    private static final Map<String, Terms> COMPILED = new ConcurrentHashMap<>();

    /** One Latin or Cyrillic word, or a stem of one: the bulk of a bank's terms, answered from the token list. */
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}]+\\*?");

    private final String text;
    /** The board's Latin and Cyrillic words in order, each once; Chinese is left to {@link Terms}. */
    private final List<String> words;

    public BoardText(Board board) {
        StringBuilder sb = new StringBuilder();
        add(sb, board.title());
        add(sb, board.prompt());
        for (Node n : board.nodes()) {
            if (!SeededText.isSeededTitle(n.title())) {
                add(sb, n.title());
            }
            add(sb, n.text());
            for (TradeOff t : n.tradeoffs()) {
                add(sb, t.choice());
                t.over().forEach(o -> add(sb, o));
                add(sb, t.because());
            }
        }
        for (Edge e : board.edges()) {
            if (!SeededText.isSeededArrowLabel(e.label())) {
                add(sb, e.label());
            }
        }
        this.text = TextNorm.normalize(sb.toString());
        Set<String> seen = new LinkedHashSet<>();
        for (Tokenizer.Token t : new Tokenizer(Segmenter.DEFAULT).split(text)) {
            if (!t.cjk()) {
                seen.add(t.text());
            }
        }
        this.words = List.copyOf(seen);
    }

    private static void add(StringBuilder sb, String s) {
        if (!s.isBlank()) {
            sb.append(s).append('\n');
        }
    }

    /** The normalised text searched (for the special answered-by tests such as a latency number). */
    public String normalized() {
        return text;
    }

    /**
     * Matched by the shared {@link Terms} matcher, so follow-ups read a board the way the checker does: whole
     * tokens in every script ("feed" is not "feedback", 流 is not inside 流失), "retrain*" a stem.
     */
    @Override
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
        Terms k = COMPILED.computeIfAbsent(n, x -> Terms.of(List.of(x)));
        return Optional.ofNullable(k.firstMatch(text));
    }
}
