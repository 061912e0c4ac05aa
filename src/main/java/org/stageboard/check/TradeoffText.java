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
 * Questions never count: "batch or online?" asks, it does not decide. The cue word lists live in
 * {@link Vocabulary} (TRADEOFF_*); the patterns that need more than a word list live here.
 */
public final class TradeoffText {

    /** What made a text count, for explanations and tests. */
    public record Evidence(String sentence, String cue) {
    }

    /** "X vs Y": needs a word on both sides, so "vs" in "canvas" or a dangling "vs" does not count. */
    private static final Pattern VS = Pattern.compile(
            "[\\p{L}\\p{N}][^\\p{L}\\p{N}]*(?<!" + Keywords.LETTER + ")(?:vs|v/s)(?!" + Keywords.LETTER
                    + ")[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]");

    /**
     * "X over Y": the preposition, not "overview"/"overfitting"/"over-sampling", and not "over time",
     * "over the last 30 days", "over 100 ms", "fail over", which are not choices.
     */
    private static final Pattern OVER = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")"
                    + "(?<!(?:fail|roll|switch|hand|take|turn|carry|left|start|all|move|push|sent|send) )"
                    + "over(?![\\p{L}\\p{N}\\-])(?!\\s+(?:time|the (?:last|past|next|course|years?|months?|weeks?"
                    + "|days?|network|wire|whole)|\\d|~|≈"
                    + "|an? (?:period|week|day|month|year|window|few|couple|span|horizon|sliding)"
                    + "|all|here|there|night|http|grpc|kafka|budget|sla|threshold"
                    + "|years?|months?|weeks?|days?|hours?|minutes?|seconds?))");

    /** "logistic regression, not a deep net": a comma-"not" that names the rejected option, not "not sure/yet". */
    private static final Pattern COMMA_NOT = Pattern.compile(
            "[,，;:—–-]\\s*not (?!only|just|sure|yet|needed|required|all|always|too|much|many|enough|now|available)"
                    + "[\\p{L}\\p{N}]");

    /** "cheaper than online" counts as naming the alternative; "more than 100 ms" and "more than a million" do not. */
    private static final Pattern THAN = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")than(?!" + Keywords.LETTER + ")(?!\\s*(?:[~≈<>]|\\d"
                    + "|an? (?:million|billion|thousand|hundred|few|couple|dozen|second|minute|hour|day|week|month|year)"
                    + "|one |half |twice |about |around |\\$))");

    /**
     * "比在线更便宜" names the other option (the comparative after it is the reason); "比例" (ratio) and "比如"
     * (for example) are not comparisons.
     */
    private static final Pattern ZH_COMPARE = Pattern.compile(
            "比(?![例如率赛较重])[^，,。；;：:]{1,12}?(?=更|快|慢|便宜|贵|好|差|低|高|少|多|简单|复杂|准|稳定|省)");

    /** "дешевле, чем онлайн": a Russian comparative followed by "чем" and a word, not a number. */
    private static final Pattern RU_THAN = Pattern.compile(
            "(?<!" + Keywords.LETTER + ")чем(?!" + Keywords.LETTER + ")(?!\\s*[\\d~≈<>])");

    /** The patterns above and a substring each needs, in the order they are tried. */
    private static final List<Pattern> GUARDED = List.of(VS, VS, OVER, THAN, COMMA_NOT, ZH_COMPARE, RU_THAN);
    private static final List<String> GUARDS = List.of("vs", "v/s", "over", "than", "not", "比", "чем");

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
        String cost = Vocabulary.TRADEOFF_COST.firstMatch(s);
        if (cost != null && hasContentBeside(s)) {
            return cost;
        }
        String alternative = alternativeCue(s);
        Keywords reason = Vocabulary.TRADEOFF_REASON;
        if (alternative != null && (reason.in(withoutCue(s, alternative)) || reason.in(next))) {
            return alternative;
        }
        String contrast = Vocabulary.TRADEOFF_CONTRAST.firstMatch(s);
        if (contrast != null && Vocabulary.TRADEOFF_QUALITY.in(s)) {
            return contrast;
        }
        return null;
    }

    private static String alternativeCue(String s) {
        String kw = Vocabulary.TRADEOFF_ALTERNATIVE.firstMatch(s);
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
        String rest = Vocabulary.TRADEOFF_COST.strip(s);
        rest = Vocabulary.TRADEOFF_DEFERRAL.strip(Vocabulary.PLACEHOLDER.strip(rest));
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
