package org.stageboard.rehearsal;

import java.util.regex.Pattern;

/**
 * Claims a board states in its own words that answer a question or take away its premise, read as
 * {@link BoardSignals} ("#retention-guardrail", "#time-split"); kept apart so the signal reader stays one page.
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
            + "(?<!a/b-)" + TEST);

    private StatedClaims() {
    }
}
