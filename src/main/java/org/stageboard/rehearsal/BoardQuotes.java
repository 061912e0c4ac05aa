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
        String clause = s.split("[;；,，:：(（]", 2)[0].replaceAll("[.。!！?？]+$", "").strip();
        if (clause.isEmpty() || OPTIONS_OPEN.matcher(clause).find()) {
            return null; // "LogReg vs XGB" names both options: "what did you consider instead?" does not fit it
        }
        if (clause.length() <= QUOTE_LENGTH) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return clause.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
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
    static String clauseAround(String word, Board board) {
        String written = asWritten(word, board);
        for (Node n : board.nodes()) {
            for (String clause : n.text().split("\\R|[;；/|•]")) {
                int at = clause.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(Locale.ROOT));
                if (at < 0) {
                    continue;
                }
                String c = clause.strip();
                if (c.length() <= CONTEXT_LENGTH) {
                    return c;
                }
                int start = Math.max(0, Math.min(c.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(
                        Locale.ROOT)) - CONTEXT_LENGTH / 2, c.length() - CONTEXT_LENGTH));
                int space = c.indexOf(' ', start);
                start = start == 0 || space < 0 || space - start > 12 ? start : space + 1;
                String cut = c.substring(start, Math.min(c.length(), start + CONTEXT_LENGTH)).strip();
                return (start > 0 ? "…" : "") + cut + (start + CONTEXT_LENGTH < c.length() ? "…" : "");
            }
        }
        return written;
    }
}
