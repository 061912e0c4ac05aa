package org.stageboard.rehearsal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.Numbers;

/**
 * What a board states in a shape no word list can catch: a number with a unit, a cut-off, a schedule, a random
 * split. The bank names them with a leading "#" (answeredBy "#latency": the board already states a latency; trigger
 * "#random-split": the board splits at random, quote where). Each signal reads the board's normalised text
 * ({@link BoardText#normalized()}) in English, Chinese and Russian; one that is found gives the words it found, so a
 * question it raises can quote the board. A schedule ("#schedule") and a latency ("#latency") are read by
 * {@link Numbers}, as the checker reads them: the follow-ups' own schedule pattern gave the same top five on every
 * judged folder and was dropped.
 */
final class BoardSignals {
    /** A signal's name starts with this in the bank. */
    static final String PREFIX = "#";

    /** A score cut-off written as a comparison with a fraction: "score > 0.9", "≥ 0,7", "0.6-0.9 to review". */
    static final Pattern CUTOFF = Pattern.compile("(?:[<>≥≤]=?\\s*0?[.,]\\d|\\b0[.,]\\d+\\s*[-–]\\s*0[.,]\\d)");
    /**
     * An operating point: a metric read at a cut ("recall @ 1% step-up", "precision@40/day", "полнота при 200 ремонтах"),
     * or the cut said first ("at queue 2k/day: recall 0.74", «при 200 проверках в день: полнота 0,61», "在每天 2000 单时：召回率").
     */
    static final Pattern OPERATING_POINT = Pattern.compile(
            "(?:recall|precision|полнот\\p{L}*|точност\\p{L}*|召回率?|精确率|准确率)\\s*(?:@|at\\b|при\\b|在)"
            + "|(?:(?<![\\p{L}])at|(?<![\\p{L}])при|在)\\s?[^\\n:：]{1,30}?\\d[^\\n:：]{0,24}[:：]\\s*(?:recall|precision|полнот\\p{L}*"
            + "|точност\\p{L}*|召回率?|精确率)"
            + "|(?iu:(?<![\\p{L}])(?:top|топ)[- ]?\\d+\\s*(?:precision|recall|полнот\\p{L}*|точност\\p{L}*|召回率?|精确率|准确率))"
            + "|前\\s*\\d+\\s*(?:名|个|条|家)?\\s*的?\\s*(?:召回率?|精确率|准确率)");
    /** An online metric named after a label: "online: minutes per user", "онлайн: доля скипов", "线上：CTR". */
    static final Pattern ONLINE_LINE = Pattern.compile("(?:online|онлайн|线上|在线)\\s*(?:a/b|ab)?\\s*[:：]");
    /**
     * Online or batch said with its reason on the same line ("real-time because the login waits for it",
     * "батч, так как ..."): the board already answers "why online rather than batch?".
     */
    static final Pattern ONLINE_REASON = Pattern.compile(
            "(?:online|real[- ]?time|per request|batch\\w*|nightly|在线|实时|批量|批处理|离线|онлайн\\w*|реалтайм\\w*|"
                    + "в реальном времени|батч\\w*|пакетн\\w*)[^\\n]{0,80}?(?:because|since|so that|as the|due to|"
                    + "потому что|так как|поскольку|чтобы|иначе|因为|由于|为了|以便|否则)");
    /**
     * A metric named on the board, in any of the three languages: the board already says how it is measured, so
     * "which offline metric?" asks what it answers. Whole tokens only ("mae" not in "maestro").
     */
    static final Pattern METRIC_NAMED = Pattern.compile("(?iu)(?:(?<![\\p{L}\\p{N}])(?:gini|pearson|spearman|kendall|"
            + "mae|mse|rmse|rmsle|mape|wape|smape|wer|cer|bleu|chrf\\S*|comet|rouge\\S*|f1|f-score|f-measure|auc|"
            + "pr-auc|roc-auc|ndcg\\S*|map@\\S*|mrr|recall@\\S*|precision@\\S*|hit ?rate|lift|ks|r2|r²|deviance|"
            + "log-?loss|iou|miou|accuracy|qini|auuc|sensitivity|specificity|tpr|fpr|"
            + "корреляц\\p{L}*|пирсон\\p{L}*|спирмен\\p{L}*|точност\\p{L}*|полнот\\p{L}*|чувствительност\\p{L}*|"
            + "специфичност\\p{L}*)(?![\\p{L}\\p{N}])"
            + "|皮尔逊|斯皮尔曼|相关系数|命中率|准确率|召回率|精确率|均方误差|平均绝对误差|灵敏度|敏感度|特异度)");
    /**
     * A target stated as a change or bound in percent ("−40% cost", "hit rate > 70%"; a band such as "±40%" is a tolerance, not a goal), as a cut by a share
     * ("cut roadside breakdowns 25%", "снизить отток на 10%", "降低 20%"), or as an arrow after the metric
     * ("检出违规率↑"): the goal is written.
     */
    static final Pattern GOAL_STATED = Pattern.compile(
            "(?iu)(?:[+\\-−]\\s*\\d+(?:[.,]\\d+)?\\s*%|[<>≥≤]=?\\s*\\d+(?:[.,]\\d+)?\\s*%"
                    + "|(?:(?<![\\p{L}])(?:cut|cuts|reduc\\p{L}*|lower\\p{L}*|decreas\\p{L}*|halve|снизи\\p{L}*|снижени\\p{L}*|"
                    + "сократи\\p{L}*|сокращени\\p{L}*|уменьш\\p{L}*)|降低|减少|下降)[^\\n%]{0,40}?\\d+(?:[.,]\\d+)?\\s*%"
                    + "|[\\p{L}\\p{N})]\\s*[↑↓])");
    /** A lift target in percent ("+20% GMV", "15% uplift", "рост на 10%", "提升 5%"): what "is that lift reachable?" presumes. */
    static final Pattern LIFT_TARGET = Pattern.compile("(?iu)(?:\\+\\s*\\d+(?:[.,]\\d+)?\\s*%|\\d+(?:[.,]\\d+)?\\s*%\\s*"
            + "(?:lift|uplift|growth|increase|more|提升|增长|рост\\p{L}*|прирост\\p{L}*|больше)|(?:lift|uplift|increase|"
            + "grow\\p{L}*|提升|增长|提高|рост\\p{L}*|прирост\\p{L}*|увелич\\p{L}*)\\s*(?:by|of|на)?\\s*\\+?\\d+(?:[.,]\\d+)?\\s*%)");
    /** A small share, the mark of a rare class: "0.3%", "1%", "2 %", "1:500", "1 in 1000". */
    static final Pattern SMALL_SHARE = Pattern.compile(
            "(?<![\\d.,])(?:0?[.,]\\d+|[12])\\s*%|(?<![\\d.,])1\\s*(?::|in|из|/)\\s*\\d{2,}(?![\\d.,%])");
    /**
     * Train and test split at random: "random 80/20 split", "随机 8:2 切分", "split random по клипам", "MAPE на
     * случайных 20%". Rows that share a user, a place, a source or a time then sit on both sides, the leak an
     * interviewer asks about first. "Random forest" or "random sample of traffic" is no split.
     */
    static final Pattern RANDOM_SPLIT = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:random(?:ly)?|shuffled|случайн\\p{L}*)"
            + "\\s*(?:\\d+\\s*[/:]\\s*\\d+\\s*|\\d+\\s*%\\s*)?(?:split|сплит\\p{L}*|разбиени\\p{L}*|train/test|holdout)"
            + "|(?<![\\p{L}])(?:split|сплит\\p{L}*|разбиени\\p{L}*)\\s*(?:\\d+\\s*[/:]\\s*\\d+\\s*)?(?:random(?:ly)?|случайн\\p{L}*)"
            + "|(?<![\\p{L}])на\\s+случайн\\p{L}*\\s+\\d+\\s*%"
            + "|随机\\s*(?:\\d+\\s*[/:：]\\s*\\d+\\s*)?(?:split|切分|划分|拆分|分割|分))");
    /**
     * The cut is set by capacity, not by a score: "top 5% to the planner", "top 1000/month", "топ-200", "前 1000 家",
     * "40 per day": "how do you choose the threshold?" is answered by what the reviewers can take.
     */
    static final Pattern CAPACITY_CUT = Pattern.compile("(?iu)(?:(?<![\\p{L}])top[- ]?\\d+|(?<![\\p{L}])топ[- ]?\\d+"
            + "|前\\s*\\d+|\\d+\\s*(?:/|per |a |в |每)\\s*(?:day|week|month|день|сутки|неделю|месяц|天|周|月)"
            + "|每(?:天|周|月)\\s*\\d+)");
    /**
     * Detection learned from normal data only ("unsupervised anomaly detection", "conv autoencoder", "isolation
     * forest", "учим «нормальный» звук", "无监督"): no positives to balance, so a class-imbalance question misfits.
     */
    static final Pattern UNSUPERVISED = Pattern.compile("(?iu)(?:unsupervised|self-supervised|auto-?encoder|"
            + "isolation forest|one-class|без учителя|автоэнкодер\\p{L}*|нормальн\\p{L}* (?:звук|данн|режим)|无监督|自编码|"
            + "孤立森林|只用正常)");
    /** A model's size stated ("~20MB", "int8", "4-bit", "7B", "модель 20 МБ", "模型 50MB"): "that model is big" is answered. */
    static final Pattern MODEL_SIZE = Pattern.compile("(?iu)(?:\\d+\\s*(?:mb|gb|мб|гб|m params|b params)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:int8|int4|fp16|\\d+-bit|\\d+(?:[.,]\\d+)?b)(?![\\p{L}])|млн параметров|参数量)");

    /**
     * A cache refreshed on a clock ("prices from rate API (cached 15 min)", "наличие из кэша (обновление 15 мин)",
     * "缓存 5 分钟"): values that change under it, so "how stale may they get?" is a question. A cache keyed by its
     * input ("cache by sentence hash") holds the same answer for the same input and never goes stale.
     */
    static final Pattern CACHE_TTL = Pattern.compile("(?iu)(?:cache|cached|caching|кэш\\p{L}*|кеш\\p{L}*|缓存)"
            + "[^\\n]{0,30}?\\d+\\s*(?:s|sec\\p{L}*|min\\p{L}*|h|hours?|сек\\p{L}*|мин\\p{L}*|ч|час\\p{L}*|秒|分钟|小时)"
            + "(?![\\p{L}])|\\d+\\s*(?:min\\p{L}*|мин\\p{L}*|分钟)[^\\n]{0,20}?(?:cache|кэш\\p{L}*|кеш\\p{L}*|缓存)");

    /**
     * A decision threshold written as a number: a score cut-off ("show only if conf > 0.8", "PERCLOS > 0.3") or a
     * threshold named with its value ("порог = 99-й перцентиль", "threshold 0.7", "阈值 0.6"). The number is on the
     * board; how it was chosen usually is not.
     */
    static final Pattern THRESHOLD_STATED = Pattern.compile("(?iu)(?:" + CUTOFF.pattern()
            + "|(?:threshold|порог\\p{L}*|阈值)\\s*(?:[=:：><≥≤]|at|на|в)?\\s*\\d+)");

    /**
     * A volume the system must handle: a count with a scale ("90k series", "1.1M meters", "40w 通/天", "8к
     * разработчиков", "2 млн транзакций") or a rate ("1200 qps"). Quoted by a question on a missing Serving stage.
     */
    static final Pattern VOLUME = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)?\\s*(?:(?:k|m|mln|bn|к|тыс\\.?|"
            + "млн|млрд|w)(?![\\p{IsLatin}\\p{IsCyrillic}])|万|亿)(?=\\s*(?:\\p{L}|/\\s*(?:day|天|日|день|сут)))"
            + "|\\d+\\s*(?:qps|rps)(?![\\p{L}])");
    /**
     * A latency bound the board promises ("p99 < 80 ms", "< 300 мс", "首字 < 300ms", "within 1 s of posting"): a
     * number with a time unit after a bound or a latency word, not a window length ("1s windows").
     */
    static final Pattern LATENCY_CLAIM = Pattern.compile("(?iu)(?:p9\\d|latency|budget|first token|within|under|"
            + "задержк\\p{L}*|бюджет\\p{L}*|延迟|时延|首字|[<≤])[^\\n\\d]{0,12}\\d+(?:[.,]\\d+)?\\s*(?:ms|мс|毫秒|s|sec|秒|с|сек)"
            + "(?![\\p{L}])");

    private static final String RETRAIN_WORD = "(?:retrain\\p{L}*|re-train\\p{L}*|re-fit\\p{L}*|refit\\p{L}*|"
            + "重训|再训练|重新训练|переобуч\\p{L}*|дообуч\\p{L}*)";

    /**
     * A stated retraining cadence ("retrain weekly", "每周重训", «переобучение раз в год», "re-fit once a summer"): the
     * retrain word and its period on one line, either order; it answers "how often do you retrain?".
     */
    static final Pattern RETRAIN_CADENCE = Pattern.compile("(?iu)" + RETRAIN_WORD + "[^\\n]{0,30}?" + Cadence.WORDS
            + "|" + Cadence.WORDS + "[^\\n]{0,12}?" + RETRAIN_WORD);

    /**
     * A feature counted over the last minutes ("CTR last 5 min", "近 5 分钟进房率", "за последние 10 мин", "1h velocity"):
     * its value at training time must be the one it had when the prediction was made, not today's.
     */
    static final Pattern RECENT_WINDOW = Pattern.compile("(?iu)(?:(?:last|past|rolling|trailing)\\s*\\d+\\s*(?:s|sec\\p{L}*|"
            + "min\\p{L}*)(?![\\p{L}])|近\\s*\\d+\\s*(?:秒|分钟)|за\\s+(?:последн\\p{L}*\\s+)?\\d+\\s*(?:сек\\p{L}*|мин\\p{L}*)"
            + "(?![\\p{L}])|\\d+\\s*(?:min|h)\\s*(?:velocity|count|rate|window))");

    /**
     * Many classes named with their count ("24 intents", "1,460 classes", "300 类", "50 категорий"): the rare ones
     * are where a classifier fails unseen. Ten or more, so "2 classes" is no long tail.
     */
    static final Pattern CLASS_COUNT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])\\d[\\d,]*\\d\\s*(?:\\+\\s*)?(?:classes|intents|categories|"
            + "labels|topics|class|категори\\p{L}*|классов|интент\\p{L}*|рубрик\\p{L}*)(?![\\p{L}])"
            // «класс(а)» counts only after 21–24, 31–34…: "11 класса" is the eleventh grade, eleven classes are «классов»
            + "|(?<![\\p{L}\\p{N}.,])(?:\\d[\\d,]*[02-9]|[2-9])[1-4]\\s*класса?(?![\\p{L}])"
            + "|(?<![\\p{N}.,])\\d[\\d,]*\\d\\s*(?:个)?(?:类别|类|意图|品类|标签)");

    static final String ALERT_WORD = "(?<![\\p{L}])(?:alerts?|alarms?|алерт\\p{L}*|тревог\\p{L}*|оповещени\\p{L}*)"
            + "|告警|报警|预警";
    private static final String PER = "\\s*(?:/|per|a|an|в|за|на|每)\\s*(?:1\\s*)?";
    private static final String PERIOD = "(?:shift|day|night|hour|week|смен\\p{L}*|сут\\p{L}*|день|дн\\p{L}*|час\\p{L}*|"
            + "недел\\p{L}*|天|日|班|小时|周)(?![\\p{L}&&[^\\p{IsHan}]])";
    private static final String COUNT = "\\d[\\d.,]*\\s*(?:k|к|条|个|次)?\\s*";

    /**
     * The alert load the board states ("SOC handles ~40 alerts per shift", «ложных алертов ~60/сут», «ложных тревог
     * на 1 смену: 4», "每班约 40 条告警"): a count of alerts per shift, day or hour, in either order on one line. It
     * answers "how many alerts a day?" unless the line calls it too many ({@link #TOO_MANY}): then the load is the
     * candidate's open point.
     */
    static final Pattern ALERT_VOLUME = Pattern.compile("(?iu)" + COUNT + "(?:false\\s+|ложн\\p{L}*\\s+)?(?:" + ALERT_WORD
            + ")" + PER + PERIOD
            + "|(?:" + ALERT_WORD + ")[^\\n\\d]{0,8}?" + COUNT + PER + PERIOD
            + "|(?:" + ALERT_WORD + ")[^\\n\\d]{0,12}?" + PER + PERIOD + "[^\\n\\d]{0,15}?\\d"
            + "|每\\s*" + PERIOD + "[^\\n\\d]{0,6}?" + COUNT + "(?:" + ALERT_WORD + ")");
    private static final Pattern SAMPLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:sampl\\p{L}*|spot-check\\p{L}*|"
            + "выборк\\p{L}*|выборочн\\p{L}*)|抽");
    /** Words on the line of a stated load that call it a problem ("~60/day — too many", «многовато», "太多"). */
    private static final Pattern TOO_MANY = Pattern.compile("(?iu)too many|too much|too noisy|многовато|слишком много|"
            + "много ложн\\p{L}*|太多|过多|偏多");

    /** A metric's name just before a comparison makes it a target ("recall ≥ 0.99", "AUC > 0.8"), not a cut. */
    private static final Pattern METRIC_BEFORE = Pattern.compile("(?iu)(?:recall|precision|coverage|полнот\\p{L}*|"
            + "точност\\p{L}*|покрыти\\p{L}*|召回|精确|准确|覆盖)[^\\n]{0,20}$");
    private static final int TARGET_WINDOW = 30;
    /** Items a box must list for {@link #listsSeveral}. */
    private static final int SEVERAL = 3;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\n,;，；、•·]|\\s[-–+/]\\s");
    /** Words before a bound that make it a check, a cap or a band rather than a cut-off ({@link #isNoDecisionCut}). */
    private static final Pattern NO_DECISION_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:psi|ks|kl|drift\\p{L}*|"
            + "stabilit\\p{L}*|cost\\p{L}*|price\\p{L}*|budget\\p{L}*|latency|target|goal|дрейф\\p{L}*|стабильн\\p{L}*|"
            + "стоимост\\p{L}*|цен\\p{L}*|бюджет\\p{L}*|задержк\\p{L}*|цель|целев\\p{L}*|коридор\\p{L}*)(?![\\p{L}])"
            + "|漂移|稳定|成本|价格|费用|预算|延迟|时延|目标");
    /** A unit right after the number: a share, money or time, not a score. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?iu)\\s*(?:%|元|₽|¥|\\$|€|руб|ms|мс|сек|秒|s(?![\\p{L}]))");

    /** Signals that are a pattern over the board's text (the rest are answered by {@link Numbers} or the label). */
    private static final Map<String, Pattern> PATTERNS = Map.ofEntries(
            Map.entry("#metric", METRIC_NAMED), Map.entry("#goal", GOAL_STATED),
            Map.entry("#lift-target", LIFT_TARGET), Map.entry("#small-share", SMALL_SHARE),
Map.entry("#cutoff", CUTOFF), Map.entry("#online-reason", ONLINE_REASON),
            Map.entry("#operating-point", OPERATING_POINT), Map.entry("#online-line", ONLINE_LINE),
            Map.entry("#random-split", RANDOM_SPLIT), Map.entry("#capacity-cut", CAPACITY_CUT),
            Map.entry("#unsupervised", UNSUPERVISED), Map.entry("#model-size", MODEL_SIZE),
            Map.entry("#cache-ttl", CACHE_TTL), Map.entry("#threshold-stated", THRESHOLD_STATED),
            Map.entry("#latency-claim", LATENCY_CLAIM), Map.entry("#recent-window", RECENT_WINDOW),
            Map.entry("#class-count", CLASS_COUNT),
            Map.entry("#retrain-cadence", RETRAIN_CADENCE), Map.entry("#alert-volume", ALERT_VOLUME),
            Map.entry("#retention-guardrail", StatedClaims.RETENTION_GUARDRAIL),
            Map.entry("#time-split", StatedClaims.TIME_SPLIT),
            Map.entry("#ab-result", StatedClaims.AB_RESULT), Map.entry("#cost-cap", StatedClaims.COST_CAP),
            Map.entry("#eval-result", StatedClaims.EVAL_RESULT), Map.entry("#people-labelling", StatedClaims.PEOPLE_LABELLING),
            Map.entry("#field-scores", StatedClaims.FIELD_SCORES));

    private final String normalized;
    private final Optional<String> label;
    /** The Requirements boxes, title and prompt, normalised: where a volume is a claim about the system. */
    private final String requirements;

    /**
     * @param normalized the board's text, normalised
     * @param label      the label the board states ({@link BoardFacts#label}), for "#label"
     */
    BoardSignals(String normalized, Optional<String> label) {
        this(normalized, label, "");
    }

    /**
     * @param requirements the Requirements boxes, title and prompt, normalised: "#stated-volume" and
     *                     "#stated-goal" read a volume or a goal there only (a data set's "4k speakers" is no load the
     *                     system must carry, "cloud cover < 20%" in a Data box no goal)
     */
    BoardSignals(String normalized, Optional<String> label, String requirements) {
        this.normalized = normalized;
        this.label = label;
        this.requirements = requirements;
    }

    static boolean isSignal(String term) {
        return term.startsWith(PREFIX);
    }

    /** True when the board shows the signal; an unknown name is never shown (a typo in the bank stays quiet). */
    boolean shows(String signal) {
        return switch (signal) {
            case "#latency" -> Numbers.hasLatencyBudget(normalized);
            case "#number" -> Numbers.hasNumber(normalized);
            case "#label" -> label.isPresent();
            case "#schedule" -> Numbers.hasSchedule(normalized);
            case "#review-plan" -> StatedClaims.statesReviewPlan(normalized);
            case "#several-items" -> listsSeveral(normalized);
            case "#broken-down" -> StatedClaims.breaksDownResults(normalized);
            case "#hosted-cost" -> StatedClaims.hostedWithCost(normalized);
            case "#multi-class" -> StatedClaims.multiClass(normalized);
            case "#structured-llm" -> StatedClaims.structuredLlmOutput(normalized);
            default -> StatedPremises.shows(signal, normalized).or(() -> StatedAnswers.shows(signal, normalized))
                    .orElseGet(() -> find(signal).isPresent());
        };
    }

    /** The words where the board shows a pattern signal, as found in the normalised text; empty when it does not. */
    Optional<String> find(String signal) {
        if (signal.equals("#slice-result")) {
            return StatedClaims.sliceResult(normalized);
        }
        if (signal.equals("#quotes-label")) {
            return BoardFacts.quotedFromLabel(normalized, label);
        }
        if (signal.equals("#stated-volume") || signal.equals("#stated-goal")) {
            Matcher v = (signal.equals("#stated-volume") ? VOLUME : GOAL_STATED).matcher(requirements);
            return v.find() ? Optional.of(v.group().strip()) : Optional.empty();
        }
        Pattern p = PATTERNS.get(signal);
        if (p == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(normalized);
        while (m.find()) {
            if (p == THRESHOLD_STATED && (isMetricTarget(m.start()) || isNoDecisionCut(m.start(), m.end())
                    || StatedClaims.BASELINE_LINE.matcher(lineAround(m.start(), m.end())).find())) {
                continue; // "recall ≥ 0.99" is a goal for the model, "PSI < 0.1" a health check: not the cut it acts at
            }
            // the line the figure starts on: a match may end on the next line's first character
            if (p == StatedClaims.EVAL_RESULT && StatedClaims.BASELINE_LINE.matcher(lineAround(m.start(), m.start())).find()) {
                continue; // "baseline: vendor model, CER 14%" is what the model must beat, not the board's own result
            }
            if (p == ALERT_VOLUME && SAMPLED.matcher(lineAround(m.start(), m.end())).find()) {
                continue; // "inspectors sample 50 alarms a shift" is an audit, not the load
            }
            if (p == ALERT_VOLUME && alertLoadCalledTooMany()) {
                return Optional.empty();
            }
            return Optional.of(m.group().strip());
        }
        return Optional.empty();
    }

    /**
     * A bound that is no decision the model acts on: a stability or drift check ("PSI < 0.1"), a cost or price cap
     * ("成本 < 0.05 元"), a target band ("держать [Si] 0,4–0,6%"), a latency: a word for one of them just before it, or
     * a percent, currency or time unit right after the number.
     */
    private boolean isNoDecisionCut(int start, int end) {
        String before = normalized.substring(Math.max(0, start - TARGET_WINDOW), start);
        int lineStart = before.lastIndexOf('\n');
        before = lineStart >= 0 ? before.substring(lineStart + 1) : before;
        return NO_DECISION_BEFORE.matcher(before).find()
                || UNIT_AFTER.matcher(normalized.substring(end, Math.min(normalized.length(), end + 6))).lookingAt();
    }

    /**
     * True when the text lists at least {@link #SEVERAL} things (lines, or items between commas, semicolons or
     * bullets): read in one box with "@", a Monitoring box that watches several quantities already answers "how will
     * you see it going wrong?", whatever words it uses for them.
     */
    static boolean listsSeveral(String text) {
        int items = 0;
        for (String item : LIST_SEPARATOR.split(text)) {
            if (item.codePoints().anyMatch(Character::isLetterOrDigit) && ++items >= SEVERAL) {
                return true;
            }
        }
        return false;
    }

    /** Any line stating an alert load calls it too many: the load is the candidate's open point, whatever else says. */
    private boolean alertLoadCalledTooMany() {
        Matcher m = ALERT_VOLUME.matcher(normalized);
        while (m.find()) {
            if (TOO_MANY.matcher(lineAround(m.start(), m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    private String lineAround(int start, int end) {
        int from = normalized.lastIndexOf('\n', start) + 1;
        int to = normalized.indexOf('\n', end);
        return normalized.substring(from, to < 0 ? normalized.length() : to);
    }

    private boolean isMetricTarget(int at) {
        String before = normalized.substring(Math.max(0, at - TARGET_WINDOW), at);
        return METRIC_BEFORE.matcher(before).find() || METRIC_NAMED.matcher(before).find()
                && METRIC_BEFORE.matcher(before.replaceAll(METRIC_NAMED.pattern(), "recall")).find();
    }
}
