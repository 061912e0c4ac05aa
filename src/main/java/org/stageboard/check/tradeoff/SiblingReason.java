package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.text.Scripts;

/**
 * A shorthand reason that names the option given up: "X, because Y …", where Y is a sibling of X, the same kind of
 * thing done another way. "uplift model, since a response model hands discounts to people who'd buy anyway",
 * "外挂检测放服务端，由于客户端检测容易被绕过", "отток скорим раз в неделю, т.к. ежедневный скоринг ничего не даёт". Two
 * signs mark a sibling: it shares a content word with the choice and adds a word of its own ("response model" next
 * to "uplift model"; "the model" alone is the choice again), or the two name different cadences ("daily" / "weekly",
 * "日更" / "周更", "раз в сутки" / "раз в месяц"). A subject that shares nothing with the choice ("the regulator wants …")
 * is the reason's own, not an option.
 */
final class SiblingReason {
    /** Cadences: naming two different ones weighs one against the other. */
    private static final Pattern CADENCE = Pattern.compile("(?<![\\p{L}])(?:hourly|daily|nightly|weekly|monthly|yearly"
            + "|real-?time|streaming|per[- ]request|every (?:hour|day|night|week|month)|once a (?:day|week|month))(?![\\p{L}])"
            + "|按?(?:小时|日|天|周|月|年)(?:更|级|训|跑)|按(?:小时|天|周|月)|实时|离线批"
            + "|(?<![\\p{L}])(?:ежечасн|ежедневн|еженедельн|ежемесячн|почасов|посуточн|понедельн|помесячн)\\p{L}*"
            + "|раз в (?:час|сутки|день|неделю|месяц|год|квартал)|(?<![\\p{L}])онлайн(?![\\p{L}])");
    /** Cues of cause; a purpose ("чтобы не дарить скидку", "to avoid", "为了") names what is avoided, not an option. */
    private static final java.util.Set<String> CAUSAL = java.util.Set.of("because", "bc", "b/c", "bcz", "bcs", "coz",
            "cuz", "cos", "'cause", "since", "as", "given that", "since we", "b.c.", "because:", "т.к", "т.к.",
            "т. к.", "тк", "так как", "потому", "потому что", "поскольку", "ибо", "ведь", "из-за того что", "因为",
            "由于", "是因为", "毕竟", "鉴于", "既然");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    /** "per X", "by X", «по X»: the choice splits its work by X (round 23). */
    private static final Pattern SEGMENT = Pattern.compile("(?<![\\p{L}])(?:per|by|for each|for every|each|every|по)\\s+(\\p{L}+)");
    private static final String CLAUSE_ENDS = ",，;；:：—–()（）\n.。";

    private SiblingReason() {
    }

    /**
     * The sibling option named at the head of a clause of {@code reason} ([start, end) in {@code s}), weighed against
     * the choice clause {@code choice}; null when none is named.
     */
    static int[] in(String s, int[] choice, int[] reason, String cue) {
        if (choice == null || reason == null || !CAUSAL.contains(cue)) {
            return null;
        }
        String chosen = s.substring(choice[0], choice[1]);
        String chosenCadence = cadence(chosen);
        int a = reason[0];
        while (a < reason[1]) {
            int b = a;
            while (b < reason[1] && CLAUSE_ENDS.indexOf(s.charAt(b)) < 0) {
                b++;
            }
            int[] sibling = chosenCadence != null ? otherCadence(s, a, b, chosenCadence) : null;
            sibling = sibling != null ? sibling : sharedHead(s, a, b, chosen);
            if (sibling != null && Spans.trim(s, sibling[1], b) != null) { // the option, then what it does wrong
                return Spans.trim(s, sibling[0], sibling[1]);
            }
            if (b < reason[1] && "—–:：".indexOf(s.charAt(b)) >= 0) {
                return null; // past a dash or colon the reason explains itself ("70% of accepts — mutual friends")
            }
            a = b + 1;
        }
        return null;
    }

    private static String cadence(String text) {
        Matcher m = CADENCE.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** A different cadence in the clause [a, b), with the word after it when it is a noun phrase's head. */
    private static int[] otherCadence(String s, int a, int b, String chosen) {
        Matcher m = CADENCE.matcher(s).region(a, b);
        if (!m.find() || m.group().equals(chosen) || m.start() - a > 12) {
            return null;
        }
        int after = m.end();
        while (after < b && s.charAt(after) == ' ') {
            after++;
        }
        Matcher next = WORD.matcher(s).region(after, b);
        boolean ruAdjective = m.group().matches("\\p{IsCyrillic}+(?:ый|ий|ой|ая|ое|ые|ие)");
        return new int[] {m.start(), ruAdjective && next.lookingAt() ? next.end() : m.end()};
    }

    /**
     * The head of clause [a, b) (its first three words, or first six Chinese characters) when it shares a content
     * word with the choice and adds one of its own: the words up to the shared one (one more when it comes first).
     */
    private static int[] sharedHead(String s, int a, int b, String chosen) {
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (Scripts.isCjk(s.codePointAt(a))) {
            return sharedCjkHead(s, a, Math.min(b, a + 6), chosen);
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s).region(a, b);
        while (m.find() && words.size() < 3) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (INSTANCE.contains(s.substring(words.get(0)[0], words.get(0)[1]))) {
            return null; // round 21: "bc one bad reply goes viral" counts an event of the topic, names no option
        }
        for (int k = 0; k < words.size(); k++) {
            String w = s.substring(words.get(k)[0], words.get(k)[1]);
            if (w.length() >= 4 && stemIn(chosen, w)) {
                if (k == 0 && restylesTopic(chosen, w) || segmentedBy(chosen, w)) {
                    return null; // "privilege classifier …, cuz privileged docs must be withheld": the topic again
                }
                int last = k == 0 ? Math.min(1, words.size() - 1) : k;
                boolean own = false;
                for (int j = 0; j <= last; j++) {
                    String o = s.substring(words.get(j)[0], words.get(j)[1]);
                    own |= o.length() >= 3 && !TradeoffReader.PRONOUNS.contains(o) && !stemIn(chosen, o)
                            && !TradeoffReader.RU_NOT_NOUN.contains(o) && !STOP.contains(o);
                }
                return own ? new int[] {words.get(0)[0], words.get(last)[1]} : null;
            }
        }
        return null;
    }

    /** Words that count instances of the topic ("one bad reply", "every late order"), not a way of doing it. */
    private static final java.util.Set<String> INSTANCE = java.util.Set.of("one", "every", "each", "single", "any");

    private static final java.util.Set<String> STOP = java.util.Set.of("the", "our", "any", "all", "its", "their",
            "этот", "эта", "эти", "наш", "наша", "наши", "весь", "вся", "все");

    /** Chinese: the head up to the end of a two-character word it shares with the choice, if it has more before it. */
    private static int[] sharedCjkHead(String s, int a, int b, String chosen) {
        for (int k = a + 2; k + 2 <= b; k++) {
            String pair = s.substring(k, k + 2);
            if (Scripts.isCjk(pair.codePointAt(0)) && Scripts.isCjk(pair.codePointAt(1)) && chosen.contains(pair)
                    && !chosen.contains(s.substring(a, k))) {
                return new int[] {a, k + 2};
            }
        }
        return null;
    }

    /**
     * The choice opens with the word {@code w} in another form ("privilege classifier" / "privileged docs", "aimbot
     * model" / "aimbots snap"): a reason that opens with it speaks of the topic the choice is for, not of a sibling
     * done another way, which restates the method word as written ("GBDT on counts, because GBDT on ratios …").
     */
    private static boolean restylesTopic(String chosen, String w) {
        Matcher m = WORD.matcher(chosen);
        if (!m.find()) {
            return false;
        }
        String first = m.group();
        String stem = stem(w);
        return !first.equals(w) && first.indexOf('-') < 0 && first.startsWith(stem);
    }

    /**
     * Round 23: the choice splits its work by {@code w} ("fcst per break", "deposits for sessions over 3h", «прогноз по
     * сёлам»): a reason about one kind of it ("the jetty break works on other swells", "long sessions no-show",
     * «газифицированные сёла не берут») says why the split pays, and names no option given up (sets 31 and 32, English
     * and Russian).
     */
    private static boolean segmentedBy(String chosen, String w) {
        String stem = stem(w);
        Matcher m = SEGMENT.matcher(chosen);
        while (m.find()) {
            if (m.group(1).startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@code w} or its first five letters (a stem, "скоринг" / "скорим") among the words of {@code text}. */
    private static boolean stemIn(String text, String w) {
        String stem = stem(w);
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.equals(w) || stem.length() >= 4 && t.startsWith(stem) && Math.abs(t.length() - w.length()) <= 3
                    || t.endsWith("-" + w)) {
                return true;
            }
        }
        return false;
    }

    /** A long word's first four letters, so "скоринг" and "скорим", "sessions" and "session" meet; a short word whole. */
    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 4) : w;
    }
}
