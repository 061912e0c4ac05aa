package org.stageboard.check.tradeoff;

import java.util.List;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.text.Scripts;

/**
 * Options listed, then one of them picked, with the reason after the pick: "A: per-language models / B: one
 * multilingual model / pick B - low-resource langs gain from transfer", "方案 A 精确去重，方案 B 感知哈希 → B，能抓裁剪",
 * "А) предрасчёт ночью  Б) онлайн-скоринг / идём в А, каталог меняется раз в день", or unlabelled,
 * "negatives: shown-not-clicked / random / mixed. mixed, shown-only carries position bias", "kafka+flink 还是 spark 批？
 * flink，风控要分钟级新鲜度", "колонка или сервер? на колонку: приватность". The box spreads the three parts over lines
 * and a question the sentence reader keeps apart, so this reads the whole box at once. The picked item is the choice, another
 * item the alternative, the words after the pick the reason. Options with no pick, or a pick with nothing after it, give
 * less: the reader reports what is missing.
 */
final class PickedOption {
    /** Words before a label that make it one: "option B", "вариант 2", "方案二". */
    static final List<String> LABEL_PREFIXES = List.of("option", "opt.", "opt", "variant", "вариант",
            "вар.", "вар", "plan", "方案");
    /** Words that pick right before an option named again: "pick B", "идём в А", "选①", "-> 2". */
    private static final List<String> PICK_WORDS = List.of("pick", "picked", "picking", "go with", "going with",
            "went with", "we go", "go", "going", "choose", "chose", "chosen", "choice:", "choice", "decision:",
            "decision", "take", "taking", "winner:", "doing", "ship", "v1 =", "v1:", "v1", "выбор:", "выбор",
            "выбираем", "выбрали", "берем", "взяли", "идем в", "идем на", "остановились на", "ставим", "делаем", "итог:",
            "на", "选择", "选定", "选", "定", "用", "上", "采用", "走", "决定", "结论:", "→", "->", "=>", "⇒", "=");
    /** Where the last listed item ends. */
    static final List<String> ITEM_ENDS = List.of("\n", " / ", "|", "→", "->", "=>", "⇒", "。", "?", ";",
            ". ");
    /** Words in a pick's head that turn it into a rejection. */
    private static final List<String> NEGATIONS = List.of("不", "没", "别", "не ", "not ", "no ", "don't", "dont ",
            "never ");
    static final int MAX_ITEM = 48;
    static final int MAX_HEAD_EXTRA = 14;

    private PickedOption() {
    }

    /** A listed option: its span and the words that name it again. */
    record Item(int[] span, int ordinal, List<String> keys) {
    }

    /** The parts of a pick from listed options in {@code norm}, or null when the box holds none. */
    static FoundParts read(String norm, List<Hit> hits) {
        FoundParts labelled = LabelledPick.read(norm, hits);
        return labelled != null ? labelled : UnlabelledPick.read(norm, hits);
    }

    /**
     * A full reading that says what the pick says: its choice is the picked item or words of it said again ("hybrid
     * search vs pure dense -> hybrid"), its alternative lies in another listed item. Its own words are then kept.
     */
    static boolean agrees(String norm, FoundParts picked, FoundParts other) {
        if (other.count() < 3) {
            return false;
        }
        String chosen = norm.substring(picked.choice[0], picked.choice[1]);
        boolean sameChoice = FoundParts.overlaps(other.choice[0], other.choice[1], picked.choice)
                || chosen.contains(norm.substring(other.choice[0], other.choice[1]).strip());
        boolean altListed = false;
        for (int[] o : picked.options) {
            altListed |= o != picked.choice && o[0] <= other.alternative[0] && other.alternative[1] <= o[1] + 1;
        }
        return sameChoice && altListed;
    }

    static int lastItemEnd(String norm, int from) {
        int end = norm.length();
        for (String e : ITEM_ENDS) {
            int at = norm.indexOf(e, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /**
     * The words of a clause before an option named again pick it: nothing ("B — old patterns hurt"), a word of
     * choosing or an arrow ("we go b", "→ 2", "选①"), a label word, and little else.
     */
    static boolean pickedHead(String norm, List<Hit> hits, int from, int at) {
        String head = norm.substring(from, at).strip();
        if (head.endsWith("(")) {
            head = head.substring(0, head.length() - 1).strip(); // "(b) - small cities …"
        }
        for (String p : LABEL_PREFIXES) {
            if (head.endsWith(p)) {
                head = head.substring(0, head.length() - p.length()).strip();
                break;
            }
        }
        if (head.isEmpty()) {
            return true;
        }
        for (String n : NEGATIONS) {
            if (head.contains(n)) {
                return false; // "不用二", "не берём 2": the option named is turned down
            }
        }
        for (String p : PICK_WORDS) {
            if (head.endsWith(p) && (head.length() == p.length() || !Character.isLetter(p.charAt(0))
                    || Scripts.isCjk(p.charAt(0)) || !Character.isLetter(head.charAt(head.length() - p.length() - 1)))) {
                return head.length() - p.length() <= MAX_HEAD_EXTRA && noJudgement(hits, from, at);
            }
        }
        return false;
    }

    /** No defect, rejection or contrast in the words of the pick: "B is too slow" judges B, it does not pick it. */
    static boolean noJudgement(List<Hit> hits, int a, int b) {
        for (Hit h : hits) {
            if (h.start() < b && a < h.end() && (h.kind() == CueKind.DEFECT || h.kind() == CueKind.REJECT
                    || h.kind() == CueKind.CONTRAST || h.kind() == CueKind.DEFER)) {
                return false;
            }
        }
        return true;
    }

    // ---- unlabelled items: "x / y / z", "x | y", bullet lines, "x or y?", "x 还是 y？", after a colon or at a line start

    /** Choice: the picked item; alternative: the first other item; reason: the words after the pick, when they say something. */
    static FoundParts parts(String norm, List<Hit> hits, List<Item> items, int picked, int after) {
        FoundParts f = new FoundParts();
        f.pickedFromList = true;
        for (Item it : items) {
            if (it.ordinal() == picked) {
                f.choice = it.span();
            } else if (f.alternative == null) {
                f.alternative = it.span();
            }
            f.options.add(it.span());
        }
        int end = norm.length();
        for (Sentences.Sentence sentence : Sentences.split(norm)) { // "т.к." does not end it
            if (sentence.start() <= after && after < sentence.end()) {
                end = sentence.end();
                break;
            }
        }
        int[] reason = Spans.trim(norm, after, end);
        if (reason != null && reason[1] - reason[0] >= 2 && Spans.hasContent(norm, reason[0], reason[1], hits)
                && !deferred(hits, reason)) {
            f.reason = reason;
        }
        return f.choice == null || f.alternative == null ? null : f;
    }

    /** "→ B, later" or "B (TBD)": a deferral is no reason ("B, ops can read it; AE later" still gives one). */
    private static boolean deferred(List<Hit> hits, int[] span) {
        for (Hit h : hits) {
            if (h.kind() == CueKind.DEFER && h.start() >= span[0] && h.start() < span[0] + 3) {
                return true;
            }
        }
        return false;
    }
}
