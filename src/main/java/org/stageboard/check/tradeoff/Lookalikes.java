package org.stageboard.check.tradeoff;

import java.util.Set;
import java.util.regex.Pattern;

/** Contexts that make a cue a look-alike: no second option is named, or a term is defined rather than priced. */
final class Lookalikes {
    /**
     * "better than last quarter", "比上季度好", "лучше, чем в прошлом квартале": a comparison with an earlier
     * period of the same system is a goal, not a second option.
     */
    private static final Pattern PAST_PERIOD = Pattern.compile(
            "\\s*(?:(?:the )?(?:last|previous|prior|past) (?:quarter|year|month|week|release|period)|(?:в )?прошл\\p{L}* "
                    + "(?:квартал|год|месяц|недел|релиз)|(?:上|去)(?:个|一)?(?:季度|年|月|周|版本)|" + Lookalikes.REFERENCE + ")");
    private static final Pattern AFTER_THAN = Pattern.compile("\\s*(?:" + Lookalikes.REFERENCE_AFTER_THAN + ")");
    private static final Pattern PAST_AFTER = Pattern.compile("[\\s,，]*(?:(?:than|чем)?" + PAST_PERIOD.pattern()
            + "|than" + AFTER_THAN.pattern() + ")");
    /**
     * Round 22: a count set against a reference figure, not against a second option: "over 18k runners, way more than
     * the 12k we simulated", "more than any day this yr", "more than double june" (after "than" only),
     * «больше прогноза на 12%», «в 3 раза больше прогноза», «больше 9 тыс. ёлок», "比预期多三成". A plan or forecast counts
     * only as the end of the comparison ("лучше, чем прогноз по среднему" names a method, an option).
     */
    private static final String REFERENCE = "(?:прогноза|плана|нормы)(?=\\s*(?:на \\d|в \\d|[,.;]|$))"
            + "|(?<=больше |меньше |более |менее )\\d|(?:预测|预期|计划)[多少高低]";
    private static final String REFERENCE_AFTER_THAN = "the \\d[\\d.,]*[kmb]?(?=\\s*(?:$|[,.;]|we |you |they |i |planned"
            + "|expected|forecast))|any (?:day|week|month|year|other day|shift|season)|double |triple ";
    /** "label = purchase within 24h", "метка = покупка за 24ч": an equals sign that defines a term, not a price. */
    private static final Set<String> DEFINED = Set.of("label", "labels", "target", "y", "метка", "метки", "таргет",
            "标签", "目标");

    private Lookalikes() {
    }

    /** "than last quarter", "上季度", "в прошлом месяце" at {@code at}. */
    static boolean pastPeriodAt(String s, int at) {
        return PAST_PERIOD.matcher(s).region(at, s.length()).useTransparentBounds(true).lookingAt()
                || s.startsWith("than", Math.max(0, at - 4)) && AFTER_THAN.matcher(s).region(at, s.length()).lookingAt();
    }

    /** "better than last quarter", "выше, чем в прошлом месяце": a comparative whose other side is a past period. */
    static boolean pastPeriodAfterCue(String s, int at) {
        return PAST_AFTER.matcher(s).region(at, s.length()).useTransparentBounds(true).lookingAt();
    }

    /** "label = …" opening its clause defines the label; "human labels = $$" prices an option. */
    static boolean definesTerm(String s, int start) {
        int b = start;
        while (b > 0 && !TradeoffReader.isBoundary(s, b - 1)) {
            b--;
        }
        return DEFINED.contains(s.substring(b, start).trim());
    }

    /** A Latin-named option ("DNN", "BERT") just before {@code start}. */
    static boolean namedOptionBefore(String s, int start) {
        int k = start;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        return k > 0 && s.charAt(k - 1) < 128 && Character.isLetterOrDigit(s.charAt(k - 1));
    }

    /** A rate named after a rejecting verb: "skip rate", "drop-off rate", "放弃率" (a defect's rate is its defect). */
    private static final Pattern RATE_AFTER = Pattern.compile("\\s*(?:-?off\\s*)?(?:rate|ratio|share|count|%|率|比例|占比)");
    /** An event counted by a measure: "share of false alarms", "доля ложных тревог", "число пропусков". */
    private static final Pattern MEASURE_BEFORE = Pattern.compile(
            "(?:share of|rate of|number of|# of|% of|count of|доля|долю|доли|число|количество|процент|частота)\\s*$");

    /**
     * A rejecting or defect word that is part of a metric's name ("skip rate", "доля ложных тревог", "放弃率") or a
     * Chinese cue that is a character of a longer word ("故障" is a fault, not "故" = so), or the "不要" of a
     * question "要不要" (whether to): none of these rejects an option or states a defect.
     */
    static boolean partOfMetricOrWord(CueKind kind, String s, int start, int end) {
        if (kind == CueKind.REJECT && RATE_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
            return true;
        }
        if (kind == CueKind.REJECT || kind == CueKind.DEFECT) {
            if (MEASURE_BEFORE.matcher(s).region(Math.max(0, start - 16), start).find()) {
                return true;
            }
        }
        if (kind == CueKind.DEFECT && s.startsWith("never", start) && s.startsWith("to ", Math.max(0, start - 3))) {
            return true; // "wants income to never lower the limit": a requirement, not an option's defect
        }
        char first = s.charAt(start);
        if (first == '不' && start > 0 && end > start + 1 && s.charAt(start - 1) == s.charAt(start + 1)) {
            return true; // "要不要", "用不用", "上不上": asks whether, rejects nothing
        }
        if (s.startsWith("故", start) && end == start + 1) {
            boolean inWord = end < s.length() && "障事意乡".indexOf(s.charAt(end)) >= 0
                    || start > 0 && "事缘变典".indexOf(s.charAt(start - 1)) >= 0;
            return inWord;
        }
        return false;
    }

    /** Kinds of error: "false fails", "ложные отказы", "误判", "mistakes". */
    private static final Pattern ERRORS = Pattern.compile("(?:^|\\s)(?:the |our |these )?(?:false|wrong|bad)[ -]?\\p{L}+"
            + "(?: are| is)?\\s*$|(?:^|\\s)(?:errors?|mistakes?|misses|misclassifications?)(?: are| is)?\\s*$"
            + "|(?:^|\\s)(?:ложн|ошибк|ошибочн)\\p{L}*(?: \\p{L}+)?\\s*$|(?:误判|误报|漏报|误杀|错判|错误)的?(?:代价|成本|损失)?\\s*$");

    /** Data a model learns from: samples, positives, labels, examples; 样本, 标注, 数据; примеры, разметка, данные. */
    private static final Pattern DATA = Pattern.compile("(?:^|\\s)(?:samples?|positives?|negatives?|examples?|labels?"
            + "|data|cases|events|incidents)(?: are| is)?\\s*$|(?:样本|正例|负例|标注|数据|案例)\\s*$"
            + "|(?:^|\\s)(?:пример\\p{L}*|разметк\\p{L}*|данны\\p{L}*|случа\\p{L}*|выборк\\p{L}*)(?:\\s+\\p{L}+)?\\s*$");
    /** Defects that say there is too little of something. */
    private static final Pattern SCARCE = Pattern.compile("too few|too little|too rare|too sparse|not enough|太少|不够|太稀疏"
            + "|мало|маловато|не хватает|недостаточно");

    /**
     * Round 16: "溺水样本太少，用 focal loss", "positives too few, so focal loss", «примеров мало, берём focal loss»: too
     * little data is a fact the choice answers, not an option given up.
     */
    static boolean scarceData(String subject, String defect) {
        return SCARCE.matcher(defect).find() && DATA.matcher(subject.strip()).find();
    }

    /**
     * A defect whose subject is a kind of error ("false fails are too costly", "ошибки дорогие", "误判代价太高"): the
     * cost of getting it wrong is a reason for the choice, not an option given up.
     */
    static boolean errorOutcome(String subject) {
        return ERRORS.matcher(subject.strip()).find();
    }

    /** Round 21: a cue right after the 就 of 一…就 ("违规图一上线就会被截图"): what happens as soon as something does. */
    static boolean asSoonAs(String s, int start) {
        int jiu = start - 1;
        if (jiu < 1 || s.charAt(jiu) != '就') {
            return false;
        }
        for (int k = jiu - 1; k >= Math.max(0, jiu - 8); k--) {
            char c = s.charAt(k);
            if (c == '一') {
                return true;
            }
            if ("，,。;；:：".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }
}
