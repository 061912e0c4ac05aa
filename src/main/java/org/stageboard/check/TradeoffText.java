package org.stageboard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether free text states a trade-off, in English, Chinese or Russian.
 *
 * <p>A trade-off names a choice, an alternative and why (domain brief). Text is read sentence by sentence
 * and a sentence states one when it has
 * <ul>
 *   <li>a <b>cost cue</b> that by itself says something is paid for a gain ("at the cost of", "trade-off",
 *       "downside", "权衡", "代价", "ценой", "зато") and real content beside it ("trade-off: TBD" and
 *       "discuss trade-offs later" do not count), or</li>
 *   <li>an <b>alternative cue</b> ("vs", "instead of", "rather than", "X over Y", "而不是", "相比", "вместо",
 *       "а не") together with a <b>reason cue</b> ("because", "cheaper", "因为", "更", "потому что", "быстрее")
 *       in the same or the next sentence: "batch vs online" alone only lists options, or</li>
 *   <li>a <b>contrast</b> ("but", "但是", "но") between qualities ("fresher but costlier"): "but" alone,
 *       as in "we use batch but may add online", is too weak.</li>
 * </ul>
 * Questions never count: "batch or online?" asks, it does not decide.
 */
public final class TradeoffText {

    /** What made a text count, for explanations and tests. */
    public record Evidence(String sentence, String cue) {
    }

    private static final Keywords COST = Keywords.of(
            List.of("trade-off*", "tradeoff*", "trade off*", "trading off", "at the cost of", "at the expense of",
                    "downside*", "drawback*", "pros and cons", "pros/cons", "pros:", "cons:", "in exchange for",
                    "sacrific*", "we give up", "giving up", "we lose", "we pay", "comes at a cost", "comes at the cost",
                    "the price is", "the price we pay", "the catch is"),
            List.of("权衡", "取舍", "牺牲", "折中", "折衷", "优缺点", "利弊", "缺点", "弊端", "坏处", "换取", "代价是",
                    "的代价", "为代价", "代价："),
            List.of("компромисс*", "ценой", "в ущерб", "плюсы и минусы", "плюсы/минусы", "плюсы:", "минусы:",
                    "недостат*", "минус*", "зато", "жертв*", "пожертв*", "в обмен на", "платим", "расплачива*",
                    "обратная сторона"));

    private static final Keywords ALTERNATIVE = Keywords.of(
            List.of("instead of", "rather than", "compared to", "compared with", "as opposed to", "in favor of",
                    "in favour of", "unlike", "preferred to", "no need for", "not needed", "prefer* over", "chose over", "alternative*",
                    "versus"),
            List.of("而不是", "而非", "代替", "替代", "取代", "相比", "相较", "比起", "对比", "优于", "胜过", "不如",
                    "不选", "放弃", "不需要", "没必要"),
            List.of("вместо", "в отличие от", "по сравнению с", "по сравнению со", "сравнени* с", "а не",
                    "предпоч*", "альтернатив*", "отказал* от", "отказыва* от", "лучше", "хуже", "не нужен", "не нужна", "не нужно", "не нужны"));

    /** "X vs Y": needs a word on both sides, so "vs" in "canvas" or a dangling "vs" does not count. */
    private static final Pattern VS = Pattern.compile(
            "[\\p{L}\\p{N}][^\\p{L}\\p{N}]*(?<!" + Keywords.LETTER + ")(?:vs|v/s)(?!" + Keywords.LETTER
                    + ")[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]");

    /**
     * "X over Y": the preposition, not "overview"/"overfitting"/"over-sampling", and not "over time",
     * "over the last 30 days", "over 100 ms", "fail over", which are not choices.
     */
    private static final Pattern OVER = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")(?<!(?:fail|roll|switch|hand|take|turn|carry|left|start|all|move|push|sent|send) )"
                    + "over(?![\\p{L}\\p{N}\\-])(?!\\s+(?:time|the (?:last|past|next|course|years?|months?|weeks?|days?"
                    + "|network|wire|whole)|\\d|~|≈|an? (?:period|week|day|month|year|window|few|couple|span|horizon|sliding)|all|here|there|night|http|grpc|kafka|budget|sla|threshold"
                    + "|years?|months?|weeks?|days?|hours?|minutes?|seconds?))");

    /** "logistic regression, not a deep net": a comma-"not" that names the rejected option, not "not sure/yet". */
    private static final Pattern COMMA_NOT = Pattern.compile(
            "[,，;:—–-]\\s*not (?!only|just|sure|yet|needed|required|all|always|too|much|many|enough|now|available)"
                    + "[\\p{L}\\p{N}]");

    /** "cheaper than online" counts as naming the alternative; "more than 100 ms" and "more than a million" do not. */
    private static final Pattern THAN = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")than(?!" + Keywords.LETTER
                    + ")(?!\\s*(?:[~≈<>]|\\d|an? (?:million|billion|thousand|hundred|few|couple|dozen|second|minute|hour|day"
                    + "|week|month|year)|one |half |twice |about |around |\\$))");

    /** "比在线更便宜" names the other option (the comparative after it is the reason); "比例" (ratio) and "比如" (for example) are not comparisons. */
    private static final Pattern ZH_COMPARE = Pattern.compile(
            "比(?![例如率赛较重])[^，,。；;：:]{1,12}?(?=更|快|慢|便宜|贵|好|差|低|高|少|多|简单|复杂|准|稳定|省)");

    /** "дешевле, чем онлайн": a Russian comparative followed by "чем" and a word, not a number. */
    private static final Pattern RU_THAN = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")чем(?!" + Keywords.LETTER + ")(?!\\s*[\\d~≈<>])");

    /** The patterns above and a substring each needs, in the order they are tried. */
    private static final List<Pattern> GUARDED = List.of(VS, VS, OVER, THAN, COMMA_NOT, ZH_COMPARE, RU_THAN);
    private static final List<String> GUARDS = List.of("vs", "v/s", "over", "than", "not", "比", "чем");

    private static final Keywords REASON = Keywords.of(
            List.of("because", "since", "due to", "reason", "why:", "so that", "so we", "so it", "which means", "which gives",
                    "which keeps", "which costs", "that gives", "thanks to", "given that", "in order to", "to keep",
                    "to reduce", "to avoid", "to save", "to get", "to lower", "to cut", "to improve", "to handle",
                    "saves", "reduces", "avoids", "improves", "costs", "cost", "gains", "gives us", "keeps",
                    "cheaper", "faster", "slower", "simpler", "easier", "harder", "better", "worse", "fresher",
                    "lower", "higher", "smaller", "larger", "bigger", "fewer", "more", "less", "stale", "expensive",
                    "interpretable", "explainable", "latency", "no need", "without"),
            List.of("因为", "由于", "原因", "理由", "所以", "因此", "为了", "以便", "从而", "可以", "能够", "避免", "降低", "减少", "提高",
                    "节省", "更", "便宜", "快", "慢", "贵", "成本", "延迟", "简单", "复杂", "准确", "可解释", "新鲜",
                    "过时", "省", "提升", "花钱", "不需要", "没必要"),
            List.of("потому что", "так как", "причина", "причины", "т.к", "т. к", "поскольку", "из-за", "благодаря", "чтобы", "поэтому",
                    "ради", "дешевле", "дороже", "быстрее", "медленнее", "проще", "сложнее", "точнее", "лучше", "хуже",
                    "меньше", "больше", "выше", "ниже", "свежее", "экономит", "экономим", "снижает", "избегаем",
                    "задержк*", "стоимост*", "интерпретируем*", "не нужен", "не нужна", "не нужно", "не нужны", "без"));

    private static final Keywords CONTRAST = Keywords.of(
            List.of("but", "however", "although", "though", "whereas", "yet"),
            List.of("但", "但是", "不过", "然而", "虽然", "可是"),
            List.of("но", "однако", "хотя", "зато"));

    /** Qualities a contrast weighs against each other. */
    private static final Keywords QUALITY = Keywords.of(
            List.of("cheap*", "expensive", "costly", "cost*", "fast*", "slow*", "stale*", "fresh*", "accura*",
                    "simple*", "complex*", "latency", "memory", "quality", "better", "worse", "more", "less", "fewer",
                    "higher", "lower", "harder", "easier", "interpretab*", "explainab*", "noisy", "noisier",
                    "delay*", "biased", "scal*", "precise", "recall", "precision", "coverage"),
            List.of("便宜", "贵", "快", "慢", "成本", "延迟", "准确", "精度", "复杂", "简单", "新鲜", "过时", "内存",
                    "更", "噪声", "偏差", "召回", "覆盖"),
            List.of("дешев*", "дорог*", "быстр*", "медлен*", "точн*", "сложн*", "прост*", "задержк*", "стоимост*",
                    "устаре*", "свеж*", "памят*", "лучше", "хуже", "больше", "меньше", "шум*", "качеств*",
                    "полнот*", "покрыти*"));

    /** Words that defer instead of deciding; stripped before judging whether a cost cue has content. */
    private static final Keywords DEFERRAL = Keywords.of(
            List.of("discuss*", "think about", "consider*", "need to", "to decide", "will decide", "decide", "later",
                    "maybe", "some", "there are", "there is", "is", "are", "the", "a", "an", "to", "of", "and", "we",
                    "it", "this", "be", "here", "mention", "list"),
            List.of("需要", "考虑", "讨论", "再说", "以后", "之后", "有", "的", "一些", "这里", "待定"),
            List.of("обсуд*", "подума*", "рассмотр*", "решим", "позже", "потом", "нужно", "надо", "есть", "тут",
                    "здесь", "какие-то", "некоторые", "и", "в", "на"));


    private TradeoffText() {
    }

    /** True when {@code text} states a trade-off. */
    public static boolean states(String text) {
        return find(text).isPresent();
    }

    /** The first sentence that states a trade-off and the cue that made it count. */
    public static Optional<Evidence> find(String text) {
        // "vs." and "т.к." end in a period that is not the end of a sentence; "不但" (not only) is no "但" (but).
        String norm = TextNorm.normalize(text).replace("vs.", "vs").replace("т.к.", "так как")
                .replace("т. к.", "так как").replace("不但", "  ");
        if (Vocabulary.PLACEHOLDER.in(norm) && isPlaceholderOnly(norm)) {
            return Optional.empty();
        }
        List<String> sentences = sentences(norm);
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (isQuestion(s)) {
                continue;
            }
            String next = i + 1 < sentences.size() && !isQuestion(sentences.get(i + 1)) ? sentences.get(i + 1) : "";
            String cue = judge(s, next);
            if (cue != null) {
                return Optional.of(new Evidence(s.strip(), cue));
            }
        }
        return Optional.empty();
    }

    /** The cue that makes sentence {@code s} a trade-off (a reason may come in {@code next}), or null. */
    private static String judge(String s, String next) {
        String cost = COST.firstMatch(s);
        if (cost != null && hasContentBeside(s)) {
            return cost;
        }
        String alternative = alternativeCue(s);
        if (alternative != null && (REASON.in(withoutCue(s, alternative)) || REASON.in(next))) {
            return alternative;
        }
        String contrast = CONTRAST.firstMatch(s);
        if (contrast != null && QUALITY.in(s)) {
            return contrast;
        }
        return null;
    }

    private static String alternativeCue(String s) {
        String kw = ALTERNATIVE.firstMatch(s);
        if (kw != null) {
            return kw;
        }
        for (int i = 0; i < GUARDED.size(); i++) {
            if (!s.contains(GUARDS.get(i))) {
                continue; // a cheap substring test skips most patterns on most sentences
            }
            Matcher m = GUARDED.get(i).matcher(s);
            if (m.find()) {
                return m.group().strip();
            }
        }
        return null;
    }

    /**
     * The sentence with the alternative cue blanked once, so a cue that is itself a comparative ("лучше") does not
     * also count as its own reason, while "cheaper than online" keeps "cheaper" as the reason.
     */
    private static String withoutCue(String s, String cue) {
        int at = s.indexOf(cue);
        return at < 0 ? s : s.substring(0, at) + " " + s.substring(at + cue.length());
    }

    /** A cost cue counts only beside real content: "trade-off: TBD" and "need to discuss trade-offs" do not. */
    private static boolean hasContentBeside(String s) {
        String rest = DEFERRAL.strip(Vocabulary.PLACEHOLDER.strip(COST.strip(s)));
        int latinWords = 0;
        int cjk = 0;
        for (String w : rest.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (TextNorm.isCjk(w.codePointAt(0))) {
                cjk += w.codePointCount(0, w.length());
            } else if (w.length() > 1) {
                latinWords++;
            }
        }
        return latinWords >= 2 || cjk >= 3 || (latinWords >= 1 && cjk >= 2);
    }

    /** True when the text says nothing but "TBD", "待定", "потом" and punctuation. */
    public static boolean isPlaceholderOnly(String text) {
        String norm = TextNorm.normalize(text);
        String rest = Vocabulary.PLACEHOLDER.strip(norm);
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isQuestion(String s) {
        String t = s.strip();
        return t.endsWith("?") || t.endsWith("？");
    }

    /** Splits at ! ? ; 。！？； and line breaks (kept with their sentence), and at "." when a space or the end follows. */
    static List<String> sentences(String norm) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = norm.length();
        for (int i = 0; i < n; i++) {
            char c = norm.charAt(i);
            boolean end = "!?;\n！？。；".indexOf(c) >= 0
                    || (c == '.' && (i + 1 == n || Character.isWhitespace(norm.charAt(i + 1))));
            if (end) {
                while (i + 1 < n && "!?;\n！？。；".indexOf(norm.charAt(i + 1)) >= 0) {
                    i++; // "?!" and blank lines stay with the sentence they end
                }
                add(out, norm.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, norm.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        if (!sentence.isBlank()) {
            out.add(sentence);
        }
    }
}
