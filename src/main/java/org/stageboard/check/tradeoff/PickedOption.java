package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final List<String> LABEL_PREFIXES = List.of("option", "opt.", "opt", "variant", "вариант",
            "вар.", "вар", "plan", "方案");
    /** Words that pick right before an option named again: "pick B", "идём в А", "选①", "-> 2". */
    private static final List<String> PICK_WORDS = List.of("pick", "picked", "picking", "go with", "going with",
            "went with", "we go", "go", "going", "choose", "chose", "chosen", "choice:", "choice", "decision:",
            "decision", "take", "taking", "winner:", "doing", "ship", "v1 =", "v1:", "v1", "выбор:", "выбор",
            "выбираем", "выбрали", "берем", "взяли", "идем в", "идем на", "остановились на", "ставим", "делаем", "итог:",
            "на", "选择", "选定", "选", "定", "用", "上", "采用", "走", "决定", "结论:", "→", "->", "=>", "⇒", "=");
    /** Where the last listed item ends. */
    private static final List<String> ITEM_ENDS = List.of("\n", " / ", "|", "→", "->", "=>", "⇒", "。", "?", ";",
            ". ");
    /** Separators of unlabelled items: "x / y / z", "x | y", bullet lines, "x or y", "x 还是 y". */
    private static final List<String> SEPARATORS = List.of(" / ", "|", "\n", ", or ", " or ", " или ", "还是", " vs ",
            "或者", "或");
    /** Words in a pick's head that turn it into a rejection. */
    private static final List<String> NEGATIONS = List.of("不", "没", "别", "не ", "not ", "no ", "don't", "dont ",
            "never ");
    private static final int MAX_ITEM = 48;
    private static final int MAX_HEAD_EXTRA = 14;
    /** The characters that end a picked option named again: "B, cheaper", "flink，…", "на колонку: …". */
    private static final String AFTER_PICK = ",:;—–-(.。!)";

    private PickedOption() {
    }

    /** A listed option: its span and the words that name it again. */
    private record Item(int[] span, int ordinal, List<String> keys) {
    }

    /** The parts of a pick from listed options in {@code norm}, or null when the box holds none. */
    static FoundParts read(String norm, List<Hit> hits) {
        FoundParts labelled = labelled(norm, hits);
        return labelled != null ? labelled : unlabelled(norm, hits);
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

    // ---- labelled items: "A) … B) …", "1. … 2. …", "①…②…", "方案一…方案二…", "вар. А … вар. Б …"

    private static FoundParts labelled(String norm, List<Hit> hits) {
        List<int[]> labels = new ArrayList<>(); // {start, end, ordinal}
        for (int i = 0; i < norm.length(); i++) {
            int ord = ordinal(norm.charAt(i));
            if (ord < 0 || i > 0 && Character.isLetterOrDigit(norm.charAt(i - 1)) && !prefixed(norm, i)) {
                continue;
            }
            int end = labelEnd(norm, i);
            if (end > 0) {
                labels.add(new int[] {i, end, ord});
            }
        }
        List<int[]> run = longestRun(labels);
        if (run.size() < 2) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            int a = run.get(k)[1];
            int b = k + 1 < run.size() ? labelStart(norm, run.get(k + 1)[0]) : lastItemEnd(norm, a);
            int[] span = Spans.trim(norm, a, Math.min(b, a + MAX_ITEM));
            if (span == null) {
                return null;
            }
            items.add(new Item(span, run.get(k)[2], List.of()));
        }
        int listEnd = lastItemEnd(norm, run.get(run.size() - 1)[1]);
        for (int j = listEnd; j < norm.length(); j++) {
            int ord = ordinal(norm.charAt(j));
            if (ord < 0 || ord >= items.size()
                    || j > 0 && Character.isLetterOrDigit(norm.charAt(j - 1)) && !Scripts.isCjk(norm.charAt(j - 1))) {
                continue;
            }
            int after = pickEnd(norm, j + 1);
            if (after < 0 || !pickedHead(norm, hits, clauseStart(norm, listEnd, j), j)) {
                continue;
            }
            return parts(norm, hits, items, ord, after);
        }
        return null;
    }

    /** 0 for a/а/1/一, 1 for b/б/2/二 …; -1 for anything else. */
    private static int ordinal(char c) {
        int at = "abcd".indexOf(c);
        at = at >= 0 ? at : "абвг".indexOf(c);
        at = at >= 0 ? at : "1234".indexOf(c);
        return at >= 0 ? at : "一二三四".indexOf(c);
    }

    /** A label word right before {@code i}: "option b", "вар. б", "方案二". */
    private static boolean prefixed(String norm, int i) {
        int k = i;
        while (k > 0 && norm.charAt(k - 1) == ' ') {
            k--;
        }
        for (String p : LABEL_PREFIXES) {
            if (norm.startsWith(p, k - p.length()) && (k - p.length() == 0
                    || !Character.isLetter(norm.charAt(k - p.length() - 1)) || Scripts.isCjk(p.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the item's text starts once its label is past, or -1 when the character at {@code i} labels nothing. */
    private static int labelEnd(String norm, int i) {
        char c = norm.charAt(i);
        int n = i + 1;
        char next = n < norm.length() ? norm.charAt(n) : '\n';
        boolean cjkLabel = Scripts.isCjk(c);
        if (prefixed(norm, i)) {
            if (!cjkLabel && Character.isLetterOrDigit(next) && !Scripts.isCjk(next)) {
                return -1; // "option base"
            }
            return punctuationAfter(norm, n);
        }
        if (cjkLabel) {
            return -1; // "一" alone is a word, not a label
        }
        boolean opens = i == 0 || " \n/|(,;".indexOf(norm.charAt(i - 1)) >= 0 || norm.charAt(i - 1) == '。';
        if (!opens) {
            return -1;
        }
        if (next == ')' || next == ':' || next == '、') {
            return n + 1;
        }
        if (next == '.' && n + 1 < norm.length() && norm.charAt(n + 1) == ' ') {
            return n + 1; // "1. one model" but not "0.5"
        }
        if (Character.isDigit(c) && Scripts.isCjk(next) && "个种次倍年月日天周条万千亿层步".indexOf(next) < 0) {
            return n; // "①微调" folds to "1微调"
        }
        if (next == ' ' && Character.isLetter(c) && itemStart(norm, i)) {
            return n + 1; // "A 人工审核  B 模型打分", "A 离线 / B 在线": a bare letter opening the box, a line or an item
        }
        return -1;
    }

    /** The start of the box or a line, or after " / ", " | " or two spaces: where a bare letter can only be a label. */
    private static boolean itemStart(String norm, int i) {
        if (i == 0 || norm.charAt(i - 1) == '\n') {
            return true;
        }
        String before = norm.substring(Math.max(0, i - 2), i);
        return before.equals("  ") || before.equals("/ ") || before.equals("| ");
    }

    private static int punctuationAfter(String norm, int n) {
        int k = n;
        while (k < norm.length() && (norm.charAt(k) == ' ' || ":)、.".indexOf(norm.charAt(k)) >= 0)) {
            k++;
        }
        return k;
    }

    /** Where the label at {@code at} starts, its prefix included ("option b" starts at "option"). */
    private static int labelStart(String norm, int at) {
        int k = at;
        while (k > 0 && norm.charAt(k - 1) == ' ') {
            k--;
        }
        for (String p : LABEL_PREFIXES) {
            if (norm.startsWith(p, k - p.length())) {
                return k - p.length();
            }
        }
        return at > 0 && norm.charAt(at - 1) == '(' ? at - 1 : at;
    }

    /**
     * The longest run of labels 0, 1, 2 … in order (the first run when two are as long). Letters, digits and 一二三
     * count alike: a writer keeps one kind, and the order already binds the run.
     */
    private static List<int[]> longestRun(List<int[]> labels) {
        List<int[]> best = List.of();
        for (int s = 0; s < labels.size(); s++) {
            if (labels.get(s)[2] != 0) {
                continue;
            }
            List<int[]> run = new ArrayList<>(List.of(labels.get(s)));
            for (int t = s + 1; t < labels.size(); t++) {
                int[] last = run.get(run.size() - 1);
                if (labels.get(t)[2] == last[2] + 1 && labels.get(t)[0] >= last[1]) {
                    run.add(labels.get(t));
                }
            }
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    private static int lastItemEnd(String norm, int from) {
        int end = norm.length();
        for (String e : ITEM_ENDS) {
            int at = norm.indexOf(e, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** After a picked label: its closing bracket, then punctuation or the end of the line; -1 when a word follows. */
    private static int pickEnd(String norm, int k) {
        if (k < norm.length() && norm.charAt(k) == ')') {
            k++;
        }
        while (k < norm.length() && norm.charAt(k) == ' ') {
            k++;
        }
        if (k == norm.length() || norm.charAt(k) == '\n') {
            return k;
        }
        return AFTER_PICK.indexOf(norm.charAt(k)) >= 0 || norm.startsWith("bc ", k) || norm.startsWith("т.к", k)
                || norm.startsWith("因为", k) ? k : -1;
    }

    /** The start of the clause holding {@code at}, not before {@code from}. */
    private static int clauseStart(String norm, int from, int at) {
        int k = at;
        while (k > from && "\n/|.。,;:".indexOf(norm.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /**
     * The words of a clause before an option named again pick it: nothing ("B — old patterns hurt"), a word of
     * choosing or an arrow ("we go b", "→ 2", "选①"), a label word, and little else.
     */
    private static boolean pickedHead(String norm, List<Hit> hits, int from, int at) {
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
    private static boolean noJudgement(List<Hit> hits, int a, int b) {
        for (Hit h : hits) {
            if (h.start() < b && a < h.end() && (h.kind() == CueKind.DEFECT || h.kind() == CueKind.REJECT
                    || h.kind() == CueKind.CONTRAST || h.kind() == CueKind.DEFER)) {
                return false;
            }
        }
        return true;
    }

    // ---- unlabelled items: "x / y / z", "x | y", bullet lines, "x or y?", "x 还是 y？", after a colon or at a line start

    private static FoundParts unlabelled(String norm, List<Hit> hits) {
        for (String sep : SEPARATORS) {
            int first = norm.indexOf(sep);
            if (first < 0) {
                continue;
            }
            int start = listStart(norm, first);
            int end = runEnd(norm, start, sep);
            List<Item> items = split(norm, start, end, sep);
            if (items.size() < 2) {
                continue;
            }
            FoundParts f = pickNamed(norm, hits, items, end);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The list starts after the colon before its first separator, or at that line's start. */
    private static int listStart(String norm, int at) {
        int k = at;
        while (k > 0 && ":\n。?".indexOf(norm.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /**
     * Where the items end: at the end of the sentence or the arrow that closes the item holding it, or before the first
     * item too long to be an option (the verdict line of a bullet list).
     */
    private static int runEnd(String norm, int start, String sep) {
        int a = start;
        while (a < norm.length()) {
            int b = norm.indexOf(sep, a);
            int itemEnd = b < 0 ? norm.length() : b;
            int cut = firstEnd(norm, a, itemEnd, sep);
            if (cut < itemEnd) {
                return cut - a <= MAX_ITEM ? cut : a;
            }
            if (itemEnd - a > MAX_ITEM || b < 0) {
                // the last segment is the verdict when it is long or holds a clause of its own ("выбор: x, …")
                boolean verdict = itemEnd - a > MAX_ITEM
                        || b < 0 && sep.equals("\n") && firstOf(norm, a, itemEnd, ",:—→") < itemEnd;
                return verdict ? a : itemEnd;
            }
            a = b + sep.length();
        }
        return a;
    }

    private static int firstOf(String s, int a, int b, String chars) {
        for (int k = a; k < b; k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return b;
    }

    /** The first end of an item ({@link #ITEM_ENDS}, the separator itself aside) in [a, b), else b. */
    private static int firstEnd(String s, int a, int b, String sep) {
        int end = b;
        for (String e : ITEM_ENDS) {
            if (!e.equals(sep) && !(e.equals(" / ") && sep.equals("\n"))) {
                int at = s.indexOf(e, a);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
        }
        return end;
    }

    private static List<Item> split(String norm, int start, int end, String sep) {
        List<Item> items = new ArrayList<>();
        int a = start;
        while (a < end) {
            int b = norm.indexOf(sep, a);
            b = b < 0 || b > end ? end : b;
            int[] span = Spans.trim(norm, a, b);
            if (span != null) {
                if (span[1] - span[0] > MAX_ITEM) {
                    return List.of();
                }
                items.add(new Item(span, items.size(), new ArrayList<>(ListedOptions.keys(norm.substring(span[0], span[1])))));
            }
            a = b + sep.length();
        }
        ListedOptions.dropSharedKeys(items.stream().map(Item::keys).toList());
        return items;
    }

    /** The clause right after the list names exactly one item again, with little else before it. */
    private static FoundParts pickNamed(String norm, List<Hit> hits, List<Item> items, int listEnd) {
        int a = listEnd;
        while (a < norm.length() && (" \n/|.。?;:→->=⇒".indexOf(norm.charAt(a)) >= 0)) {
            a++;
        }
        int b = a;
        while (b < norm.length() && ",:;—–(.。!\n".indexOf(norm.charAt(b)) < 0) {
            b++;
        }
        String head = norm.substring(a, b);
        if (head.strip().matches("(?:выбор|choice|decision|pick|итог|选择|结论|winner)")) { // "выбор: эмбеддинги, …"
            a = b + 1;
            b = a;
            while (b < norm.length() && ",;—–(.。!\n".indexOf(norm.charAt(b)) < 0) {
                b++;
            }
            head = norm.substring(a, b);
        }
        int picked = -1;
        int mention = -1;
        for (Item it : items) {
            for (String key : it.keys()) {
                int at = TradeoffReader.indexOfWord(head, key);
                if (at >= 0) {
                    if (picked >= 0 && picked != it.ordinal()) {
                        return null; // two options named: a comparison, not a pick
                    }
                    while (at > 0 && (Character.isLetterOrDigit(head.charAt(at - 1)) || head.charAt(at - 1) == '-')) {
                        at--; // "z-score" is named from its start
                    }
                    picked = it.ordinal();
                    mention = mention < 0 ? at : Math.min(mention, at);
                }
            }
        }
        if (picked >= 0 && mention > 0 && itemSays(norm, items.get(picked), head.substring(0, mention))) {
            mention = 0; // "раз в сутки" restates the item "раз в сутки" from its first word
        }
        if (picked < 0 || mention > MAX_HEAD_EXTRA || head.length() > 40 || !noJudgement(hits, a, b)
                || !pickedHead(norm, hits, a, a + mention) && mention > 0) {
            return null;
        }
        return parts(norm, hits, items, picked, b);
    }

    /** Every word of {@code words} is a word of the item: the item named again from its start. */
    private static boolean itemSays(String norm, Item item, String words) {
        String text = norm.substring(item.span()[0], item.span()[1]);
        for (String w : words.split("[\\s]+")) {
            if (!w.isEmpty() && TradeoffReader.indexOfWord(text, w) < 0) {
                return false;
            }
        }
        return !words.isBlank();
    }

    // ---- the parts

    /** Choice: the picked item; alternative: the first other item; reason: the words after the pick, when they say something. */
    private static FoundParts parts(String norm, List<Hit> hits, List<Item> items, int picked, int after) {
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
