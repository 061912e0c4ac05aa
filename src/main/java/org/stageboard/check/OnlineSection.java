package org.stageboard.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidates often split an evaluation box into an offline and an online line ("online: % removals overturned on
 * appeal", "线上：应答率", "онлайн: доля переспросов"). Whatever follows such a heading is the online metric they
 * chose, even when it is a metric no vocabulary can list, so a heading with real content after it counts; so does a
 * heading that names the online test and its length ("线上 AB 2 周：留资率 3.1% -> 3.6%").
 */
final class OnlineSection {
    private static final Pattern HEADING = Pattern.compile(
            "(?:^|[\\n;|•·])\\s*[-*]?\\s*(?:online|live|in prod(?:uction)?|a/b|线上|在线|онлайн|в проде)"
                    // "线上 AB 2 周：", "online A/B test, 2 wks:": the run named with its length
                    + "(?:\\s*a/?b(?:\\s*(?:tests?|测试|实验|тест\\p{L}*))?)?"
                    + "(?:[\\s,]*\\d+\\s*(?:周|天|个月|wks?|weeks?|days?|недел\\p{L}*|дн\\p{L}*|мес\\p{L}*))?"
                    + "(?:\\s*(?:metrics?|eval\\p{L}*|指标|评估|метрик\\p{L}*|оценк\\p{L}*))?\\s*[:：=—-]\\s*([^\\n]*)");

    private OnlineSection() {
    }

    /** True when {@code answer} (normalised box text) has an online heading followed by more than a placeholder. */
    static boolean in(String answer) {
        Matcher m = HEADING.matcher(answer);
        while (m.find()) {
            String rest = m.group(1);
            if (!TradeoffText.isPlaceholderOnly(rest) && !rest.strip().endsWith("?")) {
                return true;
            }
        }
        return false;
    }
}
