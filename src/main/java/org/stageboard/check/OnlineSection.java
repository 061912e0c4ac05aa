package org.stageboard.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidates often split an evaluation box into an offline and an online line ("online: % removals overturned on
 * appeal", "线上：应答率", "онлайн: доля переспросов"). Whatever follows such a heading is the online metric they
 * chose, even when it is a metric no vocabulary can list, so a heading with real content after it counts.
 */
final class OnlineSection {
    private static final Pattern HEADING = Pattern.compile(
            "(?:^|[\\n;|•·])\\s*[-*]?\\s*(?:online|live|in prod(?:uction)?|a/b|线上|在线|онлайн|в проде)"
                    + "(?:\\s*(?:metrics?|eval\\w*|指标|评估|метрик\\w*|оценк\\w*))?\\s*[:：=—-]\\s*([^\\n]*)");

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
