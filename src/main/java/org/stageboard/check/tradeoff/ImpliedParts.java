package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Parts a writer implies rather than names. Terse writers often leave the alternative to the structure around it:
 * a slash list of candidates ("256/512/1024 ... 用 512"), the cost of the other way before a "so" ("GPT-4 for
 * every query is ~$40k/mo, so a small model"), or an A/B test whose control is the alternative ("A/B: +1.4% GMV;
 * shipping it"). Each rule fills a part only when the other two were already read, and names the words it used.
 */
final class ImpliedParts {
    /** Three or more items joined by slashes, or two joined by a spaced slash: "DNN/GBDT/LR", "rules / GBDT". */
    private static final Pattern SLASH_LIST = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_.+@]*(?:\\s?/\\s?[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_.+@]*){2,}"
                    + "|[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_.+@ ]{0,20}[\\p{L}\\p{N}] / [\\p{L}\\p{N}][\\p{L}\\p{N}\\-_.+@ ]{0,20}");
    /** Slash pairs that are one word, never a list of options. */
    private static final List<String> NOT_OPTIONS = List.of("a/b", "pros/cons", "b/c", "w/", "/mo", "/мес", "/day",
            "/сут", "/s", "/h", "km/", "плюсы/минусы", "优/缺", "tp/fp", "pos/neg", "train/val", "train/test");
    /** The price of a way not taken: money, volume, a multiple. */
    private static final Pattern COSTLY = Pattern.compile(
            "\\$\\s?\\d|\\d\\s?(?:k|m)?\\s?/\\s?(?:mo|month|мес)|\\d+(?:[.,]\\d+)?\\s?(?:tb|pb|gb|тб|пб)\\b"
                    + "|\\d+(?:[.,]\\d+)?\\s?(?:万|亿|千万)|\\d\\s?(?:млн|млрд|тыс)|руб|\\$\\$|\\d+\\s?(?:ms|мс|毫秒)"
                    + "|[×x]\\s?\\d|\\d\\s?[×x](?![\\p{L}])|\\d倍");
    /** The other way spoken of as a hypothetical: "Y would drift", "Y 容易被刷", "Y уедет/будет". */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\bwould\\b|\\bwould've\\b|'d\\b|容易|会|\\bбы\\b|\\bбудет\\b|\\bбудут\\b|уедет|\\bсломает");
    /** Round 18: a choice closed by "instead" ("…, so soil-moisture trigger instead") replaces what the reason describes. */
    private static final Pattern INSTEAD_CLOSES = Pattern.compile(
            "(?<![\\p{L}])(?:instead|вместо этого|взамен)\\W*$");
    /** Round 18: one means found wanting on its own: "rain gauge threshold alone fires …", "单靠规则…", «одних правил мало». */
    private static final Pattern ON_ITS_OWN = Pattern.compile(
            "(?<![\\p{L}])(?:alone|on its own|by itself|в одиночку|сам[аиоы]? по себе)(?![\\p{L}])|单靠|光靠|仅靠|只靠");
    /** An online experiment: its control is the alternative to what ships. */
    private static final Pattern AB_TEST = Pattern.compile(
            "(?<![\\p{L}])(?:a/b|ab[- ]?test\\p{L}*|а/б|аб[- ]?тест\\p{L}*|ab测试|a/b测试)(?![\\p{L}])");
    /** Shipping the treatment. */
    private static final Pattern SHIP = Pattern.compile(
            "(?<![\\p{L}])(?:ship(?:ping|ped|s)?|roll(?:ing|ed)? (?:it )?out|rollout|launch(?:ing|ed)?"
                    + "|кат(?:им|им его|ить)|выкат\\p{L}*|раскат\\p{L}*)(?![\\p{L}])|全量|上线");

    private ImpliedParts() {
    }

    /** Slash lists as option spans, in text order. */
    static List<int[]> slashOptions(String norm) {
        if (norm.indexOf('/') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = SLASH_LIST.matcher(norm);
        while (m.find()) {
            String list = m.group();
            if (NOT_OPTIONS.stream().anyMatch(list::contains)) {
                continue;
            }
            int a = m.start();
            for (String item : list.split("/", -1)) {
                int lead = item.length() - item.stripLeading().length();
                String t = item.strip();
                if (!t.isEmpty()) {
                    out.add(new int[] {a + lead, a + lead + t.length()});
                }
                a += item.length() + 1;
            }
        }
        return out;
    }

    /**
     * "GPT-4 for every query is ~$40k/mo, so small model": the reason before a "so" prices, or doubts, another way;
     * that way is the alternative. So does a reason that finds one means wanting on its own ("rain gauge threshold
     * alone fires after the underpass floods, so nowcast …") or a choice closed by "instead" ("fixed irrigation
     * waters right after rain, so soil-moisture trigger instead").
     */
    static void costOfTheOther(String norm, List<Hit> hits, FoundParts f) {
        if (f.choice == null || f.reason == null || f.alternative != null || f.reason[1] > f.choice[0]) {
            return;
        }
        boolean consequence = false;
        boolean defect = false;
        for (Hit h : hits) {
            consequence |= h.kind() == CueKind.CONSEQUENCE && h.start() >= f.reason[1] - 1 && h.end() <= f.choice[0] + 1;
            defect |= h.kind() == CueKind.DEFECT && h.start() >= f.reason[0] && h.end() <= f.reason[1];
        }
        String reason = norm.substring(f.reason[0], f.reason[1]);
        String choice = norm.substring(f.choice[0], f.choice[1]);
        if (consequence && (defect || COSTLY.matcher(reason).find() || HYPOTHETICAL.matcher(reason).find()
                || ON_ITS_OWN.matcher(reason).find() || INSTEAD_CLOSES.matcher(choice).find()
                || OutcomeThenFix.failedMeasurably(reason))) {
            f.alternative = f.reason;
        }
    }

    /**
     * "A/B 2 wks: new ranker +1.4% GMV, -0.2% CTR": an A/B result with nothing shipped after it reports, it decides
     * nothing, however much it reads like the results that do.
     */
    static boolean undecidedAbResult(String norm) {
        Matcher ab = AB_TEST.matcher(norm);
        return ab.find() && !SHIP.matcher(norm).find(ab.end());
    }

    /** "A/B 2 wks: new ranker +1.4% GMV; shipping it": the variant shipped is chosen over the A/B's control. */
    static void abResult(String norm, FoundParts f) {
        if (f.alternative != null && f.choice != null) {
            scoredOptions(norm, f);
            return;
        }
        Matcher ab = AB_TEST.matcher(norm);
        if (!ab.find()) {
            return;
        }
        if (f.reason == null) {
            return;
        }
        Matcher ship = SHIP.matcher(norm);
        if (f.choice == null && !ship.find(ab.end())) {
            return;
        }
        if (f.choice == null) {
            f.choice = new int[] {ship.start(), ship.end()};
        }
        if (f.alternative == null) {
            f.alternative = new int[] {ab.start(), ab.end()};
        }
    }

    /** Two options scored side by side: "DenseNet AUC 0.94 vs ViT 0.91", "A 召回 0.81 对比 B 0.76", "12 мс против 40". */
    private static final Pattern SCORED = Pattern.compile(
            "\\d+(?:[.,]\\d+%?|%)[^,，;；\\n]{0,30}?\\s?(?:vs\\.?|versus|против|对比|比)\\s?[^,，;；\\n\\d]{0,30}"
                    + "\\d+(?:[.,]\\d+%?|%)");

    /**
     * A choice and an alternative read with no reason, where the box scores both side by side: the scores are the
     * reason ("флюоро: DenseNet AUC 0.94 vs ViT 0.91, DenseNet в прод" ships the better-scored option).
     */
    private static void scoredOptions(String norm, FoundParts f) {
        Matcher m = SCORED.matcher(norm);
        if (f.reason != null || !m.find()) {
            return;
        }
        int a = m.start();
        while (a > 0 && !TradeoffReader.isBoundary(norm, a - 1) && ".\n".indexOf(norm.charAt(a - 1)) < 0) {
            a--;
        }
        String scored = norm.substring(a, m.end());
        if (TradeoffReader.words(norm.substring(f.choice[0], f.choice[1])).stream().anyMatch(scored::contains)) {
            f.reason = Spans.trim(norm, a, m.end()); // the choice is one of the options scored, not a remark on them
        }
    }

    /** Deferral words that put an option off in time, so it was weighed: "GBDT later", "GBDT потом", "GBDT 以后再说". */
    private static final java.util.Set<String> LATER = java.util.Set.of("later", "потом", "позже", "以后再说", "以后",
            "之后再", "稍后", "再说");

    /**
     * "LR т.к. регулятору нужна объяснимость, GBDT потом": with a reason read, an option put off until later is the
     * alternative weighed against what the box does now; the words before the reason cue are then the choice.
     */
    static void deferredOption(String norm, List<Hit> hits, FoundParts f) {
        if (f.alternative != null) {
            return;
        }
        for (Hit d : hits) {
            if (d.kind() != CueKind.DEFER || !LATER.contains(norm.substring(d.start(), d.end()))) {
                continue;
            }
            int a = d.start();
            while (a > 0 && !TradeoffReader.isBoundary(norm, a - 1) && norm.charAt(a - 1) != '.') {
                a--;
            }
            int[] option = Spans.trim(norm, a, d.start());
            if (option == null || overlaps(option, f.reason) || overlaps(option, f.choice)
                    || !Spans.hasContent(norm, option[0], option[1], hits)
                    || !noCues(hits, option[0], option[1])) {
                continue;
            }
            if (f.reason == null) {
                // "rules because we have no labels, ML later": the reason runs up to the deferred option's clause
                f.reason = reasonBefore(norm, hits, a);
                if (f.reason == null) {
                    return;
                }
            }
            f.alternative = option;
            if (f.choice == null) {
                f.choice = beforeReasonCue(norm, hits, f, option);
            }
            if (f.choice == null) {
                f.altNeedsChoiceFromContext = true;
            }
            return;
        }
    }

    /** The words after the last reason cue before {@code end}, up to the boundary before it. */
    private static int[] reasonBefore(String norm, List<Hit> hits, int end) {
        int[] out = null;
        for (Hit h : hits) {
            if (h.kind() == CueKind.REASON && h.end() < end) {
                int b = end;
                while (b > h.end() && (TradeoffReader.isBoundary(norm, b - 1) || norm.charAt(b - 1) == ' ')) {
                    b--;
                }
                int[] span = Spans.trim(norm, h.end(), b);
                if (span != null && Spans.hasContent(norm, span[0], span[1], hits)) {
                    out = span;
                }
            }
        }
        return out;
    }

    /** "LR т.к. …": the cue-free words that open the clause of a reason cue. */
    private static int[] beforeReasonCue(String norm, List<Hit> hits, FoundParts f, int[] option) {
        for (Hit h : hits) {
            if (h.kind() != CueKind.REASON) {
                continue;
            }
            int a = h.start();
            while (a > 0 && !TradeoffReader.isBoundary(norm, a - 1) && norm.charAt(a - 1) != '.') {
                a--;
            }
            int[] span = Spans.trim(norm, a, h.start());
            if (span != null && !overlaps(span, option) && noCues(hits, span[0], span[1])
                    && Spans.hasContent(norm, span[0], span[1], hits)) {
                return span;
            }
        }
        return null;
    }

    private static boolean overlaps(int[] x, int[] y) {
        return y != null && x[0] < y[1] && y[0] < x[1];
    }

    private static boolean noCues(List<Hit> hits, int a, int b) {
        for (Hit h : hits) {
            if (h.start() < b && a < h.end() && h.kind() != CueKind.QUALITY) {
                return false;
            }
        }
        return true;
    }

    /** An option praised before a "but": "X is best", "X 最好", "X лучшая", "X 更好". */
    private static final Pattern PRAISED = Pattern.compile(
            "\\bbest\\b|\\bbetter\\b|\\bhighest\\b|\\bmost accurate\\b|лучш\\p{L}*|точнее|качественнее|最好|最高|最准|更好|更准|效果好|质量好");
    /** What the praised option costs: money, time, volume, or a defect word. */
    private static final Pattern PRICE = Pattern.compile(
            "\\d+\\s?(?:weeks?|wks?|months?|недел\\p{L}*|месяц\\p{L}*|周|天|个月)|[一二三四五六七八九十两]周|\\bslow\\b|expensive|costly|pricey"
                    + "|дорог\\p{L}*|долг\\p{L}*|медлен\\p{L}*|贵|慢|成本|耗时");

    /**
     * "ручная разметка лучшая, но ~25 руб за штуку и 3 недели, для v1 метки из жалоб": an option praised, then
     * priced after a "but", then something else done: the praised option is the alternative, its price the reason.
     */
    static void praisedButPriced(String norm, List<Hit> hits, FoundParts f) {
        if (f.alternative != null) {
            return;
        }
        for (Hit c : hits) {
            if (c.kind() != CueKind.CONTRAST) {
                continue;
            }
            int p = c.start(); // "лучшая, но": the comma before the "but" closes the praised clause
            while (p > 0 && (norm.charAt(p - 1) == ' ' || ",，".indexOf(norm.charAt(p - 1)) >= 0)) {
                p--;
            }
            int[] praised = Spans.trim(norm, clauseStart(norm, p), p);
            if (praised == null || praised[1] - praised[0] < 2
                    || !PRAISED.matcher(norm.substring(praised[0], praised[1])).find()) {
                continue;
            }
            int priceEnd = clauseEnd(norm, c.end());
            while (priceEnd < norm.length() && "、和".indexOf(norm.charAt(priceEnd)) >= 0) {
                priceEnd = clauseEnd(norm, priceEnd + 1); // "3 毛一条、三周才回来": one price in parts
            }
            int[] price = Spans.trim(norm, c.end(), priceEnd);
            if (price == null) {
                continue;
            }
            String priceText = norm.substring(price[0], price[1]);
            boolean defect = hits.stream().anyMatch(h -> h.kind() == CueKind.DEFECT && h.start() >= price[0]
                    && h.end() <= price[1]);
            if (!defect && !COSTLY.matcher(priceText).find() && !PRICE.matcher(priceText).find()) {
                continue;
            }
            int[] chosen = f.choice != null && f.choice[0] >= price[1] ? f.choice : nextClause(norm, hits, priceEnd);
            if (chosen == null) {
                continue;
            }
            f.choice = chosen;
            f.alternative = praised;
            f.reason = price;
            return;
        }
    }

    /** The cue-free, undeferred clause after a boundary at {@code from}, or null. */
    private static int[] nextClause(String norm, List<Hit> hits, int from) {
        if (from >= norm.length()) {
            return null;
        }
        int[] span = Spans.trim(norm, from + 1, clauseEnd(norm, from + 1));
        if (span == null || !Spans.hasContent(norm, span[0], span[1], hits)) {
            return null;
        }
        for (Hit h : hits) {
            if (h.kind() == CueKind.DEFER && h.start() >= span[0] && h.end() <= span[1]) {
                return null; // "…, decide later" chooses nothing
            }
        }
        return span;
    }

    private static int clauseStart(String norm, int pos) {
        int a = pos;
        while (a > 0 && !TradeoffReader.isBoundary(norm, a - 1) && ".。\n".indexOf(norm.charAt(a - 1)) < 0) {
            a--;
        }
        return a;
    }

    private static int clauseEnd(String norm, int pos) {
        int b = pos;
        while (b < norm.length() && !TradeoffReader.isBoundary(norm, b) && ".。\n".indexOf(norm.charAt(b)) < 0) {
            b++;
        }
        return b;
    }
}
