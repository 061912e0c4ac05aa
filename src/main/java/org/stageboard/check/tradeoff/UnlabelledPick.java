package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * {@link PickedOption} for unlabelled items: "x / y / z", "x | y", bullet lines, "x or y?", "x 还是 y？", after a colon
 * or at a line start, then the clause right after the list naming one of them again.
 */
final class UnlabelledPick {
    /** Separators of unlabelled items: "x / y / z", "x | y", bullet lines, "x or y", "x 还是 y". */
    private static final List<String> SEPARATORS = List.of(" / ", "|", "\n", ", or ", " or ", " или ", "还是", " vs ",
            "或者", "或");
    /**
     * Round 20: separators that close a run of options ("A, B or C", «A, B или C», "A、B 还是 C"): the items before
     * them may be split by commas, and a dash after the last one ends the list ("… or C - A bc …", «… или C — A, …»).
     */
    private static final List<String> OR_SEPS = List.of(", or ", " or ", " или ", "还是", "或者", "或");
    /** Where an item ends after one of {@link #OR_SEPS}: the usual ends and a dash. */
    private static final List<String> ITEM_ENDS_BEFORE_OR = Stream.concat(PickedOption.ITEM_ENDS.stream(),
            Stream.of(" - ", " — ", " – ", "—", "：")).toList();

    private UnlabelledPick() {
    }

    static FoundParts read(String norm, List<Hit> hits) {
        for (String sep : SEPARATORS) {
            int first = norm.indexOf(sep);
            if (first < 0) {
                continue;
            }
            int start = listStart(norm, first);
            int end = runEnd(norm, start, sep);
            List<PickedOption.Item> items = split(norm, start, end, sep);
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
                return cut - a <= PickedOption.MAX_ITEM ? cut : a;
            }
            if (itemEnd - a > PickedOption.MAX_ITEM || b < 0) {
                // the last segment is the verdict when it is long or holds a clause of its own ("выбор: x, …")
                boolean verdict = itemEnd - a > PickedOption.MAX_ITEM
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

    /** The first end of an item ({@link PickedOption#ITEM_ENDS}, the separator itself aside) in [a, b), else b. */
    private static int firstEnd(String s, int a, int b, String sep) {
        int end = b;
        for (String e : OR_SEPS.contains(sep) ? ITEM_ENDS_BEFORE_OR : PickedOption.ITEM_ENDS) {
            if (!e.equals(sep) && !(e.equals(" / ") && sep.equals("\n"))) {
                int at = s.indexOf(e, a);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
        }
        return end;
    }

    private static List<PickedOption.Item> split(String norm, int start, int end, String sep) {
        List<PickedOption.Item> items = new ArrayList<>();
        int a = start;
        while (a < end) {
            int b = norm.indexOf(sep, a);
            b = b < 0 || b > end ? end : b;
            List<int[]> spans = OR_SEPS.contains(sep) ? commaParts(norm, a, b)
                    : Collections.singletonList(Spans.trim(norm, a, b));
            for (int[] span : spans) {
                if (span == null) {
                    continue;
                }
                if (span[1] - span[0] > PickedOption.MAX_ITEM) {
                    return List.of();
                }
                List<String> keys = new ArrayList<>(ListedOptions.keys(norm.substring(span[0], span[1])));
                items.add(new PickedOption.Item(span, items.size(), keys));
            }
            a = b + sep.length();
        }
        ListedOptions.dropSharedKeys(items.stream().map(PickedOption.Item::keys).toList());
        return items;
    }

    /** The comma-separated parts of [a, b) ("PLS, бустинг" before "или нейронка"), trimmed. */
    private static List<int[]> commaParts(String norm, int a, int b) {
        List<int[]> parts = new ArrayList<>();
        int from = a;
        for (int k = a; k <= b; k++) {
            if (k == b || norm.charAt(k) == ',' || norm.charAt(k) == '、' || norm.charAt(k) == '，') {
                parts.add(Spans.trim(norm, from, k));
                from = k + 1;
            }
        }
        return parts;
    }

    /** The clause right after the list names exactly one item again, with little else before it. */
    private static FoundParts pickNamed(String norm, List<Hit> hits, List<PickedOption.Item> items, int listEnd) {
        int a = listEnd;
        while (a < norm.length() && (" \n/|.。?;:：→->=⇒—–".indexOf(norm.charAt(a)) >= 0)) {
            a++;
        }
        int b = a;
        while (b < norm.length() && ",:;—–(.。!\n".indexOf(norm.charAt(b)) < 0) {
            b++;
        }
        for (Hit h : hits) { // round 20: "on-phone bc uploads fail": the pick's clause ends at its reason
            if (h.kind() == CueKind.REASON && h.start() > a && h.start() < b) {
                b = h.start();
            }
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
        int picked = ordinalNamed(head, items.size());
        int mention = picked >= 0 ? 0 : -1;
        for (PickedOption.Item it : picked >= 0 ? List.<PickedOption.Item>of() : items) {
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
        if (picked >= 0 && mention == 0 && ordinalNamed(head, items.size()) < 0
                && BoxLookalikes.labelledLine(norm, items, items.get(picked), hits, a, b)) {
            return null; // round 24: "标签: …\n…\n账号-交易图: 金币流向" labels facts line by line, it picks nothing
        }
        if (picked >= 0 && mention > 0 && itemSays(norm, items.get(picked), head.substring(0, mention))) {
            mention = 0; // "раз в сутки" restates the item "раз в сутки" from its first word
        }
        if (picked < 0 || mention > PickedOption.MAX_HEAD_EXTRA || head.length() > 40
                || !PickedOption.noJudgement(hits, a, b)
                || !PickedOption.pickedHead(norm, hits, a, a + mention) && mention > 0) {
            return null;
        }
        return PickedOption.parts(norm, hits, items, picked, b);
    }

    /** Ordinal words that pick a listed item by its place: "the third", "второй", "第二个", "last" (-1 = the last). */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?:(?:pick|go with|take|choose|выбираем|берем|берём|选|用)\\s*)?(?:the\\s+)?"
                    + "(first|second|third|last|1st|2nd|3rd|перв\\p{L}{2}|втор\\p{L}{2}|трет\\p{L}{2}|последн\\p{L}{2}"
                    + "|第一[个种]?|第二[个种]?|第三[个种]?|最后一[个种])(?:\\s+(?:one|option|вариант))?");

    /** An item picked by its number when the list itself had none: "option 2", "вариант 2", "方案2", "#2". */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(?:(?:pick|go with|take|choose|выбираем|берем|берём|选|用)\\s*)?(?:option|вариант|方案|#|№)\\s*([1-9])");

    /** The item a head made only of an ordinal word picks ("третье: учитывает сезонность"), else -1. */
    private static int ordinalNamed(String head, int size) {
        java.util.regex.Matcher n = NUMBERED.matcher(head.strip());
        if (n.matches()) { // "→ вариант 2" after a bulleted list: the second item
            int at = n.group(1).charAt(0) - '1';
            return at < size ? at : -1;
        }
        java.util.regex.Matcher m = ORDINAL.matcher(head.strip());
        if (!m.matches()) {
            return -1;
        }
        String o = m.group(1);
        int at = o.startsWith("перв") || o.equals("first") || o.equals("1st") || o.startsWith("第一") ? 0
                : o.startsWith("втор") || o.equals("second") || o.equals("2nd") || o.startsWith("第二") ? 1
                : o.startsWith("трет") || o.equals("third") || o.equals("3rd") || o.startsWith("第三") ? 2 : size - 1;
        return at < size ? at : -1;
    }

    /** Every word of {@code words} is a word of the item: the item named again from its start. */
    private static boolean itemSays(String norm, PickedOption.Item item, String words) {
        String text = norm.substring(item.span()[0], item.span()[1]);
        for (String w : words.split("[\\s]+")) {
            if (!w.isEmpty() && TradeoffReader.indexOfWord(text, w) < 0) {
                return false;
            }
        }
        return !words.isBlank();
    }
}
