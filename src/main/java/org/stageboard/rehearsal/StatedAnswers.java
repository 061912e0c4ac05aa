package org.stageboard.rehearsal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Facts a board states that answer a stock question outright, read as {@link BoardSignals} ("#cache-stated",
 * "#compared-result", "#scored-cases", "#price-experiment", "#policy-test", "#precision-at-volume", "#catch-share",
 * "#load-rate", "#grouped-split", "#sampled-result", "#audit-sample");
 * kept apart from {@link StatedClaims} and {@link StatedPremises} so each stays one page. Round 30: sets 29 and 30
 * drew sixteen questions asking what the board says. Each pattern reads a stated fact (a cache with its key or
 * refresh, a result set against another figure), not a word: "cache", "baseline" or "A/B" alone leave the question open.
 */
final class StatedAnswers {
    private static final String CACHE = "(?:(?<![\\p{L}])(?:cache[sd]?|caching|кэш\\p{L}*|кеш\\p{L}*)(?![\\p{L}])|缓存)";
    private static final String HASH = "(?:(?<![\\p{L}])(?:hash\\p{L}*|хэш\\p{L}*|хеш\\p{L}*)(?![\\p{L}])|哈希)";
    private static final String CADENCE = "(?:(?<![\\p{L}])(?:hourly|nightly|daily|every (?:\\d+ )?(?:hour|day|min\\p{L}*)|"
            + "раз в (?:\\d+ )?(?:час|сутки|день|мин\\p{L}*)|ежечасно|ежедневно)(?![\\p{L}])|每(?:小时|天|日|\\d+\\s*分钟))";

    /**
     * A cache stated with what it keeps or how fresh it is: keyed on a hash of its input ("cache on hash(name + desc)",
     * «кэш по хэшу текста», "按哈希缓存"), which a changed input never hits, or refreshed on a stated cadence
     * («коэффициенты раз в час, кэш», "hourly cache"). A board that searches an index keeps the question: a cached
     * search result goes stale when the index changes under the same key.
     */
    private static final Pattern CACHE_STATED = Pattern.compile("(?iu)" + CACHE + "[^\\n]{0,25}?" + HASH + "|" + HASH
            + "[^\\n]{0,25}?" + CACHE + "|" + CACHE + "[^\\n]{0,30}?" + CADENCE + "|" + CADENCE + "[^\\n]{0,30}?" + CACHE);
    private static final Pattern SEARCHES_INDEX = Pattern.compile("(?iu)(?<![\\p{L}])(?:index\\p{L}*|индекс\\p{L}*)"
            + "(?![\\p{L}])|索引");

    private static final String FIGURE = "\\d+(?:[.,]\\d+)?";
    /**
     * Words that set the next figure as the one compared against: "vs", «было», an arrow, or the baseline named as
     * such (round 31: «23% (база: то же время неделю назад 31%)», "WAPE 31%, 旧方法(店长报量) 38%", "old method 0.41").
     */
    private static final String VERSUS = "(?:(?<![\\p{L}])(?:vs\\.?|versus|против|было|was|before|база|бейзлайн|baseline|"
            + "old method|previous model|прежн\\p{L}* (?:метод|модел)\\p{L}*|стар\\p{L}* (?:метод|модел)\\p{L}*)(?![\\p{L}])"
            + "|对比|相比|旧方法|原方法|老方法|旧模型|基线|->|→)";
    /** A mean rating on a small scale, one decimal: "3.9", «4,1». */
    private static final String RATING = "(?<![\\d.,])[1-9][.,]\\d(?![\\d%.,])";
    /**
     * Two mean ratings set against each other after a colon or a rating word ("scored 1-5 by 6 teachers: 3.9 vs 3.6",
     * "家长盲评 300 个故事 (1-5 分): 4.2 vs 人工编写 4.4", «оценка 4,1 против 3,8»): round 33, set 38 asked for a baseline
     * and for how generated text is evaluated on two boards that said both. Model versions ("Llama 3.1 vs 3.2") follow
     * no colon or rating word, so they are no result.
     */
    private static final String RATING_PAIR = "(?:[:：=]|(?<![\\p{L}])(?:rating|ratings|rated|score|scored|avg|mean|оценк\\p{L}*|"
            + "балл\\p{L}*|средн\\p{L}*)|评分|打分|盲评|均分|平均分)[^\\n\\d]{0,16}?" + RATING + "[^\\n\\d]{0,40}?" + VERSUS
            + "[^\\n\\d]{0,30}?" + RATING;

    /**
     * One result set against another figure of the same kind on its line: "23% of bursts vs 11% for the actual plan",
     * "WAPE 18% (去年同期 × 增长率 29%)", «пропустили 19% (было 34%)», "0.38 vs 光流 0.29", "41% -> 58%". The other figure
     * is the baseline or the current practice the board measured against, so "what is your simplest baseline" is
     * answered. A percent is set against a percent and a decimal against a decimal, and a bracket holds one figure: a
     * breakdown in brackets ("mAP 0.63 (pothole 0.71, crack 0.48)") or a year ("AUC 0.91 (test 2024)") is no comparison.
     */
    private static final Pattern COMPARED_RESULT = Pattern.compile("(?iu)(?<![\\d.,])(?:" + FIGURE + "\\s?%[^\\n%]{0,40}?(?:"
            + VERSUS + "[^\\n\\d%]{0,30}?" + FIGURE + "\\s?%|\\([^\\n\\d)]{0,30}?" + FIGURE + "\\s?%\\s?\\))"
            + "|0[.,]\\d+[^\\n\\d]{0,40}?(?:" + VERSUS + "[^\\n\\d]{0,30}?0[.,]\\d+|\\([^\\n\\d)]{0,30}?0[.,]\\d+\\s?\\)))"
            + "|" + RATING_PAIR);

    /** A model as the judge: whether it agrees with people is what "how do you evaluate generated answers" asks. */
    private static final String MODEL_JUDGE = "(?:llm|gpt|model|модел\\p{L}*)[- ]?(?:as[- ]an?[- ])?(?:judge|судь\\p{L}*)";

    /**
     * A counted set of past or reviewed cases the outputs were scored on, with a score in the same box ("replay 300 past
     * exceptions … action = rep's action 71%", "500 random sheets … collector exact 0.88", "历史 150 个已审核的替代案例 /
     * top3 里有工程师最终选的: 62%", «на 200 закрытых актах совпало 81%»): how the outputs are evaluated is stated.
     * A model judge beside it leaves open whether it agrees with people, so it does not count.
     */
    private static final Pattern SCORED_CASES = Pattern.compile("(?iu)\\A(?![\\s\\S]*" + MODEL_JUDGE + ")[\\s\\S]*?"
            + "(?:(?<![\\p{L}])(?:replay\\p{L}*|past|historical|random|"
            + "reviewed|held-out|golden|прошл\\p{L}*|историческ\\p{L}*|случайн\\p{L}*|закрыт\\p{L}*|отложенн\\p{L}*)\\s+\\d[\\d, ]*"
            + "|\\d[\\d, ]*\\s+(?:past|historical|random|reviewed|held-out|прошл\\p{L}*|историческ\\p{L}*|случайн\\p{L}*|"
            + "закрыт\\p{L}*)(?![\\p{L}])|历史\\s*\\d+|\\d+\\s*个(?:已|历史))[\\s\\S]*?(?<![\\d.,])(?:" + FIGURE + "\\s?%|0[.,]\\d+)");

    /**
     * Price effects measured in a test the business ran: elasticity or demand response taken from an A/B or a price
     * experiment («эластичность из A/B прошлой весны (±15% в 12 точках)», "elasticity from a 4-week price test", "弹性来自
     * 价格实验"). The prices were varied on purpose, so "your past prices were not set at random" has its answer.
     */
    private static final Pattern PRICE_EXPERIMENT = Pattern.compile("(?iu)(?:elasticit\\p{L}*|эластичн\\p{L}*|弹性)"
            + "[^\\n]{0,30}?(?:(?<![\\p{L}])(?:a/b|ab|experiment\\p{L}*|test\\p{L}*|эксперимент\\p{L}*|тест\\p{L}*)"
            + "(?![\\p{L}])|实验|测试)");

    /**
     * The pricing policy tested on units against control units with a money result ("8 店 4 周 vs 8 家对照店: 收入
     * +6.3%", «12 точек vs 12 контроль, 5 недель: выручка +8,5%», "12 stores vs 12 control: revenue +4%"): the policy
     * itself was evaluated under its prices, which is what the question asks for.
     */
    private static final Pattern POLICY_TEST = Pattern.compile("(?iu)\\d+\\s*[\\p{L}\\p{IsHan}]{0,8}[^\\n\\d]{0,10}?"
            + "(?:vs\\.?|против)\\s*\\d+\\s*[^\\n]{0,60}?(?:revenue|margin|gmv|profit|выручк\\p{L}*|маржа\\p{L}*|"
            + "прибыл\\p{L}*|收入|营收|利润|毛利)[^\\n\\d]{0,6}[+−-]?\\s?\\d");

    /**
     * Precision or recall stated at a daily alert volume («при 20 алертах/день precision 0,24, ловим 46%», "at 30
     * alerts/day precision 0.4", "每天 20 条告警时 精确率 0.3"): the operating point the model acts at is given.
     */
    private static final Pattern PRECISION_AT_VOLUME = Pattern.compile("(?iu)(?:\\d+\\s*[\\p{L}-]*\\s*(?:/\\s*(?:day|"
            + "день|сут\\p{L}*|天)|(?:per|a) day|в день|в сутки)|每天\\s*\\d+)[^\\n]{0,25}?(?:precision|recall|точност\\p{L}*|"
            + "полнот\\p{L}*|精确率|召回率|准确率)\\s*[:=]?\\s*(?:0[.,]\\d+|\\d+\\s?%)");

    /**
     * The share of real outcomes caught in the top of the ranking, watched over time («доля порывов в top-N по году»,
     * "share of failures in the top 100 per month", "前 N 名命中的比例"): the outcome is seen for every item, flagged or
     * not, and its rate is monitored, so "true labels come only for what you flag" has no premise.
     */
    private static final Pattern CATCH_SHARE = Pattern.compile("(?iu)(?<![\\p{L}])(?:share|доля|% of)\\s[^\\n]{0,25}?"
            + "(?:in|в|among|среди)\\s+(?:the\\s+)?(?:top|топ)[- ]?(?:n|\\d+)(?![\\p{L}\\d])|前\\s*(?:n|\\d+)[^\\n]{0,6}?(?:命中|占比|比例)");

    /**
     * A load stated as a rate in any box, a count in the thousands with what is counted and a unit of time ("~30M
     * searches/day", «40 тыс. звонков в сутки», "日均 28 万单", "每秒 3000 次请求"): round 31's job board stated its
     * load in the Serving box, and "how many users and items, what peak QPS?" asked it again. A small count ("2
     * retrains/day") or a rate per month or year is no peak load.
     */
    private static final String MANY = "(?:\\d+(?:[.,]\\d+)?\\s*(?:k|m|mln|тыс\\.?|млн|млрд|w)(?![\\p{L}])|\\d+(?:[.,]\\d+)?\\s*(?:万|亿)"
            + "|\\d{1,3}(?:[ ,]\\d{3})+|\\d{4,})";
    private static final Pattern LOAD_RATE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])" + MANY + "\\s*(?:[\\p{L}\\p{IsHan}-]+\\s*){1,2}?"
            + "(?:/\\s*(?:day|d|hr|h|hour|s|sec|min|сут\\p{L}*|день|час|сек|мин|天|日|小时|秒)(?![\\p{L}])|(?:per|a|an) (?:day|hour|"
            + "second|minute)|в (?:день|сутки|час|секунду|минуту))|(?:日均|每天|每日|每小时|每秒)\\s*~?\\s*" + MANY);

    /** Items that make a split leak when each goes its own way: an image, a frame, a row or a pair is no group. */
    private static final String ITEM = "(?:time|date|day|week|month|year|image|img|photo|pic|picture|frame|clip|row|pair|"
            + "sample|record|window|tile|edge|page|sheet|form|section|chunk|event|example|random|default|hand|label|class)"
            + "s?(?![\\p{L}])";
    private static final String ITEM_RU = "(?:кадр|фото|изображен|строк|пар[аыеу]?(?![\\p{L}])|запис|врем|дат|дн|недел|месяц|"
            + "случайн)";
    private static final String ITEM_ZH = "(?:图片|图像|照片|帧|行|样本|记录|条|张|对|片段|窗口|随机)";
    private static final String NOT_RANDOM = "^(?![^\\n]*(?:random|shuffl|случайн|随机))[^\\n]*";
    private static final String TRAIN_TEST = "(?:train|test|val|трейн|тест|валид|обуч|训练|测试|验证)";

    /**
     * A split that keeps a group on one side ("split by show not by episode", "split by trap", "held out per site",
     * «сплит по коровам», "按患者划分训练/测试", "leave-one-race-out CV", "group k-fold by store") or a rolling backtest
     * (round 32: sets 33 to 35 asked "how do you split so nothing leaks from the future?" of five boards that stated
     * one). A random split on the line, or a split by an item that leaks (an image, a frame, a row, a pair), leaves the
     * question open.
     */
    private static final Pattern GROUPED_SPLIT = Pattern.compile("(?imu)" + NOT_RANDOM + "(?<![\\p{L}])(?:split|splits|"
            + "splitting|held[- ]out|hold[- ]out|holdout)\\s*(?:[\\p{L}/]+\\s+){0,2}?(?:by|per|on)\\s+(?!" + ITEM + ")\\p{L}"
            + "|" + NOT_RANDOM + "(?<![\\p{L}])(?:сплит\\p{L}*|split)\\s+по\\s+(?!" + ITEM_RU + ")\\p{L}"
            + "|" + NOT_RANDOM + "(?<![\\p{L}])(?:разбиени\\p{L}*|разбива\\p{L}*)\\s+по\\s+(?!" + ITEM_RU
            + ")\\p{L}(?=[^\\n]*" + TRAIN_TEST + ")"
            + "|" + NOT_RANDOM + "(?<![\\p{L}])leave[- ]one[- ](?!" + ITEM + ")\\p{L}+[- ]out"
            + "|" + NOT_RANDOM + "(?<![\\p{L}])group(?:ed)?[- ]?(?:k[- ]?fold|cv|cross[- ]validation)"
            + "|" + NOT_RANDOM + TRAIN_TEST + "[^\\n]*(?:разбиени\\p{L}*|разбива\\p{L}*)\\s+по\\s+(?!" + ITEM_RU
            + ")\\p{L}"
            + "|" + NOT_RANDOM + "按\\s*(?!" + ITEM_ZH + ")[\\p{IsHan}\\p{L}]{1,6}?\\s*(?:划分|切分|拆分|分割|分组)(?=[^\\n]*" + TRAIN_TEST + ")"
            + "|" + NOT_RANDOM + TRAIN_TEST + "[^\\n]*按\\s*(?!" + ITEM_ZH + ")[\\p{IsHan}\\p{L}]{1,6}?\\s*(?:划分|切分|拆分|分割|分组)"
            + "|(?<![\\p{L}])(?:backtest\\p{L}*|бэктест\\p{L}*)|回测");

    /** A count of things, not a latency, a size, a share or a factor ("400 replayed chats", "300 份", «600 диалогов»). */
    private static final String COUNTED = "(?<![\\p{L}\\d.,@-])\\d{2,}(?:[ ,]\\d{3})*\\s*(?:k|тыс\\.?)?\\s*"
            + "(?!(?:ms|мс|s|sec|сек|min|мин|h|ч|kb|mb|gb|x|px|fps)(?![\\p{L}])|[%×秒毫])[\\p{L}\\p{IsHan}]";
    private static final String SCORE = "(?:(?<![\\d.,])(?:" + FIGURE + "\\s?%|0[.,]\\d+|\\d(?:[.,]\\d)?\\s?/\\s?(?:5|10))|"
            + RATING_PAIR + ")";

    /**
     * Outputs counted and scored, read in the Evaluation boxes ("400 replayed disruption chats: task success 71%",
     * «600 диалогов, эксперты: корректно 78%», "300 份 held-out 合同 … recall 0.88"): the generated answers were
     * evaluated on a stated sample with a stated result (round 32: sets 33 to 36 asked how, nine times, of boards that
     * said so). A model judge in the box leaves open whether it agrees with people, so it does not count.
     */
    private static final Pattern SAMPLED_RESULT = Pattern.compile("(?iu)\\A(?![\\s\\S]*" + MODEL_JUDGE + ")(?=[\\s\\S]*"
            + COUNTED + ")[\\s\\S]*" + SCORE);

    private StatedAnswers() {
    }

    /** Whether the board shows {@code signal}, or empty when the signal is not one of these. */
    private static final String PERIOD = "(?:/\\s*(?:day|d|wk|week|mo|month|день|нед\\p{L}*|мес\\p{L}*|天|周|月)(?![\\p{L}])"
            + "|per (?:day|week|month)|a (?:day|week|month)|(?:в|за) (?:день|сутки|неделю|месяц)|每(?:天|日|周|月))";
    /**
     * Round 38: a fixed audit sample with its size per period ("spot-check 50 a week", «ручная проверка 100 «низких» в
     * неделю», "每站每天抽 5 盘人工复核"): the reviewers' load is stated and nothing is routed to a queue, so "how many a
     * day can the reviewers handle" asks what the board says (sets 44 and 45; of the judged review-capacity rows on
     * every folder it marks those two, both generic, and no relevant one).
     */
    private static final Pattern AUDIT_SAMPLE = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:spot[- ]?check\\p{L}*|audit\\p{L}*|"
            + "sampl\\p{L}*|выборочн\\p{L}*|ручн\\p{L}* проверк\\p{L}*)|抽检|抽查|抽样)[^\\n\\d]{0,40}?\\d[\\d.,]*\\s*[kк]?\\s*"
            + "(?:[\\p{L}«»\"'-]+\\s*){0,2}" + PERIOD + "|每(?:天|日|周|月|站|批)[^\\n\\d]{0,10}抽\\s*\\d");

    static Optional<Boolean> shows(String signal, String normalized) {
        return switch (signal) {
            case "#cache-stated" -> Optional.of(CACHE_STATED.matcher(normalized).find()
                    && !SEARCHES_INDEX.matcher(normalized).find());
            case "#compared-result" -> Optional.of(COMPARED_RESULT.matcher(normalized).find());
            case "#scored-cases" -> Optional.of(SCORED_CASES.matcher(normalized).find());
            case "#price-experiment" -> Optional.of(PRICE_EXPERIMENT.matcher(normalized).find());
            case "#policy-test" -> Optional.of(POLICY_TEST.matcher(normalized).find());
            case "#precision-at-volume" -> Optional.of(PRECISION_AT_VOLUME.matcher(normalized).find());
            case "#catch-share" -> Optional.of(CATCH_SHARE.matcher(normalized).find());
            case "#load-rate" -> Optional.of(LOAD_RATE.matcher(normalized).find());
            case "#grouped-split" -> Optional.of(GROUPED_SPLIT.matcher(normalized).find());
            case "#sampled-result" -> Optional.of(SAMPLED_RESULT.matcher(normalized).find());
            case "#audit-sample" -> Optional.of(AUDIT_SAMPLE.matcher(normalized).find());
            default -> Optional.empty();
        };
    }
}
