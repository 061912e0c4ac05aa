package org.stageboard.rehearsal;

import java.util.ArrayList;
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

    /** Boxes a term must appear in, when the title and prompt do not say it, to be the board's subject. */
    static final int CENTRAL_BOXES = 2;

    private final String text;
    /** The board's Latin and Cyrillic words in order, each once; Chinese is left to {@link Terms}. */
    private final List<String> words;
    /** The board's title and prompt, normalised: what the case is about, in the candidate's or template's words. */
    private final String headline;
    /** The board's title alone, normalised: the case in a few words. */
    private final String title;
    /** Each box's words, normalised, one entry a box: to tell a board's subject from a word said in passing. */
    private final List<String> boxes;

    public BoardText(Board board) {
        StringBuilder sb = new StringBuilder();
        add(sb, board.title());
        this.title = TextNorm.normalize(sb.toString());
        add(sb, board.prompt());
        this.headline = TextNorm.normalize(sb.toString());
        List<String> perBox = new ArrayList<>();
        for (Node n : board.nodes()) {
            StringBuilder box = new StringBuilder();
            if (!SeededText.isSeededTitle(n.title())) {
                add(box, n.title());
            }
            add(box, n.text());
            for (TradeOff t : n.tradeoffs()) {
                add(box, t.choice());
                t.over().forEach(o -> add(box, o));
                add(box, t.because());
            }
            sb.append(box);
            perBox.add(TextNorm.normalize(box.toString()));
        }
        this.boxes = List.copyOf(perBox);
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

    /**
     * True when {@code term} (synonyms may be joined by "|", counted as one idea) is what the board is about rather than a word said once: it is in the title or
     * prompt, or in at least {@link #CENTRAL_BOXES} boxes. "LLM zero-shot" in one box of a ticket-routing board
     * does not make it an LLM board.
     */
    @Override
    public boolean central(String term) {
        Terms k = matcher(term);
        return k != null && (k.firstMatch(headline) != null || boxesSaying(k, CENTRAL_BOXES) >= CENTRAL_BOXES);
    }

    /**
     * Stricter than {@link #central}: the title says it, or the prompt and one box do, or two boxes do. A prompt
     * sets the scene in passing ("videos that may not enter the kids' recommendation pool"); what the system is
     * shows in the title or in what the candidate wrote.
     */
    @Override
    public boolean subject(String term) {
        Terms k = matcher(term);
        if (k == null) {
            return false;
        }
        int boxesToo = boxesSaying(k, CENTRAL_BOXES);
        return k.firstMatch(title) != null || boxesToo >= CENTRAL_BOXES
                || boxesToo >= 1 && k.firstMatch(headline) != null;
    }

    /** The synonyms of {@code term} ("|"-joined) the board says, as one matcher; null when it says none. */
    private Terms matcher(String term) {
        String t = term == null ? "" : term.strip();
        List<String> synonyms = new ArrayList<>();
        for (String s : t.split("\\|")) {
            if (!s.isBlank() && find(s).isPresent()) {
                synonyms.add(TextNorm.normalize(s.strip()));
            }
        }
        return synonyms.isEmpty() ? null
                : COMPILED.computeIfAbsent(String.join("|", synonyms), x -> Terms.of(synonyms));
    }

    /** How many boxes the matcher finds something in, counted up to {@code enough}. */
    private int boxesSaying(Terms k, int enough) {
        int in = 0;
        for (String box : boxes) {
            if (k.firstMatch(box) != null && ++in >= enough) {
                break;
            }
        }
        return in;
    }
}
