package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.CueContext.*;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vetoes cues whose context shows they are not doing trade-off work: "over 100 ms" and "fail over" are not
 * preferences, "more than 1M" names no alternative, "as a feature" gives no reason, "比如" is "for example",
 * "p99 > 50" compares numbers, not options.
 */
final class CueGuards {
    private static final Pattern OVER_NOT_CHOICE = Pattern.compile(
            "\\s*(?:time|the (?:last|past|next|course|years?|months?|weeks?|days?|network|wire|whole|top|collection|corpus"
                    + "|catalog|catalogue|index|archive|database|dataset|graph|feed|inventory)|\\d|~|≈|[$€£¥₽]"
                    + "|an? (?:period|week|day|month|year|window|few|couple|span|horizon|sliding)"
                    + "|all|here|there|night|https?|grpc|kafka|budget|sla|threshold|it|them|and|$"
                    + "|(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|ms|users?|sessions?|items?)(?![\\p{L}]))");
    private static final Set<String> BEFORE_OVER_NOT_CHOICE = Set.of("fail", "roll", "switch", "hand", "take",
            "turn", "carry", "left", "start", "all", "move", "push", "sent", "send", "is", "are", "was", "be", "go",
            "think", "run", "aggregate", "aggregated", "averaged", "sum", "summed", "window", "count", "counts",
            "mean", "trend", "drift", "computed", "rolling", "stats", "look",
            // round 16: "every 15 min over LoRa" sends over a channel, "ANN over the collection" searches a domain
            "min", "mins", "sec", "secs", "hourly", "daily", "nightly", "ann", "knn", "search", "searches", "scan",
            "attention", "pooling", "iterate", "loop");
    /** Round 21: words after "went" that move a number ("walked guests went over 19"), no pick. */
    private static final Set<String> MOVES_A_NUMBER = Set.of("over", "up", "down", "above", "below", "past",
            "beyond", "under", "viral", "wrong");
    /** Words after "revisit" that make it a noun (a return time), not "decide again later". */
    private static final Set<String> REVISIT_NOUN = Set.of("is", "was", "time", "times", "rate", "cycle", "interval",
            "period", "of", "every");
    /** What a bare "lose …" must be followed by to price a choice: the gain, or the option compared. */
    private static final Pattern GAIN_AFTER_PRICE = Pattern.compile("\\b(?:but|vs\\.?|versus|in exchange)\\b");
    /** Prepositions that "X in A, not in B" repeats to contrast two places or times. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at");
    private static final Set<String> AFTER_NOT = Set.of("only", "sure", "yet", "needed", "required", "all",
            "always", "too", "much", "many", "enough", "now", "available", "be", "been", "have", "in", "on", "at", "for", "to", "so", "very", "really", "that", "this", "possible", "feasible", "clear",
            "known", "used", "use", "do", "care", "matter", "worth", "ideal", "great", "good", "bad", "real", "было",
            "быть", "будет", "надо", "нужно", "стоит", "только", "всегда", "очень", "так", "то", "сразу", "все", "всё",
            "знаем", "ясно", "важно", "хватает");
    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
            "should", "would", "will", "must", "may", "might", "has", "have", "had", "need", "am", "be", "why",
            "if", "or", "and", "but", "whether", "it's", "its", "we're", "it", "that", "which", "of",
            "чтобы", "чтоб", "дабы"); // "чтобы не было утечки" is a purpose, not a rejected option
    private static final Pattern THAN_NUMBER = Pattern.compile(
            "\\s*(?:[~≈<>$]|\\d|an? (?:million|billion|thousand|hundred|few|couple|dozen|second|minute|hour|day"
                    + "|week|month|year)|one |once |half |twice |about |around |usual|expected|before|ever|needed"
                    + "|necessary|average|baseline|budget|на \\d|в \\d|раз в )");
    private static final Set<String> FIRST_NOT_CHOICE = Set.of("stage", "step", "pass", "week", "day", "month",
            "time", "layer", "round", "of", "we", "i", "party", "order", "touch", "call", "session", "click", "visit",
            "line", "page", "hop", "iteration", "version", "release", "phase", "position", "item", "n", "k",
            "list", "discuss", "show", "compare", "ask", "collect", "present"); // round 16: shows the options, picks none
    private static final Set<String> AFTER_AS = Set.of("a", "an", "well", "input", "inputs", "label",
            "labels", "feature", "features", "positive", "positives", "negative", "negatives", "soon", "of", "is",
            "such", "much", "many", "long", "far", "per", "needed", "usual", "before", "fallback", "baseline",
            "backup", "target", "part", "in", "for", "to", "follows", "if");

    /** "as we only care about order": "as" opens a reason when a subject follows. */
    private static final Set<String> AS_SUBJECTS = Set.of("we", "it", "it's", "its", "they", "there", "our", "only",
            "most", "all", "nobody", "users", "ppl", "people", "data", "labels", "traffic");
    /** Round 16: options shown or talked over first, none picked: "先列出来", "先讨论", «сначала покажем». */
    private static final Pattern ZH_SHOW_FIRST = Pattern.compile("\\s*(?:列|讨论|对比|评估|收集|调研|问问|给.{0,6}看|开会)");
    private static final Set<String> SHOW_FIRST = Set.of("покажем", "показать", "обсудим", "обсудить", "сравним",
            "сравнить", "соберём", "соберем", "спросим", "выпишем", "распишем");

    /**
     * Round 17: an elapsed time right before "later" ("2 days later", "~3 wks later", "a month later", «на 2 дня позже»)
     * dates an outcome or an arrival; it puts nothing off.
     */
    private static final Pattern ELAPSED_BEFORE = Pattern.compile(
            "(?:\\d|\\b(?:a|an|one|two|three|few|several|couple of))\\s*(?:days?|d|wks?|weeks?|hrs?|hours?|h|mins?|minutes?"
                    + "|months?|mos?|yrs?|years?|sec(?:ond)?s?|дн(?:я|ей|ь)|недел[ьюи]|месяц(?:а|ев)?|час(?:а|ов)?|мин(?:ут)?"
                    + "|лет|года?)\\s*$");

    /** What "since" dates from: a change, a release, a month, a year, "then". */
    private static final Pattern SINCE_WHEN = Pattern.compile("\\s*(?:(?:the|our|we|they)\\s+)?(?:switch(?:ed)?|mov(?:e|ed)"
            + "|migrat(?:ion|ed)|launch(?:ed)?|release|rollout|rolled|upgrade|update|change|changed|redesign|v\\d|then|last"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|\\d{4}|20\\d\\d)(?![\\p{L}])");
    private static final Set<String> AFTER_SO = Set.of("far", "on", "called", "much", "many", "that", "-called");
    private static final Set<String> AFTER_OR = Set.of("so", "more", "less", "not", "else", "two", "three",
            "whatever", "similar", "equal", "later", "both", "fewer");
    private static final Set<String> AFTER_NO = Set.of("need", "longer", "more", "less", "one", "way", "matter",
            "idea", "labels", "label", "data", "later", "than", "problem", "issue", "reason", "change", "time",
            "cold", "pii", "signal", "history");

    private static final Set<String> PURPOSES = Set.of("latency", "speed", "cost", "costs", "scale", "freshness",
            "recall", "precision", "interpretability", "explainability", "simplicity", "robustness", "throughput",
            "memory", "privacy", "compliance", "coverage", "stability", "accuracy", "auditability", "debuggability",
            "cheap", "cheaper", "fast", "faster", "reads", "writes", "sub", "low", "lower", "less", "fewer");

    /**
     * The kind cue {@code kind} at [start, end) of {@code s} really has in its context, or null when it is a
     * look-alike. A few cues change kind with their neighbours: "to" after "prefer" is a preference, after "from"
     * it names the new choice.
     */
    CueKind kindOf(CueKind kind, String s, int start, int end) {
        String cue = s.substring(start, end);
        if (kind == CueKind.OPTIONS && closesBracket(s, start, end)) {
            return null; // "(daily, T+1)", "(p99 2)": a bracket closed, not an option labelled
        }
        if (cue.equals("to") || cue.equals("from")) {
            return SwitchCues.kindOf(cue, s, start);
        }
        if (cue.equals("for") && kind == CueKind.REASON) {
            String w = wordAfter(s, end);
            return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || PURPOSES.contains(w)) ? kind : null;
        }
        return accepts(kind, s, start, end) ? kind : null;
    }

    /** True unless the context shows cue {@code kind} at [start, end) of {@code s} is a look-alike. */
    private boolean accepts(CueKind kind, String s, int start, int end) {
        String cue = s.substring(start, end);
        if (cue.length() > 1 && cue.endsWith("用") && end < s.length() && s.charAt(end) == '户') {
            return false; // "没有用户画像": 用户 is "user", not the verb 用
        }
        if (kind == CueKind.DEFER && ReasonClauses.hedgeInReason(s, start, end)
                || kind == CueKind.QUALITY && cue.equals("更") && ReasonClauses.updateCadence(s, start)
                || kind == CueKind.COST && cue.equals("掉点") && ReasonClauses.likesAfter(s, end)) {
            return false; // round 20: a hedge inside a reason, 周更 (weekly updates), 替掉点赞 (replaces likes)
        }
        if (BoxLookalikes.lookalike(kind, s, start, end)) {
            return false; // round 24: a threshold in a condition, 差 1 位, a narrowing "only", a "but" left unfinished
        }
        if (Lookalikes.partOfMetricOrWord(kind, s, start, end)) {
            return false; // "skip rate", "доля ложных тревог", "误杀率", "故障", "要不要": no cue at all
        }
        if ((kind == CueKind.BEATS || kind == CueKind.LOSES || kind == CueKind.THAN || kind == CueKind.QUALITY
                || kind == CueKind.DEFECT && s.startsWith(" than", end)) && Lookalikes.pastPeriodAfterCue(s, end)) {
            return false; // "better than last quarter", "way more than the 12k we simulated": no second option
        }
        if (kind == CueKind.DECIDE && start > 0 && s.charAt(start - 1) == '一' && s.startsWith("就", end)
                || kind == CueKind.DEFECT && Lookalikes.asSoonAs(s, start)) {
            return false; // round 21: "一上线就会被截图" is "as soon as it goes live": no decision, no option's defect
        }
        switch (cue) {
            case "bad": // round 21: "one bad reply goes viral" names an event; "GBDT is a bad fit" still faults GBDT
                return !Set.of("one", "a", "an", "the", "any", "every", "some", "each", "single")
                        .contains(wordBefore(s, start)) || AUX.contains(wordBefore(s, s.lastIndexOf(' ', start - 2) + 1));
            case "went", "going", "goes", "go": // round 21: "went over 19 in june", "going up" move a number
                return !MOVES_A_NUMBER.contains(wordAfter(s, end));
            case "over":
                return !BEFORE_OVER_NOT_CHOICE.contains(wordBefore(s, start))
                        && !startsWith(OVER_NOT_CHOICE, s, end) && hasWordBefore(s, start);
            case "than":
                return !startsWith(THAN_NUMBER, s, end) && !Lookalikes.pastPeriodAt(s, end)
                        && !"rather".equals(wordBefore(s, start))
                        && !"other".equals(wordBefore(s, start));
            case "без":
                return precededByComma(s, start);
            case "=":
                return startsWith(PRICED, s, end) && !Lookalikes.definesTerm(s, start);
            case "на":
                return kind != CueKind.LOSES || RU_SWITCHED_FROM.matcher(clauseBefore(s, start)).find();
            case "从":
                return switchTargetFollows(s, end);
            case "切": // "⇒ 切 UNet" switches to an option; "切分", "切片" cut things
                return latinAfter(s, end);
            case "would be": // "X would be nice but …" wishes for X; "X would be too slow" faults it
                return !NICE_AFTER.contains(wordAfter(s, end));
            case "first":
                // "first GBDT" picks; "first-stage", "first week", "the first model" order things
                return (end == s.length() || s.charAt(end) != '-') && !FIRST_NOT_CHOICE.contains(wordAfter(s, end))
                        && !closesClauseAfterWord(s, start, end) // "baseline: nearest first" sorts, picks nothing
                        && !Set.of("the", "a", "our", "its", "is", "at").contains(wordBefore(s, start));
            case "таймаут": // "X таймаутит" is a defect; "таймаут 2 с" is a setting
                return !digitNear(s, end, 1);
            case "сначала": // «сначала бустинг» picks; «ближайшие сначала» sorts; «сначала покажем» shows (round 16)
                return !closesClauseAfterWord(s, start, end) && !SHOW_FIRST.contains(wordAfter(s, end));
            case "优先": // "GBDT 优先" prefers an option; "距离近的优先" sorts by a quality
                return start == 0 || s.charAt(start - 1) != '的';
            case "就没": // "没曝光就没向量" is an option's defect; "下播就没了" says the thing ends, a fact of the data
                return !(s.startsWith("了", end) && (end + 1 == s.length() || "，,。.；;\n".indexOf(s.charAt(end + 1)) >= 0));
            case "先":
                // "先 GBDT" (first GBDT) picks; "首先", "事先", "原先", "预先", "先后", "先验" do not
                return (start == 0 || "首事原预领率抢优".indexOf(s.charAt(start - 1)) < 0)
                        && (end == s.length() || "后验进前".indexOf(s.charAt(end)) < 0)
                        && !startsWith(ZH_SHOW_FIRST, s, end); // round 16: "先列出来给运营看" shows the options, picks none
            case "不用", "无需", "不需要": // "不用 BERT" turns BERT down; "不用重训", "不用装传感器" need no effort (round 16)
                return (end >= s.length() || NO_NEED_VERBS.indexOf(s.charAt(end)) < 0)
                        && !s.startsWith("自己", end); // round 20: "不用自己运维" needs no effort of one's own
            case "不": // round 22: "按场次不按周" repeats the way of the pick after 不, with no comma between
                return start > 0 && (precededByComma(s, start) || parallelWay(s, start, end)) && end < s.length()
                        && "够行能会太是同错少多好大小用到如仅但过然管同断稳准".indexOf(s.charAt(end)) < 0;
            case "not", "не": // round 24: "X, not only Y: R" keeps Y as well but picks X for R
                return BoxLookalikes.notOnly(s, start, end) || !AUX.contains(wordBefore(s, start))
                        && (!AFTER_NOT.contains(wordAfter(s, end)) || parallelPlace(s, start, wordAfter(s, end)))
                        && (cue.equals("not") || precededByComma(s, start)) && !wordAfter(s, end).isEmpty();
            case "revisit": // round 18: "sat revisit is 10-15 min" is a satellite's return time, no deferral
                return !REVISIT_NOUN.contains(wordAfter(s, end));
            case "lose", "losing": // round 18: "int8: lose 2 pts mAP vs fp16 but get 20 fps" prices a choice for a gain
                return clauseStart(s, start) && GAIN_AFTER_PRICE.matcher(s.substring(end, lineEnd(s, end))).find();
            case "as":
                return (precededByComma(s, start) || AS_SUBJECTS.contains(wordAfter(s, end))
                        || ReasonClauses.asAfterRejection(s, start, end)) // round 20: "monthly not nightly as …"
                        && !AFTER_AS.contains(wordAfter(s, end));
            case "since": // "since the switch to path tracing", "since March" date a change; "since legal needs …" explains
                return !startsWith(SINCE_WHEN, s, end);
            case "so":
                return !AFTER_SO.contains(wordAfter(s, end)) && !wordAfter(s, end).isEmpty()
                        && !s.startsWith("-", end);
            case "or":
                return !AFTER_OR.contains(wordAfter(s, end)) && hasWordBefore(s, start)
                        && !wordAfter(s, end).isEmpty();
            case "no":
                return !AFTER_NO.contains(wordAfter(s, end)) && clauseStart(s, start);
            case ">", ">>", "<", "<<", "≫":
                return letterNear(s, start - 1, -1) && letterNear(s, end, 1);
            case "比":
                return comparisonFollows(s, end) && !Lookalikes.pastPeriodAt(s, end);
            case "用": // round 17: 信用, 费用, 应用, 作用: 用 closing a noun is no "use"
                if (start > 0 && "信费应作".indexOf(s.charAt(start - 1)) >= 0) {
                    return false;
                }
                return end >= s.length() || "户途量法时例于到来".indexOf(s.charAt(end)) < 0
                        && !(start > 0 && s.charAt(start - 1) == '不' && (NO_NEED_VERBS.indexOf(s.charAt(end)) >= 0
                        || s.startsWith("自己", end)));
            case "要": // "DNN 要10倍数据" names a cost; "重要", "主要", "要不要" do not
                return end < s.length() && (Character.isDigit(s.charAt(end)) || "多两三几十额".indexOf(s.charAt(end)) >= 0)
                        && Lookalikes.namedOptionBefore(s, start); // "每天要10万次请求" is a volume, not a defect
            case "vs", "vs.", "versus": // "0.61 vs 0.54", "27% vs 18%": two scores, not two options
                return !(digitNear(s, start - 1, -1) && digitNear(s, end, 1));
            case "против": // "TrOCR против API: TrOCR, …" weighs two options; "модель против спама" fights spam
                return s.indexOf(':', end) >= 0 && s.indexOf(':', end) < lineEnd(s, end) && hasWordBefore(s, start);
            case "чем":
                return !startsWith(THAN_NUMBER, s, end) && !Lookalikes.pastPeriodAt(s, end);
            case "too":
                return !wordAfter(s, end).isEmpty();
            case "trade", "trades", "trading", "traded": // round 23: a "trade-in" (value, shelf) is something sold back, no price paid
                return !s.startsWith("-in", end) && (s.indexOf(" for ", end) > 0 || s.indexOf(" off", end) == end);
            case "的代价": // round 23: 代价函数 is the loss being minimised, not the price of a choice
                return !s.startsWith("函数", end);
            case "skip": // "skip X" turns X down; "skip-intro detection", "skip-gram" name a thing
                return !s.startsWith("-", end);
            case "drop", "drops": // "we drop X", "drop X for Y"; "new episodes drop every day" releases them
                return !s.startsWith("-", end) && clauseStart(s, start) || Set.of("we", "i", "to", "let's", "lets", "and", "so", "then", "just", "will",
                        "we'll", "should", "can", "could", "must", "would").contains(wordBefore(s, start));
            case "pass": // "DeepFM pass" turns it down; "labelled by contractors (1 pass)", "single pass" count rounds
                return !digitNear(s, start - 1, -1) && !Set.of("one", "single", "first", "second").contains(wordBefore(s, start));
            case "later", "позже": // round 17: "sold out 2 days later", «на 3 дня позже» date an outcome
                return !ELAPSED_BEFORE.matcher(s.substring(Math.max(0, start - 24), start)).find();
            case "keep", "kept", "keeping":
                return !"track".equals(wordAfter(s, end)) && !"in".equals(wordAfter(s, end));
            default:
                return true;
        }
    }

    /**
     * "LLM on every message = 300 ms + $$", "= 40к QPS → дорого", "= 很贵": an equals sign that prices the option
     * before it is a defect of that option; "pos:neg = 1:10" and "k = 50" are not.
     */
    private static final Pattern PRICED = Pattern.compile(
            "[^,，;；.。\\n→>]{0,24}?(?:\\d+(?:[.,]\\d+)?\\s?(?:ms|мс|毫秒|s\\b|sec|сек|с\\b|min|мин|h\\b|ч\\b|час|hours?|秒|分钟|小时|x|倍|k\\b|к\\b|тб|tb|pb|gpus?\\b)"
                    + "|\\$|expensive|slow|pricey|costly|дорог|медленн|贵|慢|不够)");

    /** "перешли с XGBoost на LightGBM": "на" names the new choice only after a verb of switching with "с". */
    private static final Pattern RU_SWITCHED_FROM = Pattern.compile(
            "(?:перешли|переходим|перейдем|поменяли|меняем|сменили|заменили|переехали|мигрировали|ушли|уходим) с ");

    /** "从 MSE 换成 Huber": "从" rejects what follows only when a verb of switching follows in the clause. */
    private static boolean switchTargetFollows(String s, int end) {
        for (int i = end; i < Math.min(s.length(), end + 30); i++) {
            if ("，,。；;：:\n".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
            if (s.startsWith("换成", i) || s.startsWith("改成", i) || s.startsWith("换到", i) || s.startsWith("切到", i)
                    || s.startsWith("改为", i) || s.startsWith("迁到", i) || s.startsWith("切换到", i)) {
                return true;
            }
        }
        return false;
    }

    /** "比在线更便宜": a quality within a few characters, unlike "比例", "比如", "比赛". */
    private static boolean comparisonFollows(String s, int end) {
        if (end < s.length() && "例如率赛重特较分值".indexOf(s.charAt(end)) >= 0) {
            return false;
        }
        int limit = Math.min(s.length(), end + 24); // a Latin metric name may sit before the delta
        for (int i = end + 1; i < limit; i++) {
            if ((i < end + 14 && TradeoffReader.ZH_QUALITY_HEADS.indexOf(s.charAt(i)) >= 0) || signedMeasureAt(s, i)) {
                return true;
            }
            if ("，,。；;：:".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Verbs after 不用 that say some work is not needed: 重训, 装, 标, 维护, 等, 花, 请, 写, 改, 再, 每, 管, 担心. */
    private static final String NO_NEED_VERBS = "重训装标维等花请写改再每管担额操专买跑";

    private static final Set<String> NICE_AFTER = Set.of("nice", "great", "ideal", "cool", "good", "better", "best",
            "lovely", "awesome", "neat", "nicer"); // round 24: "X would be nicer but" wishes for X

    /**
     * True when a numbered or lettered label's ")" ("2)", "b)") only closes a bracket: "(daily, T+1)", "(p99 2)",
     * "(last 3)". A real enumeration opens a line or follows a space or a colon with no "(" still open on the line,
     * and never follows a "+" or "-" ("T+1)").
     */
    private static boolean closesBracket(String text, int at, int end) {
        if (text.charAt(end - 1) != ')') {
            return false;
        }
        if (at > 0 && "+-/".indexOf(text.charAt(at - 1)) >= 0) {
            return true;
        }
        int open = 0;
        for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == ')') {
                open--;
            } else if (c == '(') {
                open++;
            }
        }
        return open > 0;
    }

    /**
     * Round 18: "scam flagging in the core network, not in an app": "not in" after a comma (or a dash, semicolon or
     * colon), when the clause before that mark holds a place preposition too, contrasts two places (or moments: "at ingest, not at query time"), where
     * "not in scope" or "not in v1" would not.
     */
    private static boolean parallelPlace(String s, int start, String preposition) {
        if (!PLACE_PREPOSITIONS.contains(preposition) || !precededByComma(s, start)) {
            return false;
        }
        int mark = start - 1; // the comma, dash or colon that precededByComma saw
        while (s.charAt(mark) == ' ') {
            mark--;
        }
        int from = Math.max(s.lastIndexOf('\n', mark) + 1, s.lastIndexOf(':', mark - 1) + 1);
        String before = " " + s.substring(from, mark) + " ";
        // round 24: or another place preposition, "scanner on the infeed, not at the saw" (sets 33, en)
        return PLACE_PREPOSITIONS.stream().anyMatch(p -> before.contains(" " + p + " "));
    }
}
