package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.text.Scripts;

/**
 * {@link PickedOption} for labelled items: "A) … B) …", "1. … 2. …", "①…②…", "方案一…方案二…", "вар. А … вар. Б …",
 * then a label named again after the list ("→ B, cheaper", "идём в А", "选①").
 */
final class LabelledPick {
    /** The characters that end a picked option named again: "B, cheaper", "flink，…", "на колонку: …". */
    private static final String AFTER_PICK = ",:;—–-(.。!)";

    private LabelledPick() {
    }

    static FoundParts read(String norm, List<Hit> hits) {
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
        List<PickedOption.Item> items = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            int a = run.get(k)[1];
            int b = k + 1 < run.size() ? labelStart(norm, run.get(k + 1)[0]) : PickedOption.lastItemEnd(norm, a);
            int[] span = Spans.trim(norm, a, Math.min(b, a + PickedOption.MAX_ITEM));
            if (span == null) {
                return null;
            }
            items.add(new PickedOption.Item(span, run.get(k)[2], List.of()));
        }
        int listEnd = PickedOption.lastItemEnd(norm, run.get(run.size() - 1)[1]);
        for (int j = listEnd; j < norm.length(); j++) {
            int ord = ordinal(norm.charAt(j));
            if (ord < 0 || ord >= items.size()
                    || j > 0 && Character.isLetterOrDigit(norm.charAt(j - 1)) && !Scripts.isCjk(norm.charAt(j - 1))) {
                continue;
            }
            int after = pickEnd(norm, j + 1);
            if (after < 0 || !PickedOption.pickedHead(norm, hits, clauseStart(norm, listEnd, j), j)) {
                continue;
            }
            return PickedOption.parts(norm, hits, items, ord, after);
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
        for (String p : PickedOption.LABEL_PREFIXES) {
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
        if (next == ' ' && Character.isDigit(c) && (i == 0 || norm.charAt(i - 1) == '\n')) {
            return n + 1; // "① 本地\n② 云端" folds to "1 本地\n2 云端": a digit opening a line
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
        for (String p : PickedOption.LABEL_PREFIXES) {
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
}
