package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stageboard.text.Scripts;

/**
 * Options listed after a colon, then one named in the clause that follows the list: "3 label sources: manual QA,
 * returns, synthetic. QA labels for v1, returns lag 6 weeks", or scored, "backtest: lightgbm WAPE 18%, prophet
 * 24%, naive 27% → lightgbm". The option named again is the choice, another listed option the alternative; when
 * the items carry scores, the scores are the reason. A list nobody picks from stays a list (nothing is read).
 */
final class ListedOptions {
    /** A list of at least this many unscored items counts; scored items ("prophet 24%") need only two. */
    private static final int MIN_ITEMS = 3;
    private static final int MIN_SCORED = 2;
    private static final int MAX_ITEM_CHARS = 36;
    private static final String SEPARATORS = ",，、";
    private static final String ENDS = "。;；\n→!?！？";

    /** One listed item: its span and the words that would name it again. */
    private record Item(int[] span, List<String> keys, boolean scored) {
    }

    private ListedOptions() {
    }

    /** Fills the choice, the alternative and (for scores) the reason from a list in [from, to) of {@code norm}. */
    static void apply(String norm, int from, int to, FoundParts f) {
        if (f.choice != null && f.alternative != null && f.reason != null) {
            return;
        }
        for (int colon = from; colon < to; colon++) {
            char c = norm.charAt(colon);
            if ((c == ':' || c == '：') && TradeoffReader.isBoundary(norm, colon)) {
                if (readList(norm, colon + 1, to, f, false)) {
                    return;
                }
            }
        }
        readList(norm, from, to, f, true); // "XGB AUC .842, DNN .845, same, XGB far cheaper → XGB"
    }

    private static boolean readList(String norm, int start, int to, FoundParts f, boolean scoresOnly) {
        List<Item> items = new ArrayList<>();
        int a = start;
        int k = start;
        int listEnd = -1;
        for (; k <= to; k++) {
            boolean end = k == to || ENDS.indexOf(norm.charAt(k)) >= 0 || norm.startsWith("->", k)
                    || norm.charAt(k) == '.' && (k + 1 == to || norm.charAt(k + 1) == ' ');
            boolean sep = !end && SEPARATORS.indexOf(norm.charAt(k)) >= 0;
            if (!end && !sep) {
                continue;
            }
            int[] span = Spans.trim(norm, a, k);
            if (span == null || span[1] - span[0] > MAX_ITEM_CHARS) {
                break;
            }
            boolean scored = hasDigit(norm, span);
            if (items.size() >= MIN_SCORED && items.stream().allMatch(Item::scored) && !scored) {
                break; // "hybrid .62, dense .55, 用混合": the scores end where the verdict starts
            }
            items.add(new Item(span, keys(norm.substring(span[0], span[1])), scored));
            a = k + 1;
            listEnd = k;
            if (end) {
                break;
            }
        }
        boolean scored = items.stream().filter(Item::scored).count() >= MIN_SCORED
                && items.stream().allMatch(Item::scored);
        if (listEnd < 0 || items.size() < (scored ? MIN_SCORED : MIN_ITEMS) || scoresOnly && !scored) {
            return false;
        }
        dropSharedKeys(items.stream().map(Item::keys).toList());
        int chosen = chosenItem(norm, items, listEnd, to, f);
        if (chosen < 0) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i != chosen && f.alternative == null) {
                f.alternative = items.get(i).span();
            }
        }
        if (scored && f.reason == null) {
            f.reason = new int[] {items.get(0).span()[0], items.get(items.size() - 1).span()[1]};
        }
        return true;
    }

    /**
     * The item named in the verdict clause right after the list (the earliest one named), else the item a choice read after
     * the list names; -1 when neither.
     */
    private static int chosenItem(String norm, List<Item> items, int listEnd, int to, FoundParts f) {
        int a = listEnd;
        while (a < to && (ENDS.indexOf(norm.charAt(a)) >= 0 || SEPARATORS.indexOf(norm.charAt(a)) >= 0
                || " ->.".indexOf(norm.charAt(a)) >= 0)) {
            a++;
        }
        int b = a;
        while (b < to && !TradeoffReader.isBoundary(norm, b) && ENDS.indexOf(norm.charAt(b)) < 0) {
            b++;
        }
        String verdict = norm.substring(a, b);
        int best = -1;
        int bestAt = Integer.MAX_VALUE;
        int bestLen = 0;
        for (int i = 0; i < items.size(); i++) {
            for (String key : items.get(i).keys()) {
                int at = TradeoffReader.indexOfWord(verdict, key);
                if (at >= 0 && at < bestAt) {
                    best = i;
                    bestAt = at;
                    bestLen = key.length();
                }
            }
        }
        if (best >= 0) {
            int[] span = Spans.trim(norm, a + bestAt, b);
            f.choice = span != null ? span : Spans.wholeWords(norm, a + bestAt, a + bestAt + bestLen);
            return best;
        }
        if (f.choice != null && f.choice[0] >= listEnd) { // a choice inside the list only describes an item
            String choice = norm.substring(f.choice[0], f.choice[1]);
            for (int i = 0; i < items.size(); i++) {
                for (String key : items.get(i).keys()) {
                    if (TradeoffReader.indexOfWord(choice, key) >= 0) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** A word every item shares ("WAPE" in each score, "labels") names none of them. */
    static void dropSharedKeys(List<? extends List<String>> keysOfItems) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (List<String> keys : keysOfItems) {
            for (String k : new HashSet<>(keys)) {
                if (!seen.add(k)) {
                    shared.add(k);
                }
            }
        }
        for (List<String> keys : keysOfItems) {
            keys.removeAll(shared);
        }
    }

    /** Words that name an item again: Latin/Cyrillic words of 2+ letters (stems of 5), the first two CJK characters of a run. */
    static List<String> keys(String item) {
        List<String> out = new ArrayList<>();
        for (String w : item.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.chars().allMatch(Character::isDigit) || TradeoffReader.PRONOUNS.contains(w)) {
                continue;
            }
            if (Scripts.isCjk(w.codePointAt(0))) {
                if (w.length() >= 2) {
                    out.add(w.substring(0, 2));
                }
            } else if (w.length() >= 2 && !STOP_WORDS.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    private static final Set<String> STOP_WORDS = Set.of("on", "in", "of", "the", "and", "for", "by", "at", "to",
            "по", "на", "из", "для", "и", "в", "с");

    private static boolean hasDigit(String norm, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (Character.isDigit(norm.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
