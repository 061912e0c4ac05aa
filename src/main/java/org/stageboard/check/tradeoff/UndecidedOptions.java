package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Options described by their pros and cons and joined by "or", with nothing that picks one: "ranking: GBDT (fast,
 * weaker) or DNN (stronger, needs GPUs)", "排序：GBDT（快）或 DNN（要 GPU）", "KYC: автоотказ (быстро) или ручная
 * проверка (дорого)". The box weighs; it does not decide, however many qualities and defects it names: the reader
 * infers no choice from it and {@link Verdict} turns it down (every such text in the corpus is a near miss).
 */
final class UndecidedOptions {
    /** A described option closed by its bracket, then "or" and the next option. */
    private static final Pattern DESCRIBED_OR = Pattern.compile("[)）]\\s*(?:or|или|либо|或者|或|还是)\\s*[\\p{L}\\d]");

    private UndecidedOptions() {
    }

    /** Words that join options without picking one ("vs" and labels are left to the reader's option forms). */
    private static final Set<String> OR = Set.of("or", "или", "либо", "或", "或者", "还是");

    /**
     * True when {@code norm} joins options by "or" (after a described option's bracket, or an "or" cue before
     * {@code before}) and no cue picks one.
     */
    static boolean in(String norm, List<Hit> hits, int before) {
        boolean or = described(norm);
        for (Hit h : hits) {
            if (h.kind() == CueKind.DECIDE || h.kind() == CueKind.ARROW || h.kind() == CueKind.CONSEQUENCE) {
                return false;
            }
            or |= h.kind() == CueKind.OPTIONS && h.start() < before && OR.contains(norm.substring(h.start(), h.end()));
        }
        return or;
    }

    /** "A (…) or B": an option described in brackets, then "or" and the next. */
    static boolean described(String norm) {
        return DESCRIBED_OR.matcher(norm).find();
    }

    /** Words that set options side by side: "A vs B vs C", "капча против правил против модели". */
    private static final Set<String> VERSUS = Set.of("vs", "vs.", "versus", "v/s", "против");
    /** Cues that pick, reject or rank: any of them makes the box more than a list. */
    private static final Set<CueKind> PICKING = Set.of(CueKind.DECIDE, CueKind.ARROW, CueKind.CONSEQUENCE,
            CueKind.REJECT, CueKind.PREFER, CueKind.BEATS, CueKind.LOSES);

    /**
     * Three or more options set against each other with "vs" and nothing that picks one ("regex (fast, brittle) vs
     * LayoutLM (needs labels) vs LLM ($$$)", "召回：BM25 vs 向量 vs 混合，各有优劣", "капча vs правила vs модель, у каждого
     * свои минусы"): the box weighs a field of options, whatever pros and cons it lists.
     */
    static boolean versusRun(String norm, List<Hit> hits) {
        int versus = 0;
        int last = 0;
        for (Hit h : hits) {
            if (PICKING.contains(h.kind())) {
                return false;
            }
            if (h.kind() == CueKind.OPTIONS && VERSUS.contains(norm.substring(h.start(), h.end()))
                    && !MEASURES_VERSUS.matcher(norm).region(Math.max(0, h.start() - 8), h.end()).find()) {
                versus++;
                last = h.end();
            }
        }
        // "lambda vs k8s vs sagemaker. k8s, we already run it": a later sentence may restate the pick
        return versus >= 2 && !LATER_SENTENCE.matcher(norm).region(last, norm.length()).find();
    }

    /** "40 мс vs 220 мс": two measurements, not two options. */
    private static final Pattern MEASURES_VERSUS = Pattern.compile("\\d\\s*\\p{L}{0,3}\\s*(?:vs|versus|против)");
    private static final Pattern LATER_SENTENCE = Pattern.compile("[.。\\n;；!！]\\s*[\\p{L}\\d]");

    /** A comparative that only measures ("higher", "多", "больше"), as opposed to one that judges ("better", "快"). */
    private static final Pattern MEASURED = Pattern.compile("(?<![\\p{L}])(?:higher|lower|more|less|fewer|bigger|smaller"
            + "|larger|больше|меньше|выше|ниже|чаще|реже)(?![\\p{L}])|比[^，,。；;\\n]{1,16}?[高低多少大小]");
    /** Commas: within one sentence they only add a figure or a base rate to a measured gap. */
    private static final Set<Character> ASIDE = Set.of(',', '，', '、');
    /** A multiple in Chinese numerals: "多两倍", "高三成". */
    private static final Pattern CHINESE_TIMES = Pattern.compile("[一二两三四五六七八九十几半][倍成]");
    /** Words that judge rather than measure: a comparison using them weighs options. */
    static final Pattern JUDGING = Pattern.compile("(?<![\\p{L}])(?:better|worse|faster|slower|cheaper"
            + "|лучше|хуже|быстрее|медленнее|дешевле|дороже|стабильнее|проще)(?![\\p{L}])|便宜|[好差快慢稳准贵省值]");

    /**
     * Two measured things compared by a number, and nothing else: "weekend traffic is 4x higher than weekdays",
     * "新店比老店的点击率低 30%", "объявления дороже сделок на 12%". A fact about the data: no option is chosen or
     * turned down (a comparison of options that decides says so: "用 SASRec", "so we keep X").
     */
    static boolean measuredGap(String norm, List<Hit> hits) {
        for (Hit h : hits) {
            if (h.kind() != CueKind.THAN && h.kind() != CueKind.QUALITY) {
                return false;
            }
        }
        for (int k = 0; k < norm.length(); k++) {
            if (TradeoffReader.isBoundary(norm, k) && !ASIDE.contains(norm.charAt(k))
                    || ".。\n".indexOf(norm.charAt(k)) >= 0
                    && !(k + 1 < norm.length() && Character.isDigit(norm.charAt(k + 1)))) {
                return false; // one sentence only: a second one may judge, pick or name the metric that decides
            }
        }
        // a comma only sets the gap beside its base rate ("~6%, a lot higher than on wards", "油耗 32L，山区比平原高
        // 15%", «чаще, чем в терапии»): the cues are still measures only, and a judging word anywhere still weighs
        return (norm.chars().anyMatch(Character::isDigit) || CHINESE_TIMES.matcher(norm).find())
                && MEASURED.matcher(norm).find() && !JUDGING.matcher(norm).find();
    }

    /** Words that report an attempt: "tried", "试过", "пробовали". */
    private static final Set<String> TRIED = Set.of("tried", "we tried", "试过", "试了", "пробовали", "попробовали");

    /**
     * An attempt that failed, and nothing taken instead: "tried keyword blocklists, but homophones slip through",
     * "试过关键词黑名单，但同音字一换就漏", "пробовали стоп-слова, но опечатки всё ломают". A failure report names no choice
     * (with a pick after it, "…, so a char-CNN", or options scored after a colon, it is a trade-off again).
     */
    static boolean triedAndFailed(String norm, List<Hit> hits) {
        int tried = -1;
        boolean but = false;
        int triedEnd = -1;
        for (Hit h : hits) {
            boolean verbOfTheAttempt = h.kind() == CueKind.DECIDE && triedEnd >= 0 && h.start() - triedEnd <= 1;
            if (PICKING.contains(h.kind()) && !verbOfTheAttempt) { // "试过用 X", "tried using X" pick nothing
                return false;
            }
            if (h.kind() == CueKind.OPTIONS && TRIED.contains(norm.substring(h.start(), h.end()))) {
                triedEnd = h.end();
                tried = tried < 0 ? h.start() : tried;
            }
            but |= h.kind() == CueKind.CONTRAST && tried >= 0 && h.start() > tried;
        }
        // one attempt, one failure: a colon, dash or later sentence may score options or name the pick ("…. GBDT")
        return but && !PICK_AFTER.matcher(norm.substring(tried).strip()).find();
    }

    private static final Pattern PICK_AFTER = Pattern.compile("[:：—–→⇒\\n]|->|[.。;；]\\s*\\S");
}
