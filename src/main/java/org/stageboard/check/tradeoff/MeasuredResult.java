package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 17: the outcome of a comparison, measured, then what was done with it, in the last clause: "compared sig
 * clustering and the keyword router on 9k reports: clustering found the top 5 on day 1, the router on day 4.
 * clustering it is", «Elo-подбор vs ручной — 48% против 31%, оставляем Elo», "pilot: A had 4% wrong, B had 19% -> A
 * ships", «с подсветкой в 83%, с ключевыми словами — в 41%, внедряем модель», "A 召回 81% 对比 B 64%，全量 A". The two
 * options are named where they are compared ("A vs B", "compared A and B", "A … than B") or as the subjects of two
 * measured clauses; the measures are the reason and the closing decision (ships, it is, rolling out, keep,
 * внедряем, остаются, 全量, 上线) is the choice. No cue places all three: the reader saw one part at most. A result with
 * nothing done after it ("A/B: +1.4% GMV, -0.2% CTR"), scores side by side ("AUC A vs B: 0.71 / 0.79") and one
 * option's two metrics ("recall 81%, precision 76%, shipping") decide nothing between options and stay unread.
 */
final class MeasuredResult {
    /** What was done with the winner, closing the box. */
    private static final Pattern DECISION = Pattern.compile(
            "(?<![\\p{L}])(?:it is|it's|wins|won|ship(?:s|ped|ping)?|roll(?:s|ed|ing)? (?:(?:it )?to|(?:[\\p{L}-]+ ){0,3}out)|goes live"
                    + "|going live|go(?:es)? to prod|stays|(?:keep(?:ing)?|kept)(?! (?:monitoring|watching|testing|an eye|track|both))"
                    + "|adopt(?:ed|ing)?"
                    + "|внедря\\p{L}*|внедрил\\p{L}*|оставля\\p{L}*|оставил\\p{L}*|оставить|остаю?тся|остаёт?ся|остается"
                    + "|switch(?:ing|ed)? (?:to|over)|переключа\\p{L}*|переключил\\p{L}*" // round 18
                    + "|катим|раскат\\p{L}*|в прод|переходим|переводим"
                    + "|swap(?:s|ped|ping)? (?:it |them )?in)(?![\\p{L}])|全量|全面推|推全|上线|推广|保留|就用|切换" // round 21: swap it in, 全面推
                    // round 24: "rolling the packs out to everyone"; the clause opening on 选 / 定 ("…，选传感器", "…，定模型",
                    // sets 10 to 12, 33 and 34), not 定期 (regularly), 定义 (define), 选项 (an option) and the like
                    + "|^\\s*(?:就|最后|最终)?(?:选|定)(?![期时制义位价向性量额点损项址型择吗么])");
    /** Two options compared by name: "A vs B", "compared A and B", "A против B", "A 对比 B", "… than B", "…, чем B". */
    private static final Pattern COMPARED = Pattern.compile(
            "(?<![\\p{L}])(?:vs\\.?|versus|compared|против|сравнили|сравнивали|than|чем)(?![\\p{L}])|对比|相比|比");
    /** A measure: a number with a unit or a percentage, "day 1". */
    private static final Pattern MEASURE = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s?(?:%|pp|п\\.п\\.|ms|мс|s|с|min|мин|h|ч|x|×|倍|秒|分钟|天)?|(?:day|дн\\p{L}*|第)\\s?\\d+");
    private static final Pattern UNCHANGED = Pattern.compile("(?<![\\p{L}])(?:flat|no change|unchanged|без изменений"
            + "|не изменил\\p{L}*)(?![\\p{L}])|没变|没有变化|无变化|持平");
    /** A numbered line ("1) …", "2. …"): options listed, not measured. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*\\d+[).]\\s");
    /** The text before the closing clause ends a line (spaces or tabs after the break at most). */
    private static final Pattern ENDS_LINE = Pattern.compile("\n[ \t]*\\z");
    /**
     * Round 24: the closing clause on a labelled line below other lines ("…\nпрошлые проверки: ~6 тыс. ЭЛН признаны
     * необоснованными"): an entry of a list of facts, cut at an abbreviation's full stop, not a winner named bare.
     */
    private static final Pattern LABELLED_LAST_LINE = Pattern.compile("\n[^\n:：]{1,40}[:：][^\n]*\\z");
    private static final Pattern ARM = Pattern.compile("(?<![\\p{L}])(?:control|arm|group|variant|baseline|holdout|вариант\\p{L}*"
            + "|контрол\\p{L}*|групп\\p{L}*)(?![\\p{L}])|组|对照");
    /** Clauses whose subject is a metric describe one option's scores, not two options. */
    private static final Pattern METRIC_SUBJECT = Pattern.compile(
            "\\s*(?:recall|precision|auc|f1|ctr|cvr|gmv|mape|mae|rmse|wer|cer|ndcg|map|latency|p\\d\\d|accuracy|cost|loss"
                    + "|полнота|точность|задержка|ошибка|召回|准确|精度|延迟|成本)(?![\\p{L}])");

    private MeasuredResult() {
    }

    /** The three parts, or null when the box is not a measured result acted on. */
    static FoundParts read(String norm) {
        String text = norm.strip();
        int end = text.length();
        while (end > 0 && ".!。 \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int cut = lastBoundary(text, end);
        if (cut < 0) {
            return null;
        }
        Matcher d = DECISION.matcher(text.substring(cut, end));
        if (!d.find() && !bareWinner(text.substring(cut, end), text.substring(0, cut))) {
            return null;
        }
        int[] choice = Spans.trim(norm, cut, end);
        String before = text.substring(0, cut);
        List<int[]> clauses = measuredClauses(before);
        if (choice == null || clauses.isEmpty() || clauses.stream().mapToInt(c -> countMeasures(before.substring(c[0], c[1]))).sum() < 2) {
            return null;
        }
        FoundParts f = new FoundParts();
        f.choice = choice;
        Matcher c = COMPARED.matcher(before);
        if (c.find()) { // "A vs B", "compared A and B", "A … чем B": the clause that names both
            int[] span = clauseAround(before, c.start());
            f.alternative = Spans.trim(norm, span[0], span[1]);
            int[] measured = null; // the measured clause after the one that names the options, else the nearest before
            for (int[] m : clauses) {
                if (m[0] >= span[1]) {
                    measured = m;
                    break;
                }
            }
            for (int[] m : clauses) { // "A vs B — 48% против 31%": the measures go on after a dash
                if (measured == null && m[0] <= span[0] && m[1] > span[1] + 1) {
                    measured = new int[] {span[1] + 1, m[1]};
                }
            }
            for (int i = clauses.size() - 1; measured == null && i >= 0; i--) {
                measured = clauses.get(i)[1] <= span[0] ? clauses.get(i) : null;
            }
            if (measured == null && measuredOnBothSides(before, span, c)) {
                // round 18: "persistence model 4 false alarms/day vs 31 for single frame": each option with its measure
                f.reason = Spans.trim(norm, span[0], span[1]);
                f.alternative = Spans.trim(norm, c.end(), span[1]);
                return f.count() == 3 ? f : null;
            }
            if (measured == null) {
                return null; // "AUC A vs B: 0.71 / 0.79": the scores sit in the very clause that names the options
            }
            f.reason = Spans.trim(norm, measured[0], measured[1]);
        } else if (clauses.size() >= 2) { // "A had 4% wrong keys, B had 19%": two options measured in turn
            int[] first = clauses.get(0);
            int[] second = clauses.get(1);
            if (METRIC_SUBJECT.matcher(before.substring(first[0], first[1])).lookingAt()
                    || METRIC_SUBJECT.matcher(before.substring(second[0], second[1])).lookingAt()) {
                return null; // "recall 81%, precision 76%": one option's scores
            }
            f.reason = Spans.trim(norm, first[0], first[1]);
            f.alternative = Spans.trim(norm, second[0], second[1]);
        }
        return f.count() == 3 ? f : null;
    }

    /**
     * Round 23: the winner named bare after the measures, with no verb ("… один сайт 6. ансамбль", "… abbyy 38% —
     * дальше trocr"; sets 29 and 32, written in Chinese too in set 30): a closing clause of at most three Latin or
     * Cyrillic words that repeats a word of the measured text (by its first five letters), so it names an option compared.
     */
    private static boolean bareWinner(String closing, String before) {
        String c = closing.strip();
        if (LIST_ITEM.matcher(before).find()) {
            return false; // "1) …\n2) …\n3) robot": options numbered, none of them measured
        }
        if (ENDS_LINE.matcher(before).find() || c.chars().anyMatch(Character::isDigit)) {
            return false; // a last line of facts ("тест — случайные 20% полей") ends a data box's list, names no winner
        }
        if (LABELLED_LAST_LINE.matcher(before).find()) {
            return false; // a data box's last entry («прошлые проверки: ~6 тыс. ЭЛН признаны …») goes on past the cut
        }
        if (c.isEmpty() || c.split("\\s+").length > 3 || c.codePoints().anyMatch(ch -> ch >= 0x2E80)) {
            return false; // Chinese left out: two shared characters (模型, 预测) name no option on a board (history)
        }
        for (String w : c.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && before.contains(w.substring(0, Math.min(w.length(), 5)))) {
                return true;
            }
        }
        return false;
    }

    /** The start of the last clause before {@code end}: after a comma, full stop, arrow, dash or line break. */
    private static int lastBoundary(String s, int end) {
        for (int k = end - 1; k > 0; k--) {
            char ch = s.charAt(k);
            if (TradeoffReader.isBoundary(s, k) || ".。\n;；".indexOf(ch) >= 0 && !(ch == '.' && k + 1 < s.length()
                    && Character.isDigit(s.charAt(k + 1)))) {
                return k + 1;
            }
            if (ch == '>' && s.charAt(k - 1) == '-') {
                return k + 1;
            }
        }
        return -1;
    }

    /** Clauses of {@code s} holding a measure, in order. */
    private static List<int[]> measuredClauses(String s) {
        List<int[]> out = new ArrayList<>();
        int a = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || isClauseEnd(s, k)) {
                boolean topic = k < s.length() && ":：".indexOf(s.charAt(k)) >= 0; // "pilot in 3 courses:" sets the scene
                if (k > a && !topic && countMeasures(s.substring(a, k)) > 0
                        && s.substring(a, k).codePoints().anyMatch(Character::isLetter)) {
                    out.add(new int[] {a, k});
                }
                a = k + 1;
            }
        }
        return out;
    }

    private static boolean isClauseEnd(String s, int k) {
        char ch = s.charAt(k);
        if (ch == '.' && k > 0 && k + 1 < s.length() && Character.isDigit(s.charAt(k - 1)) && Character.isDigit(s.charAt(k + 1))) {
            return false; // "0.71"
        }
        return ch != '—' && ch != '–' && ch != '(' && ch != ')' && (TradeoffReader.isBoundary(s, k) || ".。\n;；".indexOf(ch) >= 0);
    }

    private static int[] clauseAround(String s, int at) {
        int a = at;
        while (a > 0 && !isClauseEnd(s, a - 1) && s.charAt(a - 1) != ':' && s.charAt(a - 1) != '：') {
            a--;
        }
        int b = at;
        while (b < s.length() && !isClauseEnd(s, b) && !s.startsWith("->", b) && "—–".indexOf(s.charAt(b)) < 0) {
            b++;
        }
        return new int[] {a, b};
    }

    /** "A 4 false alarms/day vs 31 for B": a measure and a word on each side of the cue, in its clause. */
    private static boolean measuredOnBothSides(String s, int[] clause, Matcher cue) {
        String left = s.substring(clause[0], cue.start());
        String right = s.substring(cue.end(), clause[1]);
        return countMeasures(left) > 0 && countMeasures(right) > 0 && left.codePoints().anyMatch(Character::isLetter)
                && right.codePoints().anyMatch(Character::isLetter);
    }

    private static int countMeasures(String s) {
        Matcher m = MEASURE.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n + (unchangedArm(s) ? 1 : 0);
    }

    /** Round 21: "人工组基本没变", "control flat", «контрольная группа без изменений»: an arm measured as unchanged. */
    private static boolean unchangedArm(String s) {
        return UNCHANGED.matcher(s).find() && ARM.matcher(s).find();
    }
}
