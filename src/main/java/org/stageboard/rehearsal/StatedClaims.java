package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims a board states in its own words that answer a question or take away its premise, read as
 * {@link BoardSignals} ("#retention-guardrail", "#time-split", "#ab-result", "#cost-cap", "#eval-result", "#broken-down", "#slice-result",
 * "#field-scores", "#multi-class", "#structured-llm"); kept apart so the signal reader stays one page.
 */
final class StatedClaims {
    /**
     * Retention held as a guardrail ("D7 retention must not drop", "次日留存不能掉", «удержание не падает», "guardrail:
     * retention"): the board watches it while it optimises something else, so it is no churn board.
     */
    static final Pattern RETENTION_GUARDRAIL = Pattern.compile("(?iu)(?:retention|留存|удержани\\p{L}*)[^\\n]{0,12}?"
            + "(?:不能掉|不降|不下降|不掉|持平|不变|不减|flat|(?:must |should )?not (?:drop|fall|decrease)|doesn't drop|no drop|"
            + "no worse|unchanged|non-inferior|не пада\\p{L}*|не снижа\\p{L}*|не хуже|без просадк\\p{L}*|не просед\\p{L}*)"
            + "|(?:guardrails?|护栏|гардрейл\\p{L}*)[^\\n]{0,40}?(?:retention|留存|удержани\\p{L}*)");

    private static final String PERIOD = "(?:days?|weeks?|months?|quarters?|years?|d|wks?|mo|дн\\p{L}*|день|недел\\p{L}*|"
            + "мес\\p{L}*|квартал\\p{L}*|год\\p{L}*|лет|天|日|周|个月|月|季度|年)";
    private static final String TEST = "(?:test|testing|holdout|hold-out|validation|val|oot|тест\\p{L}*|отложенн\\p{L}*|"
            + "валидац\\p{L}*|测试集|测试|验证集|验证|留出)";
    private static final String RECENT = "(?:last|latest|final|most recent|последн\\p{L}*|最后|最近|后)";

    /**
     * A test set cut by time in the board's words ("test = last 3 months", «последние 3 месяца — тест», "train 前 50
     * 天 / test 后 10 天", "holdout: the final 2 weeks"): the most recent period held out, in either order on one line.
     * It answers "how do you split so nothing leaks from the future?"; an A/B test over the last weeks is no split.
     */
    static final Pattern TIME_SPLIT = Pattern.compile("(?iu)(?<![\\p{L}])(?<!a/b\\s?)(?<!ab\\s?)(?<!a/b-)" + TEST + "[^\\n]{0,20}?" + RECENT
            + "\\s*\\d*\\s*" + PERIOD + "(?![\\p{L}&&[^\\p{IsHan}]])"
            + "|" + RECENT + "\\s*\\d+\\s*" + PERIOD + "(?![\\p{L}&&[^\\p{IsHan}]])[^\\n]{0,20}?(?<!a/b\\s?)(?<!ab\\s?)"
            + "(?<!a/b-)" + TEST
            // years on each side ("train 2018-2022, test 2023-24", «трейн 2019-2022, тест 2023», "训练 2019-2022，测试 2023")
            + "|(?<![\\p{L}])(?:train\\p{L}*|трейн\\p{L}*|обуч\\p{L}*|训练)[^\\n\\d]{0,12}(?:19|20)\\d\\d[^\\n]{0,30}?"
            + "(?:test\\p{L}*|тест\\p{L}*|测试)[^\\n\\d]{0,12}(?:19|20)\\d\\d");

    private static final String AB = "(?:a/b|(?<![\\p{L}])(?:ab|аб)(?![\\p{L}&&[^\\p{IsHan}]])|ab-?test\\p{L}*|"
            + "a/b-?test\\p{L}*|online test|online experiment|ab\\s?实验|a/b\\s?实验|ab\\s?测试|a/b\\s?测试|"
            + "在线实验|а/б\\p{L}*|аб-тест\\p{L}*|онлайн-эксперимент\\p{L}*)";
    private static final String PLANNED = "(?:plan\\p{L}*|will|to run|next|propos\\p{L}*|计划|将|拟|准备|план\\p{L}*|будет|будем|"
            + "предлага\\p{L}*|следующ\\p{L}*)";

    /**
     * An A/B test the board reports as run ("online A/B 50/50 by user, 4 weeks", "A/B: CTR +3.1%", "AB 实验 2 周，转化 +2%",
     * «A/B 3 недели: +4% заказов», written bare too: "AB 两周：GMV/UV +3.2%", «АБ 2 недели: +3%»), not one it plans: the question how to estimate the value "before an A/B" is
     * answered. A line that plans it ("A/B planned: 2 weeks") is no result.
     */
    static final Pattern AB_RESULT = Pattern.compile("(?imu)^(?![^\\n]*" + PLANNED + ")[^\\n]*" + AB + "[^\\n]{0,40}?"
            + "(?:\\d+\\s*" + PERIOD + "(?![\\p{L}&&[^\\p{IsHan}]])|[+−-]\\s?\\d+(?:[.,]\\d+)?\\s?(?:%|pp|п\\.\\s?п)|->|→)");

    /**
     * What one unit of work costs or may cost, in the board's words ("cost cap $0.02 per email", "成本 < 0.05 元/题",
     * «не дороже 1 ₽ за запрос», "cost est: ~$0.004 per suggestion"): the cost per request is stated, so "what does one
     * request cost?" is answered and the claim itself can be probed. A cost per day or a total budget is no such claim.
     */
    static final Pattern COST_CAP = Pattern.compile("(?iu)(?:cost|budget|spend|成本|费用|预算|стоимост\\p{L}*|бюджет\\p{L}*|"
            + "дороже|затрат\\p{L}*)[^\\n]{0,25}?(?:[$€£¥₽]\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:\\$|usd|eur|cents?|¢|元|分钱|"
            + "руб\\p{L}*|₽|коп\\p{L}*))\\s*(?:per|/|each|每|за|на)\\s*(?!day|month|year|week|hour|天|日|月|年|周|小时|"
            + "д[ен]\\p{L}*|сутки|месяц|год|недел\\p{L}*|час)[\\p{L}\\p{IsHan}]+");

    private static final String RESULT_METRIC = "(?:(?:map|ndcg|recall|precision|hit ?rate)(?:@\\d+)?|auc|pr-auc|roc-auc|auprc|f1|f-score|"
            + "mape|wape|smape|mae|rmse|wer|cer|accuracy|tpr|fpr|iou|miou|"
            + "точност\\p{L}*|полнот\\p{L}*|准确率|召回率|精确率|精度|命中率)";
    private static final String TARGET_WORD = "(?:target|goal|must|should|need\\p{L}*|at least|目标|要求|至少|需要|цел\\p{L}*|"
            + "должн\\p{L}*|не ниже|не менее|нужн\\p{L}*)";

    /**
     * A threshold set for a metric ("threshold for precision 0.8", «порог под precision 0,8», "阈值按 precision 0.8 定"):
     * the figure after it is the target the cut is chosen to meet, not a result measured (a lookbehind, so
     * "threshold 0.5: precision 0.91" still reads as a result).
     */
    private static final String THRESHOLD_SET_FOR = "(?<!(?:thresholds?|cut-?offs?|cuts?)\\s{1,2}(?:for|at|to hit|to reach|"
            + "to get|set for|tuned for|picked for|chosen for|so that)\\s{1,2})(?<!порог\\p{L}{0,3}\\s{1,2}(?:под|на|для|по)"
            + "\\s{1,2})(?<!порог\\p{L}{0,3}\\s{1,2}(?:подобран\\p{L}{0,2}|выбран\\p{L}{0,2}) (?:под|на|по)\\s{1,2})"
            + "(?<!阈值\\s{0,2}(?:按|定在|设在|对应|保证|使|卡在|卡|按照)\\s{0,2})";

    /**
     * A figure in a unit of length, pixels or degrees, alone or as a range ("GPS accuracy 5-15 m", «точность 5-15 м»,
     * "GPS 精度 3-10 米", "accuracy 2 px"): how far off a position is, not a score a model earned.
     */
    private static final String NOT_A_DISTANCE = "(?!\\s?(?:[-–—~]\\s?\\d+(?:[.,]\\d+)?\\s?)?(?:m|km|cm|mm|meters?|metres?|"
            + "ft|feet|px|pixels?|deg|degrees?|°|м|км|см|мм|метр\\p{L}*|километр\\p{L}*|пикс\\p{L}*|градус\\p{L}*|"
            + "米|厘米|毫米|公里|千米|像素|度)(?![\\p{L}&&[^\\p{IsHan}]]))";

    /**
     * An offline result the board reports with its number ("AUC 0.992", "macro F1 = 0.58", "召回率 0.83", «точность
     * 0,91»), not a target ("recall ≥ 0.99", "target F1 0.8", "召回率目标 0.9") nor a distance ({@link #NOT_A_DISTANCE}):
     * a claim whose data and weakest segment can be asked about with the number quoted.
     */
    static final Pattern EVAL_RESULT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<!" + "target )(?<!goal )(?<!目标)"
            + THRESHOLD_SET_FOR + RESULT_METRIC + "(?![\\p{L}\\p{N}@&&[^\\p{IsHan}]])(?![^\\n]{0,14}?" + TARGET_WORD + ")[\\s:=：~≈(（]{0,4}"
            + "\\d++(?:[.,]\\d++)?+" + NOT_A_DISTANCE + "\\s?%?");

    /** Metrics that come in pairs at one operating point ("recall 0.86 @ precision 0.90"): said twice, not broken down. */
    private static final Pattern PAIRED_METRIC = Pattern.compile("(?iu)^(?:recall|precision|hit ?rate|tpr|fpr|точност|полнот|召回率|精确率|精度)");
    private static final Pattern METRIC_NAME = Pattern.compile("(?iu)" + RESULT_METRIC + "(?![a-zа-яё])");

    /**
     * The board reports one metric two or more times with its number, a later one worse than the first ("AUC 0.87 / < 1
     * 岁：AUC 0.74", "WAPE 17% … малые офисы: WAPE 38%", "诱导分享 F1 0.81，违规收集个人信息 F1 0.52"): its result is broken
     * down by segment, horizon or class, so "where would it hold worst, which segment would you break it down by?" is
     * answered ({@link #sliceResult}). Recall and precision do not count: they come twice at one operating point
     * ("recall 0.9 at precision 0.6 … recall@top-1k").
     */
    static boolean breaksDownResults(String normalized) {
        return sliceResult(normalized).isPresent();
    }

    /** Error metrics: a higher figure is worse. */
    private static final Pattern ERROR_METRIC = Pattern.compile("(?iu)^(?:mape|wape|smape|mae|rmse|wer|cer|fpr)$");
    /** A qualifier that makes another metric of the same name ("macro-F1" is not "F1"). */
    private static final Pattern QUALIFIER = Pattern.compile("(?iu)(?<![\\p{L}])(?:macro|micro|weighted)[- ]?$");
    /** A clause about the baseline or the rule the model replaces: its figure is not the board's own result. */
    private static final Pattern BASELINE_CLAUSE = Pattern.compile("(?iu)(?<![\\p{L}])(?:baseline|naive|rules?|"
            + "бейзлайн\\p{L}*|правил\\p{L}*|наивн\\p{L}*)(?![\\p{L}])|基线|朴素|规则");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[/;|，,。；]");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /**
     * The board's weakest report of a metric it reports twice or more, as found in the normalised text ("auc 0.74" of
     * "< 1 岁：AUC 0.74", "wape 38%" of «малые офисы: WAPE 38%»): the part the candidate broke out because it falls
     * short, worse than the first figure given. A clause about the baseline is not the board's result.
     */
    static Optional<String> sliceResult(String normalized) {
        Map<String, List<Map.Entry<Double, String>>> byMetric = new LinkedHashMap<>();
        for (String line : normalized.split("\\n")) {
            Matcher m = EVAL_RESULT.matcher(line);
            while (m.find()) {
                Matcher name = METRIC_NAME.matcher(m.group());
                String[] before = CLAUSE_BREAK.split(line.substring(0, m.start()), -1);
                String clause = before[before.length - 1];
                Matcher figure = FIGURE.matcher(m.group().substring(name.lookingAt() ? name.end() : 0));
                if (!name.lookingAt() || PAIRED_METRIC.matcher(name.group()).find()
                        || BASELINE_CLAUSE.matcher(clause).find() || !figure.find()) {
                    continue;
                }
                Matcher q = QUALIFIER.matcher(clause);
                String key = (q.find() ? q.group().replaceAll("[- ]", "") : "") + name.group().toLowerCase(Locale.ROOT);
                byMetric.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(
                        Double.parseDouble(figure.group().replace(',', '.')), m.group().strip()));
            }
        }
        for (var e : byMetric.entrySet()) {
            var reports = e.getValue();
            boolean higherIsWorse = ERROR_METRIC.matcher(e.getKey()).find();
            var worst = reports.stream().max(Comparator.comparingDouble(
                    r -> higherIsWorse ? r.getKey() : -r.getKey())).orElseThrow();
            double first = reports.get(0).getKey();
            if (reports.size() >= 2 && (higherIsWorse ? worst.getKey() > first : worst.getKey() < first)) {
                return Optional.of(worst.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * A line that states the baseline ("baseline: the fraud team's rules (ratio > 0.95)", «бейзлайн — правило x > 3»,
     * "基线：规则 分数 > 80"): a cut on it is the rule the model must beat, not the cut the model acts at.
     */
    static final Pattern BASELINE_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:baseline|бейзлайн\\p{L}*|базов\\p{L}* "
            + "(?:правил\\p{L}*|решени\\p{L}*|модел\\p{L}*))\\s*[:=—–-]|基线\\s*[:=：]|基线是");

    /** A line about the people who review cases: their daily count on it is the review capacity. */
    private static final Pattern REVIEW_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:review\\p{L}*|analyst\\p{L}*|"
            + "moderator\\p{L}*|capacity|queue|аналитик\\p{L}*|модератор\\p{L}*|[её]мкост\\p{L}*|очеред\\p{L}*|"
            + "проверяющ\\p{L}*)|审核|复核|人审|队列|容量");
    /** A count per day ("~6k reviews/day", "top 30 rings/day", «30 алертов в день», "每天 400 个", "400/天"). */
    private static final Pattern PER_DAY_COUNT = Pattern.compile("(?iu)\\d[\\d.,]*\\s*[kк]?\\s*(?:[\\p{L}-]+\\s*)?"
            + "(?:/\\s*(?:day|d|день|сут\\p{L}*|天|日)(?![\\p{L}])|per day|a day|в день|в сутки|за сутки)|每(?:天|日)\\s*约?\\s*\\d");
    /** The order cases are reviewed in ("ordered by score", "top 600/day", «топ-30», "按风险分排序"). */
    private static final Pattern REVIEW_ORDER = Pattern.compile("(?iu)(?<![\\p{L}])(?:ordered by|sorted by|ranked|"
            + "top[- ]?\\d+|топ[- ]?\\d+|по убыванию|сортир\\p{L}*)|排序|前\\s*\\d+");

    /**
     * The board states both how many cases a day its reviewers take and in which order they come ("6 analysts,
     * capacity ~600 calls/day" + "analysts review top 600/day"): "how many can they handle, which go first?" is
     * answered. Either alone leaves the question open.
     */
    static boolean statesReviewPlan(String normalized) {
        if (!REVIEW_ORDER.matcher(normalized).find()) {
            return false;
        }
        for (String line : normalized.split("\n")) {
            if (REVIEW_LINE.matcher(line).find() && PER_DAY_COUNT.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private StatedClaims() {
    }

    /**
     * People counted, then labelling ("2 students labled 21k windows", «2 психолога разметили 6 тыс. окон", "3 名兽医标注"):
     * labels from people said as an act, not with a labeller noun; "labelled by the model" is no such act.
     */
    static final Pattern PEOPLE_LABELLING = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\d+\\s+(?:[\\p{L}-]+\\s+)?(?:students?|doctors?"
            + "|nurses?|vets?|experts?|clinicians?|radiologists?|linguists?|psychologists?|moderators?|agents?|people"
            + "|студент\\p{L}*|врач\\p{L}*|эксперт\\p{L}*|психолог\\p{L}*|модератор\\p{L}*|специалист\\p{L}*|человек)\\s+"
            + "(?:label\\p{L}*|labl\\p{L}*|annotat\\p{L}*|tagged|rated|graded|размет\\p{L}*|размеч\\p{L}*|оцени\\p{L}*)"
            + "|\\d+\\s*(?:名|个|位)?\\s*(?:医生|兽医|专家|学生|护士|审核员|兽医学生)(?:人工)?(?:标注|打标|听)");

    /** A model that grades the output ("LLM-judge 4.1/5", "GPT as a judge", «LLM-судья», "大模型打分"). */
    private static final String MODEL_JUDGE = "(?:(?<![\\p{L}])(?:llm|gpt\\S*|model|модел\\p{L}*|ллм)[- ]?(?:as[- ]an?[- ])?"
            + "(?:judge|судь\\p{L}*)|(?<![\\p{L}])(?:judge|судь\\p{L}*)[- ]?(?:llm|model|модел\\p{L}*)|(?:llm|大模型|模型)\\s?"
            + "(?:打分|评分|评审|裁判))";

    /**
     * Extracted fields scored one by one against a reference ("fields name/dates: 0.93", «поля ФИО/даты: 0,93», "字段
     * 姓名/日期：0.93", "scored per field: names 93%"): a field word with a score on its line, so "how do you evaluate the
     * generated answers?" is answered. Fields only listed («поля: ФИО, даты, доли») leave it open, and so does a model
     * judge beside them ("LLM-judge 4.1/5"), whose agreement with people the question asks.
     */
    static final Pattern FIELD_SCORES = Pattern.compile("(?iu)\\A(?![\\s\\S]*" + MODEL_JUDGE + ")[\\s\\S]*?"
            + "(?:(?<![\\p{L}])(?:fields?|per-field|пол[еяй]|по полям)(?![\\p{L}])|字段)[^\\n\\d]{0,30}?(?<![\\p{L}\\d])"
            + "(?:0[.,]\\d+|1[.,]0+|\\d{1,3}(?:[.,]\\d+)?\\s?%)");

    /**
     * Three or more classes counted ("4 classes", "four classes", «4 класса», «три класса», "4 类（清醒、浅睡…）", "四分类"):
     * a multi-class output, with no single score whose threshold is chosen. Two are a binary decision, and a count
     * before a noun in Chinese ("3 类特征") counts kinds of something else.
     */
    private static final Pattern MULTI_CLASS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<!\\d[.,])(?:[3-9]|three|four|five|six|seven|eight|nine)"
            + "[\\s-]*(?:classes|class|categories)(?![\\p{L}])|(?<![\\p{L}\\p{N}])(?<!\\d[.,])(?:[34]|три|четыре|тр[её]х|четыр[её]х)"
            + "[\\s-]*класс(?:а|ов\\p{L}*)(?![\\p{L}])|(?<![\\p{N}第])(?<!\\d[.,])(?:[3-9]|[三四五六七八九])\\s*(?:个)?(?:类别|分类|类)(?![\\p{IsHan}])");
    private static final Pattern ALERT = Pattern.compile("(?iu)" + BoardSignals.ALERT_WORD);

    /**
     * A multi-class output ({@link #MULTI_CLASS}) that raises no alarm: a board that sounds one on a class («3 класса:
     * пила / двигатель / фон» … «тревога патрулю») still chooses the score it alarms at.
     */
    static boolean multiClass(String normalized) {
        return MULTI_CLASS.matcher(normalized).find() && !ALERT.matcher(normalized).find();
    }

    /**
     * A language model whose output is a label, class, score or spans, not text for people ("gpt-4o-mini + policy
     * prompt -> label + reason", "Llama 3.1 … output JSON spans", "大模型 → 输出标签", «LLM → метка + причина»): the
     * premise of hallucinated answers and of grading generated answers is not there. A board that also drafts,
     * summarises or answers in words (a memo draft, a chatbot, «черновик», "摘要") still generates text, and so does
     * one that extracts fields into JSON ("LLM 抽取 … 输出 JSON"): a value it fills in can be made up (set 25's
     * package-insert board, judged relevant for hallucinated doses).
     */
    private static final Pattern LLM_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:llms?|gpt[\\p{L}\\d.-]*|claude[\\p{L}\\d.-]*|"
            + "llama[\\p{L}\\d.-]*|qwen[\\p{L}\\d.-]*|mistral[\\p{L}\\d.-]*|gemini[\\p{L}\\d.-]*|deepseek[\\p{L}\\d.-]*|"
            + "gigachat|yandexgpt|ллм|ллмк?)(?![\\p{L}])|大模型|大语言模型");
    private static final Pattern STRUCTURED_OUT = Pattern.compile("(?iu)(?:->|→|=>|(?<![\\p{L}])(?:outputs?|returns?|emits?"
            + "|на выходе|выда[её]т|возвраща\\p{L}*)(?![\\p{L}])|输出|返回)\\s*[:：]?\\s*(?:(?:a|an|the|one|json|structured|"
            + "json-)\\s*)*(?:(?<![\\p{L}])(?:labels?|class(?:es)?|categor(?:y|ies)|spans?|scores?|verdicts?|flags?|tags?|"
            + "yes/no|метк\\p{L}*|класс\\p{L}*|категори\\p{L}*|спан\\p{L}*)(?![\\p{L}])|标签|类别|分类|分数|片段)");
    private static final Pattern FREE_TEXT = Pattern.compile("(?iu)(?<![\\p{L}])(?:drafts?|drafting|summar\\p{L}*|chat ?bots?|"
            + "answers? (?:to|for) (?:users?|customers?|patients?|staff)|черновик\\p{L}*|сводк\\p{L}*|саммари|чат-?бот\\p{L}*)"
            + "(?![\\p{L}])|草稿|摘要|聊天机器人|生成回复|生成回答|话术");

    /**
     * An LLM named, and within the next 200 characters its output given as a label, class, score or spans
     * ({@link #STRUCTURED_OUT}), on a board that drafts or answers in words nowhere ({@link #FREE_TEXT}).
     */
    static boolean structuredLlmOutput(String normalized) {
        if (FREE_TEXT.matcher(normalized).find()) {
            return false;
        }
        Matcher llm = LLM_NAME.matcher(normalized);
        while (llm.find()) {
            String after = normalized.substring(llm.end(), Math.min(normalized.length(), llm.end() + 200));
            if (STRUCTURED_OUT.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    /** A model someone else hosts, called over an API ("GPT-4o", "Claude via API", «GigaChat по API», "调用 API"), not self-hosted. */
    private static final Pattern HOSTED_MODEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:via|by|through|over) (?:the |an? )?"
            + "(?:[\\p{L}-]+ )?api|(?<!self[- ])hosted|gpt-?(?:4|3\\.5)[\\p{L}\\d.-]*|claude[\\p{L}\\d.-]*|gigachat[\\p{L}\\d.-]*"
            + "|yandexgpt[\\p{L}\\d.-]*|openai|(?:по|через) api)(?![\\p{L}])|(?:调用|通过)\\s*[\\p{L}\\d-]{0,12}\\s*api");
    /** Thousands, millions, 万 after an amount: "$4k", "300 тыс. руб", "3 万元". */
    private static final String MULTIPLIER = "(?:\\s?(?:k|m|к|м|万|千|тыс\\.?|млн\\.?)(?![\\p{L}&&[^\\p{IsHan}]]))?";
    /** A sum of money stated as a cost: after a cost word ("budget ~$4k/mo", «стоимость ~$2.5») or per unit ("$1.1k per call"). */
    private static final Pattern MONEY_COST = Pattern.compile("(?iu)(?:cost|budget|spend|стоимост\\p{L}*|бюджет\\p{L}*|"
            + "затрат\\p{L}*|成本|费用|预算)[^\\n]{0,20}?" + "(?:[$€£¥₽]\\s?\\d|\\d(?:[.,]\\d+)?" + MULTIPLIER + "\\s?(?:usd|eur|元|руб|₽))"
            + "|(?:[$€£¥₽]\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:usd|元|руб\\p{L}*|₽))" + MULTIPLIER + "\\s?(?:per|/|за|每)\\s?"
            + "(?:call|request|query|doc\\p{L}*|item|page|patient|ticket|email|tender|report|file|form|contract|claim|"
            + "запрос\\p{L}*|вызов|документ|тендер|отчет\\p{L}*|договор\\p{L}*|заявк\\p{L}*|次|条|份|篇|件)");

    /**
     * A board that calls a hosted model and states what that costs in money ("GPT-4o … budget ~$4k/mo", «GPT-4o …
     * стоимость ~$2.5 за тендер», "调用通义 API … 成本 0.3 元/次", "Azure OpenAI … ~$0.40/report"): "what does one
     * request cost in GPU time, would you
     * quantise?" is answered, and its GPU wording fits a model someone else runs on no GPU of the board's. A hosted
     * model with no cost, or a self-hosted one with one, leaves it open.
     */
    static boolean hostedWithCost(String normalized) {
        return HOSTED_MODEL.matcher(normalized).find() && MONEY_COST.matcher(normalized).find();
    }
}
