package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Facts a board states that a follow-up can quote, so the question is about this board: the label the candidate
 * trains on ("label: booked=3, clicked=1", "标签：逾期 M3+", "метка: не скипнут за 30 с", "категория = выбор продавца"). A question with
 * "{label}" in its text is asked only where the board states one, with the board's own words in place.
 */
public final class BoardFacts {
    static final String LABEL = "{label}";
    static final String NOTE = "{note}";

    /** A note the candidate left on the board, and the stage an arrow ties it to (null when none). */
    record Note(String text, Stage stage) {
    }
    private static final int QUOTE_LENGTH = 60;
    /** "label: X", "labels = X", "label X", "target: X", "标签：X", "метка — X", "таргет: X", «цель = X» at a line's start or after a separator. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?:^|[;；,，.。|•·/]\\s*)(?:(?i:labels?|target|标签|метк[аи]|таргет|целев\\p{L}* переменн\\p{L}*)"
                    + "\\s*(?:[:：=—–→]|\\s-\\s)|(?i:label)\\s(?=\\p{L})"
                    + "|(?i:category|class|категори[яи]|класс|类目|类别)\\s*="
                    // «цель = контакт с продавцом» defines what is learned; «цель = снизить отток на 10%» is a goal
                    + "|(?iu:цель)\\s*=(?!\\s*(?:\\p{L}+(?:ть|ти|чь)(?!\\p{L})|[<>~≈+\\-−]?\\s*\\d)))\\s*([^\\n;；]{2,})");

    /**
     * What follows a label word when the line sets a deadline or a goal, not the label: "label needed before an
     * episode is monetised, target within 6 h", "target: 80% from the nearest warehouse", «метка — нужна в течение 6 ч»,
     * "标签：需要在 6 小时内给出"; or says how late the label comes ("label delay: claims 6-30 mo after issue"). A figure
     * after "target" is a goal; after "label:" it may be the label ("label: 30 天内未归还").
     */
    private static final Pattern NOT_A_LABEL = Pattern.compile("(?iu)^(?:needed|required|requested|due|ready|expected|"
            + "must|should|within|before|by\\s+\\d|deadline|sla|latency|turnaround|delay|delays|delayed|lag|lags|"
            + "нужн\\p{L}*|необходим\\p{L}*|задержк\\p{L}*|"
            + "требуетс\\p{L}*|должн\\p{L}*|в течение|не позже|до\\s+\\d)(?![\\p{L}])|^(?:需要|要在|必须|需在|须在|延迟|滞后)");
    /** A verb of change before the goal's figure: "target: catch 80% of refunded $", «таргет: снизить потери на 30%». */
    private static final String GOAL_VERB = "(?:catch|cut|reduce|raise|increase|improve|lift|keep|hold|reach|hit|get|"
            + "снизить|сократить|поднять|увеличить|удержать|ловить|поймать|достичь)\\s+(?:[\\p{L}$]+\\s+){0,2}?"
            + "(?:(?:by|to|на|до)\\s+)?";
    /**
     * A goal after "target": a figure with a percent or a unit of time, or a comparator ("target: 80%", "target < 200
     * ms"), after a verb of change or not, or a metric held to a figure ("target: sens >= 0.6 at spec >= 0.9").
     */
    private static final Pattern GOAL_FIGURE = Pattern.compile("(?iu)^(?:(?:[\\p{IsLatin}\\p{IsCyrillic}@\\d-]{1,20}"
            + "|召回率?|精确率|准确率|特异度|灵敏度|覆盖率)\\s*(?:>=|<=|[<>≤≥=])\\s*\\d"
            + "|(?:" + GOAL_VERB + ")?(?:(?:[<>≤≥~≈+\\-−]\\s*)?"
            + "\\d[\\d\\s.,]*(?:%|(?:pp|п\\.?п|ms|мс|s|с|sec|h|ч|hrs?|min|мин|x|×)(?![\\p{L}])|\\s*(?:小时|分钟|秒))|[<>≤≥]))");
    private static final Pattern TARGET_WORD = Pattern.compile("(?iu)(?:^|[;；,，.。|•·/]\\s*)(?:target|таргет)\\s*[:：=—–→]?\\s*$");

    /** A note's first question, up to its question mark, when more text follows it. */
    private static final Pattern FIRST_QUESTION = Pattern.compile("^[^?？]{3,}[?？]+(?=\\s*\\S)");

    private BoardFacts() {
    }

    /** The label as the board states it, cut short at a clause, or empty. */
    public static Optional<String> label(Board board) {
        for (Node n : board.nodes()) {
            for (String line : n.text().split("\\R")) {
                Matcher m = LABEL_LINE.matcher(line.strip().replaceFirst("^[•\\-*·]\\s*", ""));
                if (m.find()) {
                    String v = m.group(1).strip().replaceAll("[.。!！?？,，:：]+$", "").strip();
                    boolean target = TARGET_WORD.matcher(m.group().substring(0, m.start(1) - m.start()).strip()).find();
                    if (!v.isEmpty() && !NOT_A_LABEL.matcher(v).find() && !(target && GOAL_FIGURE.matcher(v).find())) {
                        return Optional.of(cut(v));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A word or phrase in quotation marks: what a note calls into question ("what is 'relevant'?", «сделано»). */
    private static final Pattern QUOTED = Pattern.compile("['\"«“‘「]([^'\"»”’」\\n]{2,40})['\"»”’」]");

    /**
     * The words of the board's label that {@code normalized} quotes ("what is 'relevant'?" beside the label "marked
     * 'relevant to this flight'"): a note that does already asks what the label means. The "#quotes-label" signal.
     */
    static Optional<String> quotedFromLabel(String normalized, Optional<String> label) {
        if (label.isEmpty()) {
            return Optional.empty();
        }
        String said = TextNorm.normalize(label.get());
        Matcher m = QUOTED.matcher(normalized);
        while (m.find()) {
            if (said.contains(m.group(1).strip())) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The first note box with text, as the candidate wrote its first line: an open question ("step-up threshold?",
     * "夜间审核员少，队列积压怎么办") or a constraint ("депо ограничены по мощности") the interviewer should make
     * them settle. Its stage is the stage box an arrow joins it to.
     */
    static Optional<Note> note(Board board) {
        List<Note> all = notes(board);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every note box with text, in board order, each as {@link #note} reads the first. */
    static List<Note> notes(Board board) {
        List<Note> out = new ArrayList<>();
        for (Node n : board.nodes()) {
            if (n.stage() != Stage.NOTE) {
                continue;
            }
            String first = "";
            for (String line : n.text().split("\\R")) {
                if (!line.isBlank()) {
                    first = line.strip();
                    break;
                }
            }
            if (first.isEmpty()) {
                continue;
            }
            Stage linked = null;
            var byId = board.nodesById();
            for (Edge e : board.edges()) {
                String other = e.from().equals(n.id()) ? e.to() : e.to().equals(n.id()) ? e.from() : null;
                Node o = other == null ? null : byId.get(other);
                if (o != null && o.stage() != Stage.NOTE) {
                    linked = o.stage();
                    break;
                }
            }
            Matcher q = FIRST_QUESTION.matcher(first);
            String asked = q.find() ? q.group() : first; // "ASR 错字怎么办？“…” → “…”": the question, not the example
            out.add(new Note(cut(asked.replaceAll("[?？]{2,}$", "?").strip()), linked));
        }
        return out;
    }

    private static String cut(String s) {
        if (s.length() <= QUOTE_LENGTH) {
            return s;
        }
        int cut = s.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return s.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
    }
}
