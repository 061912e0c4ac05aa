package org.stageboard.rehearsal;

/** The words for how often something recurs, in three languages, as a regular-expression alternation. */
final class Cadence {
    /** "daily", "once a year", "every 2 weeks", "每周", «раз в год», «ежемесячно», "T+1"... */
    static final String WORDS = "(?:daily|nightly|hourly|weekly|monthly|quarterly|yearly|annually|seasonally"
            + "|once (?:a|per|every) \\p{L}+|every (?:\\d+ )?(?:day|night|week|month|quarter|year|season|summer)\\p{L}*"
            + "|每天|每日|每晚|每周|每月|每季|每年|T\\+\\d"
            + "|ежедневн\\p{L}*|еженедельн\\p{L}*|ежемесячн\\p{L}*|ежеквартальн\\p{L}*|ежегодн\\p{L}*"
            + "|раз в (?:\\d+ )?\\p{L}+|кажд\\p{L}+ (?:день|неделю|месяц|квартал|год|сезон))";

    private Cadence() {
    }
}
