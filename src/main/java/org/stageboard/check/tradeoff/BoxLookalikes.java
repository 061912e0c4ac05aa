package org.stageboard.check.tradeoff;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 24 (issue 8): cues that real boards' multi-line boxes hold without weighing anything. A box is a list of
 * facts (data sources, serving notes, labels), and its lines use comparison and judgement words for other jobs: a
 * threshold in a condition ("banner when score > thresh", «где история больше заявленного», "分数高于阈值时"), a
 * difference counted (差 1 位, "differs by one digit"), "only" that narrows what is kept ("file paths + size only",
 * «— только в очередь»), and a "but" left unfinished at the end of a line.
 */
final class BoxLookalikes {
    /** Words that open a condition: what follows compares a value with a threshold, not two options. */
    private static final Pattern CONDITION = Pattern.compile(
            "(?:^|[\\s(])(?:when|whenever|if|once|unless|where|while|когда|если|где|пока|как только|при)\\s"
                    + "|当|如果|若|一旦|只要");
    /** Comparison cues that a condition can hold: symbols and comparatives of amount or level. */
    private static final Set<String> COMPARING = Set.of(">", ">>", "<", "<<", "≫", "≥", "≤", ">=", "<=",
            "больше", "меньше", "выше", "ниже", "higher", "lower", "more", "less", "greater", "bigger", "smaller",
            "大于", "小于", "高于", "低于", "超过", "多于", "少于");
    /**
     * 差 + a count of characters ("差 1 位", "差两个字符"): how far apart two strings are, not "poor" (a measured
     * error, "平均差 35 分钟", still weighs).
     */
    private static final Pattern COUNTED = Pattern.compile("\\s?(?:[0-9]+|[一两二三几])\\s?个?(?:位|字符|字)");
    /** "only" / «только» that restrict what is kept rather than praise an option. */
    private static final Set<String> ONLY = Set.of("only", "только");

    /** A share of the data ("~30% of restaurants", «у 55% машин», "三成的商户"): part of one source, no option. */
    private static final Pattern SHARE = Pattern.compile(
            "[~≈]?\\s*(?:у\\s*)?[~≈]?\\d+(?:[.,]\\d+)?\\s*%\\s*(?:of\\s|的|\\p{IsCyrillic})"
                    + "|(?:half|most|some|a third|a quarter) of\\s|(?:половина|часть|большинство)\\s|[一二三四五六七八九]成的?|大部分|一半");

    private BoxLookalikes() {
    }

    /** True when cue [start, end) of {@code s} is one of the look-alikes above. */
    static boolean lookalike(CueKind kind, String s, int start, int end) {
        String cue = s.substring(start, end);
        boolean comparing = COMPARING.contains(cue) || cue.length() == 1 && "高低大小多少".contains(cue)
                && s.startsWith("于", end); // "高于阈值": the comparative is 高 + 于
        if (comparing && (kind == CueKind.BEATS || kind == CueKind.LOSES || kind == CueKind.THAN
                || kind == CueKind.QUALITY) && inCondition(s, start, end)) {
            return true;
        }
        if (cue.equals("差") && kind == CueKind.QUALITY && CueContext.startsWith(COUNTED, s, end)) {
            return true;
        }
        if (kind == CueKind.QUALITY && ONLY.contains(cue) && restricts(s, start, end)) {
            return true;
        }
        // "… would be nicer but", «…, но», "…但是" with nothing after it on its line contrasts nothing
        return kind == CueKind.CONTRAST && CueContext.nothingFollows(s, end, true);
    }

    /**
     * The clause holding the cue opens with a condition word ("when score > thresh", «где история больше
     * заявленного», "如果分数高于…"), or closes with 时 (the Chinese "when"): the comparison sets a threshold.
     */
    static boolean inCondition(String s, int start, int end) {
        int a = start;
        while (a > 0 && ",;:.!?\n，；：。！？".indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        if (CONDITION.matcher(s.substring(a, start)).find()) {
            return true;
        }
        int b = end;
        while (b < s.length() && ",;:.!?\n，；：。！？(".indexOf(s.charAt(b)) < 0) {
            b++;
        }
        String rest = s.substring(end, b).strip();
        return rest.endsWith("时") || rest.endsWith("的时候");
    }

    /**
     * "only" after the thing kept and before a comma, bracket or line end ("size only, no code", "titles only"), or
     * opening the words after a dash or comma («не автоматом — только в очередь»): it narrows, it gives no reason.
     */
    static boolean restricts(String s, int start, int end) {
        int b = end;
        while (b < s.length() && s.charAt(b) == ' ') {
            b++;
        }
        boolean closes = b == s.length() || ",;)]\n".indexOf(s.charAt(b)) >= 0;
        int a = start;
        while (a > 0 && s.charAt(a - 1) == ' ') {
            a--;
        }
        boolean afterWord = a > 0 && Character.isLetterOrDigit(s.charAt(a - 1));
        boolean opensAfterDash = a > 0 && "—–-,:".indexOf(s.charAt(a - 1)) >= 0
                && !CueContext.digitNear(s, end, 1); // "- only 2 yrs of history" still limits the other option
        return closes && afterWord || opensAfterDash;
    }

    /**
     * The alternative a sentence found is a share of the data ("~30% of restaurants never mark no-shows"): a fact about
     * one source, so a clause on another line of the box is not taken as the choice it loses to.
     */
    static boolean shareOfData(String norm, int[] alternative) {
        return CueContext.startsWith(SHARE, norm, alternative[0]);
    }

    /**
     * A list that opens after a label and a colon ("标签: A\nB\n…"), and a later line that is a label and a colon of its
     * own ("账号-交易图: 金币流向"): the box labels facts line by line. The later line's label picks an item only when it
     * is that item's name and nothing more ("B: cheaper at our size").
     */
    static boolean labelledLine(String norm, java.util.List<PickedOption.Item> items, PickedOption.Item item,
            java.util.List<CueScanner.Hit> hits, int headStart, int headEnd) {
        if (headEnd >= norm.length() || ":：".indexOf(norm.charAt(headEnd)) < 0) {
            return false;
        }
        String head = norm.substring(headStart, headEnd);
        for (String key : item.keys()) { // "选按成本：" picks the item with a word of choosing, then gives the reason
            int at = head.indexOf(key);
            if (at > 0 && PickedOption.pickedHead(norm, hits, headStart, headStart + at)) {
                return false;
            }
        }
        String named = norm.substring(item.span()[0], item.span()[1]);
        boolean itsWords = true; // «по стоимости:» after «… | по стоимости ошибок» names the item in its own words
        for (String w : head.strip().split("\\s+")) {
            itsWords &= TradeoffReader.indexOfWord(named, w) >= 0;
        }
        if (itsWords) {
            return false;
        }
        int k = items.get(0).span()[0];
        while (k > 0 && norm.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == 0 || ":：".indexOf(norm.charAt(k - 1)) < 0) {
            return false;
        }
        return !item.keys().contains(head.strip());
    }

    /**
     * A short bracket after the choice that holds a number and no cue ("模糊匹配 (差 1 位)", "fuzzy match (1 char
     * off)", «(до 2 символов)»): a setting of the choice, not why it was made.
     */
    static boolean onlyACount(String s, int[] span, java.util.List<CueScanner.Hit> hits) {
        String t = s.substring(span[0], span[1]);
        if (t.length() > 12 || t.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return hits.stream().noneMatch(h -> h.start() < span[1] && span[0] < h.end());
    }

    /** "but also", «но и», "but … too": the second half of "not only A but also B", which adds instead of picking. */
    private static final Pattern BUT_ALSO = Pattern.compile("\\bbut\\b|(?<![\\p{L}])но(?![\\p{L}])|а также");

    /**
     * "score at booking (< 200ms), not only the T-24h batch: a deposit must be asked first", «…, не только ночной
     * пересчёт: …»: after a comma, "not only" sets the option named before it above the one after it, for the reason
     * that follows. With "but (also)" after it the phrase only adds ("not only fast but also cheap").
     */
    static boolean notOnly(String s, int start, int end) {
        if (!ONLY.contains(CueContext.wordAfter(s, end)) || !CueContext.precededByComma(s, start)) {
            return false;
        }
        int lineEnd = s.indexOf('\n', end);
        return !BUT_ALSO.matcher(s.substring(end, lineEnd < 0 ? s.length() : lineEnd)).find();
    }
}
