package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A swap names both options with the words of the verb itself, in any language, with other words between them:
 * "swapped the resnet50 backbone for mobilenetv3", "replaced nightly batch with streaming", "перешли в пекарне с
 * дневного прогноза на почасовой", "поменяли BM25 на гибридный поиск", "改成按小时更新，原来按周", "把 BM25 换成混合检索".
 * The cue words alone cannot place the options (the scanner sees "for", "на", "原来" with no verb next to them), so the
 * frame is read whole: the option given up is the alternative, the one taken the choice, and a clause of its own
 * right after the frame says why ("swapped resnet for mobilenet, old phones ran at 2 fps"): a swap is reported with
 * what prompted it. The frame names its options outright, so it overrides options read from looser cues (the subject
 * of a defect in the clause after it is what went wrong, not the option given up).
 */
final class SwapForms {
    private static final String OPTION = "([^,，;；:：.。\\n()（）]{1,40}?)";
    private static final String TAKEN = "([^,，;；:：.。\\n()（）—]{1,40})";

    /** Frames whose first option is given up: "swapped Y for X", "заменили Y на X", "把 Y 换成 X". */
    private static final List<Pattern> GIVEN_UP_FIRST = List.of(
            Pattern.compile("(?<![\\p{L}])(?:swapp?(?:ed|ing)?|replac(?:ed|ing|e)) (?:out )?" + OPTION + " (?:for|with) " + TAKEN),
            Pattern.compile("(?<![\\p{L}])(?:поменяли|заменили|сменили|меняем|заменяем|заменим|поменяем|сменим) "
                    + OPTION + " на " + TAKEN),
            Pattern.compile("(?<![\\p{L}])(?:перешли|переходим|перейдем|переехали|мигрировали|ушли|уходим)"
                    + "(?: [^,，;:.\\n]{1,30}?)? со? " + OPTION + " на " + TAKEN),
            Pattern.compile("把\\s*" + OPTION + "\\s*(?:换成|改成|替换成|换为|改为)\\s*" + TAKEN));
    /** "改成 X，原来 Y": the option taken first, the old one after a word for "before". */
    private static final Pattern OLD_AFTER = Pattern.compile("(?:改成|换成|改为|换到|切到|改用)\\s*" + TAKEN
            + "[，,；;]\\s*(?:原来|之前|以前|此前|旧的|老的)(?:是|用的是|用的|用)?\\s*" + TAKEN
            + "(?=[，,；;。.\\n]|$)"); // the old option named on its own, not run into a remark about it

    private SwapForms() {
    }

    /** Reads a swap's choice and alternative, and the clause after it where no reason was read. */
    static void apply(String norm, FoundParts f) {
        for (Pattern p : GIVEN_UP_FIRST) {
            Matcher m = p.matcher(norm);
            if (m.find()) {
                fill(norm, f, m.end(), Spans.trim(norm, m.start(2), m.end(2)), Spans.trim(norm, m.start(1), m.end(1)));
                return;
            }
        }
        Matcher m = OLD_AFTER.matcher(norm);
        if (m.find()) {
            fill(norm, f, m.end(), Spans.trim(norm, m.start(1), m.end(1)), Spans.trim(norm, m.start(2), m.end(2)));
        }
    }

    private static void fill(String norm, FoundParts f, int end, int[] choice, int[] alternative) {
        if (choice == null || alternative == null) {
            return;
        }
        f.choice = choice;
        f.alternative = alternative;
        if (f.reason == null) {
            f.reason = clauseAfter(norm, end);
        }
    }

    /** The clause after a boundary that follows the frame (within its sentence), unless it only adds or defers. */
    private static int[] clauseAfter(String norm, int end) {
        int k = end;
        while (k < norm.length() && !TradeoffReader.isBoundary(norm, k) && ".。\n".indexOf(norm.charAt(k)) < 0) {
            k++;
        }
        if (k >= norm.length() || !TradeoffReader.isBoundary(norm, k) && norm.charAt(k) == '\n') {
            return null;
        }
        int a = k + 1;
        int b = a;
        while (b < norm.length() && !TradeoffReader.isBoundary(norm, b) && ".。\n".indexOf(norm.charAt(b)) < 0) {
            b++;
        }
        String clause = norm.substring(a, b).strip();
        for (String w : TradeoffReader.ADDITIONS) {
            if (clause.startsWith(w.strip())) {
                return null;
            }
        }
        if (DEFERS.matcher(clause).find() || clause.codePoints().filter(Character::isLetterOrDigit).count() < 3) {
            return null;
        }
        return Spans.trim(norm, a, b);
    }

    /** A clause that defers or plans: "eval pending", "посмотрим", "待评估". */
    private static final Pattern DEFERS = Pattern.compile("(?:tbd|pending|todo|later|will see|потом|посмотрим|"
            + "待|再看|再说|未定|\\?)");
}
