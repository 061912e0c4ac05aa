package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.model.Board;
import org.stageboard.model.Node;

/**
 * The board's own words, cut to fit a question: the choice a box states ("Your Model box says “XGBoost”"), a word as
 * the candidate wrote it ("MAPE", not the matcher's "mape"), the clause around it ("prices live from rate API
 * (cached 15 min)"). Quoting what the board does not say, or a clause that does not fit the question, reads worse
 * than not quoting: each helper gives nothing when it has nothing fitting.
 */
final class BoardQuotes {
    private static final int QUOTE_LENGTH = 48;
    private static final int CONTEXT_LENGTH = 60;
    /** A clause that still weighs options ("LogReg vs XGB", "CatBoost или LightGBM", "LR 还是 GBDT"): no choice to quote. */
    private static final Pattern OPTIONS_OPEN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:vs\\.?|versus|or|или|либо)(?![\\p{L}])|还是|或者|\\?\\s*$");
    /** A line naming the baseline: what the candidate compares against, not what they chose. */
    private static final Pattern BASELINE_LINE = Pattern.compile(
            "^(?i)(?:baseline|бейзлайн|базов\\p{L}* модель|基线)\\s*[:：—–-]");

    private BoardQuotes() {
    }

    /**
     * A short quote of the choice a box states (the box a finding is about): its own title, else the first clause of its text ("XGBoost" of
     * "XGBoost, 300 trees; class weights"), cut at a word when long.
     */
    static String choiceIn(Board board, String nodeId) {
        if (nodeId == null) {
            return null;
        }
        Map<String, Node> byId = board.nodesById();
        Node n = byId.get(nodeId);
        if (n == null) {
            return null;
        }
        String s = SeededText.isSeededTitle(n.title()) || n.title().isBlank() ? firstLine(n.text()) : n.title().strip();
        if (s.isBlank()) {
            return null;
        }
        String[] label = s.split("[:：]", 2);
        if (label.length == 2 && !label[1].isBlank() && label[0].strip().split("\\s+").length <= 2) {
            s = label[1].strip(); // "baseline: LR on hashed feats": "baseline" names the line, the choice follows
        }
        String clause = beforeBracket(clauses(s, ";；,，:：").get(0)).replaceAll("[.。!！?？]+$", "").strip();
        if (clause.isEmpty() || OPTIONS_OPEN.matcher(clause).find()) {
            return null; // "LogReg vs XGB" names both options: "what did you consider instead?" does not fit it
        }
        if (clause.length() <= QUOTE_LENGTH) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', QUOTE_LENGTH - 1);
        cut = cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1;
        int open = openBracketAt(clause.substring(0, cut));
        if (open > QUOTE_LENGTH / 4) {
            cut = open; // never end a quote inside brackets: "P(бронь…" reads as a typo, not as the board
        }
        return clause.substring(0, cut).strip() + "…";
    }

    private static final String OPENING = "([{（【«“";
    private static final String CLOSING = ")]}）】»”";

    /**
     * The clauses of a text, cut at {@code separators} and line breaks only outside brackets: "P(бронь | гекс, время)"
     * is one clause, so a quote never starts or stops inside a bracket; nor inside a word ("> 25 km/h in last 30s").
     */
    static List<String> clauses(String text, String separators) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '\n' || c == '\r') {
                depth = 0; // an unclosed bracket ends with its line
            }
            if (c == '\n' || c == '\r' || depth == 0 && separators.indexOf(c) >= 0 && !joinsWords(text, i)) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** A slash with a letter or digit on both sides ("km/h", "A/B", "train/test", "4/5") is part of a word, not a break. */
    private static boolean joinsWords(String text, int i) {
        return text.charAt(i) == '/' && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * A clause without its trailing bracket ("XGBoost (300 trees)": "XGBoost"), unless too little comes before it
     * ("P(бронь | гекс)" stays whole: "P" quotes nothing).
     */
    private static String beforeBracket(String clause) {
        int open = -1;
        for (int i = 0; i < clause.length() && open < 0; i++) {
            open = OPENING.indexOf(clause.charAt(i)) >= 0 && "“«".indexOf(clause.charAt(i)) < 0 ? i : -1;
        }
        return open > 3 ? clause.substring(0, open) : clause;
    }

    /** Where the bracket opened at {@code open} closes, or -1. */
    private static int closingOf(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += OPENING.indexOf(s.charAt(i)) >= 0 ? 1 : CLOSING.indexOf(s.charAt(i)) >= 0 ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the last bracket still open at the end of {@code s} starts, or -1. */
    private static int openBracketAt(String s) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (OPENING.indexOf(s.charAt(i)) >= 0) {
                open.add(i);
            } else if (CLOSING.indexOf(s.charAt(i)) >= 0 && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        return open.isEmpty() ? -1 : open.get(0);
    }

    /** The first line that states the choice: not blank and not the baseline ("baseline: LR", "бейзлайн —"). */
    private static String firstLine(String text) {
        String first = "";
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceFirst("^[•\\-*·]\\s*", "");
            if (l.isEmpty()) {
                continue;
            }
            if (!BASELINE_LINE.matcher(l).find()) {
                return l;
            }
            first = first.isEmpty() ? l : first;
        }
        return first;
    }

    /**
     * A board word as the candidate wrote it ("MAPE", not the matcher's "mape"): the first place the board's text
     * has it, ignoring case; the word itself when the text has it only in another form.
     */
    static String asWritten(String word, Board board) {
        Pattern p = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> texts = new ArrayList<>(List.of(board.title(), board.prompt()));
        board.nodes().forEach(n -> {
            texts.add(n.title());
            texts.add(n.text());
        });
        for (String t : texts) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return word;
    }

    /**
     * The clause of the board that holds a word ("labels = SIU outcomes (confirmed fraud), only on referred claims"
     * for "only on"), cut at a word when long: enough of the board's own text to show what the question is about.
     */
    /** A list item's mark at the start of a line ("- ", "* ", "1) "): the candidate's layout, not their words. */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+·–—]|\\d{1,2}[.)])\\s+");

    static String clauseAround(String word, Board board) {
        String written = asWritten(word, board);
        // first where the number ends as the board's does, then anywhere ("> 0.9" read from "> 0.95" is still there)
        for (boolean whole : new boolean[] {true, false}) {
            String c = clauseAround(written, board, whole);
            if (c != null) {
                return c;
            }
        }
        return written;
    }

    private static String clauseAround(String written, Board board, boolean whole) {
        for (Node n : board.nodes()) {
            for (String clause : clauses(n.text(), ";；/|•")) {
                int at = indexOf(clause.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT), whole);
                if (at < 0) {
                    continue;
                }
                String c = LIST_MARK.matcher(clause.strip()).replaceFirst("");
                if (c.length() <= CONTEXT_LENGTH) {
                    return c;
                }
                int start = Math.max(0, Math.min(indexOf(c.toLowerCase(Locale.ROOT), written.toLowerCase(
                        Locale.ROOT), whole) - CONTEXT_LENGTH / 2, c.length() - CONTEXT_LENGTH));
                int first = c.indexOf(' ', start);
                start = start == 0 || first < 0 || first - start > 12 ? start : first + 1;
                int end = Math.min(c.length(), start + CONTEXT_LENGTH);
                int open = openBracketAt(c.substring(start, end));
                if (open >= 0) { // never end inside a bracket: take the whole bracket when short, else end before it
                    int close = closingOf(c, start + open);
                    end = close >= 0 && close < start + 2 * CONTEXT_LENGTH ? close + 1 : open > 0 ? start + open : end;
                }
                int space = c.lastIndexOf(' ', end);
                end = end < c.length() && space > start + CONTEXT_LENGTH / 2 && openBracketAt(c.substring(start, space)) < 0
                        ? space : end; // and at a word
                String cut = c.substring(start, end).strip();
                return (start > 0 ? "…" : "") + cut + (end < c.length() ? "…" : "");
            }
        }
        return null;
    }

    /**
     * Where {@code found} occurs in {@code text}; when {@code whole}, skipping places where a number it ends with goes
     * on ("> 0,9" is not in "> 0,95": quoting the baseline's rule as the model's cut misreads the board); -1 when nowhere.
     */
    private static int indexOf(String text, String found, boolean whole) {
        boolean endsInDigit = whole && !found.isEmpty() && Character.isDigit(found.charAt(found.length() - 1));
        for (int at = text.indexOf(found); at >= 0; at = text.indexOf(found, at + 1)) {
            int after = at + found.length();
            if (!endsInDigit || after >= text.length() || !Character.isDigit(text.charAt(after))) {
                return at;
            }
        }
        return -1;
    }
}
