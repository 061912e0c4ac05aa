package org.stageboard.rehearsal;

import java.util.Locale;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/**
 * What a board says, as lower-case text, and whether it mentions a keyword. Hints are left out: they are
 * guidance, not the candidate's answer.
 */
public final class BoardText {
    private final String text;

    public BoardText(Board board) {
        StringBuilder sb = new StringBuilder();
        add(sb, board.title());
        add(sb, board.prompt());
        for (Node n : board.nodes()) {
            add(sb, n.title());
            add(sb, n.text());
            for (TradeOff t : n.tradeoffs()) {
                add(sb, t.choice());
                t.over().forEach(o -> add(sb, o));
                add(sb, t.because());
            }
        }
        for (Edge e : board.edges()) {
            add(sb, e.label());
        }
        this.text = sb.toString().toLowerCase(Locale.ROOT);
    }

    private static void add(StringBuilder sb, String s) {
        if (!s.isBlank()) {
            sb.append(s).append('\n');
        }
    }

    /**
     * True when the board mentions {@code keyword}. Words in alphabetic scripts (Latin, Cyrillic) must start
     * at a word boundary, so "rank" finds "ranking" but "ctr" does not find "electric"; Chinese has no spaces
     * between words, so a Chinese keyword matches anywhere.
     */
    public boolean mentions(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT).trim();
        if (k.isEmpty()) {
            return false;
        }
        boolean needsBoundary = Character.isLetterOrDigit(k.codePointAt(0)) && !isIdeograph(k.codePointAt(0));
        int from = 0;
        while (true) {
            int i = text.indexOf(k, from);
            if (i < 0) {
                return false;
            }
            if (!needsBoundary || i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i))) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean isIdeograph(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
