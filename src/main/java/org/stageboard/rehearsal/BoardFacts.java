package org.stageboard.rehearsal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.model.Board;
import org.stageboard.model.Node;

/**
 * Facts a board states that a follow-up can quote, so the question is about this board: the label the candidate
 * trains on ("label: booked=3, clicked=1", "标签：逾期 M3+", "метка: не скипнут за 30 с"). A question with
 * "{label}" in its text is asked only where the board states one, with the board's own words in place.
 */
final class BoardFacts {
    static final String LABEL = "{label}";
    private static final int QUOTE_LENGTH = 48;
    /** "label: X", "labels = X", "label X", "target: X", "标签：X", "метка — X", "таргет: X" at a line's start or after a separator. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?:^|[;；,，.。|•·/]\\s*)(?:(?i:labels?|target|标签|метк[аи]|таргет|целев\\p{L}* переменн\\p{L}*)"
                    + "\\s*(?:[:：=—–→]|\\s-\\s)|(?i:label)\\s(?=\\p{L}))\\s*([^\\n;；]{2,})");

    private BoardFacts() {
    }

    /** The label as the board states it, cut short at a clause, or empty. */
    static Optional<String> label(Board board) {
        for (Node n : board.nodes()) {
            for (String line : n.text().split("\\R")) {
                Matcher m = LABEL_LINE.matcher(line.strip().replaceFirst("^[•\\-*·]\\s*", ""));
                if (m.find()) {
                    String v = m.group(1).strip().replaceAll("[.。!！?？,，:：]+$", "").strip();
                    if (!v.isEmpty()) {
                        return Optional.of(cut(v));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String cut(String s) {
        if (s.length() <= QUOTE_LENGTH) {
            return s;
        }
        int cut = s.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return s.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
    }
}
