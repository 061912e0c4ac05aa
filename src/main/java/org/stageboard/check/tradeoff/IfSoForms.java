package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rejected option written as a condition with its bad outcome, then the choice after "so": "if redaction is fully
 * auto, one missed SSN is a reportable breach. so model suggests, paralegal confirms", "封面要是全靠模型自动截帧，经常截到
 * 闭眼的那帧，所以模型出 top3 让主播选", "если агроном будет сам разбирать все снимки, он утонет, поэтому модель размечает
 * очаги". The condition names the option given up ("if Y", 要是 Y, Y 的话, «если Y», "Y = outcome", "Y — outcome",
 * "Y would …", "Y 会…"), the clauses after it what goes wrong, and the clause after the consequence cue (so, 所以,
 * поэтому, or an arrow after a condition) the option taken. No single cue places all three: the reader saw a reason
 * and a choice at most (round 15: most of set 15's defect misses). Only parts the reader left open are filled, and a
 * choice it read inside the condition or the outcome (a stray "pick" in "pick paths") is replaced.
 */
final class IfSoForms {
    private static final String OPTION = "([^,，;；:：.。\\n()（）]{2,60}?)";
    private static final String OUTCOME = "([^.。\\n;；]{2,120}?|[^.。\\n;；]{2,120}?[.。]\\s*)";
    private static final String SO_WORD = "(?:[,，]\\s*|\\s+|(?<=[.。]\\s{0,2}))(?:so we|so|hence|thus|therefore|поэтому"
            + "|так что|значит|следовательно|所以|因此|于是)(?![a-zа-яё-])\\s*";
    /** An arrow may also lead to the choice after a condition; after "Y = …" it is one more stage of a pipeline. */
    private static final String SO = "(?:" + SO_WORD + "|\\s*(?:→|->|=>)\\s*)";
    private static final String TAKEN = "([^,，;；.。\\n()（）]{2,80})";
    private static final String OPENS = "(?:^|(?<=[.。\\n;；:：,，])\\s*)";
    private static final List<Pattern> FRAMES = List.of(
            // "if Y, outcome, so X", «если Y, …, поэтому X», "如果 Y，…，所以 X"
            Pattern.compile(OPENS + "(?:if|если|如果|假如|要是)\\s*" + OPTION + "[,，]\\s*" + OUTCOME + SO + TAKEN),
            // "封面要是 Y，…，所以 X", "Y 的话 …，所以 X"
            Pattern.compile("[^,，;；:：.。\\n]{0,12}?要是\\s*" + OPTION + "[,，]\\s*" + OUTCOME + SO + TAKEN),
            Pattern.compile(OPENS + OPTION + "的话\\s*" + OUTCOME + SO + TAKEN),
            // "Y = outcome, so X": «задачи по фиксированной программе = сильные скучают, …, поэтому X»
            Pattern.compile(OPENS + OPTION + "\\s+=\\s+(?![\\d$])" + OUTCOME + SO_WORD + TAKEN),
            // "Y — outcome, so X": «пейвол по жёсткому лимиту — половина читателей уходит, так что X»
            Pattern.compile(OPENS + OPTION + "\\s+[—–]\\s+(?![\\d$])" + OUTCOME + SO_WORD + TAKEN),
            // "Y would outcome. so X", "Y 会 outcome，所以 X": the option given up said as what it would do
            Pattern.compile(OPENS + OPTION + "\\s+((?:would|will)\\s[^.。\\n;；]{2,120}?(?:[.。]\\s*)?)" + SO_WORD + TAKEN),
            Pattern.compile(OPENS + OPTION + "\\s*(会(?![员议话计])[^.。\\n;；]{2,120}?)" + SO_WORD + TAKEN));

    /** Headers of a pro or a con: "минус — …" lists a cost, it names no option. */
    private static final Pattern HEADER = Pattern.compile("(?:pros?|cons?|downsides?|upsides?|плюсы?|минусы?|优点|缺点)");

    private IfSoForms() {
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    static void apply(String norm, FoundParts f) {
        if (f.count() == 3) {
            return;
        }
        for (Pattern p : FRAMES) {
            Matcher m = p.matcher(norm);
            if (m.find()) {
                int[] alternative = Spans.trim(norm, m.start(1), m.end(1));
                int[] reason = Spans.trim(norm, m.start(2), m.end(2));
                int[] choice = Spans.trim(norm, m.start(3), m.end(3));
                if (alternative == null || reason == null || choice == null
                        || HEADER.matcher(norm.substring(alternative[0], alternative[1])).matches()) {
                    continue; // "минус — один юзер видит оба ранкера": a cost listed, not an option
                }
                // a choice read inside the condition or its outcome ("… of pick paths would thrash …") was a stray cue
                boolean stray = f.choice != null && (overlaps(f.choice, alternative) || overlaps(f.choice, reason));
                f.alternative = f.alternative == null ? alternative : f.alternative;
                f.reason = f.reason == null ? reason : f.reason;
                f.choice = f.choice == null || stray ? choice : f.choice;
                return;
            }
        }
    }
}
