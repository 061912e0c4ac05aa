package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.stageboard.text.TermSearch;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;

/**
 * What a board says, as normalised text ({@link TextNorm}): the whole board, its title, its title and prompt, and
 * each box; searched through the shared {@link TermSearch}, so follow-ups read a board the way the checker does.
 * Left out: hints (guidance, not the candidate's answer) and what the app wrote by itself ({@link SeededText}: the
 * template's "feedback" arrow, stage names on practice boxes). What it adds to the matcher is the board's shape:
 * whether a term is said once or is what the board is about ({@link #central}, {@link #subject}).
 */
public final class BoardText implements BoardTerms {
    /** Boxes a term must appear in, when the title and prompt do not say it, to be the board's subject. */
    static final int CENTRAL_BOXES = 2;

    /** The whole board, normalised, with the term search over it. */
    private final TermSearch search;
    /** The board's title and prompt, normalised: what the case is about, in the candidate's or template's words. */
    private final String headline;
    /** The board's title alone, normalised: the case in a few words. */
    private final String title;
    /** Each box's words, normalised, one entry a box: to tell a board's subject from a word said in passing. */
    private final List<String> boxes;
    /** The Framing boxes' words, normalised: the task as the candidate states it. */
    private final String framing;

    public BoardText(Board board) {
        StringBuilder sb = new StringBuilder();
        WordSenses senses = new WordSenses(TextNorm.normalize(Objects.toString(board.title(), "") + "\n"
                + Objects.toString(board.prompt(), "") + "\n" + board.nodes().stream()
                .map(n -> Objects.toString(n.title(), "") + "\n" + Objects.toString(n.text(), ""))
                .collect(Collectors.joining("\n"))));
        add(sb, board.title());
        this.title = senses.blankOtherSenses(TextNorm.normalize(sb.toString()));
        add(sb, board.prompt());
        this.headline = senses.blankOtherSenses(TextNorm.normalize(sb.toString()));
        List<String> perBox = new ArrayList<>();
        StringBuilder framingText = new StringBuilder();
        for (Node n : board.nodes()) {
            StringBuilder box = new StringBuilder();
            if (!SeededText.isSeededTitle(n.title())) {
                add(box, n.title());
            }
            add(box, n.text());
            for (TradeOff t : n.tradeoffs()) {
                add(box, t.choice());
                // the alternatives it chose against are left out: "LightGBM over two-tower" uses no two-tower, so a
                // question that presumes one (cold start for items with no embedding) has nothing on the board to rest on
                add(box, t.because());
            }
            sb.append(box);
            perBox.add(senses.blankOtherSenses(TextNorm.normalize(box.toString())));
            if (n.stage() == Stage.FRAMING) {
                framingText.append(perBox.get(perBox.size() - 1)).append('\n');
            }
        }
        this.boxes = List.copyOf(perBox);
        this.framing = framingText.toString();
        for (Edge e : board.edges()) {
            if (!SeededText.isSeededArrowLabel(e.label())) {
                add(sb, e.label());
            }
        }
        this.search = new TermSearch(senses.blankOtherSenses(TextNorm.normalize(sb.toString())));
    }

    private static void add(StringBuilder sb, String s) {
        if (!s.isBlank()) {
            sb.append(s).append('\n');
        }
    }

    @Override
    public boolean inFraming(String term) {
        Terms k = matcher(term);
        return k != null && k.firstMatch(framing) != null;
    }

    @Override
    public boolean inTitle(String term) {
        Terms k = matcher(term);
        return k != null && k.firstMatch(title) != null;
    }

    @Override
    public boolean hasFraming() {
        return !framing.isBlank();
    }

    /** The normalised text searched (for the special answered-by tests such as a latency number). */
    public String normalized() {
        return search.text();
    }

    /**
     * Whole tokens in every script ("feed" is not "feedback", 流 is not inside 流失), "retrain*" a stem. A term the
     * board says only where it denies it is not said: "survival model, not a plain classifier" raises no classifier
     * question, «не бандиты» answers no exploration question.
     */
    @Override
    public Optional<String> find(String term) {
        Optional<String> first = search.find(term);
        if (first.isEmpty()) {
            return first;
        }
        String text = search.text();
        for (Terms.Match m : TermSearch.compiled(List.of(TextNorm.normalize(term.strip()))).findAll(text)) {
            if (!denied(text, m.start())) {
                return Optional.of(m.text());
            }
        }
        return Optional.empty();
    }

    private static boolean denied(String text, int start) {
        return DENIED.matcher(text.substring(Math.max(0, start - DENIAL_REACH), start)).find();
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
        int boxesToo = boxesAffirming(k);
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
        return synonyms.isEmpty() ? null : TermSearch.compiled(synonyms);
    }

    /**
     * Just before a term, a word that denies it, up to three words back ("not LLM", "not a plain classifier", «не
     * бандиты», "不用大模型", "不是普通分类器", "without RAG", "rather than a classifier", «вместо регрессии»), on the same
     * line; "not only" and «не только» deny nothing.
     */
    private static final java.util.regex.Pattern DENIED = java.util.regex.Pattern.compile(
            "(?:(?<![\\p{L}])(?:not|no|without|rather[ \\t]+than|instead[ \\t]+of|не|без|нет|вместо)[ \\t]+(?!only|just|только|просто)(?:[\\p{L}\\d'’\"«»“”-]+[ \\t]+){0,3}"
                    + "|(?:不用|不是|无需|没有|而非|不上|不做|非(?!常))(?!只|仅)\\p{IsHan}{0,2})$");
    /** How far back {@link #DENIED} looks. */
    private static final int DENIAL_REACH = 36;

    /**
     * How many boxes say the term other than denied, counted up to two: "диалог: конечный автомат, не LLM" does not
     * make a voice bot an LLM board.
     */
    private int boxesAffirming(Terms k) {
        return boxesWhere(box -> k.findAll(box).stream().anyMatch(m -> !denied(box, m.start())), CENTRAL_BOXES);
    }

    /** How many boxes the matcher finds something in, counted up to {@code enough}. */
    private int boxesSaying(Terms k, int enough) {
        return boxesWhere(box -> k.firstMatch(box) != null, enough);
    }

    private int boxesWhere(java.util.function.Predicate<String> says, int enough) {
        int in = 0;
        for (String box : boxes) {
            if (says.test(box) && ++in >= enough) {
                break;
            }
        }
        return in;
    }
}
